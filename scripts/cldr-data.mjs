#!/usr/bin/env node
/**
 * After split-locales.mjs: writes, for each UI locale whose dates, lists and
 * language names the browsers we test lack, the few CLDR names and patterns
 * the widgets use (src/generated/cldr/<locale>.ts), and re-exports them from
 * that locale's core catalogue chunk, so they load with its messages and with
 * nothing else. src/core/intl.ts uses them only where `Intl.*.supportedLocalesOf`
 * says the browser has no data for the locale.
 *
 * Which locales (Debian's Chromium 156, `Intl.X.supportedLocalesOf([locale])`):
 * - en es zh-Hans zh-Hant ru bn ko ar ur fr pl pt vi: every Intl service has data.
 * - kea so wo ff: no DateTimeFormat, ListFormat, DisplayNames, RelativeTimeFormat,
 *   NumberFormat data (PluralRules only): shipped here from CLDR.
 * - ht: no Intl data at all. CLDR's `ht` has its own name and nothing else:
 *   its parent locale is fr_HT, and every date, list and language name it
 *   publishes is fr-HT's. So nothing is shipped for ht: src/core/intl.ts asks
 *   the browser's own fr-HT, which every browser has.
 *
 * Where a shipped locale's CLDR data has a gap, the value comes from a related
 * language its readers know (FILL_FROM below); where CLDR only inherits the
 * root locale's English ("{0} or {1}"), that counts as a gap too.
 * The sources are the pinned cldr-* devDependencies (see CLDR_VERSION).
 */
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const CLDR_VERSION = require('cldr-core/package.json').version;
const root = join(import.meta.dirname, '..');
const outDir = join(root, 'src/generated/cldr');
const localesDir = join(root, 'src/generated/locales');

/** The UI locales shipped, with the related language that fills their gaps (kea: Cape Verde's Portuguese). */
const FILL_FROM = { kea: 'pt', so: undefined, wo: 'fr', ff: 'fr' };

/**
 * The languages the widgets name: the UI languages, Cantonese, and the
 * languages most asked for at New York's and Boston's offices after them.
 * A code outside this list is named by its endonym, then in English
 * (core/language-name.ts): each name costs every page in these locales.
 */
const LANGUAGE_CODES = (
  'en es zh zh-Hans zh-Hant yue ru bn ht ko ar ur fr pl pt kea vi so wo ff ' + 'yi it el he hi pa ne fil ja fa uk am sw'
).split(' ');

/**
 * Date skeletons the widgets format (src/core/intl.ts builds the same key from
 * Intl options): year, month by width, weekday by width, day. Times are `j`.
 */
const DATE_SKELETONS = ['y', 'yMMMM', 'MMMEd', 'MMMMEEEEd', 'yMMMMEEEEd', 'yMMMMd'];
/** Skeletons formatted as ranges, and the fields a range of each can differ in. */
const RANGE_SKELETONS = { yMMMM: ['y', 'M'], yMMMMd: ['y', 'M', 'd'] };

const main = (pkg, locale, file) => {
  const path = `${pkg}/main/${locale}/${file}.json`;
  return require(path).main[locale];
};
const gregorian = (locale) => main('cldr-dates-full', locale, 'ca-gregorian').dates.calendars.gregorian;
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const values12 = (o) => Array.from({ length: 12 }, (_, i) => o[i + 1]);
const values7 = (o) => DAYS.map((d) => o[d]);

/** The field letters of a pattern, outside quoted text: "E, d 'di' MMMM" → E d MMMM. */
const fields = (pattern) => pattern.replace(/'[^']*'/g, '').match(/([A-Za-z])\1*/g) ?? [];
const letterKind = (l) => ({ L: 'M', c: 'E', e: 'E', k: 'H', K: 'h' })[l] ?? l;

/** A pattern's skeleton in the order the widgets write them (y M E d): "EEEE d 'di' MMMM" → MMMMEEEEd. */
const skeletonOfPattern = (pattern) =>
  fields(pattern)
    .map((f) => letterKind(f[0]).repeat(f.length))
    .sort((a, b) => 'yMEd'.indexOf(a[0]) - 'yMEd'.indexOf(b[0]))
    .join('');

/**
 * CLDR's skeleton matching, as much of it as these skeletons need: the
 * available format with the same fields, its month and weekday widths
 * stretched to those asked ("E, d MMM" for MMMMEEEEd → "EEEE, d MMMM").
 */
