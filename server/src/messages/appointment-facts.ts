import type { Kysely, Selectable, Transaction } from 'kysely';
import type { AppointmentTable, Database } from '../db/schema.js';
import { loadTranslations, pick } from '../directory/translate.js';
import { loadLocations } from '../events/event-rows.js';
import type { FieldCrypto } from '../lib/field-crypto.js';
import { placeLine } from './event-facts.js';

type Db = Kysely<Database> | Transaction<Database>;
export type AppointmentRow = Selectable<AppointmentTable>;

/** What a message or the manage page says about an appointment type at its place, in one language. */
export interface TypeFacts {
  typeId: string;
  title: string;
  whatToBring: string;
  place: string | undefined;
  timezone: string;
}

/** An appointment with its person decrypted and its type's words in the appointment's language. */
export interface AppointmentFacts extends TypeFacts {
  row: AppointmentRow;
  name: string;
  email: string | null;
  phone: string | null;
}

/** The type's title and what to bring, and its place, in `locale` (else the type's own language). */
export async function loadTypeFacts(db: Db, typeId: string, locale: string): Promise<TypeFacts | undefined> {
  const type = await db
    .selectFrom('appointment_types')
    .select(['id', 'location_id', 'title', 'what_to_bring', 'source_locale'])
    .where('id', '=', typeId)
    .executeTakeFirst();
  if (!type) return undefined;
  const locales = locale === 'en' ? ['en'] : [locale, 'en'];
  const translations = await loadTranslations(db as Kysely<Database>, null, [type.id, type.location_id], locales);
  const place = (await loadLocations(db as Kysely<Database>, [type.location_id])).get(type.location_id);
  const text = (field: 'title' | 'what_to_bring') =>
    pick(translations, type.id, field, type[field], type.source_locale, locales)?.value ?? type[field];
  const placeName = place
    ? (pick(translations, place.id, 'name', place.name, place.source_locale, locales)?.value ?? place.name)
    : undefined;
  return {
    typeId: type.id,
    title: text('title'),
    whatToBring: text('what_to_bring'),
    place: place ? placeLine(placeName, place) : undefined,
    timezone: place?.timezone ?? 'UTC',
  };
}

/** The appointment `id` as its messages need it; undefined when there is none. */
export async function loadAppointmentFacts(
  db: Db,
  crypto: FieldCrypto,
  id: string,
  locale: (row: AppointmentRow) => string,
): Promise<AppointmentFacts | undefined> {
  const row = await db.selectFrom('appointments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const type = await loadTypeFacts(db, row.type_id, locale(row));
  if (!type) return undefined;
  return {
    ...type,
    row,
    name: crypto.decrypt(row.name) ?? '',
    email: row.email ? crypto.decrypt(row.email) : null,
    phone: row.phone ? crypto.decrypt(row.phone) : null,
  };
}
