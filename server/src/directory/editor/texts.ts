import type { Transaction, Updateable } from 'kysely';
import type { Database, TranslationTable } from '../../db/schema.js';
import { TEXT_FIELDS, type ServiceEditInputT, type TextField } from './schemas.js';

type Tx = Transaction<Database>;

/**
 * The translations the editor sent (only those locales are touched; the source language is the service's own
 * columns). A value a person typed or changed is theirs (`human`, reviewed by them now); `reviewed` marks a draft
 * checked as it is; unticking it makes a reviewed text a draft again; '' deletes the translation.
 */
export async function saveTexts(
  tx: Tx,
  serviceId: string,
  sourceLocale: string,
  texts: ServiceEditInputT['texts'],
  actor: string,
): Promise<void> {
  const now = new Date();
  for (const field of TEXT_FIELDS) {
    for (const [locale, text] of Object.entries(texts?.[field] ?? {})) {
      if (locale === sourceLocale) continue;
      const key = { entity: 'service', entity_id: serviceId, field, locale };
      const stored = await tx
        .selectFrom('translations')
        .select(['value', 'method'])
        .where((eb) => eb.and(key))
        .executeTakeFirst();
      const update = (values: Updateable<TranslationTable>) =>
        tx
          .updateTable('translations')
          .set(values)
          .where((eb) => eb.and(key))
          .execute();
      const reviewedNow = { method: 'human' as const, reviewed_by: actor, reviewed_at: now };
      if (text.value === '') {
        if (stored)
          await tx
            .deleteFrom('translations')
            .where((eb) => eb.and(key))
            .execute();
      } else if (!stored) {
        await tx
          .insertInto('translations')
          .values({ entity: 'service', entity_id: serviceId, field, locale, value: text.value, ...reviewedNow })
          .execute();
      } else if (stored.value !== text.value) {
        await update({ value: text.value, ...reviewedNow });
      } else if (text.reviewed && stored.method === 'machine') {
        await update(reviewedNow);
      } else if (!text.reviewed && stored.method === 'human') {
        await update({ method: 'machine', reviewed_by: null, reviewed_at: null });
      }
    }
  }
}

/**
 * A source text changed: its translations were checked against the old one, so those the save did not also send
 * become drafts again (shown marked as drafts, listed in the review queue) until a person checks them.
 */
export async function unreviewChangedSources(
  tx: Tx,
  serviceId: string,
  changed: readonly TextField[],
  texts: ServiceEditInputT['texts'],
): Promise<void> {
  for (const field of changed) {
    const sent = Object.keys(texts?.[field] ?? {});
    let query = tx
      .updateTable('translations')
      .set({ method: 'machine', reviewed_by: null, reviewed_at: null })
      .where('entity', '=', 'service')
      .where('entity_id', '=', serviceId)
      .where('field', '=', field)
      .where('method', '=', 'human');
    if (sent.length) query = query.where('locale', 'not in', sent);
    await query.execute();
  }
}
