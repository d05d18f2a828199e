import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { UNSPACED_SCRIPT } from '../query-words.js';
import type { ScheduleRule } from '../schedule.js';
import { readVector } from './vector-text.js';

/** Services by number: the number is a service's place in the database's order of names (`ORDER BY name`). */
export type ServiceSet = Int32Array;

/** A place of a service, for distances. */
export interface Place {
  latitude: number;
  longitude: number;
}

/**
 * What search answers from, for one directory version: the active services' words (with ts_rank's share per entry),
 * codes, who takes new clients, places, schedules, and texts in scripts written without spaces. Built whole from the database when the
 * version changes (search-index/indexes.ts), so an answer never comes from older data than its version.
 */
export interface SearchIndex {
  version: string;
  /** Service ids by number. */
  ids: string[];
  /** Every word of the directory, in code-unit order (a prefix's words are one run), and who uses each. */
  words: string[];
  postings: ServiceSet[];
  /** ts_rank's share of each posting, parallel to `postings`. */
  ranks: Float32Array[];
  topicCodes: string[][];
  languageCodes: string[][];
  /** Who has each topic, language and badge code. */
  byTopic: Map<string, ServiceSet>;
  byLanguage: Map<string, ServiceSet>;
  byBadge: Map<string, ServiceSet>;
  byLocation: Map<string, ServiceSet>;
  /** Who takes new clients (availability 'accepting'). */
  accepting: ServiceSet;
  places: (Place[] | undefined)[];
  schedules: (ScheduleRule[] | undefined)[];
  /** The folded text of services that hold a script written without spaces (matched by substring); else undefined. */
  unspacedTexts: (string | undefined)[];
}

/** Reads the directory's version and what search needs in one snapshot, and indexes it. */
export async function buildSearchIndex(db: Kysely<Database>): Promise<SearchIndex> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (tx) => {
      const version = await sql<{
        version: string;
      }>`SELECT version::text AS version FROM directory_version WHERE id = 1`.execute(tx);
      const services = await sql<{
        id: string;
        topic_codes: string[];
        badge_codes: string[];
        language_codes: string[];
        availability: string;
        vector: string;
        text: string;
      }>`SELECT id, topic_codes, badge_codes, language_codes, availability,
          search_vector::text AS vector, search_text AS text
        FROM services WHERE status = 'active' ORDER BY name`.execute(tx);
      const places = await sql<{
        service_id: string;
        location_id: string;
        latitude: number | null;
        longitude: number | null;
      }>`
        SELECT sal.service_id, sal.location_id, l.latitude, l.longitude
        FROM service_at_location sal JOIN locations l ON l.id = sal.location_id`.execute(tx);
      const schedules = await sql<ScheduleRule & { service_id: string }>`
        SELECT service_id, freq, byday, opens_at, closes_at, timezone FROM schedules WHERE service_id IS NOT NULL`.execute(
        tx,
      );
      return indexRows(version.rows[0]?.version ?? '0', services.rows, places.rows, schedules.rows);
    });
}

function indexRows(
  version: string,
  services: {
    id: string;
    topic_codes: string[];
    badge_codes: string[];
    language_codes: string[];
    availability: string;
    vector: string;
    text: string;
  }[],
  places: { service_id: string; location_id: string; latitude: number | null; longitude: number | null }[],
  schedules: (ScheduleRule & { service_id: string })[],
): SearchIndex {
  const numberOf = new Map(services.map((s, n) => [s.id, n]));
  const byWord = new Map<string, { services: number[]; ranks: number[] }>();
  services.forEach((service, n) => {
    for (const { word, rank } of readVector(service.vector)) {
      let posting = byWord.get(word);
      if (!posting) byWord.set(word, (posting = { services: [], ranks: [] }));
      posting.services.push(n);
      posting.ranks.push(rank);
    }
  });
  const words = [...byWord.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const servicePlaces: (Place[] | undefined)[] = new Array(services.length);
  const byLocation = new Map<string, number[]>();
  for (const place of places) {
    const n = numberOf.get(place.service_id);
    if (n === undefined) continue;
    let here = byLocation.get(place.location_id);
    if (!here) byLocation.set(place.location_id, (here = []));
    here.push(n);
    if (place.latitude === null || place.longitude === null) continue;
    (servicePlaces[n] ??= []).push({ latitude: Number(place.latitude), longitude: Number(place.longitude) });
  }
  const serviceSchedules: (ScheduleRule[] | undefined)[] = new Array(services.length);
  for (const { service_id, ...rule } of schedules) {
    const n = numberOf.get(service_id);
    if (n !== undefined) (serviceSchedules[n] ??= []).push(rule);
  }
  return {
    version,
    ids: services.map((s) => s.id),
    words,
    postings: words.map((word) => Int32Array.from(byWord.get(word)!.services)),
    ranks: words.map((word) => Float32Array.from(byWord.get(word)!.ranks)),
    topicCodes: services.map((s) => s.topic_codes),
    languageCodes: services.map((s) => s.language_codes),
    byTopic: setsOf(services.map((s) => s.topic_codes)),
    byLanguage: setsOf(services.map((s) => s.language_codes)),
    byBadge: setsOf(services.map((s) => s.badge_codes)),
    byLocation: new Map([...byLocation].map(([id, ns]) => [id, Int32Array.from(new Set(ns))])),
    accepting: Int32Array.from(services.flatMap((s, n) => (s.availability === 'accepting' ? [n] : []))),
    places: servicePlaces,
    schedules: serviceSchedules,
    unspacedTexts: services.map((s) => (UNSPACED_SCRIPT.test(s.text) ? s.text : undefined)),
  };
}

/** Who has each code. */
function setsOf(codesByService: readonly string[][]): Map<string, ServiceSet> {
  const sets = new Map<string, number[]>();
  codesByService.forEach((codes, n) => {
    for (const code of codes) {
      let set = sets.get(code);
      if (!set) sets.set(code, (set = []));
      set.push(n);
    }
  });
  return new Map([...sets].map(([code, ns]) => [code, Int32Array.from(ns)]));
}
