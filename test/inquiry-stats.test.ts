import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/inquiry-stats/register.js';
import type { WwInquiryStats } from '../src/components/inquiry-stats/inquiry-stats.js';
import type { InquiryStats } from '../src/components/inquiry-stats/inquiry-stats.api.js';
import { toCsv } from '../src/components/inquiry-stats/parts/csv.js';
import { holdRequests } from './helpers/held-requests.js';
import { resetPageLocale, until } from './helpers/locale-state.js';

/** The dashboard against the reference server (sample inquiry volumes from January 2025) behind /v1/. */
const $ = <T extends Element = HTMLElement>(el: WwInquiryStats, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: WwInquiryStats, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const section = (el: WwInquiryStats, name: string) => $(el, `[data-section="${name}"]`)!;
const ready = (el: WwInquiryStats) =>
  until(() => !$(el, '.skeleton') && ($$(el, 'section table').length > 0 || Boolean($(el, '[part="notice"]'))), 10000);
/** Rows of a section's table as text: [header, ...cells]. */
const tableOf = (el: WwInquiryStats, name: string) =>
  [...section(el, name).querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => text(c)));

const api = async (query: string): Promise<InquiryStats> =>
  (await fetch(`/v1/stats/inquiries?${query}`)).json() as Promise<InquiryStats>;
const en = (n: number) => new Intl.NumberFormat('en').format(n);
const monthNames = (locale: string, year = 2025) =>
  Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, m, 15)),
  );

/** Standalone month names (as a list of months shows them) and a year, as `locale` writes them. */
const monthsAlone = (locale: string) =>
  Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2025, m, 15)),
  );
const yearIn = (locale: string, year: number) =>
  new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, 5));
/** This month, `YYYY-MM`, in the browser's calendar: the last a visitor can choose. */
const thisMonth = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
};
/** The options of a select: value, text, and whether it can be chosen. */
const optionsOf = (select: HTMLSelectElement) =>
  [...select.options].map((o) => ({ value: o.value, text: text(o), disabled: o.disabled }));
/** A select changed as a visitor's browser does it. */
function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

interface AccessibleNode {
  role: string;
  name: string;
  description?: string;
  pressed?: boolean | 'mixed';
  invalid?: string;
  disabled?: boolean;
}
/** Nodes of the page's accessibility tree with these roles, as Chromium computes them (names included). */
const accessibleNodes = (roles: string[]) =>
  executeServerCommand<AccessibleNode[], { roles: string[] }>('accessibility-nodes', { roles });

/** Everything a visitor can read or hear: the text, and every accessible name. */
const allText = (el: WwInquiryStats) =>
  [
    text(el.shadowRoot!.querySelector('.base')),
    ...$$(el, '[aria-label]').map((n) => n.getAttribute('aria-label')!),
  ].join(' ');
/** What a visitor reads, but the response time in a label ("within 2 business days"), which is not a count. */
const countsText = (el: WwInquiryStats) => allText(el).replace(/within \d+ business days?/g, '');
/** Numbers from 1 to 4 in English text (dates and the "<5" label apart). */
const smallNumbers = (s: string) =>
  (s.match(/\d[\d,]*(\.\d+)?/g) ?? []).map((n) => Number(n.replace(/,/g, ''))).filter((n) => n > 0 && n < 5);

async function stats(
  template = html`<ww-inquiry-stats endpoint="/v1/" from="2025-01" to="2025-12"></ww-inquiry-stats>`,
) {
  const el = await fixture<WwInquiryStats>(template);
  await ready(el);
  return el;
}

