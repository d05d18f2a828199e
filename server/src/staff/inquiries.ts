import { randomUUID } from 'node:crypto';
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { FieldCrypto } from '../lib/field-crypto.js';
import type { InquiryRow } from '../inquiries/store.js';
import { overdueCondition, whereFilters, type FilterScope, type InquiryFilters } from './filters.js';
import type { StaffInquiryRow } from './inquiry-view.js';
import { isActiveDestination, matchDestination } from './referral-destinations.js';

const CLOSED = new Set(['resolved', 'closed']);
/** A timestamp column as ISO 8601 (PGlite and pg both give Dates; defaulted columns are typed loosely). */
const isoOf = (value: unknown) => new Date(value as Date | string).toISOString();

/** The assignee's display name, read per row of the page only. */
const assignedName = (eb: ExpressionBuilder<Database, 'inquiries'>) =>
  eb
    .selectFrom('staff_accounts')
    .select('display_name')
    .whereRef('staff_accounts.id', '=', 'inquiries.assigned_to')
    .as('assigned_name');

export interface QueuePage {
  rows: StaffInquiryRow[];
  total: number;
  /** Open inquiries past due, whatever the filters but `kind`. */
  overdueCount: number;
}

/**
 * One page of the inquiries matching the filters, how many match in all, and
 * how many are overdue. Every condition compares a column with a constant (the
 * overdue cutoff is computed once, in TypeScript), so the indexes on
 * (received_at, …) and (status, received_at) serve a queue of tens of thousands.
 */
export async function listInquiries(
  db: Kysely<Database>,
  filters: InquiryFilters,
  scope: FilterScope,
  { sort, page, pageSize }: { sort: 'newest' | 'oldest'; page: number; pageSize: number },
): Promise<QueuePage> {
  const where = whereFilters(filters, scope);
  const direction = sort === 'newest' ? 'desc' : 'asc';
  const [rows, count, overdue] = await Promise.all([
    db
      .selectFrom('inquiries')
      .selectAll('inquiries')
      .select(assignedName)
      .where(where)
      .orderBy('received_at', direction)
      .orderBy('reference')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    db
      .selectFrom('inquiries')
      .select(sql<number>`count(*)::int`.as('total'))
      .where(where)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('inquiries')
      .select(sql<number>`count(*)::int`.as('total'))
      .where((eb) =>
        eb.and([overdueCondition(eb, scope.overdueBefore), ...(filters.kind ? [eb('kind', '=', filters.kind)] : [])]),
      )
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total), overdueCount: Number(overdue.total) };
}

export function findInquiry(db: Kysely<Database>, id: string): Promise<StaffInquiryRow | undefined> {
  return db.selectFrom('inquiries').selectAll('inquiries').select(assignedName).where('id', '=', id).executeTakeFirst();
}

/** By its reference code, as normalizeReference writes it. */
export function findInquiryByReference(db: Kysely<Database>, reference: string): Promise<StaffInquiryRow | undefined> {
  return db
    .selectFrom('inquiries')
    .selectAll('inquiries')
    .select(assignedName)
    .where('reference', '=', reference)
    .executeTakeFirst();
}

/** Whether an account may be given inquiries: enabled, with the desk role. */
/** Whom an inquiry can be given to: enabled accounts with the desk role, by name. No emails: colleagues see names. */
export function listDeskColleagues(db: Kysely<Database>): Promise<{ id: string; display_name: string }[]> {
  return db
    .selectFrom('staff_accounts')
    .select(['id', 'display_name'])
    .where('disabled_at', 'is', null)
    .where(sql<boolean>`'desk' = ANY (roles)`)
    .orderBy('display_name')
    .execute();
}

export async function isDeskAccount(db: Kysely<Database>, id: string): Promise<boolean> {
  const account = await db
    .selectFrom('staff_accounts')
    .select('id')
    .where('id', '=', id)
    .where('disabled_at', 'is', null)
    .where(sql<boolean>`'desk' = ANY (roles)`)
    .executeTakeFirst();
  return account !== undefined;
}

export interface InquiryChange {
  status?: string | undefined;
  /** Free text (tokens): mapped to a destination by name or alias. */
  referral?: string | null | undefined;
  referral_code?: string | null | undefined;
  resolution_code?: string | null | undefined;
  topic?: string | undefined;
  assigned_to?: string | null | undefined;
}

export type UpdateOutcome =
  | { kind: 'updated'; row: StaffInquiryRow }
  | { kind: 'missing' }
  /** The inquiry changed since the version the caller read. */
  | { kind: 'stale'; row: InquiryRow }
  | { kind: 'invalid'; field: string; message: string };

/**
 * Moves an inquiry along. The row is locked while it changes; with
 * `acceptedVersions` (from If-Match) a change made by someone else since is
 * refused as stale instead of being overwritten. Every change bumps `version`
 * and records who made it. `resolved_at` is set when the inquiry becomes
 * resolved or closed (kept when a resolved one is closed) and cleared when it
 * is reopened; `referred` needs a referral.
 */
