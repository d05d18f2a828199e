import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * The outreach log: an event the team attended (a fair, a school night, a
 * church basement), how many people were reached there by language and topic,
 * and the sign-ups made on the spot. Counts only: no one's name is asked for,
 * so the public dashboard can count outreach as a channel.
 */
export const SIGNUP_PROGRAMS = ['idnyc', 'actionnyc', 'nycitizenship', 'other'] as const;

export interface OutreachInput {
  held_on: string;
  place: string;
  partner?: string | undefined;
  notes?: string | undefined;
  reach: { language: string; topic: string; people: number }[];
  signups: { program: string; count: number }[];
}

export interface OutreachEvent {
  id: string;
  held_on: string;
  place: string;
  partner: string | null;
  notes: string | null;
  logged_by: string;
  created_at: string;
  reach: { language: string; topic: string; people: number }[];
  signups: { program: string; count: number }[];
  /** People reached, all languages and topics. */
  people: number;
  /** Sign-ups made, all programs. */
  signup_count: number;
}

/** es-us and ES-US are es-US: one language counts once. */
export function canonicalLanguage(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0]!;
  } catch {
    return tag;
  }
}

const dateText = (value: unknown) =>
  typeof value === 'string' ? value.slice(0, 10) : (value as Date).toISOString().slice(0, 10);

export async function createOutreach(
  db: Kysely<Database>,
  input: OutreachInput,
  loggedBy: string,
): Promise<OutreachEvent> {
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('outreach_events')
      .values({
        id,
        held_on: input.held_on,
        place: input.place,
        partner: input.partner || null,
        notes: input.notes || null,
        logged_by: loggedBy,
      })
      .execute();
    if (input.reach.length) {
      await trx
        .insertInto('outreach_reach')
        .values(input.reach.map((r) => ({ outreach_id: id, ...r, language: canonicalLanguage(r.language) })))
        .execute();
    }
    if (input.signups.length) {
      await trx
        .insertInto('outreach_signups')
        .values(input.signups.map((s) => ({ outreach_id: id, ...s })))
        .execute();
    }
  });
  return (await listOutreach(db, { ids: [id] }))[0]!;
}

/** Events held from `from` to `to` (dates, both included), newest first, with what was reached at each. */
export async function listOutreach(
  db: Kysely<Database>,
  {
    from,
    to,
    ids,
    limit = 500,
  }: { from?: string | undefined; to?: string | undefined; ids?: string[]; limit?: number },
): Promise<OutreachEvent[]> {
  let query = db
    .selectFrom('outreach_events')
    .selectAll()
    .orderBy('held_on', 'desc')
    .orderBy('created_at', 'desc')
    .limit(limit);
  if (from) query = query.where('held_on', '>=', from);
  if (to) query = query.where('held_on', '<=', to);
  if (ids) query = query.where('id', 'in', ids);
  const events = await query.execute();
  if (events.length === 0) return [];
  const eventIds = events.map((e) => e.id);
  const [reach, signups] = await Promise.all([
    db
      .selectFrom('outreach_reach')
      .selectAll()
      .where('outreach_id', 'in', eventIds)
      .orderBy('people', 'desc')
      .orderBy('language')
      .orderBy('topic')
      .execute(),
    db.selectFrom('outreach_signups').selectAll().where('outreach_id', 'in', eventIds).orderBy('program').execute(),
  ]);
  return events.map((event) => {
    const reached = reach
      .filter((r) => r.outreach_id === event.id)
      .map(({ language, topic, people }) => ({ language, topic, people }));
    const made = signups.filter((s) => s.outreach_id === event.id).map(({ program, count }) => ({ program, count }));
    return {
      id: event.id,
      held_on: dateText(event.held_on),
      place: event.place,
      partner: event.partner,
      notes: event.notes,
      logged_by: event.logged_by,
      created_at: new Date(event.created_at as Date | string).toISOString(),
      reach: reached,
      signups: made,
      people: reached.reduce((sum, r) => sum + r.people, 0),
      signup_count: made.reduce((sum, s) => sum + s.count, 0),
    };
  });
}
