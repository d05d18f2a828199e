import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { headingLevel, renderHeading } from '../src/core/heading.js';
import { endonym } from '../src/core/endonym.js';
import { languageName } from '../src/core/language-name.js';
import { loadLocale, renderInLocale } from '../src/core/locale.js';
import type { SupportedLocale } from '../src/core/locales.js';
import { formatNumber, formatPercent } from '../src/core/number-format.js';
import { formatClockTime, formatHours } from '../src/core/opening-hours.js';
import { renderPhoneLink, telHref } from '../src/core/phone.js';
import { visitorTimeZone, zonedFormat } from '../src/core/zoned-time.js';

/** Every language code the reference server's sample data and the UI use. */
const SERVER_CODES = [
  'en', 'es', 'ar', 'cmn', 'ht', 'fr', 'bn', 'ase', 'yue', 'vi', 'so', 'pt', 'kea', 'ru', 'wo', 'ko', 'ur',
  'ff', 'pl', 'zh-Hans', 'zh-Hant', 'ne',
]; // prettier-ignore

const inLocale = async <T>(locale: SupportedLocale, run: () => T): Promise<T> => {
  await loadLocale(locale);
  return renderInLocale(locale, run);
};

describe('number formatting', () => {
  it('writes numbers and percentages as the locale does', () => {
    expect(formatNumber(1234.5, 'en')).to.equal('1,234.5');
    expect(formatNumber(1234.5, 'es')).to.equal('1234,5');
    expect(formatNumber(1234, 'bn')).to.equal('১,২৩৪');
    expect(formatPercent(0.625, 'en')).to.equal('62.5%');
    expect(formatPercent(0.625, 'fr')).to.match(/^62,5\s%$/);
    expect(formatPercent(2 / 3, 'en')).to.equal('66.7%', 'at most one decimal');
  });

  it('takes Intl options, and one options object never leaks into another', () => {
    expect(formatNumber(2, 'en', { style: 'unit', unit: 'day', unitDisplay: 'long' })).to.equal('2 days');
    expect(formatNumber(2.25, 'en', { style: 'unit', unit: 'mile', maximumFractionDigits: 1 })).to.equal('2.3 mi');
    expect(formatNumber(2.25, 'en')).to.equal('2.25');
  });
});

describe('language names', () => {
  it('names Mandarin apart from written Chinese, and ASL (browsers know neither)', async () => {
    expect(await inLocale('en', () => languageName('cmn', 'en'))).to.equal('Mandarin');
    expect(await inLocale('en', () => languageName('ase', 'en'))).to.equal('American Sign Language');
    expect(await inLocale('en', () => languageName('sgn-US', 'en'))).to.equal('American Sign Language');
    expect(await inLocale('es', () => languageName('cmn', 'es'))).to.equal('chino mandarín');
    expect(await inLocale('zh-Hans', () => languageName('cmn', 'zh-Hans'))).to.equal('普通话');
    expect(await inLocale('zh-Hans', () => languageName('yue', 'zh-Hans'))).to.equal('粤语');
    expect(languageName('zh-Hans', 'en')).to.equal('Simplified Chinese');
  });

  it('names every code the server uses in every way it is shown, never as a bare code', async () => {
    for (const locale of ['en', 'es', 'ar', 'zh-Hant', 'kea', 'ff'] as const) {
      const names = await inLocale(locale, () => SERVER_CODES.map((code) => languageName(code, locale)));
      names.forEach((name, i) => expect(name, `${SERVER_CODES[i]} in ${locale}`).not.to.equal(SERVER_CODES[i]));
      expect(new Set(names).size).to.equal(SERVER_CODES.length, `distinct names in ${locale}: ${names.join(', ')}`);
    }
  });

  it('names in CLDR’s words where the browser has none, then the endonym, then English', async () => {
    // Chromium has no Cape Verdean Creole names: the kea chunk brings CLDR's.
    await loadLocale('kea');
    expect(languageName('es', 'kea')).to.equal('spanhol');
    // Outside the names shipped (scripts/cldr-data.mjs), English is the last resort.
    expect(languageName('de', 'kea')).to.equal('German');
    expect(languageName('kea', 'en')).to.equal('Kabuverdianu');
    expect(languageName('not a code', 'en')).to.equal('not a code');
  });

  it('names each language in itself, never in English by mistake', async () => {
    expect(endonym('es')).to.equal('Español');
    expect(endonym('ht')).to.equal('Kreyòl ayisyen');
    expect(endonym('yue')).to.equal('粵語', 'Chromium has no Cantonese names and would say "Cantonese"');
    expect(endonym('cmn')).to.equal('普通话');
    expect(endonym('ne')).to.equal('नेपाली');
    expect(endonym('de')).to.equal('Deutsch');
    expect(await inLocale('es', () => endonym('ase'))).to.equal('Lengua de señas americana (ASL)');
    for (const code of SERVER_CODES) expect(endonym(code), code).not.to.equal(code);
  });
});

