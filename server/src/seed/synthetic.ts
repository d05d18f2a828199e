import { sql, type Kysely } from 'kysely';
import { readFileSync } from 'node:fs';
import type { Database } from '../db/schema.js';
import { refreshSearchText } from '../directory/search.js';
import { BADGES_TAXONOMY_ID, TOPICS_TAXONOMY_ID, TOPIC_CODES } from '../directory/taxonomy.js';
import { stableId } from './ids.js';
import { seedSearchConcepts } from './search-concepts.js';
import { seedTaxonomies, termId } from './seed.js';

/**
 * A synthetic directory of `count` services for benchmarks: realistic spread of
 * topics, languages, places across New York and hours, with Spanish and
 * Chinese names on a share of them. Deterministic for a given count.
 */
/** Words of the synthetic names; the bench types searches from the same file (bench/finder-queries.mjs). */
const syntheticWords: string[] = JSON.parse(
  readFileSync(new URL('./data/synthetic-words.json', import.meta.url), 'utf8'),
) as string[];

export async function seedSyntheticDirectory(db: Kysely<Database>, count: number): Promise<void> {
  await seedTaxonomies(db);
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pickOne = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const spanish = [
    'ayuda',
    'legal',
    'clínica',
    'familia',
    'inglés',
    'ciudadanía',
    'vivienda',
    'salud',
    'trabajo',
    'derechos',
  ];
  const chinese = ['法律', '帮助', '家庭', '英语', '公民', '住房', '健康', '工作', '权利', '社区'];
  const languages = ['es', 'cmn', 'yue', 'ht', 'bn', 'ar', 'fr', 'ru', 'ko', 'pl', 'wo', 'ff', 'so', 'ur', 'vi'];
  const organizationId = stableId('synthetic:organization');
  await db
    .insertInto('organizations')
    .values({ id: organizationId, name: 'Synthetic Organization', url: null, email: null })
    .onConflict((oc) => oc.doNothing())
    .execute();

  const locationCount = Math.max(10, Math.round(count / 20));
  const locationIds: string[] = [];
  for (let start = 0; start < locationCount; start += 500) {
    const batch = Array.from({ length: Math.min(500, locationCount - start) }, (_, i) => {
      const id = stableId(`synthetic:location:${start + i}`);
      locationIds.push(id);
      return {
        id,
        organization_id: organizationId,
        name: `Site ${start + i}`,
        description: null,
        transportation: null,
        accessibility: null,
        latitude: 40.55 + random() * 0.35,
        longitude: -74.1 + random() * 0.4,
        corner_description: null,
        is_corner: random() < 0.05,
      };
    });
    await db.insertInto('locations').values(batch).execute();
  }

  const serviceIds: string[] = [];
  for (let start = 0; start < count; start += 500) {
    const size = Math.min(500, count - start);
    const services = [];
    const attributes = [];
    const places = [];
    const spoken = [];
    const schedules = [];
    const translations = [];
    for (let i = 0; i < size; i++) {
      const n = start + i;
      const id = stableId(`synthetic:service:${n}`);
      serviceIds.push(id);
      const name = `${pickOne(syntheticWords)} ${pickOne(syntheticWords)} ${pickOne(syntheticWords)} ${n}`;
      services.push({
        id,
        organization_id: organizationId,
        name,
        alternate_name: null,
        description: `${pickOne(syntheticWords)} ${pickOne(syntheticWords)} for the community.`,
        url: null,
        email: null,
        application_process: null,
        fees_description: null,
        eligibility_description: null,
        last_verified: '2026-10-01',
      });
      for (const code of new Set([pickOne(TOPIC_CODES), pickOne(TOPIC_CODES)])) {
        attributes.push({
          id: stableId(`synthetic:attr:${n}:${code}`),
          link_id: id,
          link_type: 'service',
          link_entity: 'service',
          taxonomy_term_id: termId(TOPICS_TAXONOMY_ID, code),
          value: null,
        });
      }
      if (random() < 0.7)
        attributes.push({
          id: stableId(`synthetic:attr:${n}:free`),
          link_id: id,
          link_type: 'service',
          link_entity: 'service',
          taxonomy_term_id: termId(BADGES_TAXONOMY_ID, 'free'),
          value: null,
        });
      const location = pickOne(locationIds);
      places.push({ id: stableId(`synthetic:sal:${n}`), service_id: id, location_id: location });
      for (const code of new Set([pickOne(languages), pickOne(languages)])) {
        spoken.push({
          id: stableId(`synthetic:lang:${n}:${code}`),
          service_id: id,
          location_id: null,
          phone_id: null,
          code,
          kind: random() < 0.6 ? ('staff' as const) : ('interpretation' as const),
          note: null,
        });
      }
      schedules.push({
        id: stableId(`synthetic:schedule:${n}`),
        service_id: id,
        location_id: location,
        service_at_location_id: null,
        timezone: 'America/New_York',
        freq: 'WEEKLY',
        interval: 1,
        byday: pickOne(['MO,TU,WE,TH,FR', 'TU,TH', 'SA', 'MO,WE,FR']),
        opens_at: pickOne(['09:00', '10:00', '13:00']),
        closes_at: pickOne(['17:00', '19:00', '20:00']),
        valid_from: null,
        valid_to: null,
        description: null,
      });
      if (random() < 0.3)
        translations.push({
          entity: 'service',
          entity_id: id,
          field: 'name',
          locale: 'es',
          value: `${pickOne(spanish)} ${pickOne(spanish)} ${n}`,
          method: 'machine' as const,
        });
      if (random() < 0.2)
        translations.push({
          entity: 'service',
          entity_id: id,
          field: 'name',
          locale: 'zh-Hans',
          value: `${pickOne(chinese)}${pickOne(chinese)} ${n}`,
          method: 'machine' as const,
        });
    }
    await db.insertInto('services').values(services).execute();
    await db.insertInto('attributes').values(attributes).execute();
    await db.insertInto('service_at_location').values(places).execute();
    await db.insertInto('languages').values(spoken).execute();
    await db.insertInto('schedules').values(schedules).execute();
    if (translations.length) await db.insertInto('translations').values(translations).execute();
  }
  await seedSearchConcepts(db);
  await refreshSearchText(db);
  // Fresh statistics, so the planner picks index and join strategies for this size (PGlite has no autovacuum).
  await sql`ANALYZE`.execute(db);
}
