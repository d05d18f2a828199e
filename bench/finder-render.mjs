/**
 * The finder in Chromium at 10,000 services: search-to-render (from typed, the
 * input event, to the updated results painted; some searches with a typo) and first render
 * (from the data arriving to the first results painted). Measured in the page
 * with performance.now(); reported by `npm run bench`, never asserted.
 */
import { FINDER_QUERIES, FINDER_TYPOS } from './finder-queries.mjs';
import { inChromium, startStatic, withDirectory } from './servers.mjs';

/** Against the bench server on `port`, holding `services` services. */
export async function benchFinderRender({ port, services, queries = FINDER_QUERIES }) {
  const site = await startStatic(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>finder bench</title>
    <script type="module" src="/dist/cdn/welcome-widgets.js" data-endpoint="http://127.0.0.1:${port}/v1/"></script>
    <script src="/bench/finder-probe.js"></script></head><body></body></html>`);
  try {
    const figures = await inChromium(site, (page) => page.evaluate((list) => window.finderProbe(list), queries));
    return { services, typos: queries === FINDER_QUERIES ? FINDER_TYPOS : undefined, ...figures };
  } finally {
    site.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await withDirectory(10_000, (port) => benchFinderRender({ port, services: 10_000 }))));
}
