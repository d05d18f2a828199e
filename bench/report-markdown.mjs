/** bench/report.md from the figures of one `npm run bench` run (bench/report.json). */
import { deskSections } from './report-desk.mjs';
import { appointmentSections, messageSections } from './report-messages.mjs';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const bytes = (n) => n.toLocaleString('en-US');
const ms = (n) => `${n} ms`;

/** A row of "Figures against their anchors": lower is better, so the smaller one is ahead. */
function versus(label, ours, anchor, unit) {
  if (!Number.isFinite(ours) || !Number.isFinite(anchor)) return [];
  const show = unit === 'ms' ? ms : (n) => `${bytes(n)} B`;
  const difference = Math.round(Math.abs(anchor - ours) * 10) / 10;
  const ahead =
    ours === anchor
      ? 'even'
      : ours < anchor
        ? `ours, ${(anchor / ours).toFixed(1)}× (${show(difference)} less)`
        : `anchor, ${(ours / anchor).toFixed(1)}× (${show(difference)} less)`;
  return [`| ${label} | ${show(ours)} | ${show(anchor)} | ${ahead} |`];
}

function anchorsTable(r) {
  const grid = r.calendarInBrowser?.monthGridAfterData;
  const fc = r.anchorFullCalendar;
  const finder = r.finderInBrowser;
  const index = r.anchorClientIndex;
  const finderPage = r.cdn.pages['service-finder']?.gzip;
  const rows = [
    ...versus(
      `Month of ${fc?.occurrences} occurrences, data to painted, median — FullCalendar with two a day and "+N more", as ours`,
      grid?.medianMs,
      fc?.twoPerDayAfterData?.medianMs,
      'ms',
    ),
    ...versus('The same, slowest run', grid?.maxMs, fc?.twoPerDayAfterData?.maxMs, 'ms'),
    ...versus(
      'The same month, median — FullCalendar drawing every event (its default)',
      grid?.medianMs,
      fc?.everyEventAfterData?.medianMs,
      'ms',
    ),
    ...versus(
      'Calendar code, gzip — our page with only the calendar (Lit included) against FullCalendar core + daygrid',
      r.cdn.pages['clinic-calendar']?.gzip,
      fc?.library?.bytes?.gzip,
      'B',
    ),
    ...versus(
      `Search of ${finder?.services?.toLocaleString('en-US')} services to results painted, median — our server search against MiniSearch in the page (its fuzzy match on)`,
      finder?.searchToRenderMedianMs,
      index?.searchToRender?.medianMs,
      'ms',
    ),
    ...versus('The same, p95', finder?.searchToRenderP95Ms, index?.searchToRender?.p95Ms, 'ms'),
    ...versus(
      'Bytes before the first search, gzip — our finder page against the same page plus MiniSearch and every service',
      finderPage,
      finderPage + index?.library?.bytes?.gzip + index?.data?.gzip,
      'B',
    ),
  ];
  if (rows.length === 0) return [];
  return [
    '',
    '## Figures against their anchors',
    '',
    'Each pair measured in the same run, the same way (details in the sections below); lower is better.',
    '',
    '| figure | ours | anchor | ahead, by |',
    '| --- | ---: | ---: | --- |',
    ...rows,
  ];
}

function bundleSections(r) {
  const b = r.cdn.bundle;
  return [
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
    '## Script-tag build: each widget',
    '',
    'What each widget adds beyond the entry file (Lit and the core), and a page holding only that widget (the entry file included).',
    '',
    '| widget | adds: min | gzip | brotli | page: min | gzip | brotli |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...Object.entries(r.cdn.widgets).map(([w, s]) => {
      const p = r.cdn.pages[w];
      return `| ${w} | ${s.min} | ${s.gzip} | ${s.brotli} | ${p.min} | ${p.gzip} | ${p.brotli} |`;
    }),
    '',
    `Service finder budget: ${kb(r.budgets.serviceFinderGzip)} gzip. Clinic calendar budget: ${kb(r.budgets.clinicCalendarGzip)} gzip; inquiry form: ${kb(r.budgets.inquiryFormGzip)} ` +
      '(its sign-up form, `event-registration`, is a chunk of its own that loads when a visitor opens an event that takes sign-ups; the two share the add-to-calendar chunk, counted in both rows).',
    '',
    '## Script-tag build: the whole bundle',
    '',
    `Every JavaScript file in \`dist/cdn\` (${b.files} files): what a CDN holds, not what a page loads.`,
    '',
    '| part | min | gzip | brotli |',
    '| --- | ---: | ---: | ---: |',
    `| code (entry and widget chunks) | ${b.code.min} | ${b.code.gzip} | ${b.code.brotli} |`,
    `| locale chunks | ${b.locales.min} | ${b.locales.gzip} | ${b.locales.brotli} |`,
    `| **total** | ${b.total.min} | **${b.total.gzip}** | ${b.total.brotli} |`,
    '',
    '## npm entries (with their own chunks, Lit excluded)',
    '',
    '| entry | min | gzip | brotli |',
    '| --- | ---: | ---: | ---: |',
    ...Object.entries(r.npmEntries).map(([f, s]) => `| ${f} | ${s.min} | ${s.gzip} | ${s.brotli} |`),
  ];
}

