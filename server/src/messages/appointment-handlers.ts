import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { appointmentLink, deliverAppointmentOnce, type AppointmentContext } from './appointment-deliver.js';
import { loadAppointmentFacts, type AppointmentFacts, type AppointmentRow } from './appointment-facts.js';
import { composeAppointmentNotice, type AppointmentNotice } from './appointment-compose.js';
import { jobSequence } from './handlers.js';
import { reminderHours } from './settings.js';

type Tx = Transaction<Database>;

/** The message's kind in `appointment_messages`, per notice. */
const KINDS: Record<AppointmentNotice, string> = {
  confirmed: 'confirmation',
  reminder: 'reminder',
  moved: 'moved',
  cancelled: 'cancelled',
};
/** The state an appointment must still be in for its message to go (a move undone before its job ran says nothing). */
const STILL_TRUE: Record<AppointmentNotice, (row: AppointmentRow) => boolean> = {
  confirmed: (row) => row.status === 'booked',
  reminder: (row) => row.status === 'booked' && row.reminders === 'on',
  moved: (row) => row.status === 'booked' && row.moved_from !== null,
  cancelled: (row) => row.status === 'cancelled',
};

async function tell(tx: Tx, context: AppointmentContext, facts: AppointmentFacts, notice: AppointmentNotice) {
  const { row } = facts;
  if (!STILL_TRUE[notice](row)) return false;
  const startsAt = new Date(row.starts_at);
  return deliverAppointmentOnce(
    tx,
    context,
    {
      id: row.id,
      recordType: 'appointment',
      contactMethod: row.contact_method,
      email: facts.email,
      phone: facts.phone,
      bounced: row.contact_bounced_at !== null,
      purged: row.purged_at !== null,
    },
    { kind: KINDS[notice], startsAt },
    () =>
      composeAppointmentNotice(context.texts, {
        notice,
        facts,
        manageUrl: appointmentLink(context, row.id),
        // Calendar apps take a change only when SEQUENCE goes up: 0 at booking, then the time of the change.
        sequence: notice === 'confirmed' || notice === 'reminder' ? 0 : jobSequence(context.now),
        now: context.now,
      }),
  );
}

/** The job of `appointment.confirmation`, `.moved` or `.cancelled`: one message, if still true. Returns 1 when queued. */
export async function sendAppointmentNotice(
  tx: Tx,
  context: AppointmentContext,
  appointmentId: string,
  notice: Exclude<AppointmentNotice, 'reminder'>,
): Promise<number> {
  const facts = await loadAppointmentFacts(tx, context.crypto, appointmentId, (row) =>
    context.texts.localeFor(row.language),
  );
  return facts && (await tell(tx, context, facts, notice)) ? 1 : 0;
}

/**
 * Queues the reminders of appointments starting within the office's reminder
 * window (`reminder_hours`, as for registrations): booked, reminders on,
 * reachable, not reminded for this start (a moved appointment is reminded of
 * its new time), and told of this start before the window opened (a booking
 * made inside it has just had its confirmation). At most `limit` per call;
 * `more` says to call again.
 */
export async function sweepAppointmentReminders(tx: Tx, context: AppointmentContext, limit = 500) {
  const from = context.now;
  const hours = await reminderHours(tx);
  const to = new Date(from.getTime() + hours * 3600_000);
  const due = await sql<{ id: string }>`
    SELECT a.id FROM appointments a
    WHERE a.status = 'booked' AND a.reminders = 'on' AND a.purged_at IS NULL
      AND (a.contact_method = 'sms' OR (a.contact_method = 'email' AND a.contact_bounced_at IS NULL))
      AND a.starts_at > ${from} AND a.starts_at <= ${to}
      AND (a.start_told_at IS NULL OR a.start_told_at <= a.starts_at - ${hours} * interval '1 hour')
      AND NOT EXISTS (SELECT 1 FROM appointment_messages m
        WHERE m.appointment_id = a.id AND m.kind = 'reminder' AND m.starts_at = a.starts_at)
    ORDER BY a.starts_at, a.id
    LIMIT ${limit}`.execute(tx);
  let sent = 0;
  for (const { id } of due.rows) {
    const facts = await loadAppointmentFacts(tx, context.crypto, id, (row) => context.texts.localeFor(row.language));
    if (facts && (await tell(tx, context, facts, 'reminder'))) sent++;
  }
  return { sent, more: due.rows.length >= limit };
}

/**
 * Holds whose time ran out go: a visitor who left the form frees the slot.
 * They carry nothing personal and no message, so the row is deleted.
 */
export async function releaseExpiredHolds(tx: Tx, now: Date): Promise<number> {
  const result = await tx
    .deleteFrom('appointments')
    .where('status', '=', 'held')
    .where('hold_expires_at', '<', now)
    .executeTakeFirst();
  return Number(result.numDeletedRows ?? 0);
}