function matchSkeleton(skeleton, available, dateFormats) {
  if (available[skeleton]) return available[skeleton];
  // As ICU does, the date styles count as patterns too (full is often yMMMMEEEEd).
  const styled = Object.values(dateFormats).find((pattern) => skeletonOfPattern(pattern) === skeleton);
  if (styled) return styled;
  const want = fields(skeleton);
  const kinds = (f) => f.map((x) => letterKind(x[0])).join('');
  const candidates = Object.keys(available).filter((key) => !key.includes('-') && kinds(fields(key)) === kinds(want));
  // Prefer the candidate closest in widths (the sum of length differences).
  const text = (f) => f.length > 2;
  const distance = (key) =>
    fields(key).reduce(
      (sum, f, i) => sum + Math.abs(f.length - want[i].length) + (text(f) === text(want[i]) ? 0 : 10),
      0,
    );
  const key = candidates.sort((a, b) => distance(a) - distance(b))[0];
  if (!key) throw new Error(`no CLDR pattern for ${skeleton}`);
  return stretch(available[key], want);
}

/** Stretches text fields (MMM → MMMM, E → EEEE) to the widths asked, outside quoted text. */
function stretch(pattern, want) {
  const width = Object.fromEntries(want.map((f) => [letterKind(f[0]), f.length]));
  return pattern.replace(/'[^']*'|([A-Za-z])\1*/g, (token, letter) => {
    if (!letter) return token;
    const kind = letterKind(letter);
    // Weekdays are always words (E to EEE abbreviated); months are words from MMM on.
    const words = kind === 'E' || (kind === 'M' && token.length >= 3);
    if (words && width[kind] >= 3 && width[kind] !== token.length) return letter.repeat(Math.max(width[kind], 3));
    return token;
  });
}

/** An interval pattern split where its second date starts: "d – d MMM y" → ["d – ", "d MMM y"]. */
function splitInterval(pattern) {
  const seen = new Set();
  const re = /'[^']*'|([A-Za-z])\1*/g;
  for (let m; (m = re.exec(pattern));) {
    if (!m[1]) continue;
    const kind = letterKind(m[1]);
    if (seen.has(kind)) return [pattern.slice(0, m.index), pattern.slice(m.index)];
    seen.add(kind);
  }
  throw new Error(`interval pattern without a repeated field: ${pattern}`);
}

/**
 * A CLDR plural rule as a JavaScript condition on a whole count `n` (counts in
 * sentences are never fractions: the operands v, w, f, t, c and e are 0).
 */
function compileRule(rule) {
  const condition = rule.split('@')[0].trim();
  if (!condition) return 'true';
  const relation = (text) => {
    const m = /^([niwvftce])\s*(?:%\s*(\d+))?\s*(!=|=)\s*(.+)$/.exec(text.trim());
    if (!m) throw new Error(`plural rule not understood: ${text}`);
    const [, operand, mod, op, list] = m;
    const value = 'niw'.includes(operand) && operand !== 'w' ? (mod ? `n%${mod}` : 'n') : '0';
    const tests = list.split(',').map((item) => {
      const [from, to] = item.trim().split('..');
      return to === undefined ? `${value}===${from}` : `(${value}>=${from}&&${value}<=${to})`;
    });
    const any = tests.length > 1 ? `(${tests.join('||')})` : tests[0];
    return op === '=' ? any : `!${any}`;
  };
  return condition
    .split(/\s+or\s+/)
    .map((and) =>
      and
        .split(/\s+and\s+/)
        .map(relation)
        .join('&&'),
    )
    .join('||');
}

function pluralFunction(locale) {
  const rules = require('cldr-core/supplemental/plurals.json').supplemental['plurals-type-cardinal'][locale];
  if (!rules) throw new Error(`CLDR has no plural rules for ${locale}`);
  const branches = Object.entries(rules)
    .map(([key, rule]) => [key.replace('pluralRule-count-', ''), rule])
    .filter(([category]) => category !== 'other')
    .map(([category, rule]) => `${compileRule(rule)}?'${category}':`);
  return `(${branches.length ? 'n' : '_n'}: number): Intl.LDMLPluralRule => (${branches.join('')}'other')`;
}

const rootLists = main('cldr-misc-full', 'und', 'listPatterns').listPatterns;
/** A list pattern, or the fill-in language's where this locale's is root's English. */
function listPattern(locale, type) {
  const key = `listPattern-type-${type}`;
  const own = main('cldr-misc-full', locale, 'listPatterns').listPatterns[key];
  const english =
    JSON.stringify(own) === JSON.stringify(rootLists[key]) && Object.values(own).some((p) => /[a-z]/i.test(p));
  const pattern = english ? main('cldr-misc-full', FILL_FROM[locale], 'listPatterns').listPatterns[key] : own;
  return [pattern[2], pattern.start, pattern.middle, pattern.end];
}

