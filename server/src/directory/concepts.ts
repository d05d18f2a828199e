import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, SearchConceptTable } from '../db/schema.js';
import { bumpDirectoryVersion } from './version.js';

/**
 * Everyday words the office edits (`search_concepts`): a phrase people search for in one language
 * ("deportation", "green card"), the topics it stands for and the words services use for it. Search
 * reads them, so every write bumps the directory version in its own transaction: a cached answer from
 * before the change is never served after it.
 */
export interface Concept {
  id: string;
  locale: string;
  phrase: string;
  topics: string[];
  terms: string[];
  review: 'draft' | 'reviewed';
  version: number;
  updated_by: string | null;
  updated_at: string;
}

export interface ConceptInput {
  locale: string;
  phrase: string;
  topics: string[];
  terms: string[];
  review: 'draft' | 'reviewed';
}

export interface ConceptFilters {
  locale?: string | undefined;
  /** Part of the phrase or of a term, accents and case folded. */
  q?: string | undefined;
  review?: 'draft' | 'reviewed' | undefined;
}

/** The row as the API shows it (no folded phrase; the time as ISO 8601). */
type Row = Omit<Selectable<SearchConceptTable>, 'phrase_folded'>;
const COLUMNS = ['id', 'locale', 'phrase', 'topics', 'terms', 'review', 'version', 'updated_by', 'updated_at'] as const;

const UNIQUE_VIOLATION = '23505';

const toConcept = (row: Row): Concept => ({ ...row, updated_at: new Date(row.updated_at).toISOString() });

export type ConceptOutcome =
  { kind: 'ok'; concept: Concept } | { kind: 'missing' } | { kind: 'duplicate' } | { kind: 'stale'; current: Concept };

export type DeleteOutcome = { kind: 'ok' } | { kind: 'missing' } | { kind: 'stale'; current: Concept };

/** Every concept the filters keep, by language then phrase (folded, so "Asilo" sorts with "asilo"). */
export async function listConcepts(db: Kysely<Database>, filters: ConceptFilters = {}): Promise<Concept[]> {
  let select = db.selectFrom('search_concepts').select(COLUMNS);
  if (filters.locale) select = select.where('locale', '=', filters.locale);
  if (filters.review) select = select.where('review', '=', filters.review);
  const q = filters.q?.trim();
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    select = select.where((eb) =>
      eb.or([
        eb('phrase_folded', 'like', sql<string>`ww_fold(${pattern})`),
        eb.exists(
          sql`(SELECT 1 FROM unnest(search_concepts.terms) AS term WHERE ww_fold(term) LIKE ww_fold(${pattern}))`,
        ),
      ]),
    );
  }
  const rows = await select.orderBy('locale').orderBy('phrase_folded').orderBy('id').execute();
  return rows.map(toConcept);
}

export async function findConcept(db: Kysely<Database>, id: string): Promise<Concept | undefined> {
  const row = await db.selectFrom('search_concepts').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row && toConcept(row);
}

/** Adds a concept; `duplicate` when the language already has this phrase, folded ("Deportación" = "deportacion"). */
export async function createConcept(db: Kysely<Database>, input: ConceptInput, by: string): Promise<ConceptOutcome> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('search_concepts')
      .values({ ...input, phrase_folded: sql<string>`ww_fold(${input.phrase})`, updated_by: by })
      .onConflict((oc) => oc.columns(['locale', 'phrase_folded']).doNothing())
      .returning(COLUMNS)
      .executeTakeFirst();
    if (!row) return { kind: 'duplicate' };
    await bumpDirectoryVersion(trx);
    return { kind: 'ok', concept: toConcept(row) };
  });
}

/**
 * Replaces a concept's fields under If-Match: `versions` are those the caller accepts (undefined: any).
 * A phrase another concept of the language has, folded, is a duplicate.
 */
export async function updateConcept(
  db: Kysely<Database>,
  id: string,
  input: ConceptInput,
  versions: readonly number[] | undefined,
  by: string,
): Promise<ConceptOutcome> {
  try {
    return await replaceConcept(db, id, input, versions, by);
  } catch (error) {
    // Two concepts renamed to one phrase at the same moment: the unique constraint stops the second.
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) return { kind: 'duplicate' };
    throw error;
  }
}

async function replaceConcept(
  db: Kysely<Database>,
  id: string,
  input: ConceptInput,
  versions: readonly number[] | undefined,
  by: string,
): Promise<ConceptOutcome> {
  return db.transaction().execute(async (trx) => {
    const current = await lockConcept(trx, id);
    if (!current) return { kind: 'missing' };
    if (versions && !versions.includes(current.version)) return { kind: 'stale', current };
    const twin = await trx
      .selectFrom('search_concepts')
      .select('id')
      .where('locale', '=', input.locale)
      .where('phrase_folded', '=', sql<string>`ww_fold(${input.phrase})`)
      .where('id', '<>', id)
      .executeTakeFirst();
    if (twin) return { kind: 'duplicate' };
    const row = await trx
      .updateTable('search_concepts')
      .set({
        ...input,
        phrase_folded: sql<string>`ww_fold(${input.phrase})`,
        version: sql<number>`version + 1`,
        updated_by: by,
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', id)
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    await bumpDirectoryVersion(trx);
    return { kind: 'ok', concept: toConcept(row) };
  });
}

/** Deletes a concept under If-Match, as updateConcept. */
export async function deleteConcept(
  db: Kysely<Database>,
  id: string,
  versions: readonly number[] | undefined,
): Promise<DeleteOutcome> {
  return db.transaction().execute(async (trx) => {
    const current = await lockConcept(trx, id);
    if (!current) return { kind: 'missing' };
    if (versions && !versions.includes(current.version)) return { kind: 'stale', current };
    await trx.deleteFrom('search_concepts').where('id', '=', id).execute();
    await bumpDirectoryVersion(trx);
    return { kind: 'ok' };
  });
}

async function lockConcept(trx: Kysely<Database>, id: string): Promise<Concept | undefined> {
  const row = await trx
    .selectFrom('search_concepts')
    .select(COLUMNS)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row && toConcept(row);
}
