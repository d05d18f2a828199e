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