describe('ww-inquiry-stats', () => {
  beforeEach(resetPageLocale);

  it('shows 2025 by month and channel, topic, language and referral with the API’s numbers', async () => {
    const el = await stats();
    expect($$(el, 'section').map((s) => s.dataset['section'])).to.deep.equal([
      'months',
      'topics',
      'languages',
      'referrals',
      'resolution',
      'outreach',
      'attendance',
      'attendance-languages',
    ]);
    expect(text($(el, '.status'))).to.equal('Showing January – December 2025.');
    // Months × channels, cell by cell.
    const months = await api('from=2025-01&to=2025-12&group_by=month,channel');
    const table = tableOf(el, 'months');
    expect(table[0]).to.deep.equal(['Month', 'Web form', 'Hotline', 'Email', '311', 'Outreach']);
    expect(table.slice(1).map((r) => r[0])).to.deep.equal(monthNames('en'));
    const channels = ['web', 'hotline', 'email', '311', 'outreach'];
    for (const row of months.rows) {
      const r = Number(row.keys['month']!.slice(5));
      expect(table[r]![channels.indexOf(row.keys['channel']!) + 1]).to.equal(en(row.count!));
    }
    // One dimension each: every count of the API, largest first.
    for (const [name, group] of [
      ['topics', 'topic'],
      ['languages', 'language'],
      ['referrals', 'referral'],
    ] as const) {
      const answer = await api(`from=2025-01&to=2025-12&group_by=${group}`);
      const shown = tableOf(el, name)
        .slice(1)
        .map((r) => r[1]);
      const expected = answer.rows.map((r) => r.count!).sort((a, b) => b - a);
      expect(shown).to.deep.equal(expected.map(en), name);
    }
    expect(tableOf(el, 'topics')[1]![0]).to.equal('Immigration legal help');
    expect(tableOf(el, 'languages').some((r) => r[0] === 'Spanish')).to.equal(true);
    expect(tableOf(el, 'referrals').some((r) => r[0] === 'Not referred')).to.equal(true);
    // Referrals are destinations from the office's list, by name; never a code, never staff's own words.
    const referrals = await api('from=2025-01&to=2025-12&group_by=referral');
    const names = referrals.referral_names ?? {};
    const expectedNames = referrals.rows.map((row) => {
      const code = row.keys['referral']!;
      return code === 'none' ? 'Not referred' : code === 'other' ? 'Other' : names[code];
    });
    expect(
      tableOf(el, 'referrals')
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).to.deep.equal([...expectedNames].sort());
    expect(
      expectedNames.filter((name) => name && !['Not referred', 'Other'].includes(name)),
    ).to.have.length.greaterThan(0);
    // The resolution rate and median days.
    const { resolution, total } = months;
    const figures = text(section(el, 'resolution').querySelector('.figures'));
    expect(figures).to.contain(
      new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(resolution.rate!),
    );
    expect(figures).to.contain(`${en(resolution.resolved!)} of ${en(total.count!)}`);
    expect(figures).to.contain(String(resolution.median_days));
    await expect(el).to.be.accessible();
  });

  it('summarises each chart in words as its accessible name', async () => {
    const el = await stats();
    const months = await api('from=2025-01&to=2025-12&group_by=month,channel');
    const byMonth = new Map<string, number>();
    const byChannel = new Map<string, number>();
    for (const r of months.rows) {
      byMonth.set(r.keys['month']!, (byMonth.get(r.keys['month']!) ?? 0) + r.count!);
      byChannel.set(r.keys['channel']!, (byChannel.get(r.keys['channel']!) ?? 0) + r.count!);
    }
    const [peak, most] = [...byMonth].sort((a, b) => b[1] - a[1])[0]!;
    expect([...byChannel].sort((a, b) => b[1] - a[1])[0]![0]).to.equal('hotline');
    const chart = section(el, 'months').querySelector('svg[role="img"]')!;
    expect(chart.getAttribute('aria-label')).to.equal(
      `By month and channel, January – December 2025: most in ${monthNames('en')[Number(peak.slice(5)) - 1]} (${en(most)}); the largest channel is Hotline.`,
    );
    const topics = section(el, 'topics').querySelector('svg[role="img"]')!.getAttribute('aria-label')!;
    expect(topics).to.match(/^Top topics, January – December 2025, largest first: Immigration legal help \([\d,]+\), /);
    // The visible chart: a label and a count per row, an axis with a title, and a legend in words.
    // Row labels are isolated for direction (U+2068 … U+2069, invisible).
    const visible = (t: Element) => t.textContent!.replace(/[\u2068\u2069]/g, '');
    expect([...chart.querySelectorAll('text')].map(visible)).to.include.members([...monthNames('en'), 'Inquiries']);
    const legend = [...section(el, 'months').querySelectorAll('.legend li')].map((li) => text(li));
    expect(legend).to.deep.equal(['Web form', 'Hotline', 'Email', '311', 'Outreach']);
  });

  it('never shows a count under 5: "fewer than 5" in the table, "<5" on the chart', async () => {
    const el = await stats(
      html`<ww-inquiry-stats endpoint="/v1/" from="2025-09" to="2025-09" sections="languages"></ww-inquiry-stats>`,
    );
    const answer = await api('from=2025-09&to=2025-09&group_by=language');
    const hidden = answer.rows.filter((r) => r.suppressed).length;
    expect(hidden).to.be.greaterThan(0, 'the sample has small cells in September 2025');
    const cells = tableOf(el, 'languages').slice(1);
    expect(cells.filter((r) => r[1] === 'fewer than 5')).to.have.length(hidden);
    // Languages with fewer than 5 in the period (Wolof, Polish) have no row of their own: they count under "other".
    for (const rare of ['Wolof', 'Polish']) expect(cells.map((r) => r[0])).to.not.include(rare);
    if (answer.rows.some((r) => r.keys['language'] === 'other')) expect(cells.map((r) => r[0])).to.include('Other');
    const chartText = [...section(el, 'languages').querySelectorAll('svg text')].map((t) => t.textContent);
    expect(chartText.filter((t) => t === '<5')).to.have.length(hidden);
    expect(section(el, 'languages').querySelectorAll('svg.chart rect.small')).to.have.length(hidden);
    expect(text(section(el, 'languages').querySelector('.legend'))).to.equal('<5: fewer than 5');
    expect(smallNumbers(countsText(el))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('says "not shown" where the resolution figures would reveal a small count', async () => {
    // December 2024: fewer than 5 inquiries in all (the sample starts in January 2025).
    const el = await stats(
      html`<ww-inquiry-stats
        endpoint="/v1/"
        from="2024-12"
        to="2024-12"
        sections="months,resolution"
      ></ww-inquiry-stats>`,
    );
    expect(text(section(el, 'resolution').querySelector('.figures'))).to.contain('not shown: fewer than 5');
    expect(tableOf(el, 'months')[1]).to.include('fewer than 5');
    expect(smallNumbers(countsText(el))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows each chart as a table with the keyboard', async () => {
    const el = await stats(html`<ww-inquiry-stats endpoint="/v1/" from="2025-01" to="2025-12"></ww-inquiry-stats>`);
    const toggle = section(el, 'topics').querySelector<HTMLButtonElement>('.toggle')!;
    const wrap = section(el, 'topics').querySelector<HTMLElement>('.table-wrap')!;
    expect(wrap.offsetParent).to.equal(null, 'hidden at first');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(wrap.offsetParent).to.not.equal(null);
    const table = wrap.querySelector('table')!;
    expect(text(table.querySelector('caption'))).to.equal('Top topics, January – December 2025');
    expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect([...table.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(wrap.offsetParent).to.equal(null);
  });

  it('downloads a CSV file with the numbers of the table', async () => {
    const el = await stats(
      html`<ww-inquiry-stats endpoint="/v1/" from="2024-12" to="2025-02" sections="months"></ww-inquiry-stats>`,
    );
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return 'data:text/csv,';
    };
    try {
      section(el, 'months').querySelector<HTMLButtonElement>('.csv')!.click();
    } finally {
      URL.createObjectURL = original;
    }
    expect(blobs).to.have.length(1);
    expect(blobs[0]!.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n');
    const csv = lines.map((line) => line.split(','));
    // The same table, with "<5" for "fewer than 5" and plain numbers.
    const table = tableOf(el, 'months').map((row, i) =>
      i === 0 ? row : row.map((cell, j) => (j === 0 ? cell : cell === 'fewer than 5' ? '<5' : cell.replace(/,/g, ''))),
    );
    expect(csv.map((row) => row.map((v) => v.replace(/^"|"$/g, '')))).to.deep.equal(table);
    expect(lines[1]).to.equal('December 2024,0,<5,0,0,0');
    expect(section(el, 'months').querySelector('.csv')!.textContent).to.contain('By month and channel');
  });

  it('writes CSV that a spreadsheet cannot run as a formula', () => {
    const csv = toCsv({
      head: ['Referred to', 'Inquiries'],
      rows: [
        { label: '=HYPERLINK("x")', cells: [12] },
        { label: '@SUM(A1)', cells: [null] },
        { label: 'Legal, housing', cells: [0] },
      ],
    });
    expect(csv).to.equal(
      '\uFEFFReferred to,Inquiries\r\n"\'=HYPERLINK(""x"")",12\r\n\'@SUM(A1),<5\r\n"Legal, housing",0\r\n',
    );
  });

  it('asks for another period when the visitor changes it, and announces it', async () => {
    const requests: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      requests.push(String(input));
      return realFetch(input, init);
    };
    try {
      const el = await stats(
        html`<ww-inquiry-stats endpoint="/v1/" from="2025-01" to="2025-12" sections="months"></ww-inquiry-stats>`,
      );
      expect(requests.some((u) => /from=2025-01&to=2025-12/.test(u))).to.equal(true);
      expect($<HTMLSelectElement>(el, '#period')!.value).to.equal('2025');
      choose($<HTMLSelectElement>(el, '#from-month')!, '06');
      await until(() => text($(el, '.status')) === 'Showing June – December 2025.', 8000);
      expect($(el, '.status')!.getAttribute('role')).to.equal('status');
      expect(requests.some((u) => /from=2025-06&to=2025-12/.test(u))).to.equal(true);
      expect(tableOf(el, 'months')).to.have.length(8);
      expect($<HTMLSelectElement>(el, '#period')!.value).to.equal('');
      // A first month after the last one is refused, with a message tied to both months, and nothing is asked.
      const count = requests.length;
      choose($<HTMLSelectElement>(el, '#to-month')!, '03');
      await el.updateComplete;
      const problem = $(el, '.problem')!;
      expect(text(problem)).to.match(/not after the last/);
      expect(problem.getAttribute('role')).to.equal('alert');
      for (const id of ['from-month', 'from-year', 'to-month', 'to-year']) {
        expect($(el, `#${id}`)!.getAttribute('aria-invalid')).to.equal('true', id);
        expect($(el, `#${id}`)!.getAttribute('aria-describedby')).to.equal(problem.id, id);
      }
      expect($<HTMLSelectElement>(el, '#to-month')!.value).to.equal('03', 'the choice stays on screen');
      expect(requests.length).to.equal(count);
      await expect(el).to.be.accessible();
      // A preset: the calendar year.
      const period = $<HTMLSelectElement>(el, '#period')!;
      period.value = '2025';
      period.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => text($(el, '.status')) === 'Showing January – December 2025.', 8000);
      expect(text($(el, '.problem'))).to.equal('');
      expect($<HTMLSelectElement>(el, '#from-month')!.value).to.equal('01');
      expect($<HTMLSelectElement>(el, '#from-year')!.value).to.equal('2025');
      expect($(el, '#from-year')!.getAttribute('aria-invalid')).to.equal('false');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('chooses months with the keyboard alone, and asks for them', async () => {
    const requests: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      requests.push(String(input));
      return realFetch(input, init);
    };
    try {
      const el = await stats(
        html`<ww-inquiry-stats endpoint="/v1/" from="2025-01" to="2025-12" sections="months"></ww-inquiry-stats>`,
      );
      const focused = () => el.shadowRoot!.activeElement?.id;
      $<HTMLSelectElement>(el, '#period')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal('from-month');
      await sendKeys({ press: 'ArrowDown' });
      await until(() => text($(el, '.status')) === 'Showing February – December 2025.', 8000);
      expect(requests.some((u) => /from=2025-02&to=2025-12/.test(u))).to.equal(true);
      // A year before the data's first month: said, with the months that can be chosen, and nothing asked.
      const { first_month: first } = await api('group_by=month');
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal('from-year');
      const count = requests.length;
      await sendKeys({ press: 'ArrowUp' });
      await until(() => Boolean($(el, '.problem')));
      const name = (m: string) => monthNames('en', Number(m.slice(0, 4)))[Number(m.slice(5)) - 1];
      expect(text($(el, '.problem'))).to.equal(`Choose months from ${name(first!)} to ${name(thisMonth())}.`);
      expect($(el, '#from-year')!.getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#to-year')!.getAttribute('aria-invalid')).to.equal('false', 'only the month out of range');
      expect(requests.length).to.equal(count);
      await sendKeys({ press: 'ArrowDown' });
      await until(() => !$(el, '.problem'));
      expect(text($(el, '.status'))).to.equal('Showing February – December 2025.');
      expect(focused()).to.equal('from-year', 'focus stays where the visitor is');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('drops a half-chosen period when the page sets the months', async () => {
    const el = await stats(
      html`<ww-inquiry-stats endpoint="/v1/" from="2025-01" to="2025-12" sections="months"></ww-inquiry-stats>`,
    );
    choose($<HTMLSelectElement>(el, '#from-month')!, '06');
    choose($<HTMLSelectElement>(el, '#to-month')!, '03');
    await el.updateComplete;
    expect(text($(el, '.problem'))).to.match(/not after the last/);
    el.from = '2025-02';
    await el.updateComplete;
    expect(text($(el, '.problem'))).to.equal('', 'no message left');
    expect(['#from-month', '#to-month'].map((id) => $<HTMLSelectElement>(el, id)!.value)).to.deep.equal(['02', '12']);
    await until(() => text($(el, '.status')) === 'Showing February – December 2025.', 8000);
  });

  it('offers the months from the data’s first month to this month', async () => {
    const el = await stats(
      html`<ww-inquiry-stats endpoint="/v1/" from="2025-01" to="2025-12" sections="months"></ww-inquiry-stats>`,
    );
    const { first_month: first } = await api('group_by=month');
    expect(first).to.match(/^\d{4}-\d\d$/);
    const last = thisMonth();
    const [firstYear, lastYear] = [Number(first!.slice(0, 4)), Number(last.slice(0, 4))];
    const yearsOffered = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => String(firstYear + i));
    expect(optionsOf($<HTMLSelectElement>(el, '#from-year')!).map((o) => o.value)).to.deep.equal(yearsOffered);
    const presets = optionsOf($<HTMLSelectElement>(el, '#period')!).map((o) => o.value);
    expect(presets.filter((v) => /^\d+$/.test(v)).every((y) => Number(y) >= firstYear)).to.equal(true);
    const choosable = (id: string) =>
      optionsOf($<HTMLSelectElement>(el, id)!)
        .filter((o) => !o.disabled)
        .map((o) => o.value);
    // The first year: the months before the data's first are there, but cannot be chosen.
    choose($<HTMLSelectElement>(el, '#from-year')!, String(firstYear));
    await el.updateComplete;
    expect(choosable('#from-month')).to.deep.equal(
      ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].filter((m) => m >= first!.slice(5)),
    );
    // This year: no month after this one.
    choose($<HTMLSelectElement>(el, '#to-year')!, String(lastYear));
    await el.updateComplete;
    expect(choosable('#to-month').at(-1)).to.equal(last.slice(5));
    await expect(el).to.be.accessible();
  });

  for (const lang of ['es', 'ar']) {
    it(`names the months and years to choose from in ${lang}, whatever the browser’s language`, async () => {
      expect(navigator.language).to.match(/^en\b/);
      const el = await stats(
        html`<ww-inquiry-stats
          endpoint="/v1/"
          from="2025-01"
          to="2025-12"
          lang=${lang}
          sections="months"
        ></ww-inquiry-stats>`,
      );
      expect($$(el, 'input[type="month"]')).to.have.length(0, 'no native month field');
      const monthSelect = $<HTMLSelectElement>(el, '#from-month')!;
      const yearSelect = $<HTMLSelectElement>(el, '#from-year')!;
      expect(optionsOf(monthSelect).map((o) => o.text)).to.deep.equal(monthsAlone(lang));
      expect(monthsAlone(lang)).to.not.deep.equal(monthsAlone('en'));
      expect(optionsOf(yearSelect).find((o) => o.value === '2025')!.text).to.equal(yearIn(lang, 2025));
      const fieldset = monthSelect.closest('fieldset')!;
      expect(text(fieldset.querySelector('legend'))).to.equal(lang === 'es' ? 'Desde' : 'من');
      expect([...fieldset.querySelectorAll('label')].map((l) => text(l))).to.deep.equal(
        lang === 'es' ? ['Mes', 'Año'] : ['الشهر', 'السنة'],
      );
      // The month comes first in the reading order: on the left in Spanish, on the right in Arabic.
      const [m, y] = [monthSelect, yearSelect].map((s) => s.getBoundingClientRect());
      if (lang === 'ar') expect(m.left).to.be.above(y!.left);
      else expect(m!.left).to.be.below(y!.left);
      await expect(el).to.be.accessible();
    });
  }

  it('names each button after its chart, once, as one phrase', async () => {
    await stats();
    const buttons = await accessibleNodes(['button']);
    const names = buttons.map((b) => b.name);
    expect(new Set(names).size).to.equal(names.length, names.join(' | '));
    const titles = [
      'By month and channel',
      'Top topics',
      'Languages',
      'Referrals',
      'Resolution',
      'Outreach in the community',
      'Attendance at events, by type',
      'Attendance at events, by language',
    ];
    expect(names).to.deep.equal(titles.flatMap((t) => [`Show “${t}” as a table`, `Download “${t}” as CSV`]));
    // The month fields: a group per month, named by its legend, with a select per part named by its label.
    const fields = await accessibleNodes(['group', 'combobox']);
    expect(fields.filter((n) => n.role === 'group').map((n) => n.name)).to.include.members(['From', 'To']);
    expect(fields.filter((n) => n.role === 'combobox').map((n) => n.name)).to.deep.equal([
      'Period',
      'Month',
      'Year',
      'Month',
      'Year',
    ]);
  });

  it('cancels the previous request when the period changes again', async () => {
    const signals: AbortSignal[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      if (init?.signal) signals.push(init.signal);
      return realFetch(input, init);
    };
    try {
      const el = await fixture<WwInquiryStats>(
        html`<ww-inquiry-stats endpoint="/v1/" from="2025-01" to="2025-12" sections="months"></ww-inquiry-stats>`,
      );
      await until(() => signals.length > 0);
      el.from = '2025-03';
      await ready(el);
      expect(signals[0]!.aborted).to.equal(true);
      expect(text($(el, '.status'))).to.equal('Showing March – December 2025.');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('writes months and numbers in Spanish', async () => {
    const el = await stats(
      html`<ww-inquiry-stats endpoint="/v1/" from="2025-01" to="2025-12" lang="es"></ww-inquiry-stats>`,
    );
    expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('es');
    expect(
      tableOf(el, 'months')
        .slice(1)
        .map((r) => r[0]),
    ).to.deep.equal(monthNames('es'));
    const topics = await api('from=2025-01&to=2025-12&group_by=topic');
    const top = Math.max(...topics.rows.map((r) => r.count!));
    expect(tableOf(el, 'topics')[1]).to.deep.equal([
      'Ayuda legal de inmigración',
      new Intl.NumberFormat('es').format(top),
    ]);
    expect(tableOf(el, 'languages').some((r) => r[0] === 'español')).to.equal(true);
    const label = section(el, 'months').querySelector('svg.chart')!.getAttribute('aria-label')!;
    const range = new Intl.DateTimeFormat('es', { month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(
      Date.UTC(2025, 0, 15),
      Date.UTC(2025, 11, 15),
    );
    expect(label.includes(range)).to.equal(true, label);
    await expect(el).to.be.accessible();
  });

  it('lays out right to left in Arabic, bars from the right, with Arabic months and numbers', async () => {
    const el = await stats(
      html`<ww-inquiry-stats
        endpoint="/v1/"
        from="2025-01"
        to="2025-12"
        lang="ar"
        sections="months,topics"
      ></ww-inquiry-stats>`,
    );
    expect($(el, '[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(
      tableOf(el, 'months')
        .slice(1)
        .map((r) => r[0]),
    ).to.deep.equal(monthNames('ar'));
    const months = await api('from=2025-01&to=2025-12&group_by=month,channel');
    const hotline = months.rows.find((r) => r.keys['month'] === '2025-01' && r.keys['channel'] === 'hotline')!;
    expect(tableOf(el, 'months')[1]![2]).to.equal(new Intl.NumberFormat('ar').format(hotline.count!));
    // The first bar of a row starts at the right edge.
    const svg = section(el, 'months').querySelector('svg.chart')!;
    const first = svg.querySelector<SVGRectElement>('rect.seg')!.getBoundingClientRect();
    const box = svg.getBoundingClientRect();
    expect(Math.abs(first.right - box.right)).to.be.below(2);
    expect(first.left).to.be.above(box.left + box.width / 2);
    await expect(el).to.be.accessible();
  });

  it('fits 320 px without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await stats();
      const base = $(el, '[part="base"]')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      // An open table scrolls inside its own focusable region.
      section(el, 'months').querySelector<HTMLButtonElement>('.toggle')!.click();
      await el.updateComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('draws the charts in system colours in forced-colors mode', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      const el = await stats(
        html`<ww-inquiry-stats endpoint="/v1/" from="2025-01" to="2025-12" sections="months"></ww-inquiry-stats>`,
      );
      const reference = await fixture(html`<div style="forced-color-adjust: none; color: CanvasText"></div>`);
      const fill = getComputedStyle($(el, '.c0')!).fill;
      expect(fill).to.equal(getComputedStyle(reference).color);
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('says so when the period has no inquiries', async () => {
    const el = await stats(html`<ww-inquiry-stats endpoint="/v1/" from="2023-01" to="2023-12"></ww-inquiry-stats>`);
    expect(text($(el, '[part="notice"]'))).to.equal('No inquiries in this period.');
    expect($$(el, 'section')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows the attendance of a period that had clinics and no inquiries, under the notice', async () => {
    const el = await stats(
      html`<ww-inquiry-stats endpoint="/api-fail/noinquiries/" from="2026-03" to="2026-03"></ww-inquiry-stats>`,
    );
    expect(text($(el, '[part="notice"]'))).to.equal('No inquiries in this period.');
    expect($$(el, 'section').map((s) => s.dataset['section'])).to.deep.equal(['attendance', 'attendance-languages']);
    await expect(el).to.be.accessible();
  });

  it('keeps its layout while the figures load', async () => {
    const el = await fixture<WwInquiryStats>(html`<ww-inquiry-stats endpoint="/api-fail/slow/"></ww-inquiry-stats>`);
    await until(() => $$(el, '.skeleton').length === 10);
    expect(text($(el, '.status'))).to.equal('Loading the figures…');
    expect($$(el, 'section [role="heading"]')).to.have.length(10);
    await expect(el).to.be.accessible();
  });

  it('shows a localized error with a retry after a server error', async () => {
    const el = await stats(html`<ww-inquiry-stats endpoint="/api-fail/500/"></ww-inquiry-stats>`);
    await until(() => Boolean($(el, '[part="notice"][role="alert"]')), 10000);
    expect(text($(el, '[part="notice"]'))).to.contain('The service is having a problem right now.');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part="notice-action"]')!.click();
    await until(() => Boolean($(el, '.skeleton')));
    await until(() => Boolean($(el, '[part="notice"][role="alert"]')), 10000);
  });

  it('says so when no endpoint is configured', async () => {
    const el = await fixture<WwInquiryStats>(html`<ww-inquiry-stats></ww-inquiry-stats>`);
    await until(() => Boolean($(el, '[part="notice"]')));
    expect($(el, 'form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the sections asked for, at the heading level asked for', async () => {
    const el = await stats(
      html`<ww-inquiry-stats
        endpoint="/v1/"
        from="2025-01"
        to="2025-12"
        sections="resolution, months"
        heading-level="3"
      ></ww-inquiry-stats>`,
    );
    expect($$(el, 'section').map((s) => s.dataset['section'])).to.deep.equal(['months', 'resolution']);
    expect($(el, '.title')!.getAttribute('aria-level')).to.equal('3');
    expect(text($(el, '.title'))).to.equal('Inquiries to the office');
    expect(section(el, 'months').querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('4');
  });

  it('shows resolution within the response time, and outreach reach by language, with the API’s numbers', async () => {
    const el = await stats(
      html`<ww-inquiry-stats
        endpoint="/v1/"
        from="2025-01"
        to="2025-12"
        sections="resolution,outreach"
      ></ww-inquiry-stats>`,
    );
    const answer = await api('from=2025-01&to=2025-12');
    const within = answer.resolution_within;
    expect(within.business_days).to.equal(2);
    const figures = text(section(el, 'resolution').querySelector('.figures'));
    const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
    expect(figures).to.contain(`Resolved within 2 business days ${percent.format(within.share!)}`);
    expect(figures).to.contain(`${en(within.resolved_within!)} of ${en(within.resolved!)}`);
    // Outreach: people in all and events, then one row per language, largest first, as the API counts them.
    const { outreach } = answer;
    expect(outreach.events).to.be.greaterThan(0);
    const outreachFigures = text(section(el, 'outreach').querySelector('.figures'));
    expect(outreachFigures).to.equal(`People reached ${en(outreach.people!)} Outreach events ${en(outreach.events)}`);
    const table = tableOf(el, 'outreach');
    expect(table[0]).to.deep.equal(['Language', 'People reached']);
    const byLanguage = [...outreach.by_language].sort((a, b) => (b.people ?? -1) - (a.people ?? -1));
    expect(table.slice(1).map((r) => r[1])).to.deep.equal(
      byLanguage.map((row) => (row.people === null ? 'fewer than 5' : en(row.people))),
    );
    expect(table.some((r) => r[0] === 'Spanish')).to.equal(true);
    expect(section(el, 'outreach').querySelector('svg[role="img"]')?.getAttribute('aria-label')).to.match(
      /^Outreach in the community, January – December 2025, largest first: Spanish \(/,
    );
    await expect(el).to.be.accessible();
  });

  it('shows attendance at events by type and by language with the API’s numbers, small ones hidden', async () => {
    const el = await stats(
      html`<ww-inquiry-stats
        endpoint="/v1/"
        from="2025-01"
        to="2025-12"
        sections="attendance,attendance-languages"
      ></ww-inquiry-stats>`,
    );
    const { attendance } = await api('from=2025-01&to=2025-12');
    const cell = (n: number | null) => (n === null ? 'fewer than 5' : en(n));
    /** The API's cells as the table shows them: rows with anyone, most attended first. */
    const expected = (cells: typeof attendance.by_type, name: (key: string) => string) =>
      cells
        .filter((c) => [c.attended, c.no_show, c.walk_ins].some((n) => n !== 0))
        .sort((a, b) => (b.attended ?? -1) - (a.attended ?? -1))
        .map((c) => [name(c.key), cell(c.attended), cell(c.no_show), cell(c.walk_ins)]);
    const types: Record<string, string> = {
      'legal-clinic': 'Legal clinic',
      'know-your-rights': 'Know your rights',
      'english-class': 'English class',
    };
    const byType = tableOf(el, 'attendance');
    expect(byType[0]).to.deep.equal(['Event type', 'Attended', 'No-shows', 'Walk-ins']);
    expect(byType.slice(1)).to.deep.equal(expected(attendance.by_type, (k) => types[k] ?? k));
    expect(byType.map((r) => r[0])).to.include.members(['Legal clinic', 'Know your rights', 'English class']);
    const languages = new Intl.DisplayNames('en', { type: 'language' });
    const byLanguage = tableOf(el, 'attendance-languages');
    expect(byLanguage[0]).to.deep.equal(['Language', 'Attended', 'No-shows', 'Walk-ins']);
    expect(byLanguage.slice(1)).to.deep.equal(
      expected(attendance.by_language, (k) => (k === 'other' ? 'Other' : languages.of(k)!)),
    );
    // The sample hides some walk-in counts: "fewer than 5" in the table, a dashed outline and "<5" on the chart.
    const hidden = attendance.by_language.filter((c) => c.walk_ins === null).length;
    expect(hidden).to.be.greaterThan(0, 'the sample has small walk-in counts in 2025');
    const chart = section(el, 'attendance-languages').querySelector('svg[role="img"]')!;
    expect(chart.querySelectorAll('rect.small')).to.have.length(
      attendance.by_language.reduce(
        (n, c) => n + [c.attended, c.no_show, c.walk_ins].filter((v) => v === null).length,
        0,
      ),
    );
    expect(chart.getAttribute('aria-label')).to.match(
      /^Attendance at events, by language, January – December 2025, largest first: Spanish \(/,
    );
    const legend = [...section(el, 'attendance').querySelectorAll('.legend li')].map((li) => text(li));
    expect(legend.slice(0, 3)).to.deep.equal(['Attended', 'No-shows', 'Walk-ins']);
    expect(text(section(el, 'attendance').querySelector('.note'))).to.contain('walk-ins came without signing up');
    expect(smallNumbers(countsText(el))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  describe('appointments', () => {
    /** Figures as the server publishes them: rounded to 5, small cells hidden in pairs, a rare language under other. */
    const figures = {
      by_type: [
        {
          type_code: 'asl',
          title: 'IDNYC enrollment with ASL',
          booked: 0,
          no_shows: 0,
          median_days_ahead: null,
          suppressed: false,
        },
        {
          type_code: 'idnyc',
          title: 'IDNYC enrollment',
          booked: 45,
          no_shows: 5,
          median_days_ahead: 6.5,
          suppressed: false,
        },
        {
          type_code: 'legal',
          title: 'Legal consultation (ActionNYC)',
          booked: 20,
          no_shows: null,
          median_days_ahead: 11,
          suppressed: true,
        },
        { type_code: 'taxes', title: 'Tax help', booked: 10, no_shows: null, median_days_ahead: 3, suppressed: true },
      ],
      by_language: [
        { language: 'es', booked: 40, no_shows: 5, median_days_ahead: 7, suppressed: false },
        { language: 'wo', booked: 15, no_shows: 0, median_days_ahead: 9.5, suppressed: false },
        { language: 'zh-Hans', booked: null, no_shows: null, median_days_ahead: null, suppressed: true },
        { language: 'other', booked: null, no_shows: null, median_days_ahead: null, suppressed: true },
      ],
    };
    /** The dashboard over the reference server's answer, with appointment figures put in (the sample has none). */
    async function withAppointments(template: ReturnType<typeof html>, appointments: unknown = figures) {
      const hold = holdRequests(/stats\/inquiries/);
      try {
        const el = await fixture<WwInquiryStats>(template);
        await until(() => hold.held.length >= 1, 8000);
        for (const request of hold.held) request.edit((body) => ({ ...(body as object), appointments }));
        await ready(el);
        return el;
      } finally {
        hold.restore();
      }
    }

    it('shows bookings, no-shows and days ahead by type and by language, the bookings charted, small ones hidden', async () => {
      const el = await withAppointments(
        html`<ww-inquiry-stats
          endpoint="/v1/"
          from="2025-01"
          to="2025-12"
          sections="appointments,appointment-languages"
        ></ww-inquiry-stats>`,
      );
      expect($$(el, 'section').map((s) => s.dataset['section'])).to.deep.equal([
        'appointments',
        'appointment-languages',
      ]);
      expect(text(section(el, 'appointments').querySelector('[role="heading"]'))).to.equal('Appointments, by type');
      // Types with nothing booked left out; most booked first; the server's titles.
      expect(tableOf(el, 'appointments')).to.deep.equal([
        ['Appointment type', 'Booked', 'No-shows', 'Median days from booking'],
        ['IDNYC enrollment', '45', '5', '6.5'],
        ['Legal consultation (ActionNYC)', '20', 'fewer than 5', '11'],
        ['Tax help', '10', 'fewer than 5', '3'],
      ]);
      const hidden = ['fewer than 5', 'fewer than 5', 'fewer than 5'];
      expect(tableOf(el, 'appointment-languages')).to.deep.equal([
        ['Language', 'Booked', 'No-shows', 'Median days from booking'],
        ['Spanish', '40', '5', '7'],
        ['Wolof', '15', '0', '9.5'],
        [new Intl.DisplayNames('en', { type: 'language' }).of('zh-Hans')!, ...hidden],
        ['Other', ...hidden],
      ]);
      // The chart draws the bookings alone: one bar per row, the hidden ones as a dashed outline.
      const chart = section(el, 'appointment-languages').querySelector('svg[role="img"]')!;
      expect(chart.querySelectorAll('rect.seg')).to.have.length(2);
      expect(chart.querySelectorAll('rect.small')).to.have.length(2);
      expect(chart.getAttribute('aria-label')).to.equal(
        'Appointments, by language, January – December 2025, largest first: Spanish (40) and Wolof (15).',
      );
      expect(text(chart.querySelector('.axis-title'))).to.equal('Appointments booked');
      expect(text(section(el, 'appointments').querySelector('.note'))).to.contain('cancellations are not counted');
      // No count from 1 to 4 anywhere (the median days are no count).
      for (const row of [...tableOf(el, 'appointments'), ...tableOf(el, 'appointment-languages')].slice(1)) {
        for (const cell of row.slice(1, 3)) expect(['1', '2', '3', '4']).not.to.include(cell);
      }
      // The CSV holds what the table holds.
      expect(el.csv('appointments').split('\n')[1]).to.contain('IDNYC enrollment');
      for (const name of ['appointments', 'appointment-languages']) {
        const button = section(el, name).querySelector<HTMLButtonElement>('button.toggle')!;
        button.focus();
        await sendKeys({ press: 'Enter' });
        expect(button.getAttribute('aria-pressed')).to.equal('true');
      }
      await expect(el).to.be.accessible();
    });

    it('in Arabic, right to left, with the titles isolated', async () => {
      const el = await withAppointments(
        html`<ww-inquiry-stats
          endpoint="/v1/"
          lang="ar"
          from="2025-01"
          to="2025-12"
          sections="appointments"
        ></ww-inquiry-stats>`,
      );
      expect(text(section(el, 'appointments').querySelector('[role="heading"]'))).to.equal('المواعيد، حسب النوع');
      const table = tableOf(el, 'appointments');
      expect(table[0]).to.deep.equal(['نوع الموعد', 'محجوزة', 'لم يحضروا', 'الوسيط لعدد الأيام منذ الحجز']);
      expect(table[1]![1]).to.equal(new Intl.NumberFormat('ar').format(45));
      expect(section(el, 'appointments').querySelector('tbody th bdi')).to.not.equal(null);
      expect($(el, '[part="base"]')!.getAttribute('dir')).to.equal('rtl');
      await expect(el).to.be.accessible();
    });

    it('leaves the appointment sections out of the default dashboard when there are none', async () => {
      const el = await withAppointments(
        html`<ww-inquiry-stats endpoint="/v1/" from="2025-01" to="2025-12"></ww-inquiry-stats>`,
        { by_type: [], by_language: [] },
      );
      const shown = $$(el, 'section').map((s) => s.dataset['section']);
      expect(shown).to.include('attendance');
      expect(shown).not.to.include('appointments');
      expect(shown).not.to.include('appointment-languages');
      const busy = await withAppointments(
        html`<ww-inquiry-stats endpoint="/v1/" from="2025-01" to="2025-12"></ww-inquiry-stats>`,
      );
      expect(
        $$(busy, 'section')
          .map((s) => s.dataset['section'])
          .slice(-2),
      ).to.deep.equal(['appointments', 'appointment-languages']);
      await expect(busy).to.be.accessible();
    });
  });

  it('asks once for the sections that share a question', async () => {
    const asked: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      asked.push(String(input instanceof Request ? input.url : input));
      return realFetch(input, init);
    };
    try {
      await stats(
        html`<ww-inquiry-stats
          endpoint="/v1/"
          from="2025-01"
          to="2025-12"
          sections="outreach,attendance,attendance-languages"
        ></ww-inquiry-stats>`,
      );
      expect(asked.filter((u) => u.includes('stats/inquiries'))).to.have.length(1);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('says the new figures in Haitian Creole', async () => {
    const el = await stats(
      html`<ww-inquiry-stats
        endpoint="/v1/"
        lang="ht"
        from="2025-01"
        to="2025-12"
        sections="resolution,outreach"
      ></ww-inquiry-stats>`,
    );
    expect(text(section(el, 'resolution').querySelector('.figures'))).to.contain('Rezoud nan 2 jou travay');
    expect(text(section(el, 'outreach').querySelector('[role="heading"]'))).to.equal(
      'Sansibilizasyon: ki moun nou rive jwenn',
    );
    expect(tableOf(el, 'outreach')[0]).to.deep.equal(['Lang', 'Moun nou rive jwenn']);
    await expect(el).to.be.accessible();
    const events = await stats(
      html`<ww-inquiry-stats
        endpoint="/v1/"
        lang="ht"
        from="2025-01"
        to="2025-12"
        sections="attendance"
      ></ww-inquiry-stats>`,
    );
    expect(text(section(events, 'attendance').querySelector('[role="heading"]'))).to.equal(
      'Prezans nan evènman yo, dapre kalite',
    );
    const table = tableOf(events, 'attendance');
    expect(table[0]).to.deep.equal(['Kalite evènman', 'Te vini', 'Pa t vini', 'Vini san enskripsyon']);
    expect(table.map((r) => r[0])).to.include('Klinik legal');
    await expect(events).to.be.accessible();
  });

  it('marks referral destinations named in another language, as other widgets mark a fallback', async () => {
    const plain = await stats(
      html`<ww-inquiry-stats endpoint="/v1/" from="2025-01" to="2025-12" sections="referrals"></ww-inquiry-stats>`,
    );
    expect(section(plain, 'referrals').querySelector('.note')).to.equal(null, 'every name is in English');
    // An office's own destination, named in its words only: the server lists its code as a fallback.
    const hold = holdRequests(/group_by=referral/);
    try {
      const el = await fixture<WwInquiryStats>(
        html`<ww-inquiry-stats endpoint="/v1/" from="2025-01" to="2025-12" sections="referrals"></ww-inquiry-stats>`,
      );
      await until(() => hold.held.length === 1, 8000);
      hold.held[0]!.edit((body) => ({ ...(body as object), referral_names_fallback: ['actionnyc'] }));
      await ready(el);
      expect(text(section(el, 'referrals').querySelector('.note'))).to.equal(
        'Some names are not yet available in your language.',
      );
      await expect(el).to.be.accessible();
    } finally {
      hold.restore();
    }
  });

  it('leaves outreach out of a volunteer dashboard unless asked', async () => {
    const el = await stats(html`<ww-inquiry-stats endpoint="/v1/" kind="volunteer"></ww-inquiry-stats>`);
    const shown = $$(el, 'section').map((s) => s.dataset['section']);
    for (const s of ['outreach', 'attendance', 'attendance-languages']) expect(shown).not.to.include(s);
  });

  it('counts volunteer sign-ups with kind="volunteer"', async () => {
    const requests: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      requests.push(String(input));
      return realFetch(input, init);
    };
    try {
      const el = await stats(
        html`<ww-inquiry-stats endpoint="/v1/" kind="volunteer" sections="months"></ww-inquiry-stats>`,
      );
      expect(text($(el, '.title'))).to.equal('Volunteer sign-ups');
      expect(requests.some((u) => u.includes('kind=volunteer'))).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = realFetch;
    }
  });
});

/**
 * Issue 7's done-when: the council page answers, in Spanish and in Arabic, how
 * many inquiries came by month in 2025, by channel, and what share were
 * resolved, with no cell under 5. (The page itself loads the script-tag build;
 * this checks the element as the page uses it.)
 */
describe('ww-inquiry-stats on a council member’s page', () => {
  beforeEach(resetPageLocale);

  for (const lang of ['es', 'ar']) {
    it(`answers in ${lang}: 2025 by month and channel, and the share resolved`, async () => {
      const el = await stats(
        html`<ww-inquiry-stats endpoint="/v1/" from="2025-01" to="2025-12" lang=${lang}></ww-inquiry-stats>`,
      );
      const months = await api('from=2025-01&to=2025-12&group_by=month,channel');
      const n = new Intl.NumberFormat(lang);
      const table = tableOf(el, 'months');
      expect(table.slice(1).map((r) => r[0])).to.deep.equal(monthNames(lang));
      const channels = ['web', 'hotline', 'email', '311', 'outreach'];
      for (const row of months.rows) {
        expect(row.count).to.not.equal(null);
        expect(row.count! === 0 || row.count! >= 5).to.equal(true);
        expect(table[Number(row.keys['month']!.slice(5))]![channels.indexOf(row.keys['channel']!) + 1]).to.equal(
          n.format(row.count!),
        );
      }
      const share = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(
        months.resolution.rate!,
      );
      expect(section(el, 'resolution').querySelector('.big')!.textContent!.trim()).to.equal(share);
      expect($(el, '[part="base"]')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      await expect(el).to.be.accessible();
    });
  }
});
