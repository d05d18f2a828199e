import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { FieldCrypto } from '../../lib/field-crypto.js';
import type { ReportInput } from './schemas.js';

export type CreateOutcome =
  | { kind: 'ok'; id: string; created: boolean }
  /** No active service has this id. */
  | { kind: 'missing' }
  /** The idempotency key was used for a report on another service. */
  | { kind: 'key-taken' };

/**
 * Keeps a visitor's report on a listing for the editors' queue. Nothing about the visitor is kept: the note is
 * encrypted (a visitor may type a name though none is asked for), and the same idempotency key answers the first
 * report, so a lost answer sent again makes no second one.
 */
export async function createReport(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  serviceId: string,
  input: ReportInput,
): Promise<CreateOutcome> {
  const key = input.idempotency_key ?? null;
  if (key) {
    const earlier = await findByKey(db, key);
    if (earlier) return earlier.service_id === serviceId ? { kind: 'ok', id: earlier.id, created: false } : KEY_TAKEN;
  }
  const service = await db
    .selectFrom('services')
    .select('id')
    .where('id', '=', serviceId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!service) return { kind: 'missing' };
  const rows = await db
    .insertInto('service_reports')
    .values({
      service_id: serviceId,
      kind: input.kind,
      note: crypto.encrypt(input.note?.trim()),
      locale: input.lang,
      idempotency_key: key,
    })
    // Two sends of one key at once: the second writes nothing and answers the first.
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .execute();
  if (rows[0]) return { kind: 'ok', id: rows[0].id, created: true };
  const raced = key ? await findByKey(db, key) : undefined;
  if (!raced) throw new Error('A report was neither written nor found');
  return raced.service_id === serviceId ? { kind: 'ok', id: raced.id, created: false } : KEY_TAKEN;
}

const KEY_TAKEN = { kind: 'key-taken' } as const;

const findByKey = (db: Kysely<Database>, key: string) =>
  db.selectFrom('service_reports').select(['id', 'service_id']).where('idempotency_key', '=', key).executeTakeFirst();
