import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import {
  loadReferralDestinations,
  REFERRAL_ENTITY,
  referralDestinationId,
  referralMatcher,
} from '../stats/published-values.js';

/**
 * Where the desk refers people: a managed list (agency or partner, the topics
 * each takes) replacing free text, so statistics count destinations cleanly.
 * A destination is never deleted, only retired (`active: false`): past
 * inquiries keep pointing at it and still count.
 *
 * Its name in other languages lives in `translations` (entity
 * `referral_destination`), as the public dashboard reads it
 * (stats/published-values.ts `referralNamesIn`). A new destination has its
 * English name only until someone gives it others; the dashboard shows that
 * name, marked as a fallback.
 */
export interface Destination {
  code: string;
  name: string;
  kind: 'agency' | 'partner';
  topics: string[];
  active: boolean;
  aliases: string[];
  position: number;
  /** The name in other languages, by locale. */
  names: Record<string, string>;
}

export interface DestinationInput {
  code?: string | undefined;
  name: string;
  kind: 'agency' | 'partner';
  topics: string[];
  aliases?: string[] | undefined;
  names?: Record<string, string> | undefined;
}

export type DestinationChange = Partial<Omit<DestinationInput, 'code'>> & {
  active?: boolean | undefined;
  position?: number | undefined;
};

/** Lower case, one space between words: how aliases are matched (as referralMatcher does). */
const normalizeAlias = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Every destination in the order staff see them, retired ones included. */
export async function listDestinations(db: Kysely<Database>): Promise<Destination[]> {
  const rows = await db
    .selectFrom('referral_destinations')
    .select(['code', 'name', 'kind', 'topics', 'active', 'aliases', 'position'])
    .orderBy('position')
    .orderBy('code')
    .execute();
  const names = await translatedNames(
    db,
    rows.map((row) => row.code),
  );
  return rows.map((row) => ({ ...row, names: names.get(row.code) ?? {} }));
}

async function translatedNames(db: Kysely<Database>, codes: string[]): Promise<Map<string, Record<string, string>>> {
  const byId = new Map(codes.map((code) => [referralDestinationId(code), code]));
  const found = new Map<string, Record<string, string>>();
  if (byId.size === 0) return found;
  const rows = await db
    .selectFrom('translations')
    .select(['entity_id', 'locale', 'value'])
    .where('entity', '=', REFERRAL_ENTITY)
    .where('field', '=', 'name')
    .where('entity_id', 'in', [...byId.keys()])
    .orderBy('locale')
    .execute();
  for (const row of rows) {
    const code = byId.get(row.entity_id)!;
    found.set(code, { ...found.get(code), [row.locale]: row.value });
  }
  return found;
}

export async function findDestination(db: Kysely<Database>, code: string): Promise<Destination | undefined> {
  return (await listDestinations(db)).find((destination) => destination.code === code);
}

/** Whether a code names a destination staff may refer to now. */
export async function isActiveDestination(db: Kysely<Database>, code: string): Promise<boolean> {
  const row = await db
    .selectFrom('referral_destinations')
    .select('code')
    .where('code', '=', code)
    .where('active', '=', true)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The destination free text names, matched as statistics match it (its code,
 * name or an alias, whole); `other` when it names none, null when that code is
 * not on the list.
 */
export async function matchDestination(db: Kysely<Database>, text: string): Promise<string | null> {
  const destinations = await loadReferralDestinations(db);
  const code = referralMatcher(destinations)(text);
  return destinations.some((destination) => destination.code === code) ? code : null;
}

/** A code made from a name: "Legal Aid Society" → legal-aid-society. */
export function codeFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'destination';
}

/**
 * Adds a destination at the end of the list. Without a code, one is made from
 * the name (numbered if taken); a code given that is taken is refused.
 */
export async function createDestination(
  db: Kysely<Database>,
  input: DestinationInput,
): Promise<Destination | 'exists'> {
  return db.transaction().execute(async (trx) => {
    const taken = new Set(
      (await trx.selectFrom('referral_destinations').select('code').execute()).map((row) => row.code),
    );
    let code = input.code;
    if (code && taken.has(code)) return 'exists';
    if (!code) {
      const base = codeFromName(input.name);
      code = base;
      for (let n = 2; taken.has(code); n++) code = `${base.slice(0, 36)}-${n}`;
    }
    const last = await trx
      .selectFrom('referral_destinations')
      .select((eb) => eb.fn.max('position').as('position'))
      .executeTakeFirst();
    await trx
      .insertInto('referral_destinations')
      .values({
        code,
        name: input.name,
        kind: input.kind,
        topics: input.topics,
        aliases: (input.aliases ?? []).map(normalizeAlias).filter(Boolean),
        position: Number(last?.position ?? -1) + 1,
        active: true,
      })
      .execute();
    if (input.names) await saveNames(trx, code, input.names);
    return (await findDestination(trx, code))!;
  });
}

/**
 * Changes a destination. A new English name drops the machine drafts of the
 * old one (a draft of another name would be wrong); names a person gave stay
 * unless replaced.
 */
export async function updateDestination(
  db: Kysely<Database>,
  code: string,
  change: DestinationChange,
): Promise<Destination | undefined> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('referral_destinations')
      .select(['name'])
      .where('code', '=', code)
      .forUpdate()
      .executeTakeFirst();
    if (!row) return undefined;
    const set = {
      ...(change.name !== undefined && { name: change.name }),
      ...(change.kind !== undefined && { kind: change.kind }),
      ...(change.topics !== undefined && { topics: change.topics }),
      ...(change.active !== undefined && { active: change.active }),
      ...(change.position !== undefined && { position: change.position }),
      ...(change.aliases !== undefined && { aliases: change.aliases.map(normalizeAlias).filter(Boolean) }),
    };
    if (Object.keys(set).length > 0) {
      await trx.updateTable('referral_destinations').set(set).where('code', '=', code).execute();
    }
    if (change.name !== undefined && change.name !== row.name) {
      await trx
        .deleteFrom('translations')
        .where('entity', '=', REFERRAL_ENTITY)
        .where('entity_id', '=', referralDestinationId(code))
        .where('field', '=', 'name')
        .where('method', '=', 'machine')
        .execute();
    }
    if (change.names) await saveNames(trx, code, change.names);
    return findDestination(trx, code);
  });
}

/** Names a person gave, by locale (English is the destination's own name); an empty name removes one. */
async function saveNames(db: Kysely<Database>, code: string, names: Record<string, string>): Promise<void> {
  const id = referralDestinationId(code);
  for (const [locale, value] of Object.entries(names)) {
    if (locale === 'en') continue;
    const text = value.trim();
    if (!text) {
      await db
        .deleteFrom('translations')
        .where('entity', '=', REFERRAL_ENTITY)
        .where('entity_id', '=', id)
        .where('field', '=', 'name')
        .where('locale', '=', locale)
        .execute();
      continue;
    }
    await db
      .insertInto('translations')
      .values({ entity: REFERRAL_ENTITY, entity_id: id, field: 'name', locale, value: text, method: 'human' })
      .onConflict((oc) =>
        oc.columns(['entity', 'entity_id', 'field', 'locale']).doUpdateSet({ value: text, method: 'human' }),
      )
      .execute();
  }
}
