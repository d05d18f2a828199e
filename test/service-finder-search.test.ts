import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/service-finder/register.js';
import type { SearchExplanation, ServiceList } from '../src/components/service-finder/service-finder.api.js';
import type { WwServiceFinder } from '../src/components/service-finder/service-finder.js';
import { holdRequests } from './helpers/held-requests.js';
import { resetPageLocale, until } from './helpers/locale-state.js';

/**
 * What the finder says about a search (corrections, "Did you mean", nothing found, not every word
 * matched) and how it keeps up with typing, against the reference server (sample directory).
 */
const $ = <T extends Element = HTMLElement>(el: WwServiceFinder, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: WwServiceFinder, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const names = (el: WwServiceFinder) => $$(el, '.card__open').map((b) => b.textContent!.trim());
const countLine = (el: WwServiceFinder) => $(el, '.count-line')!.textContent!.trim();
/** The live region: the count and what the server did with the words, read once per answer. */
const announced = (el: WwServiceFinder) => $(el, '[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
const notes = (el: WwServiceFinder) => $(el, '.search-notes')?.textContent!.replace(/\s+/g, ' ').trim() ?? '';

/** The answer to the latest change is on screen: nothing marked busy. */
async function settled(el: WwServiceFinder): Promise<void> {
  await el.updateComplete;
  await until(() => !$(el, '[aria-busy="true"]') && /\d/.test(countLine(el)), 8000);
}

async function finder(template = html`<ww-service-finder endpoint="/v1/" page-size="5"></ww-service-finder>`) {
  const el = await fixture<WwServiceFinder>(template);
  await settled(el);
  return el;
}

/** Types into the search box as a visitor does: one input event per character. */
async function typeInto(el: WwServiceFinder, text: string): Promise<void> {
  const box = $<HTMLInputElement>(el, '#q')!;
  for (const character of text) {
    box.value += character;
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
}

/** Replaces what the box holds and searches it, as a visitor pasting words does. */
function search(el: WwServiceFinder, q: string): void {
  const box = $<HTMLInputElement>(el, '#q')!;
  box.value = q;
  box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** A server answer with `search` set from `patch`: for a shape the sample directory cannot produce on demand. */
const explained =
  (patch: Partial<SearchExplanation>, list: Partial<ServiceList> = {}) =>
  (body: unknown): ServiceList => {
    const answer = body as ServiceList;
    return {
      ...answer,
      ...list,
      search: {
        q: answer.search?.q ?? '',
        words: [],
        ignored: [],
        corrected: null,
        did_you_mean: null,
        concepts: [],
        match: 'all',
        ...answer.search,
        ...patch,
      },
    };
  };

describe('ww-service-finder explains its search', () => {
  beforeEach(() => {
    resetPageLocale();
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  });

  it('offers "Did you mean" as a link that keeps the address, and runs that search when followed by keyboard', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#top`);
    const el = await finder(html`<ww-service-finder endpoint="/v1/" sync-url page-size="5"></ww-service-finder>`);
    search(el, 'deportaton');
    await settled(el);
    const link = $<HTMLAnchorElement>(el, '.search-notes a')!;
    expect(notes(el)).to.equal('Did you mean deportation?');
    expect(announced(el)).to.contain('Did you mean deportation?');
    // A real link: it opens in a new tab, and holds the host page's own hash beside the finder's.
    expect(link.getAttribute('href')).to.equal(`${location.pathname}${location.search}#top&ww-finder=q%3Ddeportation`);
    await expect(el).to.be.accessible();
    link.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect($<HTMLInputElement>(el, '#q')!.value).to.equal('deportation');
    expect(el.shadowRoot!.activeElement?.id).to.equal('q', 'focus goes to the box holding the new words');
    expect(decodeURIComponent(location.hash)).to.equal('#top&ww-finder=q=deportation');
    expect(names(el).length).to.be.greaterThan(0, 'everyday words find the services for them');
    expect($(el, '.search-notes')).to.equal(null);
  });

  it('says when it searched with corrected words', async () => {
    const el = await finder();
    search(el, 'citizenshp');
    await settled(el);
    expect(notes(el)).to.equal('Showing results for citizenship');
    expect($(el, '.search-notes strong bdi')!.textContent).to.equal('citizenship');
    expect(announced(el)).to.match(/^Services found: [1-9]\d* Showing results for citizenship$/);
    expect(names(el)[0]).to.match(/citizenship/i);
    await expect(el).to.be.accessible();
  });

  it('says when not every word matched, best matches first', async () => {
    const el = await finder();
    search(el, 'lawyer for my cat');
    await settled(el);
    expect(notes(el)).to.equal('Not every word matched: the services that match the most come first.');
    expect(names(el).length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('when nothing matches: what it searched, the nearest topics as buttons, and the hotline', async () => {
    const el = await finder(
      html`<ww-service-finder endpoint="/v1/" page-size="5" hotline="212-788-7654"></ww-service-finder>`,
    );
    search(el, 'where is deportaton');
    await settled(el);
    const notice = $(el, '[part="notice"]')!.textContent!.replace(/\s+/g, ' ');
    expect(notice).to.contain('No services match your search.');
    expect(notice).to.contain('We searched for where is deportaton.');
    expect(notice).to.contain('Common words left out: \u2068where and is\u2069.');
    expect(notice).to.contain('Nearest topics: Immigration legal help or Know your rights');
    expect(notice).to.contain('For help, call \u2068212-788-7654\u2069.');
    // All of it in the live region, read with the count.
    expect(announced(el)).to.contain('Did you mean deportation?');
    expect(announced(el)).to.contain('Nearest topics: Immigration legal help or Know your rights');
    expect($(el, '[part="results"]')).to.equal(null);
    await expect(el).to.be.accessible();
    const topic = $$(el, '.topic-suggestion').find((b) => /Know your rights/.test(b.textContent!))!;
    topic.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect($<HTMLInputElement>(el, '#q')!.value).to.equal('', 'the topic replaces the words that found nothing');
    expect($$(el, '.chip:not(.chip--clear)').map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Know your rights ×',
    ]);
    expect(names(el).length).to.be.greaterThan(0);
  });
});

describe('ww-service-finder keeps up with typing', () => {
  beforeEach(resetPageLocale);

  it('asks at each keystroke, aborting the last request, and keeps the last results until the new ones', async () => {
    const el = await finder();
    const before = names(el);
    const count = countLine(el);
    const requests = holdRequests(/\/v1\/services\?/);
    try {
      await typeInto(el, 'legal');
      await el.updateComplete;
      // One request per keystroke, each aborting the one before.
      expect(requests.held.map((r) => new URL(r.url).searchParams.get('q'))).to.deep.equal([
        'l',
        'le',
        'leg',
        'lega',
        'legal',
      ]);
      expect(requests.held.slice(0, -1).every((r) => r.signal?.aborted)).to.equal(true);
      expect(requests.held.at(-1)!.signal?.aborted).to.equal(false);
      // Meanwhile the last results stay, marked busy: nothing emptied, no "nothing found" flash.
      expect(names(el)).to.deep.equal(before);
      expect(countLine(el)).to.equal(count);
      expect($(el, '[part="results"]')!.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '[part="notice"]')).to.equal(null);
      requests.held.at(-1)!.pass();
      await settled(el);
    } finally {
      requests.restore();
    }
    expect(names(el)).to.not.deep.equal(before);
    expect($(el, '[part="results"]')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('records typed words when typing pauses: one ww-search per pause, one history entry per run of typing', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    const el = await finder(html`<ww-service-finder endpoint="/v1/" sync-url page-size="5"></ww-service-finder>`);
    const searched: string[] = [];
    el.addEventListener('ww-search', (e) => searched.push((e as CustomEvent).detail.query.q));
    await typeInto(el, 'leg');
    await until(() => searched.length === 1);
    await typeInto(el, 'al');
    await until(() => searched.length === 2);
    expect(searched).to.deep.equal(['leg', 'legal'], 'words, not keystrokes');
    expect(decodeURIComponent(location.hash)).to.equal('#ww-finder=q=legal');
    await settled(el);
    // A filter is a step of its own: Back returns to the typed words.
    $<HTMLInputElement>(el, 'input[data-filter="free"]')!.click();
    await until(() => decodeURIComponent(location.hash).includes('free=1'));
    history.back();
    await until(() => decodeURIComponent(location.hash) === '#ww-finder=q=legal');
    await until(() => !$<HTMLInputElement>(el, 'input[data-filter="free"]')!.checked);
    // The run of typing was one entry ("leg" left none of its own): one more Back is the page before it.
    // (Counted by walking back, as history.length stops at 50 in Chromium.)
    history.back();
    await until(() => !location.hash.includes('ww-finder'));
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  });

  it('keeps a "nothing found" answer, busy, while the next words load, rather than an empty list', async () => {
    const el = await finder();
    search(el, 'zzqqxx');
    await settled(el);
    expect($(el, '[part="notice"]')).to.not.equal(null);
    const requests = holdRequests(/\/v1\/services\?/);
    try {
      search(el, 'zzqqxxy');
      await el.updateComplete;
      expect($(el, '[part="notice"]')).to.not.equal(null);
      expect($(el, '.answer__empty')!.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '[part="results"]')).to.equal(null);
      requests.held[0]!.pass();
      await settled(el);
    } finally {
      requests.restore();
    }
  });

  it('never shows or reads out an answer that newer words replaced', async () => {
    const el = await finder();
    const region = $(el, '[role="status"]')!;
    const read: string[] = [];
    const observer = new MutationObserver(() => read.push(region.textContent!.replace(/\s+/g, ' ').trim()));
    observer.observe(region, { subtree: true, childList: true, characterData: true });
    const requests = holdRequests(/\/v1\/services\?/);
    try {
      search(el, 'legal');
      await until(() => requests.held.length === 1);
      search(el, 'english');
      await until(() => requests.held.length === 2);
      // The newer answer first, then the older one, as a slow server might send them.
      requests.held[1]!.pass();
      await settled(el);
      requests.held[0]!.edit(explained({ corrected: 'stale answer' }, { total: 999 }));
      await new Promise((resolve) => setTimeout(resolve, 300));
      await el.updateComplete;
    } finally {
      requests.restore();
      observer.disconnect();
    }
    expect(read.join(' | ')).to.not.contain('999');
    expect(read.join(' | ')).to.not.contain('stale answer');
    expect(new Set(read).size).to.equal(1, `read once: ${read.join(' | ')}`);
    expect(names(el)[0]).to.match(/english/i);
  });
});

describe('ww-service-finder search notes in Arabic and on a narrow screen', () => {
  beforeEach(resetPageLocale);

  it('writes them in Arabic, right to left, with the server’s words isolated', async () => {
    const el = await finder(html`<ww-service-finder endpoint="/v1/" page-size="3" lang="ar"></ww-service-finder>`);
    await until(() => el.locale === 'ar');
    search(el, 'citizenshp');
    await settled(el);
    expect($(el, '[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    // The Arabic sentence, the English word the server searched with isolated in it.
    const showing = $(el, '.search-notes p')!;
    expect(showing.textContent!.trim()).to.equal('نتائج البحث عن citizenship');
    expect(showing.querySelector('bdi')!.textContent).to.equal('citizenship');
    await expect(el).to.be.accessible();
    search(el, 'deportaton');
    await settled(el);
    const didYouMean = $(el, '.search-notes p')!;
    expect(didYouMean.textContent!.trim()).to.equal('هل تقصد deportation؟');
    expect(didYouMean.querySelector('a bdi')!.textContent).to.equal('deportation');
    // The nearest topics in Arabic, joined as Arabic joins a list ("أو": or).
    expect($(el, '.topic-suggestions')!.textContent!.replace(/\s+/g, ' ')).to.match(/^ ?أقرب المواضيع: .+ أو .+$/);
    await expect(el).to.be.accessible();
  });

  it('reflows at 320 px without scrolling sideways, with the notes and the nearest topics', async () => {
    const box = await fixture<HTMLElement>(
      html`<div style="width: 320px">
        <ww-service-finder endpoint="/v1/" hotline="212-788-7654"></ww-service-finder>
      </div>`,
    );
    const el = box.querySelector<WwServiceFinder>('ww-service-finder')!;
    await settled(el);
    search(el, 'where is deportaton');
    await settled(el);
    expect($$(el, '.topic-suggestion')).to.have.length(2);
    expect($(el, '.search-notes a')).to.not.equal(null);
    expect($(el, '.base')!.scrollWidth).to.be.at.most(320);
  });
});
