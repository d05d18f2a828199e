import type { DraftLocale } from '../lib/ui-locales.js';
import { allDrafts } from './data/drafts/index.js';

/**
 * `text` with the drafts written for its English (seed/data/drafts/) in the languages it has none in; a
 * translation written beside the English wins.
 */
export function withDrafts<T extends { en: string }>(text: T): T & Partial<Record<DraftLocale, string>> {
  const found: Partial<Record<DraftLocale, string>> = {};
  for (const [locale, drafts] of Object.entries(allDrafts) as [DraftLocale, Record<string, string>][]) {
    const draft = drafts[text.en];
    if (draft) found[locale] = draft;
  }
  return { ...found, ...text };
}