function firstRenderSection(r) {
  const f = r.firstRender;
  if (!f?.widgets) return [];
  return [
    '',
    '## Time to first render of each widget',
    '',
    'In headless Chromium against the reference server with its sample data (loopback), on a page that has loaded ' +
      'the script-tag entry: from the element inserted to its first content painted (the language name; the first ' +
      'service cards; the month with its sessions; the form with its topics; the charts; the branch heading). The ' +
      "first insertion also loads the widget's chunk; then a fresh element each run with the browser cache off, so " +
      'each run asks the server again. Each figure includes waiting for the next frame (up to 16.7 ms).',
    '',
    `| widget | first, loading its code | median of ${f.runs} | max |`,
    '| --- | ---: | ---: | ---: |',
    ...Object.entries(f.widgets).map(([w, x]) => `| ${w} | ${ms(x.coldMs)} | **${ms(x.medianMs)}** | ${ms(x.maxMs)} |`),
    '',
    '`config` renders nothing. The corner panel counts its branch heading; its calendar and finder fill in after.',
  ];
}

function serverSections(r) {
  const lines = [];
  for (const server of [r.server, r.serverPostgres]) {
    if (!server?.results) continue;
    lines.push(
      '',
      `## Server: ${server.services} services, ${server.database}`,
      '',
      'Latency with one request at a time; throughput and p99 with 10 connections; autocannon on loopback, same run. ' +
        'The server has the per-client limits of production behind one proxy; every request comes from a visitor of its own.',
      '',
      '| request | p50 ms | p99 ms | req/s (10 conn.) | p99 ms (10 conn.) |',
      '| --- | ---: | ---: | ---: | ---: |',
      ...Object.entries(server.results).map(
        ([name, x]) =>
          `| ${name}: \`${server.targets[name]}\` | ${x.p50Ms} | ${x.p99Ms} | ${x.requestsPerSecond} | ${x.p99MsUnderLoad} |`,
      ),
    );
    if (server.searchToHealthzRatio !== undefined) {
      lines.push(
        '',
        `Search / healthz throughput ratio: ${server.searchToHealthzRatio}` +
          (server.answerCache === 'on' ? ' (one search repeated: answered from the answer cache).' : '.'),
      );
    }
    lines.push(...mixedLines(server.mixed));
    const a = server.abuse;
    if (a) {
      lines.push(
        '',
        `Abuse: one client repeats the most expensive public request it can make (\`${a.path}\`, the slowest of ` +
          `${Object.entries(a.candidatesP50Ms)
            .map(([name, p50]) => `${name} ${p50} ms`)
            .join(', ')}) while a visitor searches: search median **${a.searchP50MsUnderAbuse} ms** against ` +
          `${a.searchP50MsAlone} ms alone, **${a.ratio}×** (target: under 2×).` +
          (a.abuserServed === undefined
            ? ''
            : ` The repeating client was served ${a.abuserServed} times and refused (429, its share of server time spent) ${a.abuserRefused} times.`),
      );
    }
  }
  return lines;
}

/** The mixed search workload (issue 18), with its targets beside the figures. */
function mixedLines(m) {
  if (!m) return [];
  const t = m.targets;
  const mark = (ok) => (ok ? 'met' : '**not met**');
  return [
    '',
    `Mixed workload: ${m.searches} searches drawn Zipf-like (fixed seed) from ${m.queries} queries visitors type ` +
      `(${m.distinctDrawn} distinct drawn; prefixes, typos, eight languages, filters, open now, distance; ` +
      '`bench/search-queries.mjs`), whole answers cached per normalized request and directory version.',
    '',
    '| figure | measured | target | |',
    '| --- | ---: | ---: | --- |',
    `| throughput at ${m.connections} connections, ratio to /healthz (${m.requestsPerSecond} / ${m.healthzRequestsPerSecond} req/s) | ${m.ratio} | ≥ ${m.ratioTarget} | ${mark(m.ratio >= m.ratioTarget)} |`,
    `| p99 at ${m.connections} connections | ${m.p99MsUnderLoad} ms | < ${t.p99MsUnderLoad} ms | ${mark(m.p99MsUnderLoad < t.p99MsUnderLoad)} |`,
    `| one at a time, repeated search, p50 | ${m.repeated.p50Ms} ms | < ${t.repeatedP50Ms} ms | ${mark(m.repeated.p50Ms < t.repeatedP50Ms)} |`,
    `| one at a time, new search (cold), p99 (p50 ${m.new.p50Ms} ms) | ${m.new.p99Ms} ms | < ${t.newP99Ms} ms | ${mark(m.new.p99Ms < t.newP99Ms)} |`,
    '',
    `Errors ${m.errors}, non-2xx ${m.non2xx}; cold requests ${m.new.requests}, of which computed ${m.new.misses}, failed ${m.new.failures}.`,
  ];
}

