import { isDeepStrictEqual } from 'node:util';
import { TEXT_FIELDS, type ServiceEditT } from './schemas.js';

import type { DirectoryFieldChange } from '../../db/schema.js';

/** One changed field of a history row: texts by language; the provider's contact never by value. */
export type ChangedField = DirectoryFieldChange;

const WHOLE = ['availability', 'topics', 'badges', 'phones', 'languages', 'locations'] as const;
const hidden = (value: string | null) => (value ? '(hidden)' : null);

/** What differs between the service before and after a save (before: null for a new service). */
export function changedFields(before: ServiceEditT | null, after: ServiceEditT): ChangedField[] {
  const changes: ChangedField[] = [];
  for (const key of Object.keys(after.fields) as (keyof ServiceEditT['fields'])[]) {
    const was = before?.fields[key] ?? null;
    if (was !== after.fields[key]) changes.push({ field: `fields.${key}`, before: was, after: after.fields[key] });
  }
  for (const field of TEXT_FIELDS) {
    for (const [locale, text] of Object.entries(after.texts[field])) {
      if (locale === after.source_locale) continue; // its source is `fields`
      const was = before?.texts[field][locale];
      const pick = (t: typeof text | undefined) =>
        t && t.state !== 'missing' ? { value: t.value, state: t.state } : null;
      if (!isDeepStrictEqual(pick(was), pick(text))) {
        changes.push({ field: `texts.${field}`, locale, before: pick(was), after: pick(text) });
      }
    }
  }
  for (const key of WHOLE) {
    const was = before?.[key] ?? null;
    if (!isDeepStrictEqual(was, after[key])) changes.push({ field: key, before: was, after: after[key] });
  }
  if ((before?.verification_contact ?? null) !== after.verification_contact) {
    changes.push({
      field: 'verification_contact',
      before: hidden(before?.verification_contact ?? null),
      after: hidden(after.verification_contact),
    });
  }
  return changes;
}
