/**
 * The widgets' languages (the root's lit-localize.json: English, then its target locales). Every fixed-list
 * label the server sends (topics, badges, event types, referral destinations) exists in each of them.
 */
export const UI_LOCALES = [
  'en',
  'es',
  'zh-Hans',
  'zh-Hant',
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
] as const;

export type UiLocale = (typeof UI_LOCALES)[number];
/** The languages drafts are written in: every UI language but the English source. */
export type DraftLocale = Exclude<UiLocale, 'en'>;

/** A fixed-list label: the English source and a draft in every other UI language. */
export type Label = Record<UiLocale, string>;

/** The label in the first of `locales` that is a UI language (or its base language), else English. */
export function labelIn(label: Label, locales: readonly string[]): string {
  for (const locale of locales) {
    const name = (label as Record<string, string>)[locale];
    if (name) return name;
  }
  return label.en;
}