export function updateInquiry(
  db: Kysely<Database>,
  id: string,
  change: InquiryChange,
  { by, acceptedVersions }: { by: string; acceptedVersions?: number[] | undefined },
): Promise<UpdateOutcome> {
  return db.transaction().execute(async (trx): Promise<UpdateOutcome> => {
    const row = await trx.selectFrom('inquiries').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!row) return { kind: 'missing' };
    if (acceptedVersions && !acceptedVersions.includes(row.version)) return { kind: 'stale', row };

    if (change.topic !== undefined && row.kind === 'volunteer') {
      return { kind: 'invalid', field: 'topic', message: 'A volunteer sign-up keeps the topic volunteer' };
    }
    if (change.assigned_to && !(await isDeskAccount(trx, change.assigned_to))) {
      return { kind: 'invalid', field: 'assigned_to', message: 'Not an enabled staff account with the desk role' };
    }
    const referral = await referralChange(trx, row, change);
    if ('field' in referral) return { kind: 'invalid', ...referral };
    const status = change.status ?? row.status;
    if (status === 'referred' && !referral.code && !referral.text) {
      return { kind: 'invalid', field: 'referral_code', message: 'Say where the person was referred' };
    }
    const now = new Date();
    await trx
      .updateTable('inquiries')
      .set({
        status,
        referral: referral.text,
        referral_code: referral.code,
        resolution_code: change.resolution_code === undefined ? row.resolution_code : change.resolution_code || null,
        topic: change.topic ?? row.topic,
        assigned_to: change.assigned_to === undefined ? row.assigned_to : change.assigned_to,
        version: row.version + 1,
        updated_by: by,
        updated_at: now,
        resolved_at: !CLOSED.has(status) ? null : CLOSED.has(row.status) ? row.resolved_at : now,
      })
      .where('id', '=', id)
      .execute();
    return { kind: 'updated', row: (await findInquiry(trx, id))! };
  });
}

/**
 * The referral after a change: a destination code chosen from the list (the
 * free text then cleared unless sent with it), or free text mapped to a code
 * the way statistics map it; null clears both.
 */
async function referralChange(
  db: Kysely<Database>,
  row: InquiryRow,
  change: InquiryChange,
): Promise<{ text: string | null; code: string | null } | { field: string; message: string }> {
  if (change.referral_code !== undefined) {
    const code = change.referral_code;
    if (code !== null && !(await isActiveDestination(db, code))) {
      return { field: 'referral_code', message: 'Not an active referral destination' };
    }
    const text = change.referral === undefined || code === null ? null : change.referral || null;
    return { code, text };
  }
  if (change.referral !== undefined) {
    const text = change.referral || null;
    return { text, code: text ? await matchDestination(db, text) : null };
  }
  return { text: row.referral, code: row.referral_code };
}

/** The code free text maps to on a new inquiry (null when none was typed). */
export async function referralCodeFor(db: Kysely<Database>, referral: string | undefined): Promise<string | undefined> {
  return referral ? ((await matchDestination(db, referral)) ?? undefined) : undefined;
}

export interface NoteRow {
  id: string;
  author: string;
  body: string | null;
  created_at: string;
}

/** Adds an internal note, its text encrypted; undefined when there is no such inquiry. */
export async function addNote(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  inquiryId: string,
  author: string,
  body: string,
): Promise<NoteRow | undefined> {
  const exists = await db.selectFrom('inquiries').select('id').where('id', '=', inquiryId).executeTakeFirst();
  if (!exists) return undefined;
  const note = await db
    .insertInto('inquiry_notes')
    .values({ id: randomUUID(), inquiry_id: inquiryId, author, body_enc: crypto.encrypt(body) })
    .returning(['id', 'author', 'created_at'])
    .executeTakeFirstOrThrow();
  return { id: note.id, author: note.author, body, created_at: isoOf(note.created_at) };
}

/** An inquiry's notes, oldest first, decrypted. */
export async function listNotes(db: Kysely<Database>, crypto: FieldCrypto, inquiryId: string): Promise<NoteRow[]> {
  const rows = await db
    .selectFrom('inquiry_notes')
    .select(['id', 'author', 'body_enc', 'created_at'])
    .where('inquiry_id', '=', inquiryId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    author: row.author,
    body: crypto.decrypt(row.body_enc),
    created_at: isoOf(row.created_at),
  }));
}

export type MailStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'kept';

/** An inquiry's replies, oldest first: who, which template and language, and how the mail went. */
export async function listReplies(db: Kysely<Database>, inquiryId: string) {
  const rows = await db
    .selectFrom('inquiry_replies')
    .leftJoin('mail_outbox', 'mail_outbox.id', 'inquiry_replies.outbox_id')
    .select([
      'inquiry_replies.id',
      'inquiry_replies.author',
      'inquiry_replies.template_code',
      'inquiry_replies.locale',
      'inquiry_replies.method',
      'inquiry_replies.created_at',
      'mail_outbox.status',
    ])
    .where('inquiry_replies.inquiry_id', '=', inquiryId)
    .orderBy('inquiry_replies.created_at')
    .orderBy('inquiry_replies.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    author: row.author,
    template_code: row.template_code,
    locale: row.locale,
    method: row.method,
    status: (row.status ?? 'kept') as MailStatus,
    created_at: isoOf(row.created_at),
  }));
}
