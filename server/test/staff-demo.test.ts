import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startServerProcess, type ServerProcess } from './helpers/server-process.js';

const ROOT = resolve(import.meta.dirname, '../..');
const post = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('npm start prints a one-step demo sign-in', () => {
  let demo: ServerProcess;
  let plain: ServerProcess;
  before(async () => {
    const env = { DATABASE_URL: '', WW_SEED: 'false' };
    [demo, plain] = await Promise.all([
      startServerProcess({ args: ['--memory', '--demo', ROOT], env }),
      startServerProcess({ args: ['--memory'], env }),
    ]);
  });
  after(async () => {
    await Promise.all([demo?.stop(), plain?.stop()]);
  });

  test('the printed link signs in the demo account once, with every role', async () => {
    const line = /Staff desk: (http:\/\/\S+)\/staff\/#demo=([\w-]{43}) {2}\(one-step demo sign-in\)/.exec(
      demo.output(),
    );
    assert.ok(line, demo.output());
    assert.equal(line[1], demo.url);
    const token = line[2]!;
    const signedIn = await post(`${demo.url}/staff/auth/demo`, { token });
    assert.equal(signedIn.status, 200);
    const me = (await signedIn.json()) as { display_name: string; roles: string[] };
    assert.equal(me.display_name, 'Demo staff');
    assert.deepEqual([...me.roles].sort(), ['admin', 'desk', 'editor', 'organizer']);
    const cookie = signedIn.headers.get('Set-Cookie')!.split(';')[0]!;
    assert.equal((await fetch(`${demo.url}/v1/staff/me`, { headers: { Cookie: cookie } })).status, 200);
    // Every role: the event editor's routes answer it (this server has no sample data to list).
    for (const path of ['/v1/staff/events', '/v1/staff/locations']) {
      assert.equal((await fetch(`${demo.url}${path}`, { headers: { Cookie: cookie } })).status, 200, path);
    }
    assert.equal((await post(`${demo.url}/staff/auth/demo`, { token })).status, 400, 'once only');
    assert.ok(!/"message":"request".*demo=/.test(demo.output()), 'the token is not in the request log');
  });

  test('without --demo there is no demo sign-in and nothing printed', async () => {
    assert.doesNotMatch(plain.output(), /Staff desk/);
    assert.equal((await post(`${plain.url}/staff/auth/demo`, { token: 'x'.repeat(43) })).status, 404);
  });
});