function languageNamesOf(locale) {
  const own = main('cldr-localenames-full', locale, 'languages').localeDisplayNames.languages;
  const fill =
    FILL_FROM[locale] && main('cldr-localenames-full', FILL_FROM[locale], 'languages').localeDisplayNames.languages;
  return Object.fromEntries(LANGUAGE_CODES.map((code) => [code, own[code] ?? fill?.[code]]).filter(([, name]) => name));
}

function dataFor(locale) {
  const g = gregorian(locale);
  const formats = g.dateTimeFormats;
  const available = formats.availableFormats;
  const twelveHour = /h/.test(g.timeFormats.short.replace(/'[^']*'/g, ''));
  const timeSkeleton = twelveHour ? 'hm' : 'Hm';
  const differs = (a, b) => JSON.stringify(a) !== JSON.stringify(b);
  const months = values12(g.months.format.wide);
  const monthsAlone = values12(g.months['stand-alone'].wide);
  const days = values7(g.days.format.wide);
  const daysAlone = values7(g.days['stand-alone'].wide);
  const daysShortAlone = values7(g.days['stand-alone'].abbreviated);
  const patterns = Object.fromEntries(DATE_SKELETONS.map((s) => [s, matchSkeleton(s, available, g.dateFormats)]));
  patterns.medium = g.dateFormats.medium;
  patterns.j = available[timeSkeleton];
  const intervals = formats.intervalFormats;
  const ranges = {};
  for (const [skeleton, fieldsOf] of Object.entries(RANGE_SKELETONS)) {
    const source = intervals[skeleton] ?? intervals[skeleton.replace('MMMM', 'MMM')];
    ranges[skeleton] = Object.fromEntries(
      fieldsOf.map((f) => [f, splitInterval(stretch(source[f], fields(skeleton)))]),
    );
  }
  // Times: a and h name the greatest difference whatever the hour cycle (24-hour patterns have H only).
  const times = intervals[timeSkeleton];
  ranges.j = twelveHour
    ? { a: splitInterval(times.a), h: splitInterval(times.h), m: splitInterval(times.m) }
    : { a: splitInterval(times.H), h: splitInterval(times.H), m: splitInterval(times.m) };
  const zones = main('cldr-dates-full', locale, 'timeZoneNames').dates.timeZoneNames;
  return {
    M: months,
    ...(differs(months, monthsAlone) ? { L: monthsAlone } : {}),
    MMM: values12(g.months.format.abbreviated),
    E: days,
    ...(differs(days, daysAlone) ? { c: daysAlone } : {}),
    EEE: daysShortAlone,
    a: [g.dayPeriods.format.abbreviated.am, g.dayPeriods.format.abbreviated.pm],
    p: patterns,
    g: formats.full,
    r: ranges,
    f: intervals.intervalFormatFallback,
    z: zones.gmtFormat,
    and: listPattern(locale, 'standard'),
    or: listPattern(locale, 'or'),
    n: languageNamesOf(locale),
  };
}

mkdirSync(outDir, { recursive: true });
for (const locale of Object.keys(FILL_FROM)) {
  const data = JSON.stringify(dataFor(locale));
  writeFileSync(
    join(outDir, `${locale}.ts`),
    `// Generated by scripts/cldr-data.mjs from CLDR ${CLDR_VERSION} (cldr-dates-full, cldr-misc-full,\n` +
      `// cldr-localenames-full, cldr-core): what the widgets format in ${locale}, for browsers without it.\n` +
      `import { cldrIntl } from '../../core/cldr-intl.js';\n\n` +
      `export const intl = cldrIntl('${locale}', ${data}, ${pluralFunction(locale)});\n`,
  );
  // The catalogue chunk of the locale brings them (split-locales.mjs rewrites it after each lit-localize build).
  const catalogue = join(localesDir, `${locale}.ts`);
  if (!existsSync(catalogue)) throw new Error(`${catalogue} is missing: run lit-localize build first`);
  const line = `export { intl } from '../cldr/${locale}.js';\n`;
  const text = readFileSync(catalogue, 'utf8');
  if (!text.includes(line)) writeFileSync(catalogue, text + line);
}
console.log(`CLDR ${CLDR_VERSION} names and patterns for ${Object.keys(FILL_FROM).join(', ')}`);
