/**
 * Drafts (machine translations, for a reviewer) of the sample's short texts in the UI languages the texts
 * beside the English in nyc.ts, boston.ts and events.ts lack: one file per language, each keyed by the
 * English source, so a changed English text loses its drafts instead of keeping wrong ones
 * (test/content-locales.test.ts checks that every key is still a sample text).
 */
import type { DraftLocale } from '../../../lib/ui-locales.js';
import { drafts as zhHant } from './zh-Hant.js';

/** Translations of English texts, by English source. */
export type Drafts = Record<string, string>;

export const allDrafts: Partial<Record<DraftLocale, Drafts>> = {
  'zh-Hant': zhHant,
};
