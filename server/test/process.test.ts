import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { test } from 'node:test';

// The server as `npm start` runs it: starts on the embedded database, seeds the
// sample directory, answers, and stops cleanly on SIGTERM.
test('starts, seeds, serves the sample directory and stops on SIGTERM', async () => {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', resolve(import.meta.dirname, '../src/index.ts'), '--memory', '--port', String(port)],
    {
      env: { ...process.env, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  try {
    const deadline = Date.now() + 60_000;
    while (!output.includes('"message":"listening"')) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`server did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const response = await fetch(`http://127.0.0.1:${port}/v1/services?q=legal&lang=es`);
    const body = (await response.json()) as { total: number; items: { content: { locale: string } }[] };
    assert.ok(body.total > 0);
    assert.equal(body.items[0]!.content.locale, 'es');
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.match(output, /"message":"stopping","signal":"SIGTERM"/);
    assert.doesNotMatch(output, /127\.0\.0\.1:\d+ .*q=legal/, 'no query strings in logs');
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});
