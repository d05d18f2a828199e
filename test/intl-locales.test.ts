import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/clinic-calendar/register.js';
import type { WwClinicCalendar } from '../src/components/clinic-calendar/clinic-calendar.js';
import { eventCount } from '../src/components/clinic-calendar/parts/format.js';
import { cldrIntl, type CldrData } from '../src/core/cldr-intl.js';
import { dateTimeFormat, listFormat, pluralRules } from '../src/core/intl.js';
import { languageName } from '../src/core/language-name.js';
import { loadLocale, renderInLocale } from '../src/core/locale.js';
import { formatHours } from '../src/core/opening-hours.js';
import { catalogue as eventsCatalogue } from '../src/generated/locales/events/index.js';
import { resetPageLocale, until } from './helpers/locale-state.js';

/**
 * The UI locales Debian's Chromium has no Intl data for (scripts/cldr-data.mjs):
 * their dates, lists and names must be CLDR's (cldr-* 48.2.0), never English.
 * A Wednesday, 9 December 2026, 17:00–20:00 UTC.
 */
const DAY = Date.UTC(2026, 11, 9);
const START = Date.UTC(2026, 11, 9, 17);
const END = Date.UTC(2026, 11, 9, 20);
const UTC = { timeZone: 'UTC' } as const;
const FULL_DAY = { ...UTC, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;
const CLOCK = { ...UTC, hour: 'numeric', minute: '2-digit' } as const;

interface Expected {
  full: string;
  month: string;
  weekdayShort: string;
  times: string;
  hours: string;
  list: string;
  /** A language code and its CLDR name in the locale. */
  name: [string, string];
  /** CLDR's abbreviated weekdays (the calendar's column heads), Sunday first. */
  weekdays: string[];
  /** CLDR's month names, January first. */
  months: string[];
}

const CLDR: Record<'kea' | 'so' | 'wo' | 'ff' | 'ht', Expected> = {
  kea: {
    full: 'kuarta-fera, 9 di Dizenbru di 2026',
    month: 'Dizenbru di 2026',
    weekdayShort: 'kua',
    times: '17:00 – 20:00',
    hours: '09:00–17:00',
    list: 'A, B i C',
    name: ['es', 'spanhol'],
    weekdays: ['dum', 'sig', 'ter', 'kua', 'kin', 'ses', 'sab'],
    months: 'Janeru Febreru Marsu Abril Maiu Junhu Julhu Agostu Setenbru Otubru Nuvenbru Dizenbru'.split(' '),
  },
  so: {
    full: 'Arbaco, Diseembar 9, 2026',
    month: 'Diseembar 2026',
    weekdayShort: 'Arbc',
    times: '5:00–8:00 GD',
    hours: '9:00 GH–5:00 GD',
    list: 'A, B iyo C',
    name: ['fr', 'Faransiis'],
    weekdays: ['Axd', 'Isn', 'Tldo', 'Arbc', 'Khms', 'Jmc', 'Sbti'],
    months: 'Janaayo Febraayo Maarso Abriil Maayo Juun Luulyo Agosto Sebtembar Oktoobar Noofeembar Diseembar'.split(
      ' ',
    ),
  },
  wo: {
    full: 'Àlarba, 9 Desàmbar 2026',
    month: 'Desàmbar 2026',
    weekdayShort: 'Àla',
    times: '17:00–20:00',
    hours: '09:00–17:00',
    list: 'A, B, C',
    name: ['en', 'Àngale'],
    weekdays: ['Dib', 'Alt', 'Tal', 'Àla', 'Alx', 'Àjj', 'Ase'],
    months: 'Samwiyee Fewriyee Mars Awril Mee Suwe Sulet Ut Sàttumbar Oktoobar Nowàmbar Desàmbar'.split(' '),
  },
  ff: {
    full: 'njeslaare 9 bowte 2026',
    month: 'bowte 2026',
    weekdayShort: 'nje',
    times: '17:00–20:00',
    hours: '09:00–17:00',
    list: 'A, B, C',
    name: ['fr', 'Farayseere'],
    weekdays: ['dew', 'aaɓ', 'maw', 'nje', 'naa', 'mwd', 'hbi'],
    months: 'siilo colte mbooy seeɗto duujal korse morso juko siilto yarkomaa jolal bowte'.split(' '),
  },
  // CLDR's ht is fr_HT's data under a Haitian name: the browser's fr-HT gives it.
  ht: {
    full: 'mercredi 9 décembre 2026',
    month: 'décembre 2026',
    weekdayShort: 'mer.',
    times: new Intl.DateTimeFormat('fr-HT', CLOCK).formatRange(START, END),
    hours: `${new Intl.DateTimeFormat('fr-HT', CLOCK).format(Date.UTC(2000, 0, 1, 9))}–${new Intl.DateTimeFormat('fr-HT', CLOCK).format(Date.UTC(2000, 0, 1, 17))}`,
    list: 'A, B et C',
    name: ['es', 'espagnol'],
    weekdays: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
    months: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  },
};

/** English words a date, a time or a list would show if the fallback failed. */
const ENGLISH =
  /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sun|Mon|Tue|Wed|Thu|Fri|Sat|January|February|April|June|July|August|September|October|November|December|AM|PM|and|or)\b/;

