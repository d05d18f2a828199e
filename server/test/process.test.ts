import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startServerProcess } from './helpers/server-process.js';

// The server as `npm start` runs it: starts on the embedded database, seeds the
// sample directory, answers, and stops cleanly on SIGTERM.
test('starts, seeds, serves the sample directory and stops on SIGTERM', async () => {
  const server = await startServerProcess({ args: ['--memory'], env: { DATABASE_URL: '' } });
  try {
    const response = await fetch(`${server.url}/v1/services?q=legal&lang=es`);
    const body = (await response.json()) as { total: number; items: { content: { locale: string } }[] };
    assert.ok(body.total > 0);
    assert.equal(body.items[0]!.content.locale, 'es');
    assert.equal(await server.stop(), 0);
    assert.match(server.output(), /"message":"stopping","signal":"SIGTERM"/);
    assert.doesNotMatch(server.output(), /127\.0\.0\.1:\d+ .*q=legal/, 'no query strings in logs');
  } finally {
    await server.stop();
  }
});
