import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database, InquiryTable } from '../db/schema.js';
import type { FieldCrypto } from '../lib/field-crypto.js';
import { newReference } from './reference.js';

export type InquiryRow = Selectable<InquiryTable>;

/** What any channel records: the counted fields in plain text, the personal ones to be encrypted. */
export interface NewInquiry {
  kind: 'inquiry' | 'volunteer';
  channel: string;
  topic: string;
  preferred_language: string;
  contact_method: string;
  consent: boolean;
  name?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  message?: string | undefined;
  postcode?: string | undefined;
  origin?: string | undefined;
  interests?: string[] | undefined;
  languages_spoken?: string[] | undefined;
  availability?: string[] | undefined;
  status?: string | undefined;
  referral?: string | undefined;
  referral_code?: string | undefined;
  assigned_to?: string | undefined;
  resolution_code?: string | undefined;
  idempotency_key?: string | undefined;
  logged_by?: string | undefined;
  received_at?: Date | undefined;
}

/**
 * Stores an inquiry. With an idempotency key, a repeat (a retry after a lost
 * answer, or the same queued inquiry sent from two tabs) returns the first
 * inquiry and creates nothing. Only what the chosen contact method needs is kept.
 */
export async function createInquiry(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  input: NewInquiry,
): Promise<{ row: InquiryRow; created: boolean }> {
  if (input.idempotency_key) {
    const existing = await findByKey(db, input.idempotency_key);
    if (existing) return { row: existing, created: false };
  }
  const method = input.contact_method;
  for (let attempt = 0; attempt < 5; attempt++) {
    const rows = await db
      .insertInto('inquiries')
      .values({
        id: randomUUID(),
        reference: newReference(),
        kind: input.kind,
        channel: input.channel,
        topic: input.topic,
        preferred_language: input.preferred_language,
        contact_method: method,
        consent: input.consent,
        postcode: input.postcode || null,
        origin: input.origin ?? null,
        name_enc: crypto.encrypt(input.name),
        phone_enc: method === 'phone' || method === 'text' ? crypto.encrypt(input.phone) : null,
        email_enc: method === 'email' ? crypto.encrypt(input.email) : null,
        message_enc: crypto.encrypt(input.message),
        interests: input.interests ?? [],
        languages_spoken: input.languages_spoken ?? [],
        availability: input.availability ?? [],
        status: input.status ?? 'new',
        referral: input.referral ?? null,
        referral_code: input.referral_code ?? null,
        assigned_to: input.assigned_to ?? null,
        resolution_code: input.resolution_code ?? null,
        idempotency_key: input.idempotency_key ?? null,
        logged_by: input.logged_by ?? null,
        received_at: input.received_at ?? new Date(),
        updated_at: new Date(),
        resolved_at:
          input.status === 'resolved' || input.status === 'closed' ? (input.received_at ?? new Date()) : null,
      })
      // A concurrent retry with the same key, or (rarely) a reference already taken: nothing is written.
      .onConflict((oc) => oc.doNothing())
      .returningAll()
      .execute();
    if (rows[0]) return { row: rows[0], created: true };
    if (input.idempotency_key) {
      const existing = await findByKey(db, input.idempotency_key);
      if (existing) return { row: existing, created: false };
    }
  }
  throw new Error('Could not find a free reference code');
}

const findByKey = (db: Kysely<Database>, key: string) =>
  db.selectFrom('inquiries').selectAll().where('idempotency_key', '=', key).executeTakeFirst();

/** Inquiries kept this many days before their personal fields are erased (the counts stay). */
export const DEFAULT_INQUIRY_RETENTION_DAYS = 365;

/** Erases name, phone, email and message of inquiries received more than `days` ago; returns how many. */
export async function purgeInquiryDetails(
  db: Kysely<Database>,
  days = DEFAULT_INQUIRY_RETENTION_DAYS,
  now = new Date(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  const result = await db
    .updateTable('inquiries')
    .set({ name_enc: null, phone_enc: null, email_enc: null, message_enc: null, personal_purged_at: now })
    .where('received_at', '<', cutoff)
    .where('personal_purged_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
