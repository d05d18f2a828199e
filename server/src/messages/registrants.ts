import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, RegistrationTable } from '../db/schema.js';
import type { FieldCrypto } from '../lib/field-crypto.js';

type Db = Kysely<Database> | Transaction<Database>;
export type RegistrationRow = Selectable<RegistrationTable>;

/** A registration with its name and contact decrypted, as a message needs it. */
export interface Registrant {
  row: RegistrationRow;
  name: string;
  email: string | null;
  phone: string | null;
}

export function decryptRegistrant(crypto: FieldCrypto, row: RegistrationRow): Registrant {
  return {
    row,
    name: crypto.decrypt(row.name) ?? '',
    email: row.email ? crypto.decrypt(row.email) : null,
    phone: row.phone ? crypto.decrypt(row.phone) : null,
  };
}

export async function loadRegistrant(db: Db, crypto: FieldCrypto, id: string): Promise<Registrant | undefined> {
  const row = await db.selectFrom('registrations').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? decryptRegistrant(crypto, row) : undefined;
}

export { waitlistPosition } from '../events/waitlist.js';
