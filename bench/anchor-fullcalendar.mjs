/**
 * Anchor for the calendar figure: FullCalendar 6 (core + daygrid, bundled from
 * node_modules) renders the same month of 500 occurrences from the same
 * server (bench-events.ts), measured the way calendar-render.mjs measures
 * ours: from the answer's body read to the month painted, JSON parsing
 * included, a new calendar each run. Twice: two events a day and "+N more",
 * as our grid shows them (`dayMaxEvents: 2`), and every event in its cell
 * (FullCalendar's default). Reported by `npm run bench`, never asserted.
 */
import { bundleForPage } from './bundle.mjs';
import { inChromium, startStatic, summary, withMonth } from './servers.mjs';

/** Runs in the page: `runs` times, fetch the month, render it in a new calendar, time data-to-paint. */
async function probe({ url, month, runs, dayMaxEvents, expected }) {
  /* global performance, requestAnimationFrame */
  const { Calendar, dayGridPlugin } = window.FullCalendar;
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const shown = (el) =>
    el.querySelectorAll(dayMaxEvents ? '.fc-daygrid-more-link' : '.fc-daygrid-event-harness .fc-daygrid-event').length;
  const times = [];
  for (let i = 0; i < runs; i++) {
    const response = await fetch(url);
    const body = await response.text();
    const arrived = performance.now();
    const el = document.createElement('div');
    document.body.append(el);
    const calendar = new Calendar(el, {
      plugins: [dayGridPlugin],
      initialView: 'dayGridMonth',
      initialDate: `${month}-01`,
      dayMaxEvents,
      events: JSON.parse(body).items.map((o) => ({
        id: o.id,
        title: o.title,
        start: o.start,
        end: o.end,
        classNames: [`type-${o.type}`],
      })),
    });
    calendar.render();
    while (shown(el) < expected) {
      if (performance.now() - arrived > 20000) throw new Error(`timeout (${shown(el)} shown)`);
      await new Promise((done) => setTimeout(done, 1));
    }
    await frame();
    times.push(performance.now() - arrived);
    calendar.destroy();
    el.remove();
    await frame();
  }
  return times;
}

/** Against the bench events server on `port`, whose `month` holds `occurrences`. */
export async function benchFullCalendar({ port, month, occurrences, runs = 15 }) {
  const bundle = await bundleForPage(
    `import { Calendar } from '@fullcalendar/core';
     import dayGridPlugin from '@fullcalendar/daygrid';
     window.FullCalendar = { Calendar, dayGridPlugin };`,
    'fullcalendar',
  );
  const [year, m] = month.split('-').map(Number);
  const next = new Date(Date.UTC(year, m, 1)).toISOString().slice(0, 7);
  // The whole month, with a day to spare on each side for the time zone.
  const url = `http://127.0.0.1:${port}/v1/events?from=${month}-01T00:00:00Z&to=${next}-01T12:00:00Z`;
  const site = await startStatic(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>FullCalendar anchor</title>
    <script src="/fullcalendar.js"></script></head><body style="width:1200px"></body></html>`,
    { '/fullcalendar.js': bundle.file },
  );
  try {
    const answer = await (await fetch(url)).json();
    if (answer.items.length !== occurrences)
      throw new Error(`expected ${occurrences} occurrences, got ${answer.items.length}`);
    return await inChromium(site, async (page) => {
      // FullCalendar shows local time without a time-zone plugin: make local the events' zone.
      await page.emulateTimezone('America/New_York');
      // Each of the 25 days with sessions gets a "+18 more" link; by default every occurrence is drawn.
      const limited = await page.evaluate(probe, { url, month, runs, dayMaxEvents: 2, expected: 25 });
      const all = await page.evaluate(probe, { url, month, runs: 5, dayMaxEvents: false, expected: occurrences });
      return {
        occurrences,
        month,
        library: { name: 'FullCalendar 6.1 (core + daygrid)', bytes: bundle.bytes },
        twoPerDayAfterData: summary(limited),
        everyEventAfterData: summary(all),
      };
    });
  } finally {
    site.close();
    bundle.remove();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(
    JSON.stringify(await withMonth(500, (port, month) => benchFullCalendar({ port, month, occurrences: 500 }))),
  );
}
