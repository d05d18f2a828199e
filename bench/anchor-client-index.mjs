/**
 * Anchor for the finder's server search: the same 10,000 synthetic services
 * (bench-server.ts) searched in the browser with MiniSearch 7, the usual
 * alternative to a search API, with its own typo tolerance on (SEARCH_OPTIONS),
 * as the server has its own. Reports what that costs to download (every
 * service as the API gives them, the JSON compressed, plus the library), to
 * parse and index, and each of the finder bench's queries (some with a typo)
 * from typed to painted: the first 20 results as plain cards (name,
 * organization, description, topics, languages), a lighter render than the finder's own.
 * Reported by `npm run bench`, never asserted.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleForPage } from './bundle.mjs';
import { FINDER_QUERIES } from './finder-queries.mjs';
import { inChromium, startStatic, summary, withDirectory } from './servers.mjs';
import { sizes } from './sizes.mjs';

/**
 * Every word must match (as on the server), each within MiniSearch's fuzzy distance (20% of its length,
 * rounded: one edit from 3 letters, two from 8, close to the server's one from 4 and two from 8) or as a prefix.
 */
export const SEARCH_OPTIONS = { combineWith: 'AND', fuzzy: 0.2, prefix: true };

/** Every service, as the finder's API lists them (English, 100 a page). */
async function allServices(base, count) {
  const items = [];
  for (let page = 1; items.length < count; page++) {
    const answer = await (await fetch(`${base}/v1/services?page_size=100&page=${page}&lang=en`)).json();
    if (answer.items.length === 0) break;
    items.push(...answer.items);
  }
  return items;
}

/** Runs in the page: download, parse, index, then each query from typed to its results painted. */
async function probe({ queries, pageSize, searchOptions }) {
  /* global performance, requestAnimationFrame, MiniSearch */
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const started = performance.now();
  const text = await (await fetch('/services.json')).text();
  const downloaded = performance.now();
  const services = JSON.parse(text);
  const parsed = performance.now();
  const index = new MiniSearch({
    fields: ['name', 'description', 'organization', 'topics'],
    extractField: (service, field) =>
      field === 'organization'
        ? service.organization?.name
        : field === 'topics'
          ? service.topics.map((t) => t.name).join(' ')
          : service[field],
    searchOptions,
  });
  index.addAll(services);
  const indexed = performance.now();

  const byId = new Map(services.map((s) => [s.id, s]));
  const line = (tag, content) => Object.assign(document.createElement(tag), { textContent: content });
  const card = (s) => {
    const li = document.createElement('li');
    li.append(
      line('h3', s.name),
      line('p', s.organization?.name ?? ''),
      line('p', s.description ?? ''),
      line('p', s.topics.map((t) => t.name).join(', ')),
      line('p', s.languages.map((l) => l.code).join(', ')),
    );
    return li;
  };
  const list = document.createElement('ul');
  document.body.append(list);
  const search = [];
  const toRender = [];
  const hits = [];
  for (const q of queries) {
    const start = performance.now();
    const results = index.search(q);
    search.push(performance.now() - start);
    list.replaceChildren(...results.slice(0, pageSize).map((r) => card(byId.get(r.id))));
    await frame();
    toRender.push(performance.now() - start);
    hits.push(results.length);
  }
  return {
    loadMs: { download: downloaded - started, parse: parsed - downloaded, index: indexed - parsed },
    search,
    toRender,
    hits,
  };
}

/** Against the bench server on `port`, holding `services` services. */
export async function benchClientIndex({ port, services, queries = FINDER_QUERIES }) {
  const bundle = await bundleForPage(
    `import MiniSearch from 'minisearch'; window.MiniSearch = MiniSearch;`,
    'minisearch',
  );
  const dir = mkdtempSync(join(tmpdir(), 'ww-bench-services-'));
  try {
    const items = await allServices(`http://127.0.0.1:${port}`, services);
    const json = join(dir, 'services.json');
    writeFileSync(json, JSON.stringify(items));
    const site = await startStatic(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>client index anchor</title>
      <script src="/minisearch.js"></script></head><body></body></html>`,
      { '/minisearch.js': bundle.file, '/services.json': json },
    );
    try {
      const figures = await inChromium(site, (page) =>
        page.evaluate(probe, { queries, pageSize: 20, searchOptions: SEARCH_OPTIONS }),
      );
      const round = (value) => Math.round(value * 10) / 10;
      return {
        services: items.length,
        library: { name: 'MiniSearch 7.2', bytes: bundle.bytes },
        searchOptions: SEARCH_OPTIONS,
        data: sizes(json),
        loadMs: Object.fromEntries(Object.entries(figures.loadMs).map(([k, v]) => [k, round(v)])),
        searches: queries.length,
        search: summary(figures.search),
        searchToRender: summary(figures.toRender),
        medianHits: [...figures.hits].sort((a, b) => a - b)[Math.floor(figures.hits.length / 2)],
        noHits: figures.hits.filter((n) => n === 0).length,
      };
    } finally {
      site.close();
    }
  } finally {
    bundle.remove();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await withDirectory(10_000, (port) => benchClientIndex({ port, services: 10_000 }))));
}
