import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { OTHER, PUBLISHED_LANGUAGES, publishedLanguage } from './published-values.js';
import { isSmall, published, roundToBase, suppressGroup, type Cell } from './suppress.js';

/**
 * People the outreach team reached at events held from `firstDay` to before `nextDay` (dates, `YYYY-MM-DD`),
 * by language, and how many events. A language is published from the list only (others, and any with fewer
 * than 5 people in the window, count under `other`); counts from 1 to 4 are hidden, with a second one where the
 * published total would give a hidden one away, and every count is rounded to 5.
 */
export async function outreachReach(db: Kysely<Database>, firstDay: string, nextDay: string) {
  const inWindow = db.selectFrom('outreach_events').where('held_on', '>=', firstDay).where('held_on', '<', nextDay);
  const [reached, events] = await Promise.all([
    inWindow
      .innerJoin('outreach_reach', 'outreach_reach.outreach_id', 'outreach_events.id')
      .select(['outreach_reach.language', (eb) => eb.fn.sum<number>('outreach_reach.people').as('people')])
      .groupBy('outreach_reach.language')
      .execute(),
    inWindow.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const sums = new Map<string, number>();
  for (const row of reached) {
    const language = publishedLanguage(row.language);
    sums.set(language, (sums.get(language) ?? 0) + Number(row.people));
  }
  for (const [language, people] of sums) {
    if (language !== OTHER && isSmall(people)) {
      sums.set(OTHER, (sums.get(OTHER) ?? 0) + people);
      sums.delete(language);
    }
  }
  const order = [...PUBLISHED_LANGUAGES, OTHER] as readonly string[];
  const rows = [...sums]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([language, people]) => ({ language, cell: { count: people, suppressed: false } as Cell }));
  suppressGroup(rows.map((row) => row.cell));
  const people = [...sums.values()].reduce((sum, n) => sum + n, 0);
  return {
    by_language: rows.map(({ language, cell }) => ({ language, people: published(cell), suppressed: cell.suppressed })),
    people: isSmall(people) ? null : roundToBase(people),
    events: Number(events.n),
  };
}
