/**
 * Time to first render of each widget in Chromium, against the reference
 * server with its sample data: from the element inserted into a page that has
 * loaded the script-tag bundle to its first meaningful content painted (data
 * shown, not a skeleton). The first insertion of each tag also loads its chunk
 * ("cold"); then fresh elements with the code in memory, the browser cache off
 * so every run asks the server. Reported by `npm run bench`, never asserted.
 */
import { inChromium, startCli, startStatic, summary } from './servers.mjs';

/** Each widget as a partner embeds it, in the order measured (the corner panel nests two of the others). */
const widgetsFor = (cornerId, appointmentPlaceId) => [
  ['ww-language-picker', {}],
  ['ww-service-finder', {}],
  ['ww-clinic-calendar', {}],
  ['ww-inquiry-form', {}],
  ['ww-inquiry-stats', {}],
  ['ww-corner-panel', { 'location-id': cornerId }],
  ...(appointmentPlaceId ? [['ww-appointment-booking', { 'location-id': appointmentPlaceId }]] : []),
];

/** Runs in the page: inserts `runs + 1` fresh elements one after the other, timing each to its content painted. */
async function probe({ tag, attributes, runs }) {
  /* global performance, requestAnimationFrame */
  // What "content shown" means in each shadow root.
  const shown = {
    'ww-language-picker': (r) => r.querySelector('[part="label"]')?.textContent.trim(),
    'ww-service-finder': (r) =>
      r.querySelector('[part="card"]') && r.querySelector('[part="results"][aria-busy="false"]'),
    'ww-clinic-calendar': (r) =>
      (r.querySelector('td.day--busy') || r.querySelector('[part~="event"]')) && !r.querySelector('[aria-busy="true"]'),
    'ww-inquiry-form': (r) => r.querySelector('option[value="other"]'),
    'ww-inquiry-stats': (r) => r.querySelector('[part="section"]') && !r.querySelector('.skeleton'),
    'ww-corner-panel': (r) => r.querySelector('#title'),
    'ww-appointment-booking': (r) => r.querySelector('[part="type"]'),
  }[tag];
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  // Requests still in flight: each run starts once the previous one's (the corner panel's nested widgets) are done.
  if (!window.__inFlight) {
    window.__inFlight = { count: 0 };
    const realFetch = window.fetch.bind(window);
    window.fetch = (...args) => {
      window.__inFlight.count++;
      return realFetch(...args).finally(() => window.__inFlight.count--);
    };
  }
  const settled = async () => {
    while (window.__inFlight.count > 0) await new Promise((done) => setTimeout(done, 5));
  };
  const times = [];
  for (let i = 0; i <= runs; i++) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    const start = performance.now();
    document.body.append(el);
    while (!(el.shadowRoot && shown(el.shadowRoot))) {
      if (performance.now() - start > 20000) throw new Error(`${tag}: nothing shown after 20 s`);
      await new Promise((done) => setTimeout(done, 1));
    }
    await frame();
    times.push(performance.now() - start);
    await settled();
    el.remove();
    await frame();
  }
  return times;
}

export async function benchFirstRender({ runs = 9 } = {}) {
  const api = await startCli('test-server.ts');
  const apiBase = `http://127.0.0.1:${api.words[0]}/v1/`;
  const site = await startStatic(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>first render</title>
    <script type="module" src="/dist/cdn/welcome-widgets.js" data-endpoint="${apiBase}"></script>
    </head><body style="width:1200px"></body></html>`);
  try {
    const corners = await (await fetch(`${apiBase}locations?corner=true`)).json();
    // The booking is measured at a corner that has appointment types (the sample data's library).
    let appointmentPlaceId;
    for (const corner of corners.items) {
      const types = await (await fetch(`${apiBase}appointment-types?location_id=${corner.id}`)).json();
      if (types.items?.length) {
        appointmentPlaceId = corner.id;
        break;
      }
    }
    return await inChromium(
      site,
      async (page) => {
        const widgets = {};
        for (const [tag, attributes] of widgetsFor(corners.items[0].id, appointmentPlaceId)) {
          const [cold, ...warm] = await page.evaluate(probe, { tag, attributes, runs });
          widgets[tag.slice(3)] = { coldMs: Math.round(cold * 10) / 10, ...summary(warm) };
        }
        return { runs, widgets };
      },
      { cache: false },
    );
  } finally {
    site.close();
    api.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchFirstRender(), null, 2));
}
