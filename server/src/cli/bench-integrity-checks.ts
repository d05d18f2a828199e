/**
 * What bench-integrity checks once the load is over: every answer the client
 * saw against the rows the database holds. Each figure counts a fault, so
 * every one of them is 0 when all is well.
 */
import type { Answer } from './bench-integrity-load.js';

/** A session (or a whole series) people sign up for. */
export interface Target {
  eventId: string;
  scope: 'session' | 'series';
  occurrence?: string;
}

/** The rows the bench server reads back with SQL. */
export interface Dump {
  registrations: {
    id: string;
    event_id: string;
    occurrence_key: string;
    idempotency_key: string;
    status: 'confirmed' | 'waitlisted' | 'cancelled';
    party_size: number;
    /** Place in the waiting list by arrival (created_at, id); null unless waitlisted. */
    queue_rank: number | null;
  }[];
  counters: { event_id: string; occurrence_key: string; taken: number; waitlisted: number; capacity: number | null }[];
  inquiries: { id: string; reference: string; idempotency_key: string | null }[];
  /** Errors the app logged (unhandled exceptions) since the last dump. */
  serverErrors: string[];
}

interface RegistrationAnswer {
  id: string;
  event_id: string;
  occurrence: string | null;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  waitlist_position: number | null;
  party_size: number;
}

const accepted = (a: Answer) => a.status === 200 || a.status === 201;
const counterKey = (eventId: string, occurrence: string | null) => `${eventId}|${occurrence ?? 'series'}`;