function integritySections(r) {
  const lines = [];
  const names = {
    signUps: 'sign-ups, 3 counters of 25 places',
    inquiries: 'inquiries',
    cancels: 'cancellations, each link sent twice at once',
    moreSignUps: 'sign-ups meanwhile',
  };
  for (const i of [r.integrity, r.integrityPostgres]) {
    if (!i?.checks) continue;
    const statuses = (s) =>
      Object.entries(s)
        .map(([code, n]) => `${n} × ${code}`)
        .join(', ');
    const faults = (c) =>
      Object.entries(c)
        .filter(([, v]) => typeof v === 'number')
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
    lines.push(
      '',
      `## Load and integrity: ${i.database}`,
      '',
      `autocannon on loopback, ${i.connections} connections; ${Math.round(i.retryShare * 100)}% of sign-ups and inquiries ` +
        'repeat an earlier idempotency key (half of them one still in flight). Then the database is read with SQL and held ' +
        'against every answer the client saw.',
      '',
      '| load | requests | req/s | p50 ms | p99 ms | answers |',
      '| --- | ---: | ---: | ---: | ---: | --- |',
      ...Object.entries(i.load).map(
        ([name, l]) =>
          `| ${names[name] ?? name} | ${l.requests} | ${l.requestsPerSecond} | ${l.p50Ms} | ${l.p99Ms} | ${statuses(l.statuses)}${l.errors ? `, ${l.errors} without answer` : ''} |`,
      ),
      `| \`/healthz\`, same server, 10 connections | | ${i.healthz.requestsPerSecond} | | ${i.healthz.p99Ms} | |`,
      '',
      `**Lost: ${i.lost}. Duplicated: ${i.duplicated}. Over capacity: ${i.overCapacity}.** Failed requests: ${i.failedRequests}; ` +
        `errors logged by the server: ${i.serverErrors.length}. Result: **${i.ok ? 'ok' : 'NOT OK'}**.`,
      '',
      'Every check, as a count (keys and rows as totals, every other figure a count of faults):',
      '',
      `- Sign-ups, as answered: ${faults(i.checks.signUps)}.`,
      `- Inquiries: ${faults(i.checks.inquiries)}.`,
      `- Cancellations: ${faults(i.checks.cancellations)}.`,
      `- Sign-ups after the cancellations: ${faults(i.checks.signUpsAfterCancellations)}.`,
      `- At the end: ${i.checks.signUpsAfterCancellations.counters
        .map((c) => `${c.occurrence}: ${c.confirmedPlaces} of ${c.capacity} places confirmed, ${c.waitlisted} waiting`)
        .join('; ')}.`,
      '',
      '_lost_: a key answered 200/201 without its row (or with another id or reference); _duplicated_: a key told of two ' +
        'registrations, created twice or stored twice; _overCapacity_: confirmed places above capacity, in the database or ' +
        'in the answers; _counterDrift_: a counter row that disagrees with the rows; _queueSkipped_: a waiting party that ' +
        'fits in the free places; _waitlistGaps_/_waitlistDuplicates_/_positionMismatches_: positions answered are not ' +
        '1…n in arrival order; _promotionDrift_: promotions answered against rows moved from waiting to confirmed.',
    );
  }
  return lines;
}

/** The finder's search-to-painted median over MiniSearch's, both from the same run; undefined without both. */
function finderRatio(r) {
  const ours = r.finderInBrowser?.searchToRenderMedianMs;
  const anchor = r.anchorClientIndex?.searchToRender?.medianMs;
  return Number.isFinite(ours) && Number.isFinite(anchor) && anchor > 0 ? ours / anchor : undefined;
}

const typos = (f) => (f.typos ? `, ${f.typos} of them with a typo` : '');
const hits = (f) =>
  f.medianHits === undefined
    ? ''
    : ` (median ${f.medianHits} results${f.noHits === undefined ? '' : `; ${f.noHits} searches found nothing`})`;
const searchOptions = (c) =>
  c.searchOptions
    ? `MiniSearch's options \`${JSON.stringify(c.searchOptions)}\`: every word must match, within its fuzzy distance or as a prefix`
    : 'every word must match, the last as a prefix';

