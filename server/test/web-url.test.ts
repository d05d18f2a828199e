import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { upsertEvent } from '../src/events/store.js';
import { bumpDirectoryVersion } from '../src/directory/version.js';
import { webUrl } from '../src/lib/web-url.js';
import { seededTestApp } from './helpers/app.js';

test('only http(s) addresses without credentials are links a visitor may follow', () => {
  assert.equal(webUrl('https://Example.org/help?x=1'), 'https://Example.org/help?x=1');
  assert.equal(webUrl(' http://library.example '), 'http://library.example');
  for (const bad of [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    'https://user:secret@example.org',
    '//example.org',
    'example.org',
    '',
    null,
    undefined,
  ]) {
    assert.equal(webUrl(bad), undefined, String(bad));
  }
});

describe(`links stored before the importers checked them are not served (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let app: Awaited<ReturnType<typeof seededTestApp>>;
  before(async () => {
    app = await seededTestApp();
  });
  after(() => app.database.close());

  test('a service website', async () => {
    const [service] = (await app.get('/v1/services?page_size=1')).body.items;
    await app.database.db
      .updateTable('services')
      .set({ url: 'javascript:alert(1)' })
      .where('id', '=', service.id)
      .execute();
    // As every write to the directory does: answers, the search index and records are kept per version.
    await bumpDirectoryVersion(app.database.db);
    assert.equal((await app.get(`/v1/services/${service.id}`)).body.url, null);
    const listed = (await app.get('/v1/services?page_size=100')).body.items.find(
      (s: { id: string }) => s.id === service.id,
    );
    assert.equal(listed.url, null);
  });

  test('an event’s online address and sign-up page', async () => {
    const year = new Date().getUTCFullYear() + 1;
    const { id } = await upsertEvent(app.database.db, {
      uid: 'links',
      type: 'know-your-rights',
      title: 'Know your rights',
      timezone: 'America/New_York',
      dtstart: `${year}-04-01T18:00`,
      durationMinutes: 60,
      onlineUrl: 'data:text/html,<script>alert(1)</script>',
      registrationUrl: 'javascript:alert(1)',
      registrationMode: 'none',
    });
    const { body } = await app.get(`/v1/events/${id}`);
    assert.equal(body.online_url, null);
    assert.equal(body.registration.url, null);
  });
});
