#!/usr/bin/env node
/**
 * `npm test`: every check of the project, in one run, ending with one line
 * `N passed, N failed` summed from the runners' own counts (each quality gate
 * counts as one check). Exits non-zero when anything failed.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChrome } from './lib/ensure-chrome.mjs';
import { capture, run } from './lib/run.mjs';

const results = [];
const record = (suite, passed, failed, note = '') => {
  results.push({ suite, passed, failed });
  console.log(`\n[${suite}] ${passed} passed, ${failed} failed${note ? ` (${note})` : ''}\n`);
};

async function gate(name, command, args) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const { code } = await capture(command, args);
  record(name, code === 0 ? 1 : 0, code === 0 ? 0 : 1);
}

const chrome = await ensureChrome();
process.env.CHROME_PATH = chrome;

console.log('▶ build');
try {
  await run('node', ['scripts/build.mjs']);
  record('build', 1, 0);
} catch (error) {
  record('build', 0, 1, String(error.message));
}
// A second physical copy of the script-tag bundle, for the two-copies test.
rmSync('test-results/cdn-copy', { recursive: true, force: true });
if (existsSync('dist/cdn')) cpSync('dist/cdn', 'test-results/cdn-copy', { recursive: true });

await gate('locales', 'node', ['scripts/check-locales.mjs']);
await gate('typecheck', 'npm', ['run', '--silent', 'typecheck']);
await gate('eslint', 'npx', ['eslint', '.', '--max-warnings', '0']);
await gate('prettier', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
await gate('lit-analyzer', 'npm', ['run', '--silent', 'analyze:lit']);

/** Runs a node:test suite and records the runner's own pass and fail counts. */
async function nodeSuite(name, command, args, env = {}) {
  console.log(`\n▶ ${name}`);
  const { code, output } = await capture(command, args, { env: { ...process.env, ...env } });
  const count = (label) => Number(new RegExp(`ℹ ${label} (\\d+)`).exec(output)?.[1] ?? 0);
  const failed = count('fail') + count('cancelled');
  record(name, count('pass'), failed + (code !== 0 && failed === 0 ? 1 : 0));
}

await nodeSuite('node tests', 'node', ['--test', '--test-reporter=spec', 'test/node/']);
await nodeSuite('server (PGlite)', 'npm', ['run', '--silent', 'test', '-w', 'server'], { DATABASE_URL: '' });
if (process.env.DATABASE_URL) {
  await nodeSuite('server (PostgreSQL)', 'npm', ['run', '--silent', 'test', '-w', 'server']);
} else {
  console.log('\n(server on PostgreSQL skipped: DATABASE_URL is not set; CI sets it)');
}

console.log('\n▶ browser tests');
rmSync('test-results/browser.json', { force: true });
const browser = await capture('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs']);
if (existsSync('test-results/browser.json')) {
  const counts = JSON.parse(readFileSync('test-results/browser.json', 'utf8'));
  record('browser tests', counts.passed, counts.failed + (browser.code !== 0 && counts.failed === 0 ? 1 : 0));
} else {
  record('browser tests', 0, 1, 'the runner did not finish');
}

// Whole pages in Debian's Chromium through playwright-core: the demo pages as `npm start` serves them,
// a hostile partner page, faults and the React wrapper. One file at a time: each starts its own servers.
const e2eFiles = readdirSync('test/e2e')
  .filter((name) => name.endsWith('.test.mjs'))
  .map((name) => `test/e2e/${name}`);
rmSync('test-results/e2e', { recursive: true, force: true });
await nodeSuite('end-to-end', 'node', ['--test', '--test-reporter=spec', '--test-concurrency=1', ...e2eFiles]);

await gate('storybook build', 'npx', [
  'storybook',
  'build',
  '-o',
  'test-results/storybook',
  '--quiet',
  '--disable-telemetry',
]);

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log('\nSummary');
for (const r of results) console.log(`  ${r.suite.padEnd(20)} ${r.passed} passed, ${r.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
