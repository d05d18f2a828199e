import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { loadTranslations, pick } from '../directory/translate.js';
import { INQUIRY_TOPICS } from '../inquiries/schemas.js';
import { stableId } from '../seed/ids.js';

/**
 * Public statistics name only values from fixed lists, never what was typed:
 * a referral is published as its destination's code, a language or topic only
 * when it is on the list below; everything else counts under `other`.
 */
export const OTHER = 'other';
/** Inquiries not referred anywhere. */
export const NOT_REFERRED = 'none';

/**
 * Languages statistics may name: the widgets' 18 languages and others often
 * asked for at New York and Boston hotlines. A tag counts under its longest
 * listed prefix (`es-US` as `es`, `zh-Hant-TW` as `zh-Hant`).
 */
export const PUBLISHED_LANGUAGES = [
  'en',
  'es',
  'zh',
  'zh-Hans',
  'zh-Hant',
  'yue',
  'cmn',
  'ru',
  'bn',
  'ht',
  'ko',
  'ar',
  'ur',
  'fr',
  'pl',
  'pt',
  'kea',
  'vi',
  'so',
  'wo',
  'ff',
  'uk',
  'ne',
  'hi',
  'pa',
  'tl',
  'fa',
  'ps',
  'yi',
  'ase',
] as const;
const languages = new Set<string>(PUBLISHED_LANGUAGES);

export function publishedLanguage(tag: string): string {
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0]!;
  } catch {
    return OTHER;
  }
  const parts = canonical.split('-');
  for (let n = parts.length; n >= 1; n--) {
    const candidate = parts.slice(0, n).join('-');
    if (languages.has(candidate)) return candidate;
  }
  return OTHER;
}

/** The topics statistics may name for a kind of inquiry, `other` last. */
export const publishedTopics = (kind: 'inquiry' | 'volunteer'): readonly string[] =>
  kind === 'volunteer' ? ['volunteer', OTHER] : INQUIRY_TOPICS;

export interface ReferralDestination {
  code: string;
  name: string;
  aliases: string[];
}

/** Translations of a destination's name are stored under this entity and a UUID made from its code. */
export const REFERRAL_ENTITY = 'referral_destination';
export const referralDestinationId = (code: string) => stableId(`referral-destination:${code}`);

export const loadReferralDestinations = (db: Kysely<Database>): Promise<ReferralDestination[]> =>
  db.selectFrom('referral_destinations').select(['code', 'name', 'aliases']).orderBy('position').execute();

/**
 * Each destination's name in the best of `locales`, by code, and the codes whose name is not in the first
 * language asked for (an office's own destination, named in its words only).
 */
export async function referralNamesIn(
  db: Kysely<Database>,
  destinations: readonly ReferralDestination[],
  locales: readonly string[],
): Promise<{ names: Record<string, string>; fallback: string[] }> {
  const ids = destinations.map((d) => referralDestinationId(d.code));
  const translations = await loadTranslations(db, REFERRAL_ENTITY, ids, locales);
  const names: Record<string, string> = {};
  const fallback: string[] = [];
  destinations.forEach(({ code, name }, i) => {
    const text = pick(translations, ids[i]!, 'name', name, 'en', locales)!;
    names[code] = text.value;
    if (locales.length > 0 && text.locale !== locales[0]) fallback.push(code);
  });
  return { names, fallback };
}

/** Lower case, one space between words: "  Legal  Aid " and "legal aid" are one destination. */
const normalize = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Maps the referral text staff typed to a destination's code: the whole text
 * must be its code, name or one of its aliases (ignoring case and spacing), so
 * free text ("Jane Roe (tel 555-0100), cousin") is `other`, never a row key.
 */
export function referralMatcher(destinations: readonly ReferralDestination[]): (referral: string | null) => string {
  const codes = new Map<string, string>();
  // Codes first: the desk records `referral_code`, which must count as itself whatever another destination's alias.
  for (const { code } of destinations) codes.set(normalize(code), code);
  for (const { code, name, aliases } of destinations) {
    for (const text of [name, ...aliases]) if (!codes.has(normalize(text))) codes.set(normalize(text), code);
  }
  return (referral) => {
    const text = normalize(referral ?? '');
    return text === '' ? NOT_REFERRED : (codes.get(text) ?? OTHER);
  };
}
