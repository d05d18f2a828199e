import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActive, waitFor } from './helpers/page-journey.js';

/**
 * The dashboard issue's done-when on the council demo page (the script-tag
 * bundle; /v1/ is the reference server with its sample counts): a visitor
 * switches the page to Spanish, then Arabic, with the keyboard, and reads how
 * many inquiries came in by month in 2025, by channel, and what share were
 * resolved, with no count under 5 anywhere.
 */
interface Stats {
  rows: { keys: Record<string, string>; count: number | null; suppressed: boolean }[];
  resolution: { rate: number | null };
}

const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('council page: the 2025 inquiry figures in Spanish and Arabic', () => {
  it('shows inquiries by month and channel and the share resolved, no count under 5, in each language', async function () {
    this.timeout(60_000);
    const frame = document.createElement('iframe');
    frame.src = '/demo/council.html';
    frame.style.width = '1000px';
    frame.style.height = '900px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    frame.contentWindow!.focus();
    const doc = frame.contentDocument!;
    const stats = await waitFor(() => doc.querySelector('ww-inquiry-stats')?.shadowRoot ?? null);
    const expected = (await (
      await fetch('/v1/stats/inquiries?from=2025-01&to=2025-12&group_by=month,channel')
    ).json()) as Stats;
    const channels = ['web', 'hotline', 'email', '311', 'outreach'];

    for (const [lang, filter] of [
      ['es', 'Español'],
      ['ar', 'العربية'],
    ] as const) {
      const picker = doc.querySelector('ww-language-picker')!;
      picker.shadowRoot!.querySelector<HTMLElement>('[part~="button"]')!.focus();
      expect(picker.shadowRoot!.contains(deepActive(doc))).to.equal(true);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ type: filter });
      await sendKeys({ press: 'Enter' });
      await waitFor(() => stats.querySelector('[part="base"]')?.getAttribute('lang') === lang);

      const months = await waitFor(() => {
        const table = stats.querySelector('[data-section="months"] table');
        const rows = table ? [...table.querySelectorAll('tr')].map((tr) => [...tr.children].map(text)) : [];
        return rows.length === 13 && !stats.querySelector('[aria-busy="true"], .skeleton') ? rows : null;
      }, 15000);
      const n = new Intl.NumberFormat(lang);
      const monthName = (m: number) =>
        new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
          Date.UTC(2025, m, 15),
        );
      expect(months.slice(1).map((row) => row[0])).to.deep.equal(Array.from({ length: 12 }, (_, m) => monthName(m)));
      for (const row of expected.rows) {
        expect(row.count === null || row.count === 0 || row.count >= 5).to.equal(true, JSON.stringify(row));
        const cell = months[Number(row.keys.month!.slice(5))]![channels.indexOf(row.keys.channel!) + 1];
        expect(cell).to.equal(
          row.count === null ? cell : n.format(row.count).replace(/\s+/g, ' '),
          JSON.stringify(row),
        );
      }
      const share = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(
        expected.resolution.rate!,
      );
      expect(text(stats.querySelector('[data-section="resolution"] .big'))).to.equal(share.replace(/\s+/g, ' '));
      expect(stats.querySelector('[part="base"]')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
    }
    frame.remove();
  });
});
