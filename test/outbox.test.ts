import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  attemptRecord,
  backoffDelay,
  BACKOFF_MS,
  claimDelivered,
  drainOutbox,
  getRecord,
  listRecords,
  OUTBOX_DB,
  OUTBOX_LOCK,
  putRecord,
  startOutbox,
  takeDeliveredReceipts,
  unwatchRecord,
  watchRecord,
  type OutboxRecord,
} from '../src/core/outbox.js';
import { until } from './helpers/locale-state.js';

/** The outbox on the real IndexedDB of the test browser, sending to the reference server behind /v1/. */
const key = () => `test-${crypto.randomUUID()}`;

const inquiry = (id: string, extra: Record<string, unknown> = {}) => ({
  kind: 'inquiry',
  topic: 'other',
  message: 'Sent by the outbox test',
  preferred_language: 'en',
  contact_method: 'none',
  consent: false,
  channel: 'web',
  idempotency_key: id,
  ...extra,
});

function record(endpoint: string, extra: Partial<OutboxRecord> = {}): OutboxRecord {
  const id = extra.id ?? key();
  return {
    id,
    endpoint: new URL(endpoint, location.href).href,
    path: 'inquiries',
    locale: 'en',
    body: inquiry(id),
    createdAt: Date.now(),
    attempts: 0,
    nextAttemptAt: Date.now(),
    state: 'pending',
    about: { kind: 'inquiry', topic: 'other' },
    ...extra,
  };
}

function deleteOutbox(): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(OUTBOX_DB);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/** Counts the POSTs that leave the page (the proof of "sent once"). */
function countPosts() {
  const real = window.fetch;
  const posts: string[] = [];
  window.fetch = (input, init) => {
    if (init?.method === 'POST') posts.push(JSON.parse(String(init.body)).idempotency_key as string);
    return real(input, init);
  };
  return { posts, restore: () => (window.fetch = real) };
}

const resend = async (id: string) => {
  const response = await fetch('/v1/inquiries', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(inquiry(id)),
  });
  return { status: response.status, reference: ((await response.json()) as { reference: string }).reference };
};

