import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { sessionsStarting } from './event-facts.js';
import { FactsCache, notify, type NotifyContext } from './notify.js';
import { decryptRegistrant, type RegistrationRow } from './registrants.js';
import { reminderHours } from './settings.js';

type Tx = Transaction<Database>;

/** Who may get a reminder at all: confirmed, reminders on, reachable, details not erased. */
const reachable = sql`r.status = 'confirmed' AND r.reminders = 'on' AND r.purged_at IS NULL
  AND (r.contact_method = 'phone' OR (r.contact_method = 'email' AND r.contact_bounced_at IS NULL))`;

/**
 * Queues the reminders of sessions that start within the office's reminder
 * window (`reminder_hours`, default 24): per confirmed registration with
 * reminders on, signed up before the window opened, per session (a series
 * registration gets one before each of its sessions). A cancelled session
 * gets none; a moved one counts at its new time. At most `limit` registrations per call; `more` says to call again.
 */
export async function sweepReminders(tx: Tx, context: NotifyContext, limit = 500) {
  const from = context.now;
  const hours = await reminderHours(tx);
  const windowMs = hours * 3600_000;
  const to = new Date(from.getTime() + windowMs);
  // Signed up inside the window: the confirmation has just told them, and a reminder a minute later is noise.
  const signedUpBefore = (start: Date, createdAt: Date | string) =>
    new Date(createdAt).getTime() <= start.getTime() - windowMs;
  const cache = new FactsCache(tx);
  const startsAt = sql`(replace(coalesce(c.new_start, r.occurrence_key), 'T', ' ')::timestamp AT TIME ZONE e.timezone)`;
  const single = await sql<RegistrationRow>`
    SELECT r.* FROM registrations r
    JOIN events e ON e.id = r.event_id
    LEFT JOIN event_session_changes c ON c.event_id = r.event_id AND c.occurrence_key = r.occurrence_key
    WHERE ${reachable} AND r.occurrence_key <> 'series' AND e.status <> 'cancelled'
      AND (c.status IS NULL OR c.status = 'moved')
      AND ${startsAt} > ${from} AND ${startsAt} <= ${to}
      AND r.created_at <= ${startsAt} - ${hours} * interval '1 hour'
      AND NOT EXISTS (SELECT 1 FROM registration_messages m
        WHERE m.registration_id = r.id AND m.kind = 'reminder' AND m.occurrence_key = r.occurrence_key)
    ORDER BY r.id
    LIMIT ${limit}`.execute(tx);
  let sent = 0;
  for (const row of single.rows) {
    const registrant = decryptRegistrant(context.crypto, row);
    const key = { kind: 'reminder', occurrenceKey: row.occurrence_key, sequence: 0 };
    if (await notify(tx, context, cache, registrant, 'reminder', key)) sent++;
  }
  // Series: each session in the window, per registration (already reminded ones meet the unique key).
  const margin = 60 * 86_400_000;
  const series = await sql<RegistrationRow>`
    SELECT r.* FROM registrations r JOIN events e ON e.id = r.event_id
    WHERE ${reachable} AND r.occurrence_key = 'series' AND e.status <> 'cancelled'
      AND e.first_start <= ${new Date(to.getTime() + margin)}
      AND (e.last_end IS NULL OR e.last_end > ${new Date(from.getTime() - margin)})
    ORDER BY r.id`.execute(tx);
  for (const row of series.rows) {
    const facts = await cache.get(row.event_id, 'en');
    if (!facts) continue;
    for (const session of sessionsStarting(facts, from, to)) {
      if (!signedUpBefore(session.start, row.created_at)) continue;
      const registrant = decryptRegistrant(context.crypto, row);
      const key = { kind: 'reminder', occurrenceKey: session.key, sequence: 0 };
      if (await notify(tx, context, cache, registrant, 'reminder', key, { sessionKey: session.key })) sent++;
    }
  }
  return { sent, more: single.rows.length >= limit };
}
