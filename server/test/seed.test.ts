import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openDatabase, type OpenDatabase } from '../src/db/database.js';
import { openTestDatabase } from './helpers/database.js';
import { startServerProcess } from './helpers/server-process.js';

const postgres = Boolean(process.env.DATABASE_URL);

/** What an office's own import leaves: one organization with one service, nothing else. */
async function importOwnDirectory(database: OpenDatabase) {
  const organization = randomUUID();
  await database.db
    .insertInto('organizations')
    .values({ id: organization, name: 'Office of Immigrant Affairs' })
    .execute();
  await database.db
    .insertInto('services')
    .values({ id: randomUUID(), organization_id: organization, name: 'Legal screening' })
    .execute();
}

test(`the first start after an import adds no sample data (${postgres ? 'PostgreSQL' : 'PGlite'})`, async () => {
  // PGlite: a data folder of the test's own (its key file is made beside it); PostgreSQL: the test database.
  const folder = postgres ? undefined : mkdtempSync(join(tmpdir(), 'ww-seed-'));
  const dataDir = folder && join(folder, 'data');
  try {
    const imported = postgres ? await openTestDatabase() : await openDatabase({ dataDir });
    await importOwnDirectory(imported);
    await imported.close();

    // Started the normal way: no WW_SEED, no --memory.
    const server = await startServerProcess({
      env: postgres ? { WW_DATA_KEY: randomBytes(32).toString('base64') } : { DATABASE_URL: '', WW_DATA_DIR: dataDir! },
    });
    try {
      const get = async (path: string) => (await fetch(server.url + path)).json() as Promise<any>;
      assert.equal((await get('/v1/services')).total, 1, 'only the imported service, no sample directory');
      assert.deepEqual((await get('/v1/events')).items, [], 'no sample events');
      // The last 12 months, where the sample inquiries would be.
      assert.equal((await get('/v1/stats/inquiries')).total.count, 0, 'no sample inquiries in the statistics');
    } finally {
      assert.equal(await server.stop(), 0, `the server ran and stopped cleanly:\n${server.output()}`);
    }
    assert.doesNotMatch(server.output(), /seeded/);
  } finally {
    if (folder) rmSync(folder, { recursive: true, force: true });
  }
});
