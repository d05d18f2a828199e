#!/usr/bin/env node
/**
 * `npm run bench`: every figure of the benchmark report from one run, written
 * to bench/report.json and bench/report.md. Bytes of every npm entry, of the
 * script-tag bundle (each widget, each locale chunk, the whole) and of a page
 * per widget; the server's search beside /healthz; load and integrity of
 * sign-ups and inquiries; in Chromium, the finder at 10,000 services, the
 * calendar's month of 500, each widget's first render, and beside them the
 * anchors (FullCalendar, a MiniSearch index in the page).
 * Budgets (from the foundation issue; 1 KB = 1024 bytes): picker page ≤ 14 KB gzip,
 * each locale chunk ≤ 3 KB gzip. Skip parts with --no-server, --no-integrity, --no-desk, --no-reminders, --no-appointments,
 * --no-browser, --no-anchors, --no-first-render. With WW_BENCH_DATABASE_URL
 * naming a throwaway PostgreSQL database, the server parts run there too.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { capture, run } from '../scripts/lib/run.mjs';
import { markdown } from './report-markdown.mjs';
import { sizes, sum } from './sizes.mjs';

const root = resolve(import.meta.dirname, '..');
const KB = 1024;
const BUDGET = {
  pickerPageGzip: 14 * KB,
  localeChunkGzip: 3 * KB,
  serviceFinderGzip: 12 * KB,
  clinicCalendarGzip: 14 * KB,
  inquiryFormGzip: 12 * KB,
  // The status lookup's own chunk (it shares the core and the form kit with the forms).
  inquiryStatusChunkGzip: 4 * KB,
  // The appointment booking's own chunk (the form kit, the core and the calendar's grid parts are shared).
  appointmentBookingChunkGzip: 12 * KB,
  // The scam check's own chunk (the core, the form kit's field and the display helpers are shared).
  scamCheckChunkGzip: 8 * KB,
  calendarMonth500Ms: 50,
};

if (!existsSync(join(root, 'dist/cdn/.vite/manifest.json')) || process.argv.includes('--build')) {
  await run('node', [join(root, 'scripts/build.mjs')]);
}

// npm entries, each with the chunks it imports (Lit stays external: the app bundles it once)
const npmManifest = JSON.parse(readFileSync(join(root, 'dist/npm-manifest.json'), 'utf8'));
function npmClosure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const next of npmManifest[key].imports ?? []) npmClosure(next, seen);
  return seen;
}
const npm = Object.fromEntries(
  Object.keys(npmManifest)
    .filter((key) => npmManifest[key].isEntry)
    .map((key) => [
      npmManifest[key].file,
      sum([...npmClosure(key)].map((k) => sizes(join(root, 'dist', npmManifest[k].file)))),
    ]),
);

// script-tag bundle: follow the static imports of the Vite manifest
const cdnDir = join(root, 'dist/cdn');
const manifest = JSON.parse(readFileSync(join(cdnDir, '.vite/manifest.json'), 'utf8'));
function closure(keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    closure(manifest[key].imports ?? [], seen);
  }
  return seen;
}
const fileOf = (key) => manifest[key].file;
const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const pickerKey = 'src/components/language-picker/register.ts';
const pickerPageKeys = closure([entryKey, pickerKey]);
const pickerPage = Object.fromEntries([...pickerPageKeys].map((k) => [fileOf(k), sizes(join(cdnDir, fileOf(k)))]));
const pickerPageTotal = sum(Object.values(pickerPage));

// What each widget adds to a page that already has the entry file (Lit and the core).
const entryKeys = closure([entryKey]);
const widgets = Object.fromEntries(
  Object.keys(manifest)
    .filter((k) => /^src\/components\/[\w-]+\/register\.ts$/.test(k))
    .map((k) => [
      k.split('/')[2],
      sum([...closure([k])].filter((key) => !entryKeys.has(key)).map((key) => sizes(join(cdnDir, fileOf(key))))),
    ]),
);

const statusChunk = sizes(join(cdnDir, fileOf('src/components/inquiry-status/register.ts')));
const bookingChunk = sizes(join(cdnDir, fileOf('src/components/appointment-booking/register.ts')));
const scamCheckChunk = sizes(join(cdnDir, fileOf('src/components/scam-check/register.ts')));

const locales = Object.fromEntries(
  Object.keys(manifest)
    .filter((k) => k.startsWith('src/generated/locales/') && !k.endsWith('/index.ts'))
    .map((k) => {
      const extra = [...closure([k])].filter((key) => !pickerPageKeys.has(key));
      const total = sum(extra.map((key) => sizes(join(cdnDir, fileOf(key)))));
      return [k.replace('src/generated/locales/', '').replace(/\.ts$/, ''), { file: fileOf(k), ...total }];
    }),
);
const largestLocale = Math.max(...Object.values(locales).map((l) => l.gzip));

// A page holding one widget: the entry file and everything the widget imports.
const pages = Object.fromEntries(
  Object.keys(manifest)
    .filter((k) => /^src\/components\/[\w-]+\/register\.ts$/.test(k))
    .map((k) => [k.split('/')[2], sum([...closure([entryKey, k])].map((key) => sizes(join(cdnDir, fileOf(key)))))]),
);

// The whole script-tag bundle: every JavaScript file in dist/cdn, code and locale chunks.
const localeFiles = new Set(Object.values(locales).map((l) => l.file));
const bundleFiles = ['welcome-widgets.js', ...readdirSync(join(cdnDir, 'chunks')).map((f) => `chunks/${f}`)].filter(
  (f) => f.endsWith('.js'),
);
const bundleSizes = (files) => sum(files.map((f) => sizes(join(cdnDir, f))));
const bundle = {
  files: bundleFiles.length,
  code: bundleSizes(bundleFiles.filter((f) => !localeFiles.has(f))),
  locales: bundleSizes(bundleFiles.filter((f) => localeFiles.has(f))),
  total: bundleSizes(bundleFiles),
};

const report = {
  generatedAt: new Date().toISOString(),
  node: process.version,
  // Figures from a busy machine are slower: say how busy it was.
  machine: { cores: cpus().length, loadAverageAtStart: Number(loadavg()[0].toFixed(1)) },
  budgets: BUDGET,
  npmEntries: npm,
  cdn: {
    entry: { file: fileOf(entryKey), ...sizes(join(cdnDir, fileOf(entryKey))) },
    pickerPage: {
      files: pickerPage,
      total: pickerPageTotal,
      withinBudget: pickerPageTotal.gzip <= BUDGET.pickerPageGzip,
    },
    widgets,
    serviceFinderWithinBudget: (widgets['service-finder']?.gzip ?? Infinity) <= BUDGET.serviceFinderGzip,
    clinicCalendarWithinBudget: (widgets['clinic-calendar']?.gzip ?? Infinity) <= BUDGET.clinicCalendarGzip,
    inquiryFormWithinBudget: (widgets['inquiry-form']?.gzip ?? Infinity) <= BUDGET.inquiryFormGzip,
    inquiryStatusChunk: statusChunk,
    inquiryStatusChunkWithinBudget: statusChunk.gzip <= BUDGET.inquiryStatusChunkGzip,
    appointmentBookingChunk: bookingChunk,
    appointmentBookingChunkWithinBudget: bookingChunk.gzip <= BUDGET.appointmentBookingChunkGzip,
    scamCheckChunk,
    scamCheckChunkWithinBudget: scamCheckChunk.gzip <= BUDGET.scamCheckChunkGzip,
    locales,
    largestLocaleGzip: largestLocale,
    localesWithinBudget: largestLocale <= BUDGET.localeChunkGzip,
    pages,
    bundle,
  },
};
const skip = (part) => process.argv.includes(`--no-${part}`);
const browser = !skip('browser');
const anchors = browser && !skip('anchors');
const benchUrl = process.env.WW_BENCH_DATABASE_URL;
const started = performance.now();

/** One part of the report; a failure is reported in its place, and the rest still runs. */
async function part(label, measure) {
  console.log(`${label}…`);
  try {
    return await measure();
  } catch (error) {
    return { error: String(error) };
  }
}