describe('outbox', () => {
  beforeEach(deleteOutbox);
  afterEach(async () => {
    await executeServerCommand('api-outage', { down: false });
    await drainOutbox();
  });

  it('backs off 5 s, 15 s, 1 min, then every 5 min', () => {
    expect(BACKOFF_MS).to.deep.equal([5_000, 15_000, 60_000, 300_000]);
    expect([0, 1, 2, 3, 4, 5, 50].map(backoffDelay)).to.deep.equal([
      5_000, 5_000, 15_000, 60_000, 300_000, 300_000, 300_000,
    ]);
  });

  it('keeps one object store "inquiries" in the database "welcome-widgets", keyed by the idempotency key', async () => {
    const r = record('/v1/', { nextAttemptAt: Date.now() + 60_000 });
    await putRecord(r);
    expect(await getRecord(r.id)).to.deep.equal(r);
    const databases = await indexedDB.databases();
    expect(databases.map((d) => d.name)).to.include('welcome-widgets');
    expect(localStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
  });

  it('reschedules after a server failure or no connection, with the backoff', async () => {
    const r = record('/api-fail/500/');
    await putRecord(r);
    let before = Date.now();
    expect((await attemptRecord(r.id)).state).to.equal('pending');
    let stored = (await getRecord(r.id))!;
    expect(stored.attempts).to.equal(1);
    expect(stored.nextAttemptAt).to.be.within(before + 5_000, Date.now() + 5_000);
    before = Date.now();
    await attemptRecord(r.id);
    stored = (await getRecord(r.id))!;
    expect(stored.attempts).to.equal(2);
    expect(stored.nextAttemptAt).to.be.within(before + 15_000, Date.now() + 15_000);

    await executeServerCommand('api-outage', { down: true });
    const offline = record('/v1/');
    await putRecord(offline);
    expect((await attemptRecord(offline.id)).state).to.equal('pending');
    expect((await getRecord(offline.id))!).to.include({ state: 'pending', attempts: 1 });
    expect((await getRecord(offline.id))!.body).to.deep.equal(offline.body);
  });

  it('follows Retry-After on a 429 rather than marking the record failed', async () => {
    const r = record('/api-fail/rate_limited/');
    await putRecord(r);
    const before = Date.now();
    await attemptRecord(r.id);
    const stored = (await getRecord(r.id))!;
    expect(stored.state).to.equal('pending');
    expect(stored.nextAttemptAt).to.be.at.least(before + 30_000);
  });

  it('keeps a record the office refuses (4xx) as failed, with its text and reasons, and never sends it again', async () => {
    const id = key();
    const r = record('/v1/', {
      id,
      body: inquiry(id, { contact_method: 'email', email: 'ana@example', consent: true }),
    });
    await putRecord(r);
    const outcome = await attemptRecord(r.id);
    expect(outcome.state).to.equal('failed');
    const stored = (await getRecord(r.id))!;
    expect(stored.state).to.equal('failed');
    expect(stored.body).to.deep.equal(r.body);
    expect(stored.problem!.status).to.equal(400);
    expect(stored.problem!.errors.map((e) => e.path)).to.include('email');
    const { posts, restore } = countPosts();
    try {
      await drainOutbox(true);
    } finally {
      restore();
    }
    expect(posts).to.deep.equal([]);
    expect((await getRecord(r.id))!.state).to.equal('failed');
  });

  it('keeps only the receipt of a delivered record, for one widget to show once', async () => {
    const r = record('/v1/');
    await putRecord(r);
    const outcome = await attemptRecord(r.id);
    expect(outcome.state).to.equal('delivered');
    const stored = (await getRecord(r.id))!;
    expect(stored.state).to.equal('delivered');
    expect(stored).not.to.have.property('body');
    const reference = (stored.receipt as { reference: string }).reference;
    expect(reference).to.match(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
    // A widget on the page waits for it: the receipt is its own, not a notice's.
    watchRecord(r.id);
    expect(await takeDeliveredReceipts()).to.deep.equal([]);
    expect((await claimDelivered(r.id))!.id).to.equal(r.id);
    expect(await claimDelivered(r.id)).to.equal(undefined);
    unwatchRecord(r.id);
    // Nobody waits: the next widget takes it, once.
    const other = record('/v1/');
    await putRecord(other);
    await attemptRecord(other.id);
    expect((await takeDeliveredReceipts()).map((t) => t.id)).to.deep.equal([other.id]);
    expect(await takeDeliveredReceipts()).to.deep.equal([]);
    expect(await listRecords()).to.deep.equal([]);
    // Sent once: the same key now answers 200 with the same reference.
    expect(await resend(r.id)).to.deep.equal({ status: 200, reference });
  });

  it('drains due records, and all of them when forced', async () => {
    const later = record('/v1/', { nextAttemptAt: Date.now() + 60_000 });
    await putRecord(later);
    await drainOutbox();
    expect((await getRecord(later.id))!.state).to.equal('pending');
    await drainOutbox(true);
    expect((await getRecord(later.id))!.state).to.equal('delivered');
  });

  it('holds the Web Lock "ww-outbox" while sending: a tab holding it makes the others wait', async () => {
    expect(OUTBOX_LOCK).to.equal('ww-outbox');
    const r = record('/v1/');
    await putRecord(r);
    let release = () => {};
    let held = false;
    const otherTab = navigator.locks.request(OUTBOX_LOCK, () => {
      held = true;
      return new Promise<void>((resolve) => (release = resolve));
    });
    await until(() => held);
    const { posts, restore } = countPosts();
    try {
      const drained = drainOutbox(true);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(posts).to.deep.equal([], 'nothing is sent while another tab holds the lock');
      const state = await navigator.locks.query();
      expect(state.pending!.map((l) => l.name)).to.include('ww-outbox');
      release();
      await otherTab;
      await drained;
    } finally {
      restore();
    }
    expect(posts).to.deep.equal([r.id]);
    expect((await getRecord(r.id))!.state).to.equal('delivered');
  });

  it('sends each record once when drains overlap, and works without Web Locks', async () => {
    const a = record('/v1/');
    const b = record('/v1/');
    await putRecord(a);
    await putRecord(b);
    const { posts, restore } = countPosts();
    const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'locks')!;
    Object.defineProperty(Navigator.prototype, 'locks', { configurable: true, get: () => undefined });
    try {
      expect('locks' in navigator && navigator.locks).to.equal(undefined);
      await Promise.all([drainOutbox(true), drainOutbox(true), drainOutbox(true)]);
    } finally {
      Object.defineProperty(Navigator.prototype, 'locks', descriptor);
      restore();
    }
    expect(posts.sort()).to.deep.equal([a.id, b.id].sort());
    expect((await listRecords()).map((r) => r.state)).to.deep.equal(['delivered', 'delivered']);
  });

  it('sends at once when the browser comes back online', async () => {
    await startOutbox();
    const r = record('/v1/', { nextAttemptAt: Date.now() + 60_000 });
    await putRecord(r);
    window.dispatchEvent(new Event('online'));
    for (let i = 0; i < 100 && (await getRecord(r.id))?.state !== 'delivered'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect((await getRecord(r.id))!.state).to.equal('delivered');
  });
});
