/** Browsers send a handful of languages; past these bounds the rest of a header is ignored, so it costs nothing. */
const MAX_HEADER_CHARS = 512;
const MAX_TAGS = 12;
/** The longest well-formed tag worth canonicalizing (`zh-Hant-TW-u-nu-hanidec` is 23). */
const MAX_TAG_CHARS = 35;

/**
 * The languages to try for content, best first: the `lang` parameter, then
 * `Accept-Language` by weight, each followed by its base language
 * (`zh-Hant-TW` → `zh-Hant` → `zh`). The record's source language is the last resort.
 */
export function contentLocales(lang: string | undefined, acceptLanguage: string | undefined): string[] {
  const requested: string[] = [];
  if (lang && lang.length <= MAX_TAG_CHARS) requested.push(lang);
  if (acceptLanguage) {
    const weighted = acceptLanguage
      .slice(0, MAX_HEADER_CHARS)
      .split(',', MAX_TAGS)
      .map((part, index) => {
        const [tag = '', ...params] = part.trim().split(';');
        const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
        return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
      })
      .filter((entry) => entry.tag && entry.tag !== '*' && entry.tag.length <= MAX_TAG_CHARS && entry.q > 0)
      .sort((a, b) => b.q - a.q || a.index - b.index);
    requested.push(...weighted.map((entry) => entry.tag));
  }
  const result: string[] = [];
  for (const tag of requested) {
    let canonical: string;
    try {
      canonical = Intl.getCanonicalLocales(tag)[0]!;
    } catch {
      continue;
    }
    const parts = canonical.split('-');
    for (let n = parts.length; n >= 1; n--) {
      const candidate = parts.slice(0, n).join('-');
      if (!result.includes(candidate)) result.push(candidate);
    }
    // Chinese without a script: readers of zh-TW / zh-HK expect Traditional.
    if (parts[0] === 'zh' && !parts.includes('Hans') && !parts.includes('Hant')) {
      const script = new Intl.Locale(canonical).maximize().script;
      const scripted = `zh-${script}`;
      if (!result.includes(scripted)) result.splice(result.indexOf(canonical) + 1, 0, scripted);
    }
  }
  return result;
}
