import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/service-finder/register.js';
import type { WwServiceFinder } from '../src/components/service-finder/service-finder.js';
import { welcomeWidgets } from '../src/core/public-api.js';
import { templates as polishMessages } from '../src/generated/locales/finder/pl.js';
import { templates as spanishMessages } from '../src/generated/locales/finder/es.js';
import { resetPageLocale, until } from './helpers/locale-state.js';
import { expectSkipPast } from './helpers/skip-past.js';

/** The finder against the reference server (sample directory, in memory) behind /v1/. */
const $ = <T extends Element = HTMLElement>(el: WwServiceFinder, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: WwServiceFinder, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const names = (el: WwServiceFinder) => $$(el, '.card__open').map((b) => b.textContent!.trim());
const countLine = (el: WwServiceFinder) => $(el, '.count-line')!.textContent!.trim();
const loaded = (el: WwServiceFinder) =>
  until(() => /\d/.test(countLine(el)) || Boolean($(el, '[part="notice"]')), 8000);
/** The answer to the latest change is on screen: nothing marked busy (the last answer stays, busy, while one loads). */
const settled = async (el: WwServiceFinder) => {
  await el.updateComplete;
  await until(() => !$(el, '[aria-busy="true"]') && /\d/.test(countLine(el)), 8000);
};

/** A topic's filter: the topics load beside the first results, and may come after them. */
async function topicFilter(el: WwServiceFinder, name: RegExp): Promise<HTMLElement> {
  const find = () => $$(el, '.filters .check').find((l) => name.test(l.textContent!));
  await until(() => Boolean(find()));
  return find()!;
}

async function finder(template = html`<ww-service-finder endpoint="/v1/" page-size="5"></ww-service-finder>`) {
  const el = await fixture<WwServiceFinder>(template);
  await loaded(el);
  // The topics load beside the first results, and may come after them.
  await until(() => !$(el, '.filters [aria-busy="true"]'), 8000);
  return el;
}

describe('ww-service-finder', () => {
  beforeEach(resetPageLocale);

  it('loads the directory, announces the count, and is accessible', async () => {
    const el = await finder();
    expect($$(el, '.card')).to.have.length(5);
    expect(countLine(el)).to.match(/^Services found: \d+$/);
    expect($(el, '.count-line')!.closest('[role="status"]')).to.not.equal(null, 'the count is read out');
    expect($$(el, '.filters input[type="checkbox"]').length).to.be.greaterThan(10);
    await expect(el).to.be.accessible();
  });

  it('starts from presets set as properties just after insertion, as React does', async () => {
    const el = document.createElement('ww-service-finder');
    document.body.append(el);
    Object.assign(el, { endpoint: '/v1/', presetTopics: 'municipal-id', pageSize: 5 });
    try {
      await el.updateComplete;
      await loaded(el);
      expect(names(el).length).to.be.greaterThan(0);
      expect(names(el).every((n) => /IDNYC/.test(n))).to.equal(true, names(el).join(', '));
      // The chip is named once the topics are in (they load beside the first results).
      await until(() => $$(el, '.chip').some((c) => /Municipal ID/.test(c.textContent!)));
    } finally {
      el.remove();
    }
  });

  it('searches as the visitor types, and on Enter, firing ww-search', async () => {
    const el = await finder();
    const search = $<HTMLInputElement>(el, '#q')!;
    search.focus();
    // Searches start as the visitor types: on a slow machine a first one may be for the start of the word.
    const searched: string[] = [];
    el.addEventListener('ww-search', (e) => searched.push((e as CustomEvent).detail.query.q));
    await sendKeys({ type: 'citizenship' });
    await until(() => searched.at(-1) === 'citizenship');
    expect(searched.every((q) => 'citizenship'.startsWith(q))).to.equal(true, searched.join(', '));
    // Services named for it come first.
    await until(() => /citizen/i.test(names(el)[0] ?? ''));
    await sendKeys({ press: 'Enter' });
    await loaded(el);
    expect(names(el).length).to.be.greaterThan(0);
  });

  it('filters by topic, shows the filter as a removable chip, and clears all', async () => {
    const el = await finder();
    const before = countLine(el);
    const municipalId = await topicFilter(el, /Municipal ID/);
    municipalId.querySelector('input')!.click();
    await settled(el);
    expect(countLine(el)).to.not.equal(before);
    expect(names(el).every((n) => /IDNYC/.test(n))).to.equal(true, names(el).join(', '));
    const chip = $$(el, '.chip').find((c) => /Municipal ID/.test(c.textContent!))!;
    // The topic's name is isolated (U+2068 … U+2069): the server's text, in its own direction.
    expect(chip.getAttribute('aria-label')).to.equal('Remove filter: \u2068Municipal ID\u2069');
    await expect(el).to.be.accessible();
    $(el, '.chip--clear')!.click();
    await until(() => countLine(el) === before);
    expect($$(el, '.chip')).to.have.length(0);
  });

  it('finds services that speak a language, staff apart from interpreters', async () => {
    const el = await finder();
    const select = $<HTMLSelectElement>(el, '#language')!;
    select.value = 'ht';
    select.dispatchEvent(new Event('change'));
    await settled(el);
    expect($$(el, '.chip:not(.chip--clear)')).to.have.length(1);
    const facts = $$(el, '.facts').map((f) => f.textContent!);
    expect(facts.length).to.be.greaterThan(0);
    expect(facts.every((text) => /Haitian Creole/.test(text))).to.equal(true);
  });

  it('shows more results and moves focus to the first new one', async () => {
    const el = await finder();
    $(el, '.more')!.click();
    await until(() => $$(el, '.card').length === 10);
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '.card__open')[5]);
  });

  it('says which parts of a service are not yet in the visitor’s language', async () => {
    welcomeWidgets.setLocale('pl');
    const el = await finder();
    const first = $$(el, '.card__open')[0]!;
    const selected = oneEvent(el, 'ww-service-select');
    first.click();
    const { id } = (await selected).detail;
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    await until(() => dialog.open && Boolean(dialog.querySelector('.detail')));
    const answer = await (await fetch(`/v1/services/${id}?lang=pl`)).json();
    // The sample drafts these longer texts in the first ten languages only.
    expect(answer.content.fallback_fields).to.include('eligibility');
    const headings = [...dialog.querySelectorAll('.detail__section h3')].map((h) => h.textContent!.trim());
    const noted = [...dialog.querySelectorAll('.detail__section')]
      .filter((section) => section.querySelector('.note'))
      .map((section) => section.querySelector('h3')!.textContent!.trim());
    expect(noted).to.include(polishMessages['finder.eligibility']);
    expect(noted.length).to.be.lessThan(headings.length, 'sections in Polish carry no note');
  });

  it('opens the details with the keyboard, closes with Escape and returns focus', async () => {
    const el = await finder();
    const first = $$(el, '.card__open')[0]!;
    first.focus();
    const selected = oneEvent(el, 'ww-service-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.name).to.equal(first.textContent!.trim());
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    await until(() => dialog.open && Boolean(dialog.querySelector('.detail')));
    expect(dialog.querySelector('h2')!.textContent!.trim()).to.equal(first.textContent!.trim());
    // The APG dialog pattern: focus starts on the title (read first), not on an action such as Print.
    expect(el.shadowRoot!.activeElement?.id).to.equal('detail-title');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open);
    expect(el.shadowRoot!.activeElement).to.equal(first);
  });

  it('offers a way past it to keyboard users, and names its search landmark', async () => {
    const el = await finder();
    await expectSkipPast(el, 'Skip past the service finder', 'End of the service finder');
    expect($(el, '[role="search"]')!.getAttribute('aria-label')).to.equal('Search for help');
    el.searchLabel = 'Help near the library';
    await el.updateComplete;
    expect($(el, '[role="search"]')!.getAttribute('aria-label')).to.equal('Help near the library');
    await expect(el).to.be.accessible();
    // A compact finder is short: no way past it, one stop fewer.
    el.layout = 'compact';
    await el.updateComplete;
    expect($(el, '.skip')).to.equal(null);
  });

  it('fetches the content again in the language the visitor chooses', async () => {
    const el = await finder();
    const english = names(el);
    welcomeWidgets.setLocale('es');
    await until(() => el.locale === 'es' && names(el).join() !== english.join(), 8000);
    await settled(el);
    expect(countLine(el)).to.match(/\d/);
    expect($<HTMLLabelElement>(el, 'label[for="q"]')!.textContent).to.equal(spanishMessages['finder.search-label']);
    const spanish = $$(el, '.card__title')[0]!;
    expect(spanish.getAttribute('lang')).to.equal('es');
  });

  it('lays out right to left in Arabic, with Arabic content', async () => {
    const el = await finder(html`<ww-service-finder endpoint="/v1/" page-size="3" lang="ar"></ww-service-finder>`);
    await until(() => el.locale === 'ar');
    expect($(el, '[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    await until(() => $$(el, '.card__title').some((t) => t.getAttribute('lang') === 'ar'));
    await expect(el).to.be.accessible();
  });

  it('says when nothing matches, with the hotline and 311', async () => {
    const el = await finder(html`<ww-service-finder endpoint="/v1/" hotline="212-788-7654"></ww-service-finder>`);
    $<HTMLInputElement>(el, '#q')!.value = 'zzqqxx';
    $<HTMLInputElement>(el, '#q')!.dispatchEvent(new Event('input'));
    await until(() => Boolean($(el, '[part="notice"]')), 5000);
    const notice = $(el, '[part="notice"]')!.textContent!;
    expect(notice).to.contain('No services match');
    expect(notice).to.contain('212-788-7654');
    expect(notice).to.contain('311');
    await expect(el).to.be.accessible();
  });

  for (const [mode, path] of [
    ['a server error', '/api-fail/500/'],
    ['a malformed answer', '/api-fail/malformed/'],
    ['a stopped server', 'http://127.0.0.1:9/v1/'],
  ] as const) {
    it(`shows a localized error with a retry after ${mode}`, async () => {
      const el = await finder(html`<ww-service-finder endpoint=${path}></ww-service-finder>`);
      await until(() => Boolean($(el, '[part="notice"][role="alert"]')), 10000);
      expect($(el, '[part="notice-action"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('keeps the layout while a slow answer arrives', async () => {
    const el = await fixture<WwServiceFinder>(html`<ww-service-finder endpoint="/api-fail/slow/"></ww-service-finder>`);
    await until(() => /Loading/.test(countLine(el)));
    expect($(el, '#q')).to.not.equal(null, 'the search form is there while loading');
  });

  it('says so when no endpoint is configured', async () => {
    const el = await fixture<WwServiceFinder>(html`<ww-service-finder></ww-service-finder>`);
    await until(() => Boolean($(el, '[part="notice"]')));
    expect($(el, '#q')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('applies presets from its attributes and can hide the filters', async () => {
    const el = await finder(
      html`<ww-service-finder
        endpoint="/v1/"
        topics="english-classes"
        hide-filters
        layout="compact"
      ></ww-service-finder>`,
    );
    expect($(el, '[part="filters"]')).to.equal(null);
    expect(names(el).length).to.be.greaterThan(0);
    // Named once the topics are in (hidden filters show no busy list to wait for).
    await until(() => $$(el, '.chip').some((c) => /English classes/.test(c.textContent!)));
  });
});

describe('ww-service-finder in the address and on shared computers', () => {
  beforeEach(() => {
    resetPageLocale();
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  });

  it('keeps the search in the hash, beside the host page’s own, and follows Back', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#top`);
    const el = await finder(html`<ww-service-finder endpoint="/v1/" sync-url></ww-service-finder>`);
    (await topicFilter(el, /Municipal ID/)).querySelector('input')!.click();
    await until(() => location.hash.includes('ww-finder='));
    expect(location.hash.startsWith('#top&ww-finder=')).to.equal(true, location.hash);
    expect(decodeURIComponent(location.hash)).to.contain('topics=municipal-id');
    $$(el, '.filters .check')
      .find((l) => /Free/.test(l.textContent!))!
      .querySelector('input')!
      .click();
    await until(() => decodeURIComponent(location.hash).includes('free=1'));
    history.back();
    await until(
      () =>
        !$<HTMLInputElement>(el, 'input[data-filter="free"]')!.checked &&
        !decodeURIComponent(location.hash).includes('free=1'),
    );
    await until(() => $$(el, '.chip:not(.chip--clear)').length === 1);
    // A page opened on a shared link starts from its search.
    const shared = await finder(html`<ww-service-finder endpoint="/v1/" sync-url></ww-service-finder>`);
    await until(
      () =>
        $$(shared, '.chip:not(.chip--clear)')
          .map((c) => c.textContent!.trim())
          .join() === 'Municipal ID ×',
    );
  });

  it('warns after inactivity in kiosk mode, then clears the search for the next visitor', async () => {
    const el = await finder(
      html`<ww-service-finder endpoint="/v1/" kiosk sync-url kiosk-timeout="1.5"></ww-service-finder>`,
    );
    const search = $<HTMLInputElement>(el, '#q')!;
    search.value = 'citizenship';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await until(() => Boolean($(el, '.kiosk-warning')), 3000);
    expect($(el, '.kiosk-warning')!.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
    await until(() => !$(el, '.kiosk-warning') && $<HTMLInputElement>(el, '#q')!.value === '', 3000);
    expect(location.hash).to.equal('', 'kiosk mode never writes the search into the address, even with sync-url');
  });

  it('keeps the search when the visitor answers the warning', async () => {
    const el = await finder(html`<ww-service-finder endpoint="/v1/" kiosk kiosk-timeout="1"></ww-service-finder>`);
    $<HTMLInputElement>(el, '#q')!.value = 'legal';
    $<HTMLInputElement>(el, '#q')!.dispatchEvent(new Event('input'));
    await until(() => Boolean($(el, '.kiosk-warning')), 3000);
    $<HTMLButtonElement>(el, '.kiosk-warning button')!.click();
    await until(() => !$(el, '.kiosk-warning'));
    expect($<HTMLInputElement>(el, '#q')!.value).to.equal('legal');
  });
});

describe('ww-service-finder on an HSDS 3.0 API', () => {
  beforeEach(resetPageLocale);

  it('reads the reference server’s /hsds/ API: search, cards and details', async () => {
    const el = await finder(
      html`<ww-service-finder source="hsds" endpoint="/hsds/" page-size="5"></ww-service-finder>`,
    );
    expect($(el, '[part="filters"]')).to.equal(null, 'HSDS has no topics or hours of ours to filter by');
    expect($$(el, '.card').length).to.equal(5);
    expect(countLine(el)).to.match(/^Services found: \d+$/);
    const first = $$(el, '.card__open')[0]!;
    first.click();
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    await until(() => dialog.open && Boolean(dialog.querySelector('.detail')));
    expect(dialog.querySelector('h2')!.textContent!.trim()).to.equal(first.textContent!.trim());
    await expect(el).to.be.accessible();
    dialog.close();
    const total = countLine(el);
    $<HTMLInputElement>(el, '#q')!.value = 'IDNYC';
    $<HTMLInputElement>(el, '#q')!.dispatchEvent(new Event('input'));
    await settled(el);
    expect(countLine(el)).to.not.equal(total);
    expect(names(el)[0]).to.match(/IDNYC/, 'services named for it come first');
  });

  it('reads the HSDS example list from the specification', async () => {
    const el = await finder(html`<ww-service-finder source="hsds" endpoint="/hsds-fixture/"></ww-service-finder>`);
    expect(names(el)).to.deep.equal(['Community Counselling']);
    expect($(el, '.card__org')!.textContent).to.equal('Example Organization Inc.');
    await expect(el).to.be.accessible();
  });
});

describe('ww-service-finder place and toggles', () => {
  beforeEach(resetPageLocale);

  const toggle = async (el: WwServiceFinder, code: string) => {
    $<HTMLInputElement>(el, `input[data-filter="${code}"]`)!.click();
    await settled(el);
  };

  it('shows only free services, then only walk-in ones', async () => {
    const el = await finder(html`<ww-service-finder endpoint="/v1/" page-size="30"></ww-service-finder>`);
    await toggle(el, 'walk-in');
    expect($$(el, '.card').length).to.be.greaterThan(0);
    expect($$(el, '.card').every((card) => card.querySelector('.badge--walk-in'))).to.equal(true);
    await toggle(el, 'free');
    expect(
      $$(el, '.card').every((card) => card.querySelector('.badge--free') && card.querySelector('.badge--walk-in')),
    ).to.equal(true);
  });

  it('shows only services open now, or says none are', async () => {
    const el = await finder(html`<ww-service-finder endpoint="/v1/" page-size="30" hotline="311"></ww-service-finder>`);
    await toggle(el, 'open-now');
    const cards = $$(el, '.card');
    if (cards.length) expect(cards.every((card) => card.querySelector('.status--open'))).to.equal(true);
    else expect($(el, '[part="notice"]')).to.not.equal(null);
  });

  it('sorts by distance from a ZIP code and shows it on the cards', async () => {
    const el = await finder();
    const zip = $<HTMLInputElement>(el, '#postcode')!;
    zip.value = '11355';
    zip.dispatchEvent(new Event('change'));
    await until(() => $$(el, '.card__place').some((p) => /mi/.test(p.textContent!)));
    const miles = $$(el, '.card__place').map((p) => Number(/([\d.]+)\s*mi/.exec(p.textContent!)?.[1] ?? Infinity));
    expect(miles).to.deep.equal([...miles].sort((a, b) => a - b));
    expect($$(el, '.chip').some((c) => c.textContent!.includes('11355'))).to.equal(true);
  });

  it('asks for the location only when "Near me" is pressed, and explains a refusal', async () => {
    const calls: string[] = [];
    const original = navigator.geolocation.getCurrentPosition;
    const stub = (answer: 'allow' | 'deny') => (success: PositionCallback, failure?: PositionErrorCallback | null) => {
      calls.push(answer);
      if (answer === 'allow') success({ coords: { latitude: 40.7579, longitude: -73.8299 } } as GeolocationPosition);
      else failure?.({ code: 1 } as GeolocationPositionError);
    };
    try {
      navigator.geolocation.getCurrentPosition = stub('deny');
      const el = await finder();
      expect(calls).to.deep.equal([], 'nothing asked on load');
      const nearMe = $$(el, '.filters button').find((b) => /Near me/.test(b.textContent!))!;
      nearMe.click();
      await until(() => Boolean($(el, '.filters [role="alert"]')));
      expect($(el, '.filters [role="alert"]')!.textContent).to.contain('ZIP code');
      navigator.geolocation.getCurrentPosition = stub('allow');
      nearMe.click();
      await until(() => $$(el, '.card__place').some((p) => /mi/.test(p.textContent!)));
      expect(calls).to.deep.equal(['deny', 'allow']);
    } finally {
      navigator.geolocation.getCurrentPosition = original;
    }
  });
});