describe('phone links', () => {
  it('dials in E.164: +1 for North American numbers, short codes as they are', () => {
    expect(telHref('212-788-7654')).to.equal('tel:+12127887654');
    expect(telHref('(212) 788 7654')).to.equal('tel:+12127887654');
    expect(telHref('1-212-788-7654')).to.equal('tel:+12127887654');
    expect(telHref('+1 212.788.7654')).to.equal('tel:+12127887654');
    expect(telHref('+33 1 23 45 67 89')).to.equal('tel:+33123456789');
    expect(telHref('311')).to.equal('tel:311');
    expect(telHref('0123 4567')).to.equal('tel:01234567', 'not North American: left as written');
  });

  it('dials an extension after a pause', () => {
    expect(telHref('212-788-7654 ext. 12')).to.equal('tel:+12127887654,12');
    expect(telHref('212-788-7654 x 305')).to.equal('tel:+12127887654,305');
    expect(telHref('617-635-2980 extension 4')).to.equal('tel:+16176352980,4');
  });

  it('shows the number as written, kept left to right in right-to-left text', async () => {
    const el = await fixture(html`<p dir="rtl" lang="ar">اتصل على ${renderPhoneLink(' 212-788-7654 ')} الآن</p>`);
    const link = el.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('tel:+12127887654');
    expect(link.textContent).to.equal('\u2068212-788-7654\u2069');
    const box = document.createElement('div');
    render(renderPhoneLink('311'), box);
    expect(box.querySelector('a')!.getAttribute('href')).to.equal('tel:311');
  });
});

describe('zoned and wall-clock times', () => {
  const clinic = new Date('2027-03-10T23:00:00Z');

  it('formats an instant on the clock where it happens, naming the zone for visitors elsewhere', () => {
    const zone = visitorTimeZone() === 'America/Los_Angeles' ? 'America/Chicago' : 'America/Los_Angeles';
    const away = zonedFormat('en', zone, { hour: 'numeric', minute: '2-digit' }).format(clinic);
    expect(away).to.equal(zone === 'America/Los_Angeles' ? '3:00 PM PST' : '5:00 PM CST');
    const home = zonedFormat('en', visitorTimeZone(), { hour: 'numeric', minute: '2-digit' }).format(clinic);
    expect(home).not.to.match(/[A-Z]{3}$/);
  });

  it('writes opening hours as the place gives them, in the locale', () => {
    expect(formatClockTime('09:00', 'en')).to.equal('9:00 AM');
    expect(formatClockTime('17:30', 'es')).to.equal('17:30');
    expect(formatHours('09:00', '17:00', 'en')).to.equal('9:00 AM–5:00 PM');
    expect(formatClockTime('24:00', 'en')).to.equal('12:00 AM');
  });
});

describe('headings', () => {
  it('keeps a page’s heading-level within 1–6, with a default when unset or not a number', () => {
    expect(headingLevel(3, 2)).to.equal(3);
    expect(headingLevel(0, 2)).to.equal(2);
    expect(headingLevel(Number.NaN, 3)).to.equal(3);
    expect(headingLevel(undefined, 3)).to.equal(3);
    expect(headingLevel(9, 2)).to.equal(6);
    expect(headingLevel(-1, 2)).to.equal(1);
    expect(headingLevel(2.7, 3)).to.equal(2);
  });

  it('renders a heading at that level, focusable and in another language when asked', async () => {
    const el = await fixture(
      html`<div>
        ${renderHeading(8, 'Title', { id: 't', lang: 'es', focusable: true })} ${renderHeading(3, 'Plain')}
      </div>`,
    );
    const [first, second] = [...el.querySelectorAll('[role="heading"]')];
    expect(first!.getAttribute('aria-level')).to.equal('6');
    expect(first!.id).to.equal('t');
    expect(first!.getAttribute('lang')).to.equal('es');
    expect(first!.getAttribute('tabindex')).to.equal('-1');
    expect(second!.className).to.equal('heading');
    expect(second!.getAttribute('aria-level')).to.equal('3');
    expect(second!.hasAttribute('tabindex') || second!.hasAttribute('lang') || second!.hasAttribute('id')).to.equal(
      false,
    );
    await expect(el).to.be.accessible();
  });
});
