import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { StaffIdentity } from '../../staff/identity.js';
import { refreshSearchText } from '../search.js';
import { actorOf } from './actors.js';
import { recordChange } from './history.js';
import { EditRefusal, type EditOutcome } from './outcome.js';
import { lockVersion, runEdit } from './save.js';
import { TEXT_FIELDS, type TextField } from './schemas.js';

/**
 * Marks one translation reviewed by this person now (method `human`), corrected to `value` when given; a missing
 * translation needs the value. Under If-Match like every edit: bumps the version, writes a `review` history row.
 */
export async function reviewText(
  db: Kysely<Database>,
  staff: StaffIdentity,
  id: string,
  review: { field: TextField; locale: string; value?: string | undefined },
  versions: number[] | undefined,
): Promise<EditOutcome> {
  return runEdit(db, async (tx) => {
    const row = await lockVersion(tx, id, versions);
    if (review.locale === row.source_locale) {
      throw new EditRefusal({ kind: 'invalid', field: 'locale', message: 'The source text is not a translation' });
    }
    const key = { entity: 'service', entity_id: id, field: review.field, locale: review.locale };
    const stored = await tx
      .selectFrom('translations')
      .select(['value', 'method'])
      .where((eb) => eb.and(key))
      .executeTakeFirst();
    const value = review.value ?? stored?.value;
    if (!value)
      throw new EditRefusal({ kind: 'invalid', field: 'value', message: 'No translation yet: send its text' });
    const actor = actorOf(staff);
    const reviewed = { value, method: 'human' as const, reviewed_by: actor, reviewed_at: new Date() };
    if (stored) {
      await tx
        .updateTable('translations')
        .set(reviewed)
        .where((eb) => eb.and(key))
        .execute();
    } else {
      await tx
        .insertInto('translations')
        .values({ ...key, ...reviewed })
        .execute();
    }
    const version = row.version + 1;
    await tx
      .updateTable('services')
      .set({ version, updated_by: actor, last_modified: new Date() })
      .where('id', '=', id)
      .execute();
    await refreshSearchText(tx, [id]);
    const state = (method: string | undefined) => (method === 'human' ? 'reviewed' : method ? 'machine' : null);
    const changeId = await recordChange(tx, {
      serviceId: id,
      kind: 'review',
      actor,
      fields: [
        {
          field: `texts.${review.field}`,
          locale: review.locale,
          before: stored ? { value: stored.value, state: state(stored.method) } : null,
          after: { value, state: 'reviewed' },
        },
      ],
      version,
    });
    return { kind: 'ok', id, changeId };
  });
}

/** Machine drafts in one language, by service name then field, a page at a time, with the source text beside. */
export async function reviewQueue(db: Kysely<Database>, locale: string, page: number, pageSize: number) {
  const base = db
    .selectFrom('translations as t')
    .innerJoin('services as s', (join) => join.onRef('s.id', '=', 't.entity_id').on('t.entity', '=', 'service'))
    .where('t.locale', '=', locale)
    .where('t.method', '=', 'machine')
    .where('t.field', 'in', [...TEXT_FIELDS])
    .whereRef('s.source_locale', '<>', 't.locale');
  const [rows, count] = await Promise.all([
    base
      .select([
        's.id as service_id',
        's.name as service_name',
        's.version',
        's.source_locale',
        's.name',
        's.description',
        's.application_process',
        's.fees_description',
        's.eligibility_description',
        't.field',
        't.locale',
        't.value',
      ])
      .orderBy('s.name')
      .orderBy('s.id')
      .orderBy('t.field')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      service_id: r.service_id,
      service_name: r.service_name,
      version: r.version,
      field: r.field as TextField,
      locale: r.locale,
      source: { locale: r.source_locale, value: r[r.field as TextField] ?? '' },
      draft: r.value,
    })),
    total: Number(count.n),
  };
}
