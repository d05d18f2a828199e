import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/scam-check/register.js';
import type { WwScamCheck } from '../src/components/scam-check/scam-check.js';
import type { Provider } from '../src/components/scam-check/scam-check.api.js';
import { resetPageLocale, until } from './helpers/locale-state.js';

/**
 * The scam check against the reference server behind /v1/ (the seeded sample directory): the accredited
 * providers it lists, what no match means, where to report, in English, Spanish and Arabic.
 */
const $ = <T extends Element = HTMLElement>(el: WwScamCheck, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: WwScamCheck, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const active = (el: WwScamCheck) => el.shadowRoot!.activeElement as HTMLElement | null;
const region = (el: WwScamCheck) => $(el, '[part="result"]')!;
const notice = (el: WwScamCheck) => $(el, '[part="notice"]');
const ACCREDITED = 'doj-recognized-organization,doj-accredited-representative,attorney';

/** Types a name and presses the button; resolves when an answer (or a failure) is shown. */
async function check(el: WwScamCheck, name: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#f-name')!;
  input.value = name;
  input.dispatchEvent(new Event('input'));
  $<HTMLButtonElement>(el, '[part="submit"]')!.click();
  await settled(el);
}

const settled = (el: WwScamCheck) =>
  until(() => Boolean(notice(el) || (text(region(el)) && !/…/.test(text(region(el))))), 8000).then(
    () => el.updateComplete,
  );

/** The server's own answer for `q` among accredited providers: what the widget must show. */
async function serverAnswer(q: string, lang = 'en') {
  const response = await fetch(`/v1/services?q=${encodeURIComponent(q)}&badge=${ACCREDITED}&lang=${lang}`);
  return (await response.json()) as { items: Provider[] };
}

/** A date of the server (YYYY-MM-DD) as `locale` writes it. */
const day = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** What a badge must say in each language: its date checked, or not re-verified since it when the listing is overdue. */
const WORDS: Record<string, [checked: string, overdue: string]> = {
  en: ['checked', 'not re-verified since'],
  es: ['verificado el', 'no se ha vuelto a verificar desde el'],
  ar: ['تم التحقق منه في', 'لم يُعَد التحقق منذ'],
};
const badgeDate = (badge: Provider['badges'][number], locale: string) =>
  `${WORDS[locale]![badge.overdue ? 1 : 0]} ${day(badge.verified!, locale)}`;

/** The provider of the sample directory named `name`, as the server lists it among the accredited. */
async function listed(name: string, lang = 'en'): Promise<Provider> {
  const found = (await serverAnswer(name, lang)).items.find((item) => item.name === name);
  expect(found, `${name} is listed`).not.to.equal(undefined);
  return found!;
}
const JACKSON = 'ActionNYC legal screening – Jackson Heights';
const BRONX = 'ActionNYC Saturday clinic – Bronx Library Center';

const scamCheck = (lang: string) =>
  fixture<WwScamCheck>(
    html`<ww-scam-check
      endpoint="/v1/"
      lang=${lang}
      hotline="212-788-7654"
      report-phone="(800) 771-7755"
      report-name="New York State Attorney General"
      report-url="https://ag.ny.gov/file-complaint"
    ></ww-scam-check>`,
  );

describe('ww-scam-check', () => {
  beforeEach(resetPageLocale);
  afterEach(async () => {
    await executeServerCommand('api-outage', { down: false });
    await setViewport({ width: 800, height: 600 });
  });

  it('finds an accredited provider of the sample directory by keyboard, with its badge and date, the count announced once', async () => {
    const el = await scamCheck('en');
    expect(text($(el, '.heading'))).to.equal('Check before you pay for help');
    expect($$(el, '[role="heading"]').map((h) => h.getAttribute('aria-level'))).to.deep.equal(['2', '3', '3', '3']);
    expect($(el, 'form label')!.getAttribute('for')).to.equal('f-name');
    expect(region(el).getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    expect(active(el)?.id).to.equal('f-name');
    await sendKeys({ type: 'ActionNYC' });
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.getAttribute('part')).to.equal('submit');
    expect(getComputedStyle(active(el)!).outlineStyle, 'a visible focus ring').to.equal('solid');
    await sendKeys({ press: 'Enter' });
    await settled(el);

    const answer = await serverAnswer('ActionNYC');
    const names = $$(el, '[part="match"] [role="heading"]').map(text);
    expect(names).to.include('ActionNYC legal screening – Jackson Heights');
    // Every provider with an accreditation badge, and no other (the server's badge filter, and the widget's own check).
    const accredited = answer.items.filter((item) => item.badges.some((b) => ACCREDITED.split(',').includes(b.code)));
    expect(names).to.deep.equal(accredited.map((item) => item.name));
    expect(text(region(el))).to.contain(`Accredited providers in our directory with this name: ${names.length}`);
    // The list is beside the live region, not in it: the count is read once, not every provider.
    expect(region(el).contains($(el, '[part="matches"]'))).to.equal(false);
    const jackson = $$(el, '[part="match"]').find((m) => text(m).includes('Jackson Heights'))!;
    const badges = [...jackson.querySelectorAll('.badge')].map(text);
    const server = accredited.find((item) => item.name === JACKSON)!;
    // Each accreditation with its date as the server gives it (today: "checked Sep 15, 2026").
    expect(badges).to.deep.equal(
      server.badges.filter((b) => ACCREDITED.includes(b.code)).map((b) => `${b.name} · ${badgeDate(b, 'en')}`),
    );
    expect(badges.length).to.equal(3);
    // Only accreditation badges: "Free" is no proof of anything.
    expect(badges.join(' ')).not.to.contain('Free');
    expect(jackson.querySelector('a[href^="tel:"]')?.getAttribute('href')).to.match(/^tel:\+1\d{10}$/);
    // What was typed stays.
    expect($<HTMLInputElement>(el, '#f-name')!.value).to.equal('ActionNYC');
    await expect(el).to.be.accessible();
  });

  it('shows a listing past its re-verification date as "not re-verified since", never hiding its badge', async () => {
    const bronx = await listed(BRONX);
    // The sample directory's Bronx clinic was last checked long ago (its attorney badge is overdue).
    expect(bronx.verification.overdue).to.equal(true);
    const el = await scamCheck('en');
    await check(el, BRONX);
    const match = $$(el, '[part="match"]').find((m) => text(m.querySelector('[role="heading"]')) === BRONX)!;
    const badge = match.querySelector('.badge--overdue');
    expect(text(badge)).to.equal(
      `Attorney · not re-verified since ${day(bronx.badges.find((b) => b.code === 'attorney')!.verified!, 'en')}`,
    );
    await expect(el).to.be.accessible();
  });

  it('says what it means when nobody matches: a warning sign, not proof, and where to check', async () => {
    const el = await scamCheck('en');
    await check(el, 'Qwxzv Plimbottle');
    expect(text(region(el))).to.contain('No accredited provider in our directory matches this name.');
    expect(text(region(el))).to.contain('This does not prove a scam');
    expect($(el, '[part="result"] a')!.getAttribute('href')).to.match(/^https:\/\/www\.justice\.gov\/eoir\//);
    expect($(el, '[part="matches"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('asks for a name when none is typed, without searching', async () => {
    const el = await scamCheck('en');
    $<HTMLButtonElement>(el, '[part="submit"]')!.click();
    await el.updateComplete;
    await until(() => active(el)?.id === 'f-name');
    expect(text($(el, '#f-name-error'))).to.equal('Error: Type a name to check.');
    expect($(el, '#f-name')!.getAttribute('aria-invalid')).to.equal('true');
    expect(text(region(el))).to.equal('');
  });

  it('lists the office’s hotline and the state’s line as tel: links, with the state’s online form', async () => {
    const el = await scamCheck('en');
    const links = $$(el, '[part="report"] a');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:+12127887654',
      'tel:+18007717755',
      'https://ag.ny.gov/file-complaint',
    ]);
    expect(text($(el, '[part="report"]'))).to.contain('New York State Attorney General');
    expect(text($(el, '[part="report"]'))).to.contain('Our office’s hotline:');
    expect($$(el, '[part="signs"] li').map(text)).to.include(
      'They keep your original documents, such as your passport or birth certificate.',
    );
    // A link that is not the web (javascript:, data:) is never offered.
    el.reportUrl = 'javascript:alert(1)';
    await el.updateComplete;
    expect($$(el, '[part="report"] a').map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:+12127887654',
      'tel:+18007717755',
    ]);
  });

  it('speaks Spanish, the dates as Spanish writes them', async () => {
    const el = await scamCheck('es');
    expect(text($(el, '.heading'))).to.equal('Verifique antes de pagar por ayuda');
    expect(text($(el, 'label'))).to.equal('Nombre de la persona, oficina u organización');
    await check(el, 'ActionNYC');
    expect(text(region(el))).to.match(/^Proveedores acreditados en nuestro directorio con este nombre: \d+/);
    const attorney = (await listed(JACKSON)).badges.find((b) => b.code === 'attorney')!;
    const jackson = $$(el, '[part="match"]').find((m) => text(m).includes('Jackson Heights'))!;
    expect([...jackson.querySelectorAll('.badge__date')].map(text)).to.include(badgeDate(attorney, 'es'));
    await expect(el).to.be.accessible();
  });

  it('lays out right to left in Arabic, phone numbers and names isolated', async () => {
    const el = await scamCheck('ar');
    const base = $(el, '[part="base"]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(text($(el, '.heading'))).to.equal('تحقّق قبل أن تدفع مقابل المساعدة');
    expect(getComputedStyle($(el, 'label')!).direction).to.equal('rtl');
    const phone = $(el, '[part="report"] a[href^="tel:"]')!;
    expect(phone.textContent).to.equal('\u2068212-788-7654\u2069');
    expect(text($(el, '[part="report"] bdi'))).to.equal('New York State Attorney General');
    await check(el, 'ActionNYC');
    expect($(el, '[part="match"] [role="heading"]')!.getAttribute('dir')).to.equal('auto');
    const attorney = (await listed(JACKSON)).badges.find((b) => b.code === 'attorney')!;
    expect($$(el, '[part="match"] .badge__date').map(text)).to.include(badgeDate(attorney, 'ar'));
    await expect(el).to.be.accessible();
  });

  it('says in the visitor’s language when the office cannot be reached, and tries again', async () => {
    const el = await scamCheck('es');
    await executeServerCommand('api-outage', { down: true });
    await check(el, 'ActionNYC');
    expect(text(notice(el))).to.contain('No pudimos conectarnos con el servicio');
    expect(notice(el)!.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
    await executeServerCommand('api-outage', { down: false });
    $<HTMLButtonElement>(el, '[part="notice-action"]')!.click();
    await until(() => Boolean($(el, '[part="match"]')), 8000);
    expect(notice(el)).to.equal(null);
  });

  it('fits a 320 px screen without scrolling sideways, results shown', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await scamCheck('en');
    await check(el, 'ActionNYC');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('keeps a visible focus ring and its borders in forced-colors mode', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      const el = await scamCheck('en');
      await check(el, 'ActionNYC');
      const reference = await fixture(html`<div style="forced-color-adjust: none; color: Highlight"></div>`);
      $(el, '#f-name')!.focus();
      await sendKeys({ press: 'Shift' });
      const ring = getComputedStyle($(el, '#f-name')!);
      expect(ring.outlineStyle).to.equal('solid');
      expect(ring.outlineColor).to.equal(getComputedStyle(reference).color);
      expect(getComputedStyle($(el, '[part="match"]')!).borderTopStyle).to.equal('solid');
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });
});
