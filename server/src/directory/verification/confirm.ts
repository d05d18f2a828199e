import { sql, type Transaction } from 'kysely';
import type { Database, DirectoryFieldChange } from '../../db/schema.js';
import { BADGES_TAXONOMY_ID } from '../taxonomy.js';
import { bumpDirectoryVersion } from '../version.js';

type Tx = Transaction<Database>;

export interface Confirmation {
  kind: 'verify' | 'provider-confirm';
  /** A staff account id, or `provider` for the signed link. */
  changedBy: string;
  /** The office's calendar date (YYYY-MM-DD). */
  today: string;
  now: Date;
}

/**
 * A listing confirmed as right (by staff who checked it, or by the provider through the signed link): its
 * `last_verified` and the date of each dated badge become today, its version goes up, a history row says so,
 * and the directory version goes up in the same transaction so no search answer from before is served after.
 * The caller holds the service's row lock (`lockService`). Returns the new version.
 */
export async function confirmListing(tx: Tx, serviceId: string, confirmation: Confirmation): Promise<number> {
  const { today, kind, changedBy, now } = confirmation;
  const before = await tx
    .selectFrom('services')
    .select(['last_verified'])
    .where('id', '=', serviceId)
    .executeTakeFirstOrThrow();
  // Badges with a date (the accredited ones say "verified on …"); the others carry no date to move.
  const badges = await tx
    .selectFrom('attributes as a')
    .innerJoin('taxonomy_terms as t', 't.id', 'a.taxonomy_term_id')
    .select(['a.id', 't.code', 'a.value'])
    .where('t.taxonomy_id', '=', BADGES_TAXONOMY_ID)
    .where('a.link_entity', '=', 'service')
    .where('a.link_id', '=', serviceId)
    .where(sql<boolean>`a.value ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`)
    .execute();
  if (badges.length > 0) {
    await tx
      .updateTable('attributes')
      .set({ value: today })
      .where(
        'id',
        'in',
        badges.map((b) => b.id),
      )
      .execute();
  }
  const updated = await tx
    .updateTable('services')
    .set((eb) => ({
      last_verified: today,
      last_modified: now,
      version: eb('version', '+', 1),
      ...(kind === 'verify' ? { updated_by: changedBy } : {}),
    }))
    .where('id', '=', serviceId)
    .returning(['version'])
    .executeTakeFirstOrThrow();
  const fields: DirectoryFieldChange[] = [
    { field: 'last_verified', before: before.last_verified, after: today },
    ...badges.map((b) => ({ field: `badges.${b.code}.verified`, before: b.value, after: today })),
  ];
  await tx
    .insertInto('directory_changes')
    .values({
      service_id: serviceId,
      kind,
      changed_by: changedBy,
      fields: JSON.stringify(fields),
      service_version: updated.version,
    })
    .execute();
  await bumpDirectoryVersion(tx);
  return updated.version;
}

/** Locks a service's row for a change; undefined when there is no such service. */
export async function lockService(tx: Tx, serviceId: string) {
  return tx
    .selectFrom('services')
    .select(['id', 'version', 'updated_by', 'last_modified'])
    .where('id', '=', serviceId)
    .forUpdate()
    .executeTakeFirst();
}
