#!/usr/bin/env node
/**
 * `npm run bench` (v0): bytes of every npm entry, of the script-tag bundle and
 * of each locale chunk (minified, gzip, brotli), and the JavaScript a page
 * holding only the language picker loads. Writes bench/report.json and prints a table.
 * Budgets (from the foundation issue; 1 KB = 1024 bytes): picker page ≤ 14 KB gzip,
 * each locale chunk ≤ 3 KB gzip.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { capture, run } from '../scripts/lib/run.mjs';

const root = resolve(import.meta.dirname, '..');
const KB = 1024;
const BUDGET = {
  pickerPageGzip: 14 * KB,
  localeChunkGzip: 3 * KB,
  serviceFinderGzip: 12 * KB,
  clinicCalendarGzip: 14 * KB,
  inquiryFormGzip: 12 * KB,
  calendarMonth500Ms: 50,
};

if (!existsSync(join(root, 'dist/cdn/.vite/manifest.json')) || process.argv.includes('--build')) {
  await run('node', [join(root, 'scripts/build.mjs')]);
}

function sizes(file) {
  const bytes = readFileSync(file);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const sum = (list) =>
  list.reduce((t, s) => ({ min: t.min + s.min, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }), {
    min: 0,
    gzip: 0,
    brotli: 0,
  });

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

const report = {
  generatedAt: new Date().toISOString(),
  node: process.version,
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
    locales,
    largestLocaleGzip: largestLocale,
    localesWithinBudget: largestLocale <= BUDGET.localeChunkGzip,
  },
};
// The server: search at 10,000 services beside /healthz on the same server, in the same run;
// on embedded PGlite, and also on PostgreSQL when WW_BENCH_DATABASE_URL names a throwaway database.
async function serverBench(databaseUrl) {
  const { output } = await capture(
    process.execPath,
    ['--import', 'tsx', 'src/cli/bench-search.ts', '--services', '10000'],
    {
      cwd: join(root, 'server'),
      quiet: true,
      env: { ...process.env, WW_BENCH_DATABASE_URL: databaseUrl },
    },
  );
  const line = output
    .trim()
    .split('\n')
    .findLast((l) => l.startsWith('{'));
  return line ? JSON.parse(line) : { error: output.slice(-2000) };
}
if (!process.argv.includes('--no-server')) {
  console.log('server: seeding 10,000 synthetic services and measuring (about a minute)…');
  report.server = await serverBench('');
  if (process.env.WW_BENCH_DATABASE_URL) {
    console.log('server on PostgreSQL…');
    report.serverPostgres = await serverBench(process.env.WW_BENCH_DATABASE_URL);
  }
}
// The finder in Chromium against the same size of directory.
if (!process.argv.includes('--no-browser')) {
  console.log('finder in Chromium: 10,000 services…');
  try {
    const { benchFinderRender } = await import('./finder-render.mjs');
    report.finderInBrowser = await benchFinderRender();
  } catch (error) {
    report.finderInBrowser = { error: String(error) };
  }
}
// The calendar in Chromium: a month of 500 occurrences.
if (!process.argv.includes('--no-browser')) {
  console.log('calendar in Chromium: a month with 500 occurrences…');
  try {
    const { benchCalendarRender } = await import('./calendar-render.mjs');
    report.calendarInBrowser = await benchCalendarRender();
    report.calendarInBrowser.withinBudget =
      report.calendarInBrowser.monthGridAfterData.medianMs < BUDGET.calendarMonth500Ms;
  } catch (error) {
    report.calendarInBrowser = { error: String(error) };
  }
}
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
console.log(
  `picker page: ${pickerPageTotal.gzip} B gzip ${report.cdn.pickerPage.withinBudget ? '≤' : '>'} ${BUDGET.pickerPageGzip} B`,
);
console.log(
  `largest locale chunk: ${largestLocale} B gzip ${report.cdn.localesWithinBudget ? '≤' : '>'} ${BUDGET.localeChunkGzip} B`,
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
}
if (report.finderInBrowser?.searches) {
  const f = report.finderInBrowser;
  console.log(
    `finder at ${f.services} services in Chromium: search to render median ${f.searchToRenderMedianMs} ms (p95 ${f.searchToRenderP95Ms}); first render after data ${f.firstRenderAfterDataMedianMs} ms`,
  );
}
if (report.calendarInBrowser?.monthGridAfterData) {
  const c = report.calendarInBrowser;
  console.log(
    `calendar, month of ${c.occurrences} occurrences in Chromium: grid ${c.monthGridAfterData.medianMs} ms median after data (max ${c.monthGridAfterData.maxMs}); agenda list ${c.agendaListAfterData.medianMs} ms`,
  );
}
console.log('written: bench/report.json, bench/report.md');

function markdown(r) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const lines = [
    '# Benchmark report',
    '',
    `Generated ${r.generatedAt} on Node ${r.node}. Sizes in bytes; 1 KB = 1024 bytes.`,
    '',
    '## Script-tag build: a page with only the language picker',
    '',
    '| file | min | gzip | brotli |',
    '| --- | ---: | ---: | ---: |',
    ...Object.entries(r.cdn.pickerPage.files).map(([f, s]) => `| ${f} | ${s.min} | ${s.gzip} | ${s.brotli} |`),
    `| **total** (budget ${kb(r.budgets.pickerPageGzip)} gzip) | ${r.cdn.pickerPage.total.min} | **${r.cdn.pickerPage.total.gzip}** | ${r.cdn.pickerPage.total.brotli} |`,
    '',
    `Largest locale chunk: ${r.cdn.largestLocaleGzip} B gzip (budget ${kb(r.budgets.localeChunkGzip)}).`,
    '',
    '## Script-tag build: what each widget adds beyond the entry file',
    '',
    '| widget | min | gzip | brotli |',
    '| --- | ---: | ---: | ---: |',
    ...Object.entries(r.cdn.widgets).map(([w, s]) => `| ${w} | ${s.min} | ${s.gzip} | ${s.brotli} |`),
    '',
    `Service finder budget: ${kb(r.budgets.serviceFinderGzip)} gzip. Clinic calendar budget: ${kb(r.budgets.clinicCalendarGzip)} gzip; inquiry form: ${kb(r.budgets.inquiryFormGzip)} ` +
      '(its sign-up form, `event-registration`, is a chunk of its own that loads when a visitor opens an event that takes sign-ups; the two share the add-to-calendar chunk, counted in both rows).',
    '',
    '## npm entries (with their own chunks, Lit excluded)',
    '',
    '| entry | min | gzip | brotli |',
    '| --- | ---: | ---: | ---: |',
    ...Object.entries(r.npmEntries).map(([f, s]) => `| ${f} | ${s.min} | ${s.gzip} | ${s.brotli} |`),
  ];
  for (const server of [r.server, r.serverPostgres]) {
    if (!server?.results) continue;
    lines.push(
      '',
      `## Server: ${server.services} services, ${server.database}`,
      '',
      'Latency with one request at a time; throughput and p99 with 10 connections; autocannon on loopback, same run.',
      '',
      '| request | p50 ms | p99 ms | req/s (10 conn.) | p99 ms (10 conn.) |',
      '| --- | ---: | ---: | ---: | ---: |',
      ...Object.entries(server.results).map(
        ([name, x]) =>
          `| ${name}: \`${server.targets[name]}\` | ${x.p50Ms} | ${x.p99Ms} | ${x.requestsPerSecond} | ${x.p99MsUnderLoad} |`,
      ),
      '',
      `Search / healthz throughput ratio: ${server.searchToHealthzRatio}.`,
    );
  }
  if (r.finderInBrowser?.searches) {
    const f = r.finderInBrowser;
    lines.push(
      '',
      `## Service finder in Chromium: ${f.services} services`,
      '',
      `Over ${f.searches} searches typed into the finder (loopback, headless Chromium):`,
      '',
      `- From the request leaving (after the debounce) to the results painted: median **${f.searchToRenderMedianMs} ms**, p95 ${f.searchToRenderP95Ms} ms (budget: median under 150 ms).`,
      `- First render after the data arrives: median **${f.firstRenderAfterDataMedianMs} ms** (budget: under 100 ms).`,
    );
  }
  if (r.calendarInBrowser?.monthGridAfterData) {
    const c = r.calendarInBrowser;
    lines.push(
      '',
      `## Clinic calendar in Chromium: a month with ${c.occurrences} occurrences`,
      '',
      'From the answer read to the view painted, each time a new `<ww-clinic-calendar>` (JSON parsing included):',
      '',
      `- Month grid: median **${c.monthGridAfterData.medianMs} ms**, max ${c.monthGridAfterData.maxMs} ms over ${c.monthGridAfterData.runs} runs (budget: under ${r.budgets.calendarMonth500Ms} ms).`,
      `- The same month as the agenda list (every occurrence as a card): median ${c.agendaListAfterData.medianMs} ms over ${c.agendaListAfterData.runs} runs.`,
    );
  }
  return `${lines.join('\n')}\n`;
}
