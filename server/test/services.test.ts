import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { OpenDatabase } from '../src/db/database.js';
import { stableId } from '../src/seed/ids.js';
import { seededTestApp } from './helpers/app.js';

let database: OpenDatabase;
let get: Awaited<ReturnType<typeof seededTestApp>>['get'];
const legalId = stableId('service:t-legal');
const libraryId = stableId('location:t-library');

describe(`services API (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  before(async () => {
    ({ database, get } = await seededTestApp());
  });
  after(() => database.close());

  test('lists every active service with total, paging and facet counts', async () => {
    const { status, body } = await get('/v1/services');
    assert.equal(status, 200);
    assert.equal(body.total, 3);
    assert.equal(body.items.length, 3);
    assert.equal(body.page, 1);
    assert.deepEqual(body.facets.topics, { 'immigration-legal': 1, 'english-classes': 1, education: 1, benefits: 1 });
    assert.equal(body.facets.languages.yue, 2);
  });

  test('pages through results', async () => {
    const first = await get('/v1/services?sort=name&page_size=2');
    const second = await get('/v1/services?sort=name&page_size=2&page=2');
    assert.equal(first.body.items.length, 2);
    assert.equal(second.body.items.length, 1);
    assert.equal(second.body.total, 3);
    const names = [...first.body.items, ...second.body.items].map((s: { name: string }) => s.name);
    assert.deepEqual(names, [...names].sort());
    const beyond = await get('/v1/services?page=5');
    assert.equal(beyond.body.items.length, 0);
    assert.equal(beyond.body.total, 3);
  });

  test('searches without regard to case or accents, in any language and script', async () => {
    for (const q of [
      'LEGAL',
      'inmigracion',
      'evaluación',
      '法律',
      'lawyer options',
      'immig screen',
      'Evaluación: ¿legal?',
      'قانوني',
      'আইনি পরামর্শ',
    ]) {
      const { body } = await get(`/v1/services?q=${encodeURIComponent(q)}`);
      assert.deepEqual(
        body.items.map((s: { id: string }) => s.id),
        [legalId],
        q,
      );
    }
    const none = await get('/v1/services?q=zzzzqqq');
    assert.equal(none.body.total, 0);
  });

  test('finds services by a topic name in another language', async () => {
    const { body } = await get(`/v1/services?q=${encodeURIComponent('clases de inglés')}`);
    assert.equal(body.items[0].name, 'English conversation class');
  });

  test('filters by topic, language, location, free, walk-in and open now', async () => {
    const ids = async (query: string) =>
      (await get(`/v1/services?${query}`)).body.items.map((s: { id: string }) => s.id).sort();
    assert.deepEqual(await ids('topic=immigration-legal'), [legalId]);
    assert.equal((await ids('topic=english-classes,benefits')).length, 2);
    assert.deepEqual(await ids('language=cmn'), [legalId]);
    assert.equal((await ids('language=yue')).length, 2);
    assert.deepEqual(await ids(`location_id=${libraryId}`), [legalId]);
    assert.equal((await ids('free=true')).length, 2);
    assert.equal((await ids('walk_in=true')).length, 1);
    assert.deepEqual(await ids('open_now=true'), [legalId]);
  });

  test('keeps staff languages apart from interpretation', async () => {
    const { body } = await get(`/v1/services/${legalId}`);
    assert.deepEqual(body.languages, [
      { code: 'cmn', kind: 'staff' },
      { code: 'es', kind: 'staff' },
      { code: 'yue', kind: 'interpretation' },
    ]);
  });

  test('sorts by distance from a point or a postcode, and limits by radius', async () => {
    const near = await get('/v1/services?near=40.7579,-73.8299&sort=distance');
    assert.equal(near.body.items[0].distance_km, 0);
    assert.equal(near.body.items.at(-1).distance_km, null, 'online services last');
    const byPostcode = await get('/v1/services?postcode=10018&sort=distance');
    assert.equal(byPostcode.body.items[0].id, legalId);
    const radius = await get('/v1/services?near=40.7532,-73.9822&radius_km=2');
    assert.deepEqual(
      radius.body.items.map((s: { id: string }) => s.id),
      [legalId],
    );
  });

  test('answers in the language asked for, marking machine translations and fallbacks', async () => {
    const spanish = await get(`/v1/services/${legalId}?lang=es`);
    assert.equal(spanish.body.name, 'Evaluación legal de inmigración gratuita');
    assert.deepEqual(spanish.body.content, { locale: 'es', method: 'machine', fallback: false, fallback_fields: [] });
    assert.equal(spanish.body.topics[0].name, 'Ayuda legal de inmigración');
    assert.equal(spanish.body.badges.find((b: { code: string }) => b.code === 'free').name, 'Gratis');
    assert.equal(spanish.body.eligibility, 'Cualquier persona en la ciudad de Nueva York.');
    assert.deepEqual(spanish.body.required_documents, ['Cualquier documento que tenga']);
    const viaHeader = await get(`/v1/services/${legalId}`, { 'Accept-Language': 'fr;q=0.9, es-MX;q=0.8' });
    assert.equal(viaHeader.body.content.locale, 'es');
    assert.equal(viaHeader.body.content.fallback, true, 'French was asked for first');
    const english = await get(`/v1/services/${stableId('service:t-english')}?lang=es`);
    assert.deepEqual(english.body.content, { locale: 'en', method: 'source', fallback: true, fallback_fields: [] });
  });

  test('shows a place once even when it has a mailing address too', async () => {
    await database.db
      .insertInto('addresses')
      .values({
        id: stableId('address:t-library-mail'),
        location_id: libraryId,
        address_1: 'PO Box 1',
        address_2: null,
        city: 'New York',
        state_province: 'NY',
        postal_code: '10001',
        country: 'US',
        address_type: 'postal',
      })
      .execute();
    try {
      const { body } = await get(`/v1/services/${legalId}`);
      const places = body.locations.filter((l: { id: string }) => l.id === libraryId);
      assert.equal(places.length, 1);
      assert.equal(places[0].address.address_1, '476 Fifth Ave');
      const location = await get(`/v1/locations/${libraryId}`);
      assert.equal(location.body.address.address_1, '476 Fifth Ave');
    } finally {
      await database.db.deleteFrom('addresses').where('id', '=', stableId('address:t-library-mail')).execute();
    }
  });

  test('returns the full record with hours, places, phones and verification', async () => {
    const { status, body } = await get(`/v1/services/${legalId}`);
    assert.equal(status, 200);
    assert.equal(body.open_now, true);
    assert.equal(body.hours_today.length, 1);
    assert.equal(body.locations.length, 2);
    const library = body.locations.find((l: { id: string }) => l.id === libraryId);
    assert.equal(library.corner, true);
    assert.equal(library.corner_description, 'Citizenship books and forms.');
    assert.equal(library.address.postal_code, '10018');
    assert.deepEqual(body.phones, [{ number: '212-555-0100', description: 'Appointments', languages: ['es'] }]);
    assert.equal(
      body.badges.find((b: { code: string }) => b.code === 'doj-accredited-representative').verified,
      '2026-09-15',
    );
    assert.equal(body.last_verified, '2026-10-01');
    const online = await get(`/v1/services/${stableId('service:t-directory')}`);
    assert.equal(online.body.open_now, null);
  });

  test('rejects every invalid parameter with a problem naming the field', async () => {
    for (const [query, field] of [
      ['page=0', 'page'],
      ['page_size=500', 'page_size'],
      ['topic=astrology', 'topic'],
      ['language=!!', 'language'],
      ['near=north', 'near'],
      ['near=95,10', 'near'],
      ['postcode=99999', 'postcode'],
      ['sort=distance', 'sort'],
      ['sort=random', 'sort'],
      ['open_now=maybe', 'open_now'],
      ['location_id=42', 'location_id'],
      ['radius_km=-1', 'radius_km'],
      ['lang=not a tag', 'lang'],
    ]) {
      const { status, headers, body } = await get(`/v1/services?${query}`);
      assert.equal(status, 400, query);
      assert.equal(headers.get('content-type'), 'application/problem+json', query);
      assert.ok(
        body.errors.some((e: { path: string }) => e.path.startsWith(field)),
        `${query} names ${field}: ${JSON.stringify(body)}`,
      );
    }
  });

  test('answers 404 as a problem for an unknown service and an unknown path', async () => {
    const missing = await get(`/v1/services/${stableId('service:nope')}`);
    assert.equal(missing.status, 404);
    assert.equal(missing.body.type, 'https://welcome-widgets.org/problems/not-found');
    const bad = await get('/v1/services/not-a-uuid');
    assert.equal(bad.status, 400);
    const nowhere = await get('/v1/nowhere');
    assert.equal(nowhere.status, 404);
  });
});
