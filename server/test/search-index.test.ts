import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { OpenDatabase } from '../src/db/database.js';
import { buildSearchIndex } from '../src/directory/search-index/build.js';
import { searchIndexFor } from '../src/directory/search-index/indexes.js';
import { searchIndex, type IndexFilters } from '../src/directory/search-index/run.js';
import { readVector } from '../src/directory/search-index/vector-text.js';
import { refreshSearchText, searchServices } from '../src/directory/search.js';
import { readDirectoryVersion } from '../src/directory/version.js';
import { seedSyntheticDirectory } from '../src/seed/synthetic.js';
import { emptyDatabase, openTestDatabase } from './helpers/database.js';

let database: OpenDatabase;
const all: IndexFilters = { sort: 'name', limit: 100_000, offset: 0 };
const sorted = (ids: string[]) => [...ids].sort();

/** The search index answers from memory what the database would: these compare the two on a synthetic directory. */
describe(`the search index agrees with the database (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    database = await openTestDatabase();
    await emptyDatabase(database.db);
    await seedSyntheticDirectory(database.db, 300);
  });
  after(() => database.close());

  test("each word's share of the rank is what ts_rank gives", async () => {
    const { rows } = await sql<{ vector: string; word: string; rank: number }>`
      SELECT s.search_vector::text AS vector, u.lexeme AS word,
        ts_rank(s.search_vector, quote_literal(u.lexeme)::tsquery)::float8 AS rank
      FROM (SELECT * FROM services WHERE status = 'active' ORDER BY id LIMIT 60) s, unnest(s.search_vector) u`.execute(
      database.db,
    );
    assert.ok(rows.length > 1000, `${rows.length} entries compared`);
    const parsed = new Map<string, Map<string, number>>();
    for (const row of rows) {
      let words = parsed.get(row.vector);
      if (!words) parsed.set(row.vector, (words = new Map(readVector(row.vector).map((w) => [w.word, w.rank]))));
      const mine = words.get(row.word);
      assert.ok(mine !== undefined, `${row.word} read back`);
      // ts_rank is a float4.
      assert.ok(Math.abs(mine - row.rank) < 1e-6, `${row.word}: ${mine} against ${row.rank}`);
    }
  });

  test('open now is ww_open_at, every five hours of a week and a day', async () => {
    const index = await buildSearchIndex(database.db);
    let opened = 0;
    for (let hour = 0; hour < 8 * 24; hour += 5) {
      const at = new Date(Date.UTC(2026, 11, 7, hour, 30));
      const mine = searchIndex(index, [], { ...all, openAt: at }).ids.map((hit) => hit.id);
      const { rows } = await sql<{ id: string }>`SELECT s.id FROM services s WHERE s.status = 'active'
        AND EXISTS (SELECT 1 FROM schedules sc WHERE sc.service_id = s.id
          AND ww_open_at(sc.freq, sc.byday, sc.opens_at, sc.closes_at, sc.timezone, ${at.toISOString()}::timestamptz))`.execute(
        database.db,
      );
      assert.deepEqual(sorted(mine), sorted(rows.map((r) => r.id)), at.toISOString());
      opened += rows.length;
    }
    assert.ok(opened > 0, 'some services were open at some of the instants');
  });

  test('distances and a radius are ww_distance_km to the nearest place', async () => {
    const index = await buildSearchIndex(database.db);
    const near = { latitude: 40.7, longitude: -73.9 };
    const mine = searchIndex(index, [], { ...all, sort: 'distance', near, radiusKm: 8 }).ids;
    const { rows } = await sql<{ id: string; km: number }>`
      SELECT sal.service_id AS id, min(ww_distance_km(${near.latitude}::float8, ${near.longitude}::float8, l.latitude, l.longitude)) AS km
      FROM service_at_location sal JOIN locations l ON l.id = sal.location_id JOIN services s ON s.id = sal.service_id
      WHERE s.status = 'active' AND l.latitude IS NOT NULL GROUP BY sal.service_id`.execute(database.db);
    const within = rows.filter((r) => Number(r.km) <= 8);
    assert.ok(within.length > 0 && within.length < rows.length, 'the radius keeps some places, not all');
    assert.deepEqual(sorted(mine.map((hit) => hit.id)), sorted(within.map((r) => r.id)));
    const km = new Map(rows.map((r) => [r.id, Number(r.km)]));
    for (const hit of mine) assert.ok(Math.abs(hit.distanceKm! - km.get(hit.id)!) < 1e-9);
    const distances = mine.map((hit) => hit.distanceKm!);
    assert.deepEqual(
      distances,
      [...distances].sort((a, b) => a - b),
      'nearest first',
    );
  });

  test('a page is the slice of the whole order (the first of many found without sorting them all)', async () => {
    const index = await buildSearchIndex(database.db);
    const groups = [
      { typed: [{ word: 'help', prefix: true }], substrings: [], corrected: [], topics: [], terms: [] },
      { typed: [{ word: 'legal', prefix: false }], substrings: [], corrected: ['english'], topics: [], terms: [] },
    ];
    const everything = searchIndex(index, groups, { sort: 'relevance', limit: 100_000, offset: 0 });
    assert.ok(everything.total > 40, `${everything.total} found`);
    for (const offset of [0, 5, 10]) {
      const page = searchIndex(index, groups, { sort: 'relevance', limit: 5, offset });
      assert.equal(page.total, everything.total);
      assert.deepEqual(page.ids, everything.ids.slice(offset, offset + 5));
    }
  });

  test('a committed write is searched at once: the index is never older than the version read', async () => {
    const before = await readDirectoryVersion(database.db);
    const old = await searchIndexFor(database.db, before);
    assert.equal(
      (await searchServices(database.db, { q: 'zanzibarian', sort: 'relevance', page: 1, pageSize: 5 })).total,
      0,
    );
    const { rows } = await sql<{
      id: string;
    }>`SELECT id FROM services WHERE status = 'active' ORDER BY id LIMIT 1`.execute(database.db);
    await sql`UPDATE services SET name = 'Zanzibarian legal clinic' WHERE id = ${rows[0]!.id}`.execute(database.db);
    await refreshSearchText(database.db, [rows[0]!.id]);
    const found = await searchServices(database.db, { q: 'zanzibarian', sort: 'relevance', page: 1, pageSize: 5 });
    assert.deepEqual(
      found.ids.map((hit) => hit.id),
      [rows[0]!.id],
    );
    assert.ok(BigInt(found.version) > BigInt(before));
    assert.notEqual(await searchIndexFor(database.db, found.version), old, 'a new index for the new version');
    assert.equal(await searchIndexFor(database.db, before), await searchIndexFor(database.db, found.version));
  });
});