const locales = Object.keys(CLDR) as (keyof typeof CLDR)[];

describe('dates, lists, names and plurals where the browser has no data', () => {
  beforeEach(resetPageLocale);

  it('the test browser really lacks them (else these tests prove nothing)', () => {
    for (const locale of locales) {
      expect(Intl.DateTimeFormat.supportedLocalesOf([locale]), locale).to.deep.equal([]);
      expect(Intl.ListFormat.supportedLocalesOf([locale]), locale).to.deep.equal([]);
      expect(Intl.DisplayNames.supportedLocalesOf([locale]), locale).to.deep.equal([]);
    }
  });

  for (const locale of locales) {
    it(`${locale}: dates, weekdays, months, times, lists and language names are CLDR's`, async () => {
      await loadLocale(locale);
      const want = CLDR[locale];
      expect(dateTimeFormat(locale, FULL_DAY).format(DAY)).to.equal(want.full);
      expect(dateTimeFormat(locale, { ...UTC, month: 'long', year: 'numeric' }).format(DAY)).to.equal(want.month);
      expect(dateTimeFormat(locale, { ...UTC, weekday: 'short' }).format(DAY)).to.equal(want.weekdayShort);
      // A month alone (the dashboard's month field): its name, not a whole date.
      expect(
        dateTimeFormat(locale, { ...UTC, month: 'long' })
          .format(DAY)
          .toLowerCase(),
      ).to.equal(want.months[11]!.toLowerCase());
      expect(dateTimeFormat(locale, CLOCK).formatRange(START, END).replace(/\s/g, ' ')).to.equal(
        want.times.replace(/\s/g, ' '),
      );
      expect(formatHours('09:00', '17:00', locale).replace(/\s/g, ' ')).to.equal(want.hours.replace(/\s/g, ' '));
      expect(listFormat(locale).format(['A', 'B', 'C'])).to.equal(want.list);
      const [code, name] = want.name;
      expect(renderInLocale(locale, () => languageName(code, locale))).to.equal(name);
      for (const text of [want.full, want.month, want.times, want.list]) expect(text).not.to.match(ENGLISH);
    });
  }

  it('shipped ranges and lists follow CLDR: a range of days, of months, a list of two, "or"', async () => {
    await loadLocale('kea');
    // CLDR puts thin spaces around the dash.
    const range = (format: ReturnType<typeof dateTimeFormat>, a: number, b: number) =>
      format.formatRange(a, b).replace(/\s/g, ' ');
    const days = dateTimeFormat('kea', { ...UTC, day: 'numeric', month: 'long', year: 'numeric' });
    expect(range(days, Date.UTC(2027, 2, 10), Date.UTC(2027, 2, 12))).to.equal('10 – 12 Marsu 2027');
    expect(range(days, Date.UTC(2027, 2, 10), Date.UTC(2027, 4, 5))).to.equal('10 Marsu – 5 Maiu 2027');
    const months = dateTimeFormat('kea', { ...UTC, month: 'long', year: 'numeric' });
    expect(range(months, Date.UTC(2025, 0, 15), Date.UTC(2025, 11, 15))).to.equal('Janeru – Dizenbru di 2025');
    expect(listFormat('kea').format(['A', 'B'])).to.equal('A i B');
    expect(listFormat('so', 'disjunction').format(['A', 'B', 'C'])).to.equal('A, B ama C');
    // Wolof and Pulaar have no "or" of their own in CLDR (root's is English): Senegal's French fills in.
    await loadLocale('wo');
    expect(listFormat('wo', 'disjunction').format(['A', 'B'])).to.equal('A ou B');
    // A zone named for a visitor elsewhere: an offset in the locale's own format.
    const zoned = dateTimeFormat('kea', { ...CLOCK, timeZone: 'America/New_York', timeZoneName: 'short' });
    expect(zoned.format(START)).to.equal('12:00 GMT-5');
  });

  it('a locale the browser has keeps the browser’s own Intl, even with CLDR data registered for it', () => {
    const fake = { M: Array(12).fill('Fakemonth') } as CldrData;
    cldrIntl('fr', fake, () => 'other');
    try {
      const format = dateTimeFormat('fr', FULL_DAY);
      expect(format).to.be.instanceOf(Intl.DateTimeFormat);
      expect(format.format(DAY)).to.equal(new Intl.DateTimeFormat('fr', FULL_DAY).format(DAY));
      expect(listFormat('fr')).to.be.instanceOf(Intl.ListFormat);
      expect(pluralRules('ar')).to.be.instanceOf(Intl.PluralRules);
    } finally {
      (document as unknown as Record<symbol, Map<string, unknown>>)[Symbol.for('welcome-widgets.cldr-intl.1')]!.delete(
        'fr',
      );
    }
    expect(dateTimeFormat('kea', FULL_DAY)).not.to.be.instanceOf(Intl.DateTimeFormat);
  });

  it('Arabic counts take each of the six plural forms: 0, 1, 2, 3, 11, 100', async () => {
    await loadLocale('ar', [eventsCatalogue]);
    const counts = renderInLocale('ar', () => [0, 1, 2, 3, 11, 100].map((n) => eventCount(n, 'ar')));
    expect(counts).to.deep.equal(['0 فعالية', '1 فعالية', '2 فعاليتان', '3 فعاليات', '11 فعاليةً', '100 فعالية']);
    expect(
      ['zero', 'one', 'two', 'few', 'many', 'other'].map((_, i) => pluralRules('ar').select([0, 1, 2, 3, 11, 100][i]!)),
    ).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
  });
});

