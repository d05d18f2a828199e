import type { Kysely, Selectable, Transaction } from 'kysely';
import type { AppointmentTable, Database } from '../db/schema.js';
import { loadAppointmentType } from '../appointments/availability-data.js';
import { typeTexts } from '../appointments/type-texts.js';
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
  const type = await loadAppointmentType(db, typeId);
  if (!type) return undefined;
  const locales = locale === 'en' ? ['en'] : [locale, 'en'];
  const words = (await typeTexts(db as Kysely<Database>, [type], locales)).get(type.id)!;
  const address = (await loadLocations(db as Kysely<Database>, [type.location_id])).get(type.location_id);
  return {
    typeId: type.id,
    title: words.title,
    whatToBring: words.what_to_bring,
    place: address ? placeLine(words.location_name, address) : words.location_name,
    timezone: type.timezone,
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
