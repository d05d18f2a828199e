#!/usr/bin/env node
/**
 * Checks the XLIFF files in locales/:
 * - they are up to date with the msg() calls in src/ (extracting again changes nothing);
 * - every message has an explicit id (hashed ids break when the English changes);
 * - every message of every locale has a target with the source's placeholders,
 *   and a review state, so that a city's translators can find drafted ones.
 * Prints one line per problem; exits 1 if there is any.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';

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

export function checkXliff(xml, file) {
  const problems = [];
  const doc = new DOMParser({
    onError: (level, message) => problems.push(`${file}: XML ${level}: ${message}`),
  }).parseFromString(xml, 'text/xml');
  const units = list(doc.getElementsByTagName('trans-unit'));
  for (const unit of units) {
    const id = unit.getAttribute('id');
    if (/^[sh][0-9a-f]{16}$/.test(id)) problems.push(`${file}: message ${id} has no explicit id; pass { id } to msg()`);
    const source = unit.getElementsByTagName('source')[0];
    const targets = unit.getElementsByTagName('target');
    if (targets.length !== 1) {
      problems.push(
        `${file}: ${id} has no translation (add a <target>, or copy the source with state="needs-translation")`,
      );
      continue;
    }
    const target = targets[0];
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
  return { ids: units.map((u) => u.getAttribute('id')), problems };
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
  for (const file of files) {
    const result = checkXliff(readFileSync(join(root, 'locales', file), 'utf8'), file);
    problems.push(...result.problems);
    const ids = result.ids.join('\n');
    reference ??= ids;
    if (ids !== reference) problems.push(`${file}: its messages differ from ${files[0]}'s`);
  }
  const stale = isStale(root);
  if (stale.length)
    problems.push(`locales are out of date with src/ (${stale.join(', ')}): run npm run localize:extract`);
  for (const problem of problems) console.log(problem);
  console.log(problems.length ? `locales: ${problems.length} problem(s)` : `locales: ${files.length} files complete`);
  process.exit(problems.length ? 1 : 0);
}
