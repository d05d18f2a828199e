import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, JobTable } from '../db/schema.js';
import { manageTokenSigner } from '../appointments/tokens.js';
import { waitlistTokenSigner } from '../appointments/waitlist-token.js';
import { cancelSigner } from '../events/cancel-token.js';
import { purgeAppointmentDetails } from '../appointments/retention.js';
import { sendVerificationRequest } from '../directory/verification/mail.js';
import { verificationTokenSigner } from '../directory/verification/tokens.js';
import { DEFAULT_RETENTION_DAYS, purgeRegistrationDetails } from '../events/retention.js';
import { DEFAULT_INQUIRY_RETENTION_DAYS, purgeInquiryDetails } from '../inquiries/store.js';
import { systemClock, type Clock } from '../lib/clock.js';
import type { FieldCrypto } from '../lib/field-crypto.js';
import type { Logger } from '../lib/logger.js';
import { errorSummary } from '../lib/error-summary.js';
import { Rounds } from '../lib/rounds.js';
import type { AppointmentContext } from '../messages/appointment-deliver.js';
import {
  releaseExpiredHolds,
  sendAppointmentNotice,
  sweepAppointmentReminders,
} from '../messages/appointment-handlers.js';
import { sendOffer } from '../messages/appointment-offer.js';
import { deleteFinishedJobs, sendConfirmation, sendPlaceChange, sendSessionChange } from '../messages/handlers.js';
import { sweepReminders } from '../messages/reminders.js';
import { sharedTexts, type MessageTexts } from '../messages/texts.js';
import { enqueueJob, type JobKind, type JobPayloads } from './queue.js';

export type JobRow = Selectable<JobTable>;
type Tx = Transaction<Database>;

/** Attempts before a job is given up as `failed`. */
export const MAX_JOB_ATTEMPTS = 5;
/** Minutes before the next attempt after the first, second… failure. */
const BACKOFF_MINUTES = [1, 5, 15, 60];
/** How often the recurring kinds run: one job per slot, whichever process enqueues it first. */
const RECURRING: { kind: JobKind; everyMs: number }[] = [
  { kind: 'reminders.sweep', everyMs: 60_000 },
  { kind: 'appointments.sweep', everyMs: 60_000 },
  { kind: 'retention.purge', everyMs: 6 * 3600_000 },
];

export interface JobRunnerOptions {
  db: Kysely<Database>;
  crypto: FieldCrypto;
  logger: Logger;
  /** Where people reach the server: the manage links in messages start with it. */
  publicUrl: string;
  /** A mail server is configured (else mail is kept). */
  smtp: boolean;
  /** An SMS provider is configured (else text messages are kept). */
  sms: boolean;
  clock?: Clock;
  texts?: MessageTexts;
  /** How long a claimed job is this runner's; after it, another process may take it over. */
  claimMs?: number;
  /** Jobs claimed per round. */
  batch?: number;
  retention?: { registrationDays?: number; inquiryDays?: number };
  /** Called after a job queued messages (the process's senders then go at once). */
  onMessagesQueued?: () => void;
}

/**
 * Runs the job table, one runner per process among any number. A round
 * enqueues the current slot of each recurring kind (a dedupe key per slot, so
 * one job per slot whoever enqueues it), claims due jobs (FOR UPDATE SKIP
 * LOCKED: queued and due, or running with a claim that ran out because its
 * process died), and runs each in a transaction that locks the job row, does
 * the work and marks it done. A crash rolls the work back with the transaction;
 * another process retries after the claim, so nothing is done twice.
 */
export class JobRunner extends Rounds<{ done: number; failed: number }> {
  protected readonly roundName = 'job round';
  protected readonly roundLogger: Logger;
  /** Names this process in `jobs.claimed_by`. */
  readonly id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly clock: Clock;
  private readonly texts: MessageTexts;

