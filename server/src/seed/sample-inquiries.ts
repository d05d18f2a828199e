import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import type { Database, InquiryTable } from '../db/schema.js';
import { newReference } from '../inquiries/reference.js';

/**
 * Sample inquiry counts for the dashboard demo: every channel, month by month
 * from January 2025 to last month, with plausible topics, languages, statuses
 * and referrals, including rare languages whose monthly counts are small (so
 * that suppression shows). Counts only: no names, contacts or messages. The
 * same every time (a seeded generator), and clearly sample data.
 */
const CHANNEL_VOLUME: Record<string, number> = { hotline: 340, email: 98, '311': 60, web: 45, outreach: 22 };
const TOPICS: [string, number][] = [
  ['immigration-legal', 30],
  ['municipal-id', 14],
  ['citizenship', 12],
  ['benefits', 9],
  ['housing', 8],
  ['work', 7],
  ['english-classes', 6],
  ['health', 5],
  ['know-your-rights', 4],
  ['family', 3],
  ['education', 2],
  ['other', 3],
];
const LANGUAGES: [string, number][] = [
  ['es', 40],
  ['en', 18],
  ['zh-Hans', 10],
  ['ht', 6],
  ['bn', 6],
  ['ru', 4],
  ['ar', 3],
  ['fr', 3],
  ['ko', 2],
  ['ur', 2],
  ['pl', 1],
  ['wo', 0.4],
  ['ff', 0.2],
];
const REFERRALS: [string, number][] = [
  ['ActionNYC', 30],
  ['IDNYC', 15],
  ['NYCitizenship', 12],
  ['Legal service provider', 20],
  ['HRA benefits', 10],
  ['Housing agency', 8],
  ['Other city agency', 5],
];

function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (weights: [string, number][]) => {
    const sum = weights.reduce((total, [, weight]) => total + weight, 0);
    let roll = next() * sum;
    for (const [value, weight] of weights) if ((roll -= weight) <= 0) return value;
    return weights.at(-1)![0];
  };
  return { next, pick };
}

export async function seedSampleInquiries(db: Kysely<Database>, now = new Date()): Promise<number> {
  const random = generator(2025);
  const rows: Insertable<InquiryTable>[] = [];
  const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  for (
    let month = new Date(Date.UTC(2025, 0, 1));
    month < lastMonth;
    month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1))
  ) {
    const days = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 0)).getUTCDate();
    // A busier spring (filing season) and a quieter August.
    const season =
      1 + 0.25 * Math.sin(((month.getUTCMonth() - 1) / 12) * 2 * Math.PI) - (month.getUTCMonth() === 7 ? 0.2 : 0);
    for (const [channel, volume] of Object.entries(CHANNEL_VOLUME)) {
      const count = Math.round(volume * season * (0.85 + random.next() * 0.3));
      for (let i = 0; i < count; i++) {
        const received = new Date(month.getTime() + Math.floor(random.next() * days * 86_400_000));
        const age = (now.getTime() - received.getTime()) / 86_400_000;
        const roll = random.next();
        // Older inquiries are mostly settled; recent ones still open.
        const status =
          age > 45
            ? roll < 0.62
              ? 'resolved'
              : roll < 0.78
                ? 'closed'
                : roll < 0.95
                  ? 'referred'
                  : 'in-progress'
            : roll < 0.3
              ? 'new'
              : roll < 0.55
                ? 'in-progress'
                : roll < 0.8
                  ? 'referred'
                  : 'resolved';
        const referred = status === 'referred' || (status === 'resolved' && random.next() < 0.45);
        const resolvedAt =
          status === 'resolved' || status === 'closed'
            ? new Date(received.getTime() + (0.2 + random.next() * random.next() * 30) * 86_400_000)
            : null;
        rows.push({
          id: randomUUID(),
          reference: newReference(),
          kind: 'inquiry',
          channel,
          topic: random.pick(TOPICS),
          preferred_language: random.pick(LANGUAGES),
          contact_method: channel === 'email' ? 'email' : 'phone',
          consent: true,
          postcode: null,
          origin: null,
          name_enc: null,
          phone_enc: null,
          email_enc: null,
          message_enc: null,
          interests: [],
          languages_spoken: [],
          availability: [],
          status,
          referral: referred ? random.pick(REFERRALS) : null,
          resolution_code: resolvedAt ? (referred ? 'referred-and-served' : 'answered') : null,
          idempotency_key: null,
          logged_by: 'sample data',
          received_at: received,
          updated_at: resolvedAt && resolvedAt < now ? resolvedAt : received,
          resolved_at: resolvedAt && resolvedAt < now ? resolvedAt : null,
          personal_purged_at: null,
        });
      }
    }
  }
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insertInto('inquiries')
      .values(rows.slice(i, i + 1000))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  return rows.length;
}
