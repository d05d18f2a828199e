/**
 * Drafts (machine translations, for a reviewer) of the sample's short texts in the UI languages the texts
 * beside the English in nyc.ts, boston.ts and events.ts lack: one file per language, each keyed by the
 * English source, so a changed English text loses its drafts instead of keeping wrong ones
 * (test/content-locales.test.ts checks that every key is still a sample text).
 */
import type { DraftLocale } from '../../../lib/ui-locales.js';
import { drafts as es } from './es.js';
import { drafts as zhHans } from './zh-Hans.js';
import { drafts as zhHant } from './zh-Hant.js';
import { drafts as ru } from './ru.js';
import { drafts as bn } from './bn.js';
import { drafts as ht } from './ht.js';
import { drafts as ko } from './ko.js';
import { drafts as ar } from './ar.js';
import { drafts as ur } from './ur.js';
import { drafts as fr } from './fr.js';
import { drafts as pl } from './pl.js';
import { drafts as pt } from './pt.js';
import { drafts as kea } from './kea.js';
import { drafts as vi } from './vi.js';
import { drafts as so } from './so.js';
import { drafts as wo } from './wo.js';
import { drafts as ff } from './ff.js';

/** Translations of English texts, by English source. */
export type Drafts = Record<string, string>;

export const allDrafts: Record<DraftLocale, Drafts> = {
  es,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  ru,
  bn,
  ht,
  ko,
  ar,
  ur,
  fr,
  pl,
  pt,
  kea,
  vi,
  so,
  wo,
  ff,
};