/** A server CLI's JSON line (server/src/cli), on PGlite or the PostgreSQL at `databaseUrl`. */
async function serverCli(script, args, databaseUrl) {
  const { output } = await capture(process.execPath, ['--import', 'tsx', `src/cli/${script}`, ...args], {
    cwd: join(root, 'server'),
    quiet: true,
    env: { ...process.env, WW_BENCH_DATABASE_URL: databaseUrl },
  });
  const line = output
    .trim()
    .split('\n')
    .findLast((l) => l.startsWith('{'));
  return line ? JSON.parse(line) : { error: output.slice(-2000) };
}

// The server: search at 10,000 services beside /healthz on the same server, in the same run;
// on embedded PGlite, and also on PostgreSQL when WW_BENCH_DATABASE_URL names a throwaway database.
if (!skip('server')) {
  const search = ['bench-search.ts', ['--services', '10000']];
  report.server = await part('server: 10,000 synthetic services, search and /healthz', () => serverCli(...search, ''));
  if (benchUrl) report.serverPostgres = await part('server on PostgreSQL', () => serverCli(...search, benchUrl));
}
// Concurrent sign-ups, retries, cancellations and inquiries, then the database checked.
if (!skip('integrity')) {
  report.integrity = await part('load and integrity', () => serverCli('bench-integrity.ts', [], ''));
  if (benchUrl) {
    report.integrityPostgres = await part('load and integrity on PostgreSQL', () =>
      serverCli('bench-integrity.ts', [], benchUrl),
    );
  }
}
// The desk's queue at 50,000 inquiries: the first page of each view staff use, through the whole app.
if (!skip('desk')) {
  report.deskQueue = await part('desk queue: 50,000 inquiries', () => serverCli('bench-desk-queue.ts', [], ''));
  if (benchUrl) {
    report.deskQueuePostgres = await part('desk queue on PostgreSQL', () =>
      serverCli('bench-desk-queue.ts', [], benchUrl),
    );
  }
}
// Reminders: 10,000 due at once, two server processes on PostgreSQL, through a real SMTP receiver.
if (!skip('reminders')) {
  report.reminders = benchUrl
    ? await part('reminders: 10,000 due at once, two processes', () => serverCli('bench-reminders.ts', [], benchUrl))
    : { skipped: 'needs WW_BENCH_DATABASE_URL (two processes share one PostgreSQL)' };
}
// Appointments: visitors racing for one day's slots, on each database.
if (!skip('appointments')) {
  report.appointmentRace = await part('appointments: the race for a day', () =>
    serverCli('bench-appointments.ts', [], ''),
  );
  if (benchUrl) {
    report.appointmentRacePostgres = await part('appointments on PostgreSQL', () =>
      serverCli('bench-appointments.ts', [], benchUrl),
    );
  }
}
if (browser && !skip('desk')) {
  const { benchDeskCallLog } = await import('./desk-call-log.mjs');
  report.deskCallLog = await part('desk: calls logged by keyboard', () => benchDeskCallLog());
}
// The finder in Chromium at 10,000 services, and the same services searched in the page.
if (browser) {
  const { withDirectory } = await import('./servers.mjs');
  const { benchFinderRender } = await import('./finder-render.mjs');
  const { benchClientIndex } = await import('./anchor-client-index.mjs');
  await withDirectory(10_000, async (port) => {
    report.finderInBrowser = await part('finder in Chromium: 10,000 services', () =>
      benchFinderRender({ port, services: 10_000 }),
    );
    if (anchors) {
      report.anchorClientIndex = await part('anchor: the same services in a MiniSearch index', () =>
        benchClientIndex({ port, services: 10_000 }),
      );
    }
  });
}
// The calendar in Chromium: a month of 500 occurrences, and the same month in FullCalendar.
if (browser) {
  const { withMonth } = await import('./servers.mjs');
  const { benchCalendarRender } = await import('./calendar-render.mjs');
  const { benchFullCalendar } = await import('./anchor-fullcalendar.mjs');
  await withMonth(500, async (port, month) => {
    report.calendarInBrowser = await part('calendar in Chromium: a month with 500 occurrences', () =>
      benchCalendarRender({ port, month, occurrences: 500 }),
    );
    if (report.calendarInBrowser.monthGridAfterData) {
      report.calendarInBrowser.withinBudget =
        report.calendarInBrowser.monthGridAfterData.medianMs < BUDGET.calendarMonth500Ms;
    }
    if (anchors) {
      report.anchorFullCalendar = await part('anchor: the same month in FullCalendar', () =>
        benchFullCalendar({ port, month, occurrences: 500 }),
      );
    }
  });
}
// Each widget's first render against the reference server.
if (browser && !skip('first-render')) {
  const { benchFirstRender } = await import('./first-render.mjs');
  report.firstRender = await part('first render of each widget', () => benchFirstRender());
}
report.benchSeconds = Math.round((performance.now() - started) / 1000);
report.machine.loadAverageAtEnd = Number(loadavg()[0].toFixed(1));

