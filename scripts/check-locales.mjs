#!/usr/bin/env node
/**
 * Checks the XLIFF files in locales/:
 * - they are up to date with the msg() calls in src/ (extracting again changes nothing);
 * - every message has an explicit id (hashed ids break when the English changes);
 * - every message of every locale has a target with the source's placeholders,
 *   and a review state, so that a city's translators can find drafted ones;
 *   except the desk's (`staff.*`), required only in STAFF_LOCALES (Spanish): in the
 *   other locales they may have no target or the English one marked
 *   needs-translation (the desk shows English there, and says so);
 * - no target is left in English (SAME_AS_ENGLISH lists the few kept on purpose)
 *   or in a neighbouring language (LEFT_IN: Wolof, Pulaar and Haitian Creole
 *   drafted from French, Cape Verdean Creole from Portuguese), and Chinese
 *   targets use their own script.
 * Prints one line per problem; exits 1 if there is any.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { isStaffMessage, STAFF_LOCALES } from './lib/staff-locales.mjs';

export const REVIEW_STATES = new Set([
  'needs-translation',
  'needs-review-translation',
  'needs-adaptation',
  'needs-review-adaptation',
  'translated',
  'signed-off',
  'final',
]);

const list = (nodes) => Array.from({ length: nodes.length }, (_, i) => nodes.item(i));

/**
 * Targets that may be the same as their English source: names and codes said
 * the same way in the language, each with its reason. `locales` limits an entry
 * to the languages where it holds. A text without letters (placeholders, numbers
 * such as 311, punctuation) has nothing to translate and is never reported.
 */
export const SAME_AS_ENGLISH = [
  { text: 'Outlook', why: 'the product name; Microsoft does not translate it' },
  {
    text: 'Google Calendar',
    locales: ['es', 'bn', 'ht', 'ur', 'kea', 'so', 'wo', 'ff'],
    why: 'the product name as Google shows it in these languages (or does not translate into them)',
  },
  { text: 'Online', locales: ['pl', 'pt'], why: 'the usual written word in Polish and Portuguese' },
  { text: 'Error:', locales: ['es'], why: 'the Spanish word is spelt the same' },
  { text: 'Status', locales: ['pl'], why: 'the Polish word is spelt the same' },
  { text: 'Roles', locales: ['es'], why: 'the Spanish word is spelt the same (the desk)' },
  {
    text: '{0} min',
    locales: ['es', 'fr', 'pl', 'pt'],
    why: 'the written abbreviation of minutes in these languages (an appointment’s length)',
  },
];

/**
 * Languages whose drafts were made from a neighbouring one: a target equal to
 * the neighbour's target (and not to the English) was most likely not translated.
 */
export const LEFT_IN = { wo: 'fr', ff: 'fr', ht: 'fr', kea: 'pt' };

/** Targets that may equal the neighbour's because they are also right in the language. */
export const SAME_AS_NEIGHBOUR = [
  { text: 'Lista', locales: ['kea'], why: 'the Cape Verdean Creole word too' },
  { text: '{0} dia', locales: ['kea'], why: '"dia" is the Cape Verdean Creole word for day too' },
];

/**
 * Common characters that Simplified and Traditional Chinese write differently
 * (simplified, then traditional); only characters that the other script never uses.
 */
const HAN_PAIRS =
  '们們这這个個时時间間语語务務电電话話邮郵关關闭閉页頁载載请請选選择擇帮幫网網络絡应應发發现現动動没沒问問题題' +
  '达達开開无無显顯设設对對说說认認证證书書区區从從记記录錄码碼线線议議办辦机機构構门門为為来來会會国國过過还還' +
  '进進运運场場员員号號级級计計单單读讀馆館图圖类類资資讯訊视視联聯预預约約签簽钟鐘写寫览覽历歷费費';
const SIMPLIFIED_ONLY = new Set([...HAN_PAIRS].filter((_, i) => i % 2 === 0));
const TRADITIONAL_ONLY = new Set([...HAN_PAIRS].filter((_, i) => i % 2 === 1));
const WRONG_HAN = { 'zh-Hant': [SIMPLIFIED_ONLY, 'simplified'], 'zh-Hans': [TRADITIONAL_ONLY, 'traditional'] };

const allowed = (entries, text, locale) =>
  entries.some((entry) => entry.text === text && (!entry.locales || entry.locales.includes(locale)));

/** The text of a source or target, with each placeholder written as {id}, spaces collapsed. */
function textOf(el) {
  const parts = list(el.childNodes).map((node) =>
    node.nodeType === node.ELEMENT_NODE ? `{${node.getAttribute('id')}}` : (node.nodeValue ?? ''),
  );
  return parts.join('').replace(/\s+/g, ' ').trim();
}