function finderSections(r) {
  const lines = [];
  const f = r.finderInBrowser;
  if (f?.searches) {
    lines.push(
      '',
      `## Service finder in Chromium: ${f.services} services`,
      '',
      `Over ${f.searches} searches typed into the finder (loopback, headless Chromium)${typos(f)}:`,
      '',
      `- From typed (the input event: the request leaves at once) to the results painted: median **${f.searchToRenderMedianMs} ms**, p95 ${f.searchToRenderP95Ms} ms (budget: median under 150 ms)${hits(f)}.`,
      `- First render after the data arrives: median **${f.firstRenderAfterDataMedianMs} ms** (budget: under 100 ms).`,
    );
    if (f.requestToAnswerMedianMs !== undefined) {
      lines.push(
        `- Where a search's time goes, medians: the request and its answer read (server and loopback) ${ms(f.requestToAnswerMedianMs)}, then the finder's update and paint ${ms(f.answerToPaintedMedianMs)}.`,
      );
    }
  }
  const ratio = finderRatio(r);
  if (ratio) {
    lines.push(
      `- Against MiniSearch in the page, in the same run: **${ratio.toFixed(2)}×** its median (target: at most 1.5×, ${ratio <= 1.5 ? 'met' : 'not met'}).`,
    );
  }
  const c = r.anchorClientIndex;
  if (c?.searchToRender) {
    lines.push(
      '',
      `## Anchor: the same ${c.services} services in a client-side index (${c.library.name})`,
      '',
      'Every service as the finder API lists it (English) in one JSON file, indexed in the page on name, organization, ' +
        `description and topics (${searchOptions(c)}), the same searches as above, each from ` +
        'typed to its first 20 results painted as plain cards (name, organization, description, topics, languages: a ' +
        "lighter render than the finder's).",
      '',
      `- To download: the services ${bytes(c.data.min)} B (${bytes(c.data.gzip)} gzip, ${bytes(c.data.brotli)} brotli) and the library ${bytes(c.library.bytes.min)} B (${bytes(c.library.bytes.gzip)} gzip).`,
      `- Before the first search: download ${ms(c.loadMs.download)} (loopback), JSON parse ${ms(c.loadMs.parse)}, index build **${ms(c.loadMs.index)}**.`,
      `- Search alone: median ${ms(c.search.medianMs)}, p95 ${ms(c.search.p95Ms)}; search to painted: median **${ms(c.searchToRender.medianMs)}**, p95 ${ms(c.searchToRender.p95Ms)}${hits(c)}.`,
    );
  }
  return lines;
}

function calendarSections(r) {
  const lines = [];
  const c = r.calendarInBrowser;
  if (c?.monthGridAfterData) {
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
  const f = r.anchorFullCalendar;
  if (f?.twoPerDayAfterData) {
    lines.push(
      '',
      `## Anchor: the same month in ${f.library.name}`,
      '',
      `Bundled from node_modules with esbuild: ${bytes(f.library.bytes.min)} B, ${bytes(f.library.bytes.gzip)} gzip, ${bytes(f.library.bytes.brotli)} brotli. ` +
        'The same answer from the same server, timed the same way: from the body read to the month painted, JSON parsing ' +
        'included, a new calendar each run (`dayGridMonth`, the page in New York time as the events are).',
      '',
      `- Two events a day and "+N more" (\`dayMaxEvents: 2\`, as our grid shows them): median **${f.twoPerDayAfterData.medianMs} ms**, max ${f.twoPerDayAfterData.maxMs} ms over ${f.twoPerDayAfterData.runs} runs.`,
      `- Every event in its cell (the default): median ${f.everyEventAfterData.medianMs} ms, max ${f.everyEventAfterData.maxMs} ms over ${f.everyEventAfterData.runs} runs.`,
    );
  }
  return lines;
}

/** Errors of parts that failed, so that a missing section says why. */
function failures(r) {
  const failed = Object.entries(r).filter(([, v]) => v && typeof v === 'object' && typeof v.error === 'string');
  if (failed.length === 0) return [];
  return ['', '## Parts that failed', '', ...failed.map(([k, v]) => `- ${k}: \`${v.error.split('\n')[0]}\``)];
}

export function markdown(r) {
  const lines = [
    '# Benchmark report',
    '',
    `Generated ${r.generatedAt} on Node ${r.node}, by \`npm run bench\` in ${r.benchSeconds} s, on ${r.machine.cores} cores ` +
      `(load average ${r.machine.loadAverageAtStart} at the start, ${r.machine.loadAverageAtEnd} at the end). Sizes in bytes; 1 KB = 1024 bytes.`,
    ...anchorsTable(r),
    ...bundleSections(r),
    ...firstRenderSection(r),
    ...serverSections(r),
    ...integritySections(r),
    ...deskSections(r),
    ...messageSections(r),
    ...appointmentSections(r),
    ...finderSections(r),
    ...calendarSections(r),
    ...failures(r),
  ];
  return `${lines.join('\n')}\n`;
}