writeFileSync(join(root, 'bench/report.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(root, 'bench/report.md'), markdown(report));

const row = (name, s) =>
  `${name.padEnd(44)} ${String(s.min).padStart(8)} ${String(s.gzip).padStart(8)} ${String(s.brotli).padStart(8)}`;
console.log(`${'file'.padEnd(44)} ${'min'.padStart(8)} ${'gzip'.padStart(8)} ${'brotli'.padStart(8)}`);
console.log('npm entries, with their own chunks (Lit excluded)');
for (const [name, s] of Object.entries(npm)) console.log(row(`  ${name}`, s));
console.log('page with only <ww-language-picker> (script-tag build)');
for (const [name, s] of Object.entries(pickerPage)) console.log(row(`  ${name}`, s));
console.log(row(`  total (budget ${BUDGET.pickerPageGzip} gzip)`, pickerPageTotal));
console.log('each widget, beyond the entry file');
for (const [name, s] of Object.entries(widgets)) console.log(row(`  ${name}`, s));
console.log('locale chunks (beyond the picker page)');
for (const [name, s] of Object.entries(locales)) console.log(row(`  ${name}`, s));
console.log(`whole script-tag bundle (${bundle.files} files)`);
for (const name of ['code', 'locales', 'total']) console.log(row(`  ${name}`, bundle[name]));
console.log(
  `picker page: ${pickerPageTotal.gzip} B gzip ${report.cdn.pickerPage.withinBudget ? '≤' : '>'} ${BUDGET.pickerPageGzip} B`,
);
console.log(
  `largest locale chunk: ${largestLocale} B gzip ${report.cdn.localesWithinBudget ? '≤' : '>'} ${BUDGET.localeChunkGzip} B`,
);
console.log(
  `inquiry status chunk: ${statusChunk.gzip} B gzip ${report.cdn.inquiryStatusChunkWithinBudget ? '≤' : '>'} ${BUDGET.inquiryStatusChunkGzip} B`,
);
console.log(
  `appointment booking chunk: ${bookingChunk.gzip} B gzip ${report.cdn.appointmentBookingChunkWithinBudget ? '≤' : '>'} ${BUDGET.appointmentBookingChunkGzip} B`,
);
console.log(
  `scam check chunk: ${scamCheckChunk.gzip} B gzip ${report.cdn.scamCheckChunkWithinBudget ? '≤' : '>'} ${BUDGET.scamCheckChunkGzip} B`,
);
for (const server of [report.server, report.serverPostgres]) {
  if (!server?.results) continue;
  console.log(`server at ${server.services} services (${server.database}):`);
  for (const [name, r] of Object.entries(server.results)) {
    console.log(
      `  ${name.padEnd(16)} p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms (one at a time); ${r.requestsPerSecond} req/s, p99 ${r.p99MsUnderLoad} ms (10 connections)`,
    );
  }
  console.log(`  search / healthz throughput ratio: ${server.searchToHealthzRatio}`);
  const m = server.mixed;
  if (m) {
    console.log(
      `  mixed workload: ${m.requestsPerSecond} req/s, ratio ${m.ratio} (target ≥ ${m.ratioTarget}), p99 ${m.p99MsUnderLoad} ms (target < ${m.targets.p99MsUnderLoad}) at ${m.connections} connections;` +
        ` repeated p50 ${m.repeated.p50Ms} ms (target < ${m.targets.repeatedP50Ms}), new p99 ${m.new.p99Ms} ms (target < ${m.targets.newP99Ms})`,
    );
  }
}
for (const i of [report.integrity, report.integrityPostgres]) {
  if (!i?.checks) continue;
  console.log(
    `integrity (${i.database}): lost ${i.lost}, duplicated ${i.duplicated}, over capacity ${i.overCapacity}, failed requests ${i.failedRequests}: ${i.ok ? 'ok' : 'NOT OK'}`,
  );
}
if (report.finderInBrowser?.searches) {
  const f = report.finderInBrowser;
  console.log(
    `finder at ${f.services} services in Chromium: search to render median ${f.searchToRenderMedianMs} ms (p95 ${f.searchToRenderP95Ms}); first render after data ${f.firstRenderAfterDataMedianMs} ms`,
  );
}
if (report.anchorClientIndex?.searchToRender) {
  const c = report.anchorClientIndex;
  console.log(
    `  MiniSearch in the page: search to render median ${c.searchToRender.medianMs} ms, index ${c.loadMs.index} ms`,
  );
}
if (report.calendarInBrowser?.monthGridAfterData) {
  const c = report.calendarInBrowser;
  console.log(
    `calendar, month of ${c.occurrences} occurrences in Chromium: grid ${c.monthGridAfterData.medianMs} ms median after data (max ${c.monthGridAfterData.maxMs}); agenda list ${c.agendaListAfterData.medianMs} ms`,
  );
}
if (report.anchorFullCalendar?.twoPerDayAfterData) {
  const f = report.anchorFullCalendar;
  console.log(
    `  FullCalendar, same month: ${f.twoPerDayAfterData.medianMs} ms median (every event drawn: ${f.everyEventAfterData.medianMs} ms)`,
  );
}
for (const [name, w] of Object.entries(report.firstRender?.widgets ?? {})) {
  console.log(`first render of ${name}: median ${w.medianMs} ms (first, loading its code: ${w.coldMs} ms)`);
}
console.log(`written: bench/report.json, bench/report.md (${report.benchSeconds} s)`);
