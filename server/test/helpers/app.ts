import { createApp, type AppOptions } from '../../src/app.js';
import type { OpenDatabase } from '../../src/db/database.js';
import { silentLogger } from '../../src/lib/logger.js';

export const TEST_ORIGIN = 'https://partner.example';

/** The app over a test database, and a `get` that returns status, headers and parsed JSON. */
export function testApp(database: OpenDatabase, options: Partial<AppOptions> = {}) {
  const app = createApp({ db: database.db, allowedOrigins: [TEST_ORIGIN], logger: silentLogger, ...options });
  async function get(path: string, headers: Record<string, string> = {}) {
    return read(await app.request(path, { headers }));
  }
  /** POSTs a JSON body. */
  async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
    return read(
      await app.request(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(body),
      }),
    );
  }
  /** PATCHes a JSON body. */
  async function patch(path: string, body: unknown, headers: Record<string, string> = {}) {
    return read(
      await app.request(path, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(body),
      }),
    );
  }
  /** Any method, with a JSON body when one is given. */
  async function send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    return read(
      await app.request(path, {
        method,
        headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
  }
  async function read(response: Response) {
    const text = await response.text();
    let body: any;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    return { status: response.status, headers: response.headers, body, text };
  }
  return { app, get, post, patch, send };
}

/** A fresh test database holding the small test directory, and the app over it. */
export async function seededTestApp(options: Partial<AppOptions> = {}) {
  const { openTestDatabase, emptyDatabase } = await import('./database.js');
  const { seedDirectories } = await import('../../src/seed/seed.js');
  const { testDirectory } = await import('./directory.js');
  const database = await openTestDatabase();
  await emptyDatabase(database.db);
  await seedDirectories(database.db, [testDirectory]);
  return { database, ...testApp(database, options) };
}