  constructor(private readonly options: JobRunnerOptions) {
    super();
    this.roundLogger = options.logger;
    this.clock = options.clock ?? systemClock;
    this.texts = options.texts ?? sharedTexts();
  }

  /** One round at the clock's now (whatever `runOnce` is given: jobs keep the office's clock). */
  protected async round() {
    const { batch = 10 } = this.options;
    let done = 0;
    let failed = 0;
    await this.enqueueRecurring(this.clock.now());
    for (;;) {
      const now = this.clock.now();
      const jobs = await this.claim(now, batch);
      for (const job of jobs) {
        if (await this.run(job)) done++;
        else failed++;
      }
      if (jobs.length < batch) break;
    }
    return { done, failed };
  }

  /** The current slot of each recurring kind, enqueued once across all processes. */
  async enqueueRecurring(now: Date) {
    for (const { kind, everyMs } of RECURRING) {
      const slot = new Date(Math.floor(now.getTime() / everyMs) * everyMs);
      await enqueueJob(this.options.db, kind, {}, { runAt: slot, dedupeKey: `${kind}:${slot.toISOString()}` });
    }
  }

  private claim(now: Date, limit: number): Promise<JobRow[]> {
    const { db, claimMs = 5 * 60_000 } = this.options;
    const due = db
      .selectFrom('jobs')
      .select('id')
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', now)]),
          eb.and([eb('status', '=', 'running'), eb('claimed_until', '<', now)]),
        ]),
      )
      .orderBy('run_at')
      .limit(limit)
      .forUpdate()
      .skipLocked();
    return db
      .updateTable('jobs')
      .set((eb) => ({
        status: 'running',
        claimed_until: new Date(now.getTime() + claimMs),
        claimed_by: this.id,
        attempts: eb('attempts', '+', 1),
      }))
      .where('id', 'in', due)
      .returningAll()
      .execute();
  }

  /** Runs one claimed job: its work and its `done` commit together, or neither does. */
  private async run(job: JobRow): Promise<boolean> {
    const { db, logger } = this.options;
    const now = this.clock.now();
    try {
      const context: AppointmentContext = {
        crypto: this.options.crypto,
        smtp: this.options.smtp,
        sms: this.options.sms,
        texts: this.texts,
        publicUrl: this.options.publicUrl,
        sign: await cancelSigner(db),
        signManage: await manageTokenSigner(db),
        signWaitlist: await waitlistTokenSigner(db),
        now,
      };
      const queued = await db.transaction().execute(async (tx) => {
        // Still ours (not taken over after a claim ran out), and locked while it runs.
        const mine = await tx
          .selectFrom('jobs')
          .select('id')
          .where('id', '=', job.id)
          .where('claimed_by', '=', this.id)
          .where('status', '=', 'running')
          .forUpdate()
          .skipLocked()
          .executeTakeFirst();
        if (!mine) return undefined;
        const count = await this.handle(tx, job, context);
        await tx
          .updateTable('jobs')
          .set({ status: 'done', finished_at: now, claimed_until: null, last_error: null })
          .where('id', '=', job.id)
          .execute();
        return count;
      });
      if (queued) this.options.onMessagesQueued?.();
      return true;
    } catch (error) {
      const last = job.attempts >= MAX_JOB_ATTEMPTS;
      const wait = BACKOFF_MINUTES[Math.min(job.attempts, BACKOFF_MINUTES.length) - 1]! * 60_000;
      // No values from the database in the summary: a constraint's message can quote them.
      const summary = errorSummary(error).replace(/\([^)]*\)=\([^)]*\)/g, '(…)');
      await db
        .updateTable('jobs')
        .set({
          status: last ? 'failed' : 'queued',
          run_at: new Date(now.getTime() + wait),
          claimed_until: null,
          claimed_by: null,
          last_error: summary,
          finished_at: last ? now : null,
        })
        .where('id', '=', job.id)
        .where('claimed_by', '=', this.id)
        .execute()
        .catch(() => {});
      logger.error('job failed', { id: job.id, kind: job.kind, attempts: job.attempts, final: last, error: summary });
      return false;
    }
  }

  /** The work of each kind; returns how many messages it queued. */
  private async handle(tx: Tx, job: JobRow, context: AppointmentContext): Promise<number> {
    const payload = (typeof job.payload === 'string' ? JSON.parse(job.payload) : job.payload) as JobPayloads[JobKind];
    const created = new Date(job.created_at);
    switch (job.kind as JobKind) {
      case 'registration.confirmation':
        return sendConfirmation(tx, context, payload as JobPayloads['registration.confirmation']);
      case 'registration.promoted':
        return sendPlaceChange(tx, context, payload as JobPayloads['registration.promoted'], 'promoted', created);
      case 'registration.waitlisted':
        return sendPlaceChange(
          tx,
          context,
          payload as JobPayloads['registration.waitlisted'],
          'waitlisted-again',
          created,
        );
      case 'session.cancelled':
        return sendSessionChange(tx, context, payload as JobPayloads['session.cancelled'], 'cancelled');
      case 'session.moved':
        return sendSessionChange(tx, context, payload as JobPayloads['session.moved'], 'moved');
      case 'reminders.sweep': {
        const { sent, more } = await sweepReminders(tx, context);
        // More due than one transaction takes: the rest in a job of its own, at once.
        if (more)
          await enqueueJob(
            tx,
            'reminders.sweep',
            {},
            { runAt: context.now, dedupeKey: `reminders.sweep:more:${job.id}` },
          );
        return sent;
      }
      case 'appointment.confirmation':
        return sendAppointmentNotice(tx, context, (payload as { appointment_id: string }).appointment_id, 'confirmed');
      case 'appointment.moved':
        return sendAppointmentNotice(tx, context, (payload as { appointment_id: string }).appointment_id, 'moved');
      case 'appointment.cancelled':
        return sendAppointmentNotice(tx, context, (payload as { appointment_id: string }).appointment_id, 'cancelled');
      case 'appointment.offer':
        return sendOffer(tx, context, payload as JobPayloads['appointment.offer']);
      case 'appointments.sweep': {
        await releaseExpiredHolds(tx, context.now);
        const { sent, more } = await sweepAppointmentReminders(tx, context);
        if (more)
          await enqueueJob(
            tx,
            'appointments.sweep',
            {},
            { runAt: context.now, dedupeKey: `appointments.sweep:more:${job.id}` },
          );
        return sent;
      }
      case 'retention.purge': {
        const { retention = {} } = this.options;
        const registrations = await purgeRegistrationDetails(
          tx,
          retention.registrationDays ?? DEFAULT_RETENTION_DAYS,
          context.now,
        );
        const inquiries = await purgeInquiryDetails(
          tx,
          retention.inquiryDays ?? DEFAULT_INQUIRY_RETENTION_DAYS,
          context.now,
        );
        // Appointments keep their people's details as long as sign-ups do.
        const appointments = await purgeAppointmentDetails(
          tx,
          retention.registrationDays ?? DEFAULT_RETENTION_DAYS,
          context.now,
        );
        const jobs = await deleteFinishedJobs(tx, context.now);
        if (registrations || inquiries || appointments) {
          this.options.logger.info('erased personal details past retention', {
            registrations,
            inquiries,
            appointments,
            jobs,
          });
        }
        return 0;
      }
      case 'verification.request':
        return sendVerificationRequest(
          tx,
          context,
          await verificationTokenSigner(this.options.db),
          (payload as JobPayloads['verification.request']).request_id,
        );
      default:
        throw new Error(`no handler for job kind ${job.kind}`);
    }
  }

  /** A round now and every `intervalMs`. */
  override start(intervalMs = 5_000): this {
    super.start(intervalMs);
    this.options.logger.info('job runner started', { runner: this.id });
    return this;
  }
}
