import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { FieldCrypto } from '../lib/field-crypto.js';
import { stableId } from './ids.js';

/**
 * Sample providers' contacts for re-verification requests (reserved `example.org` addresses, so a demo's
 * mail goes nowhere real): accredited legal services and a few others. The rest have none, so the desk's
 * "no contact" case shows too.
 */
export const SAMPLE_VERIFICATION_CONTACTS: Record<string, string> = {
  'nyc-actionnyc-queens': 'listings@actionnyc-queens.example.org',
  'nyc-actionnyc-harlem': 'listings@actionnyc-harlem.example.org',
  'nyc-daca-screening': 'listings@daca-screening.example.org',
  'nyc-idnyc-enrollment-queens': 'listings@idnyc-queens.example.org',
  'nyc-wany-manhattan': 'listings@wany-manhattan.example.org',
};

/** Stores the sample contacts, encrypted with the process's FieldCrypto, on services that exist and have none. */
export async function seedVerificationContacts(db: Kysely<Database>, crypto: FieldCrypto): Promise<void> {
  for (const [key, address] of Object.entries(SAMPLE_VERIFICATION_CONTACTS)) {
    await db
      .updateTable('services')
      .set({ verification_contact: crypto.encrypt(address) })
      .where('id', '=', stableId(`service:${key}`))
      .where('verification_contact', 'is', null)
      .execute();
  }
}
