import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { StaffIdentity } from '../../staff/identity.js';

/**
 * Who made a change, as `updated_by`, `reviewed_by` and `directory_changes.changed_by` keep it: the account's id for
 * a desk session (so a renamed colleague shows their new name), the token's name for a script.
 */
export const actorOf = (staff: Pick<StaffIdentity, 'accountId' | 'name'>): string => staff.accountId ?? staff.name;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Display names of actors: an account's name, else the value itself (`provider`, `import`, a token's name). */
export async function actorNames(db: Kysely<Database>, actors: Iterable<string | null>): Promise<Map<string, string>> {
  const all = [...new Set([...actors].filter((a): a is string => !!a))];
  const ids = all.filter((a) => UUID.test(a));
  const rows = ids.length
    ? await db.selectFrom('staff_accounts').select(['id', 'display_name']).where('id', 'in', ids).execute()
    : [];
  const names = new Map(rows.map((r) => [String(r.id), r.display_name]));
  return new Map(all.map((a) => [a, names.get(a) ?? a]));
}