const text = (node: Element | null | undefined) => node?.textContent!.replace(/\s+/g, ' ').trim() ?? '';

describe('the calendar in languages the browser lacks', () => {
  beforeEach(resetPageLocale);

  for (const locale of locales) {
    it(`${locale}: month title, weekday heads, day headings and times in CLDR's words`, async () => {
      const want = CLDR[locale];
      const month = await fixture<WwClinicCalendar>(
        html`<ww-clinic-calendar endpoint="/v1/" view="month" lang=${locale}></ww-clinic-calendar>`,
      );
      await until(() => month.locale === locale && Boolean(month.shadowRoot!.querySelector('[role="grid"]')), 8000);
      const root = month.shadowRoot!;
      const heads = [...root.querySelectorAll('th [aria-hidden="true"]')].map(text);
      expect(heads).to.have.length(7);
      for (const head of heads) expect(want.weekdays, `${locale} head ${head}`).to.include(head);
      const title = text(root.querySelector('.month__title'));
      expect(
        want.months.some((m) => title.includes(m)),
        `${locale} title ${title}`,
      ).to.equal(true);
      expect(title).not.to.match(ENGLISH);

      const list = await fixture<WwClinicCalendar>(
        html`<ww-clinic-calendar endpoint="/v1/" view="list" lang=${locale}></ww-clinic-calendar>`,
      );
      await until(() => list.locale === locale && list.shadowRoot!.querySelectorAll('.main .event').length > 0, 8000);
      const headings = [...list.shadowRoot!.querySelectorAll('.day-heading')].map(text);
      const times = [...list.shadowRoot!.querySelectorAll('.main .event__time')].map(text);
      expect(headings.length).to.be.greaterThan(0);
      for (const heading of headings) {
        expect(heading, locale).not.to.match(ENGLISH);
        expect(
          want.months.some((m) => heading.includes(m)),
          `${locale} heading ${heading}`,
        ).to.equal(true);
      }
      // Times: the event's zone may be named ("GMT-5"), never AM/PM or EST.
      for (const time of times) expect(time, locale).not.to.match(/\b(AM|PM|E[SD]T)\b/);
    });
  }
});
