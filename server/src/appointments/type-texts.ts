import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { loadTranslations, pick } from '../directory/translate.js';
import type { AppointmentTypeRow } from './availability-data.js';

export interface TypeTexts {
  title: string;
  what_to_bring: string;
  location_name: string;
  /** 'draft' when the title or what to bring is a machine translation. */
  review: 'draft' | 'reviewed';
}

/** Titles, what to bring and place names of types, in the best language of `locales`, per type id. */
export async function typeTexts(
  db: Kysely<Database>,
  types: readonly AppointmentTypeRow[],
  locales: readonly string[],
): Promise<Map<string, TypeTexts>> {
  const [typeIndex, placeIndex] = await Promise.all([
    loadTranslations(
      db,
      'appointment_type',
      types.map((t) => t.id),
      locales,
    ),
    loadTranslations(db, 'location', [...new Set(types.map((t) => t.location_id))], locales),
  ]);
  const texts = new Map<string, TypeTexts>();
  for (const type of types) {
    const title = pick(typeIndex, type.id, 'title', type.title, type.source_locale, locales)!;
    const bring = pick(typeIndex, type.id, 'what_to_bring', type.what_to_bring, type.source_locale, locales)!;
    const place = pick(placeIndex, type.location_id, 'name', type.location_name, type.location_source_locale, locales)!;
    texts.set(type.id, {
      title: title.value,
      what_to_bring: bring.value,
      location_name: place.value,
      review: title.method === 'machine' || bring.method === 'machine' ? 'draft' : 'reviewed',
    });
  }
  return texts;
}
