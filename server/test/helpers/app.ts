import { createApp } from '../../src/app.js';
import type { OpenDatabase } from '../../src/db/database.js';
import { silentLogger } from '../../src/lib/logger.js';

export const TEST_ORIGIN = 'https://partner.example';

/** The app over a test database, and a `get` that returns status, headers and parsed JSON. */
export function testApp(database: OpenDatabase) {
  const app = createApp({ db: database.db, allowedOrigins: [TEST_ORIGIN], logger: silentLogger });
  async function get(path: string, headers: Record<string, string> = {}) {
    const response = await app.request(path, { headers });
    const text = await response.text();
    let body: any;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    return { status: response.status, headers: response.headers, body };
  }
  return { app, get };
}

/** A fresh test database holding the small test directory, and the app over it. */
export async function seededTestApp() {
  const { openTestDatabase, emptyDatabase } = await import('./database.js');
  const { seedDirectories } = await import('../../src/seed/seed.js');
  const { testDirectory } = await import('./directory.js');
  const database = await openTestDatabase();
  await emptyDatabase(database.db);
  await seedDirectories(database.db, [testDirectory]);
  return { database, ...testApp(database) };
}