export function checkXliff(xml, file) {
  const problems = [];
  const doc = new DOMParser({
    onError: (level, message) => problems.push(`${file}: XML ${level}: ${message}`),
  }).parseFromString(xml, 'text/xml');
  const units = list(doc.getElementsByTagName('trans-unit'));
  const texts = new Map();
  const locale = doc.getElementsByTagName('file')[0]?.getAttribute('target-language') ?? file.replace(/\.xlf$/, '');
  const staffOptional = !STAFF_LOCALES.includes(locale);
  for (const unit of units) {
    const id = unit.getAttribute('id');
    if (/^[sh][0-9a-f]{16}$/.test(id)) problems.push(`${file}: message ${id} has no explicit id; pass { id } to msg()`);
    const source = unit.getElementsByTagName('source')[0];
    const targets = unit.getElementsByTagName('target');
    const untranslated = targets.length === 0 || targets[0].getAttribute('state') === 'needs-translation';
    // The desk outside its locales: English is expected (and said), so an untranslated message is fine.
    if (staffOptional && isStaffMessage(id) && untranslated) continue;
    if (targets.length !== 1) {
      problems.push(
        `${file}: ${id} has no translation (add a <target>, or copy the source with state="needs-translation")`,
      );
      continue;
    }
    const target = targets[0];
    texts.set(id, { source: textOf(source), target: textOf(target) });
    const state = target.getAttribute('state');
    if (!REVIEW_STATES.has(state))
      problems.push(`${file}: ${id} target needs a review state (state="needs-review-translation" for drafts)`);
    if (!target.textContent.trim()) problems.push(`${file}: ${id} target is empty`);
    const placeholders = (el) =>
      list(el.getElementsByTagName('x'))
        .map((x) => x.getAttribute('id'))
        .sort()
        .join(',');
    if (placeholders(source) !== placeholders(target))
      problems.push(`${file}: ${id} target placeholders differ from the source`);
  }
  return { ids: units.map((u) => u.getAttribute('id')), problems, locale, texts };
}

/**
 * Finds targets left in the wrong language, across the locales' results of
 * checkXliff: equal to the English source, equal to the neighbour language's
 * target (LEFT_IN), or Chinese in the other script.
 */
export function checkLanguages(results) {
  const problems = [];
  const byLocale = new Map(results.map((result) => [result.locale, result]));
  for (const { locale, texts } of results) {
    const file = `${locale}.xlf`;
    const neighbour = byLocale.get(LEFT_IN[locale]);
    const [wrongHan, script] = WRONG_HAN[locale] ?? [];
    for (const [id, { source, target }] of texts) {
      if (!/\p{L}/u.test(target)) continue;
      if (target === source) {
        if (!allowed(SAME_AS_ENGLISH, target, locale))
          problems.push(
            `${file}: ${id} target is the English source ("${target}"): translate it, or add it to SAME_AS_ENGLISH in scripts/check-locales.mjs with the reason`,
          );
        continue;
      }
      if (neighbour?.texts.get(id)?.target === target && !allowed(SAME_AS_NEIGHBOUR, target, locale))
        problems.push(
          `${file}: ${id} target is the ${neighbour.locale} target ("${target}"): translate it, or add it to SAME_AS_NEIGHBOUR in scripts/check-locales.mjs with the reason`,
        );
      const wrong = wrongHan && [...target].filter((char) => wrongHan.has(char));
      if (wrong?.length) problems.push(`${file}: ${id} target has ${script} characters (${wrong.join('')})`);
    }
  }
  return problems;
}

function isStale(root) {
  const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
  const scratch = mkdtempSync(join(tmpdir(), 'ww-locales-'));
  try {
    cpSync(join(root, 'locales'), scratch, { recursive: true });
    const scratchConfig = join(root, `.lit-localize.check.json`);
    writeFileSync(
      scratchConfig,
      JSON.stringify({ ...config, interchange: { ...config.interchange, xliffDir: scratch } }),
    );
    try {
      execFileSync(join(root, 'node_modules/.bin/lit-localize'), ['extract', '--config', scratchConfig], {
        cwd: root,
        stdio: 'pipe',
      });
    } finally {
      rmSync(scratchConfig, { force: true });
    }
    return readdirSync(scratch).filter(
      (file) => readFileSync(join(scratch, file), 'utf8') !== readFileSync(join(root, 'locales', file), 'utf8'),
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(import.meta.dirname, '..');
  const problems = [];
  const files = readdirSync(join(root, 'locales')).filter((f) => f.endsWith('.xlf'));
  let reference;
  const results = [];
  for (const file of files) {
    const result = checkXliff(readFileSync(join(root, 'locales', file), 'utf8'), file);
    results.push(result);
    problems.push(...result.problems);
    const ids = result.ids.join('\n');
    reference ??= ids;
    if (ids !== reference) problems.push(`${file}: its messages differ from ${files[0]}'s`);
  }
  problems.push(...checkLanguages(results));
  const stale = isStale(root);
  if (stale.length)
    problems.push(`locales are out of date with src/ (${stale.join(', ')}): run npm run localize:extract`);
  for (const problem of problems) console.log(problem);
  console.log(problems.length ? `locales: ${problems.length} problem(s)` : `locales: ${files.length} files complete`);
  process.exit(problems.length ? 1 : 0);
}