function groupBy<T>(items: T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

/** The answers a key got that the server accepted, the creating one (201) first. */
function acceptedAnswers(list: Answer[]) {
  return list.filter(accepted).sort((a, b) => b.status - a.status);
}

/**
 * Sign-ups. `asAnswered`: nothing was cancelled since they were made, so each
 * status and waiting-list position the client was told must still hold.
 */
export function checkSignUps(answers: Answer[], dump: Dump, { asAnswered }: { asAnswered: boolean }) {
  const rowsByKey = groupBy(dump.registrations, (r) => r.idempotency_key);
  const byId = new Map(dump.registrations.map((r) => [r.id, r]));
  let keysAccepted = 0;
  let lost = 0;
  let duplicated = 0;
  let statusMismatches = 0;
  let replayMismatches = 0;
  let positionMismatches = 0;
  const toldConfirmed = new Map<string, number>();
  const positions = new Map<string, number[]>();
  for (const [key, list] of groupBy(answers, (a) => a.key)) {
    const ok = acceptedAnswers(list);
    if (ok.length === 0) continue;
    keysAccepted++;
    const told = ok.map((a) => JSON.parse(a.body) as RegistrationAnswer);
    const first = told[0]!;
    const rows = rowsByKey.get(key) ?? [];
    // Told of two registrations, created twice, or stored twice.
    if (new Set(told.map((t) => t.id)).size > 1 || ok.filter((a) => a.status === 201).length > 1 || rows.length > 1) {
      duplicated++;
    }
    if (!rows.some((r) => r.id === first.id)) lost++;
    if (!asAnswered) continue;
    const row = byId.get(first.id);
    if (row && row.status !== first.status) statusMismatches++;
    if (told.some((t) => t.status !== first.status || t.waitlist_position !== first.waitlist_position)) {
      replayMismatches++;
    }
    const counter = counterKey(first.event_id, first.occurrence);
    if (first.status === 'confirmed') toldConfirmed.set(counter, (toldConfirmed.get(counter) ?? 0) + first.party_size);
    if (first.status === 'waitlisted') {
      positions.set(counter, [...(positions.get(counter) ?? []), first.waitlist_position!]);
      if (row && row.queue_rank !== first.waitlist_position) positionMismatches++;
    }
  }
  const answeredKeys = new Set(answers.filter(accepted).map((a) => a.key));

  let overCapacity = 0;
  let counterDrift = 0;
  let queueSkipped = 0;
  let waitlistDuplicates = 0;
  let waitlistGaps = 0;
  const perCounter = [];
  for (const c of dump.counters) {
    const rows = dump.registrations.filter((r) => r.event_id === c.event_id && r.occurrence_key === c.occurrence_key);
    const confirmed = rows.filter((r) => r.status === 'confirmed').reduce((sum, r) => sum + r.party_size, 0);
    const waiting = rows.filter((r) => r.status === 'waitlisted');
    const key = counterKey(c.event_id, c.occurrence_key === 'series' ? null : c.occurrence_key);
    const told = toldConfirmed.get(key) ?? 0;
    if (c.capacity !== null && (confirmed > c.capacity || told > c.capacity)) overCapacity++;
    if (c.taken !== confirmed || c.waitlisted !== waiting.length) counterDrift++;
    // First come, first served: a waiting party that fits in the free places should have been let in.
    const head = waiting.find((r) => r.queue_rank === 1);
    if (head && c.capacity !== null && confirmed + head.party_size <= c.capacity) queueSkipped++;
    if (asAnswered) {
      const given = positions.get(key) ?? [];
      const distinct = new Set(given);
      waitlistDuplicates += given.length - distinct.size;
      for (let p = 1; p <= waiting.length; p++) if (!distinct.has(p)) waitlistGaps++;
    }
    perCounter.push({
      occurrence: c.occurrence_key,
      capacity: c.capacity,
      confirmedPlaces: confirmed,
      waitlisted: waiting.length,
    });
  }
  return {
    keysSent: new Set(answers.map((a) => a.key)).size,
    keysAccepted,
    rows: dump.registrations.length,
    rowsWithoutAcceptedAnswer: dump.registrations.filter((r) => !answeredKeys.has(r.idempotency_key)).length,
    lost,
    duplicated,
    overCapacity,
    counterDrift,
    queueSkipped,
    ...(asAnswered ? { statusMismatches, replayMismatches, positionMismatches, waitlistDuplicates, waitlistGaps } : {}),
    counters: perCounter,
  };
}

/** Cancellations (each token sent twice) and the promotions from the waiting list they caused. */
export function checkCancellations(cancels: Answer[], signUps: Answer[], dump: Dump) {
  const byId = new Map(dump.registrations.map((r) => [r.id, r]));
  const done = new Set(cancels.filter((a) => a.status === 200).map((a) => a.key.split('.')[0]!));
  // A repeated cancel answers 200 with nothing promoted, so the sum counts each promotion once.
  const promotedAnswered = cancels
    .filter((a) => a.status === 200)
    .reduce((sum, a) => sum + (JSON.parse(a.body) as { promoted: number }).promoted, 0);
  // Told "waitlisted" when they signed up, confirmed now.
  const creations = signUps.filter((a) => a.status === 201).map((a) => JSON.parse(a.body) as RegistrationAnswer);
  const promotedRows = creations.filter((t) => t.status === 'waitlisted' && byId.get(t.id)?.status === 'confirmed');
  const cancelledRows = dump.registrations.filter((r) => r.status === 'cancelled');
  return {
    tokens: new Set(cancels.map((a) => a.key)).size,
    cancelled: done.size,
    cancelledRows: cancelledRows.length,
    lost: [...done].filter((id) => byId.get(id)?.status !== 'cancelled').length,
    cancelledWithoutAnswer: cancelledRows.filter((r) => !done.has(r.id)).length,
    promoted: promotedRows.length,
    promotionDrift: Math.abs(promotedAnswered - promotedRows.length),
  };
}

/** Inquiries: one row per accepted key, holding the reference the client was given. */
export function checkInquiries(answers: Answer[], dump: Dump) {
  const rowsByKey = groupBy(dump.inquiries, (r) => r.idempotency_key);
  let keysAccepted = 0;
  let lost = 0;
  let duplicated = 0;
  for (const [key, list] of groupBy(answers, (a) => a.key)) {
    const ok = acceptedAnswers(list);
    if (ok.length === 0) continue;
    keysAccepted++;
    const references = new Set(ok.map((a) => (JSON.parse(a.body) as { reference: string }).reference));
    const rows = rowsByKey.get(key) ?? [];
    if (references.size > 1 || ok.filter((a) => a.status === 201).length > 1 || rows.length > 1) duplicated++;
    if (!rows.some((r) => references.has(r.reference))) lost++;
  }
  const answeredKeys = new Set(answers.filter(accepted).map((a) => a.key));
  return {
    keysSent: new Set(answers.map((a) => a.key)).size,
    keysAccepted,
    rows: dump.inquiries.length,
    rowsWithoutAcceptedAnswer: dump.inquiries.filter((r) => !answeredKeys.has(r.idempotency_key ?? '')).length,
    lost,
    duplicated,
    duplicateReferences: dump.inquiries.length - new Set(dump.inquiries.map((r) => r.reference)).size,
  };
}
