import { lexicon as ar } from './ar.js';
import { lexicon as bn } from './bn.js';
import { lexicon as en } from './en.js';
import { lexicon as es } from './es.js';
import { lexicon as ff } from './ff.js';
import { lexicon as fr } from './fr.js';
import { lexicon as ht } from './ht.js';
import { lexicon as kea } from './kea.js';
import { lexicon as ko } from './ko.js';
import { lexicon as pl } from './pl.js';
import { lexicon as pt } from './pt.js';
import { lexicon as ru } from './ru.js';
import { lexicon as so } from './so.js';
import { lexicon as ur } from './ur.js';
import { lexicon as vi } from './vi.js';
import { lexicon as wo } from './wo.js';
import { lexicon as zhHans } from './zh-Hans.js';
import { lexicon as zhHant } from './zh-Hant.js';
import type { Lexicon } from './types.js';

/**
 * Every language's everyday words and stop words, one import per language (the list grows by one line per file).
 * Seeded into `search_concepts`; stop words are read from here.
 */
export const LEXICONS: Lexicon[] = [en, ar, bn, es, ff, fr, ht, kea, ko, pl, pt, ru, so, ur, vi, wo, zhHans, zhHant];
