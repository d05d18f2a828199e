/**
 * The calendar in Chromium: a month holding 500 occurrences, from its data
 * arriving (the answer's body read) to the month grid painted, and the same
 * month as the agenda list. Each run makes a new <ww-clinic-calendar>, so every
 * figure is a first render of that month. Measured in the page with
 * performance.now(); reported by `npm run bench`, never asserted.
 */
import { inChromium, startStatic, withMonth } from './servers.mjs';

/** Runs in the page: renders the month `runs` times in a view, timing data-to-paint. */
async function probe({ month, runs, view, expected }) {
  /* global performance, requestAnimationFrame, customElements */
  if (!window.__wrapped) {
    window.__wrapped = true;
    const realFetch = window.fetch.bind(window);
    window.fetch = (input, init) =>
      realFetch(input, init).then((response) => {
        if (!String(input).includes('/v1/events?')) return response;
        const text = response.text.bind(response);
        response.text = () => text().then((body) => ((window.__arrived = performance.now()), body));
        return response;
      });
  }
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const shown = (el) => {
    const root = el.shadowRoot;
    if (!root) return 0;
    return view === 'month'
      ? root.querySelectorAll('td.day--busy').length
      : root.querySelectorAll('[part~="event"]').length;
  };
  if (!customElements.get('ww-clinic-calendar')) {
    // The script-tag build loads an element's code when its tag first appears.
    const first = document.createElement('ww-clinic-calendar');
    document.body.append(first);
    await customElements.whenDefined('ww-clinic-calendar');
    first.remove();
  }
  const times = [];
  for (let i = 0; i < runs; i++) {
    window.__arrived = 0;
    const el = document.createElement('ww-clinic-calendar');
    el.setAttribute('view', view);
    if (view === 'month') {
      el.month = `${month}-01`;
      el.focusDay = `${month}-01`;
    } else {
      el.listStart = `${month}-01`;
      el.setAttribute('weeks-ahead', '5');
    }
    document.body.append(el);
    const start = performance.now();
    while (!(window.__arrived && shown(el) >= expected && !el.shadowRoot.querySelector('[aria-busy="true"]'))) {
      if (performance.now() - start > 20000) throw new Error(`timeout (${shown(el)} shown)`);
      await new Promise((done) => setTimeout(done, 1));
    }
    await frame();
    times.push(performance.now() - window.__arrived);
    el.remove();
    await frame();
  }
  times.sort((a, b) => a - b);
  const round = (value) => Math.round(value * 10) / 10;
  return { runs, medianMs: round(times[Math.floor(runs / 2)]), maxMs: round(times[runs - 1]) };
}

/** Against the bench events server on `port`, whose `month` holds `occurrences`. */
export async function benchCalendarRender({ port, month, occurrences, runs = 15 }) {
  const site =
    await startStatic(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>calendar bench</title>
    <script type="module" src="/dist/cdn/welcome-widgets.js" data-endpoint="http://127.0.0.1:${port}/v1/"></script>
    </head><body style="width:1200px"></body></html>`);
  try {
    return await inChromium(site, async (page) => {
      // The month grid marks each of the 25 days with sessions; a list of the month shows every occurrence.
      const grid = await page.evaluate(probe, { month, runs, view: 'month', expected: 25 });
      const list = await page.evaluate(probe, { month, runs: 5, view: 'list', expected: occurrences });
      return { occurrences, month, monthGridAfterData: grid, agendaListAfterData: list };
    });
  } finally {
    site.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(
    JSON.stringify(await withMonth(500, (port, month) => benchCalendarRender({ port, month, occurrences: 500 }))),
  );
}
