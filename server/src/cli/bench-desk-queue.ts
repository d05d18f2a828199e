/**
 * The desk's queue at the size of a busy office's years, for `npm run bench`:
 * 50,000 inquiries (a year is 4,000 calls and 1,200 emails; this is a decade of
 * every channel), then the first page of `/v1/staff/inquiries` as the desk asks
 * for it, each view timed in this process through the whole app (auth, audit,
 * decryption of the page's names). Prints one JSON object.
 *
 * Runs on PGlite in memory, or on the PostgreSQL database named by
 * WW_BENCH_DATABASE_URL (emptied first).
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createApp } from '../app.js';
import { CHANNELS, INQUIRY_TOPICS, STATUSES } from '../inquiries/schemas.js';
import { FieldCrypto } from '../lib/field-crypto.js';
import { silentLogger } from '../lib/logger.js';
import { hashToken } from '../staff/tokens.js';
import { openBenchDatabase } from './bench-database.js';

const { values } = parseArgs({
  options: {
    inquiries: { type: 'string', default: '50000' },
    repeats: { type: 'string', default: '30' },
  },
});
const total = Number(values.inquiries);
const repeats = Number(values.repeats);

const LANGUAGES = ['es', 'zh-Hans', 'ht', 'bn', 'ru', 'ar', 'fr', 'ko', 'ur', 'pl', 'wo', 'en'];
const TOKEN = 'bench-desk-token';

const database = await openBenchDatabase();
const { db } = database;
const crypto = FieldCrypto.ephemeral();

// Spread over ten years, newest first in the desk's default order; most closed long ago, a few hundred open.
const started = performance.now();
const now = Date.now();
const BATCH = 1000;
for (let offset = 0; offset < total; offset += BATCH) {
  const rows = [];
  for (let n = offset; n < Math.min(total, offset + BATCH); n++) {
    const receivedAt = new Date(now - Math.floor((n / total) * 10 * 365 * 86_400_000) - (n % 97) * 60_000);
    const open = n < 400 || n % 125 === 0;
    const status = open ? STATUSES[n % 2]! : STATUSES[2 + (n % 3)]!;
    rows.push({
      id: randomUUID(),
      reference: `B${n.toString(36).toUpperCase().padStart(5, '0')}`,
      kind: n % 20 === 0 ? ('volunteer' as const) : ('inquiry' as const),
      channel: CHANNELS[n % CHANNELS.length]!,
      topic: INQUIRY_TOPICS[n % INQUIRY_TOPICS.length]!,
      preferred_language: LANGUAGES[n % LANGUAGES.length]!,
      contact_method: n % 3 === 0 ? 'email' : 'phone',
      consent: true,
      name_enc: crypto.encrypt(`Bench person ${n}`),
      phone_enc: n % 3 === 0 ? null : crypto.encrypt(`+1 718 555 ${String(n % 10_000).padStart(4, '0')}`),
      email_enc: n % 3 === 0 ? crypto.encrypt(`person${n}@example.org`) : null,
      message_enc: crypto.encrypt('I need help with an application; please call me back.'),
      status,
      received_at: receivedAt,
      updated_at: receivedAt,
      resolved_at: status === 'resolved' || status === 'closed' ? receivedAt : null,
    });
  }
  await db.insertInto('inquiries').values(rows).execute();
}
const seedMs = Math.round(performance.now() - started);

const app = createApp({
  db,
  allowedOrigins: [],
  logger: silentLogger,
  crypto,
  staffTokens: [{ name: 'bench', scope: 'write', hash: hashToken(TOKEN) }],
});

/** What the desk asks for: its default view, the oldest first, and the filters staff use most. */
const VIEWS: Record<string, string> = {
  newest: '',
  oldest: 'sort=oldest',
  open: 'status=new,in-progress',
  overdue: 'overdue=true',
  unassigned: 'assigned=none&status=new',
  spanish: 'language=es',
  topicChannel: `topic=${INQUIRY_TOPICS[0]}&channel=hotline`,
  page40: 'page=40',
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

const views: Record<string, { medianMs: number; p95Ms: number; total: number; status: number }> = {};
for (const [name, query] of Object.entries(VIEWS)) {
  const path = `/v1/staff/inquiries?page_size=25${query ? `&${query}` : ''}`;
  const request = () => app.request(path, { headers: { Authorization: `Bearer ${TOKEN}` } });
  const first = await request();
  const body = (await first.json()) as { total?: number };
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    const response = await request();
    await response.arrayBuffer();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  views[name] = {
    medianMs: Math.round(percentile(times, 50) * 10) / 10,
    p95Ms: Math.round(percentile(times, 95) * 10) / 10,
    total: body.total ?? -1,
    status: first.status,
  };
}

console.log(JSON.stringify({ database: database.kind, inquiries: total, seedMs, repeats, views }));
await database.close();
