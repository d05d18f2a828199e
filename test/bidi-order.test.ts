import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/components/service-finder/register.js';
import '../src/components/clinic-calendar/register.js';
import '../src/components/corner-panel/register.js';
import { formatNumber } from '../src/core/number-format.js';
import { BIDI_API, LONG_TITLE, NUMBERED_TITLE, SENTENCE, useBidiApi } from './helpers/bidi-api.js';
import { resetPageLocale, until } from './helpers/locale-state.js';

/**
 * Latin-script content from the server on an Arabic or Urdu page, measured on
 * screen: the bidirectional algorithm would lay out "22 Linden Blvd, Brooklyn,
 * NY 11226" as "Linden Blvd, Brooklyn, NY 11226 22", move a sentence's full
 * stop to its left end, show "+1" as "1+" and clip an English title at its
 * start. Positions are those of the glyphs (a range per character), not of the
 * text in the DOM, which is in the right order either way.
 */

/** Every text node under `root`, through open shadow roots (the corner panel nests the finder). */
function* textNodes(root: Node): Generator<Text> {
  if (root.nodeType === Node.TEXT_NODE) yield root as Text;
  if (root instanceof Element && root.shadowRoot) yield* textNodes(root.shadowRoot);
  for (const child of root.childNodes) yield* textNodes(child);
}

/** The box of the glyph at `offset` in the first occurrence of `needle` under `root`. */
function glyph(root: Node, needle: string, offset = 0): DOMRect {
  for (const node of textNodes(root)) {
    const at = node.data.indexOf(needle);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at + offset);
    range.setEnd(node, at + offset + 1);
    return range.getClientRects()[0] ?? range.getBoundingClientRect();
  }
  throw new Error(`"${needle}" is not on screen`);
}

/** Asserts that `words` appear from left to right on screen, in this order. */
function expectLeftToRight(root: Node, words: string[], what: string): void {
  const xs = words.map((w) => glyph(root, w).left);
  for (let i = 1; i < xs.length; i++) {
    expect(xs[i], `${what}: "${words[i - 1]}" left of "${words[i]}" (x: ${xs.join(', ')})`).to.be.greaterThan(
      xs[i - 1]!,
    );
  }
}

/** The sentence's full stop sits right of its last word, not at its left end. */
function expectFullStopAtEnd(root: Node, what: string): void {
  const word = glyph(root, SENTENCE, SENTENCE.indexOf('have')).left;
  const stop = glyph(root, SENTENCE, SENTENCE.length - 1).left;
  expect(stop, `${what}: the full stop right of "have"`).to.be.greaterThan(word);
}

const ADDRESS_WORDS = ['22', 'Linden', 'Brooklyn', '11226'];
const shadow = (el: Element) => el.shadowRoot!;
const find = <T extends Element = HTMLElement>(root: ParentNode, selector: string): T => {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
/** The value (`<dd>`) of a list of facts that holds `text`. */
const factWith = (list: Element, text: string) =>
  [...list.querySelectorAll('dd')].find((dd) => dd.textContent!.includes(text))!;

for (const lang of ['ar', 'ur']) {
  describe(`Latin-script content on a right-to-left page (${lang})`, () => {
    let restore: () => void;

    beforeEach(async () => {
      resetPageLocale();
      document.documentElement.lang = lang;
      document.documentElement.dir = 'rtl';
      restore = useBidiApi();
      // Wide enough for the month grid to show titles.
      await setViewport({ width: 1000, height: 800 });
    });

    afterEach(() => {
      restore();
      resetPageLocale();
    });

    it('finder card: address, title with a number, sentence, phone number', async () => {
      const el = await fixture(html`<ww-service-finder endpoint=${BIDI_API}></ww-service-finder>`);
      await until(() => Boolean(shadow(el).querySelector('.card')), 8000);
      const card = find(shadow(el), '.card');
      expect(find(shadow(el), '[part="base"]').getAttribute('dir')).to.equal('rtl');
      expectLeftToRight(find(card, '.card__place'), ['22', 'Linden', 'Brooklyn'], 'address');
      expectLeftToRight(find(card, '.card__open'), ['3', 'free', 'walk-in', ')'], 'title');
      expectFullStopAtEnd(find(card, '.card__description'), 'description');
      expectLeftToRight(find(card, 'a[href^="tel:"]'), ['212', '788', '7654'], 'phone');
    });

    it('finder details: address, sentence, phone number', async () => {
      const el = await fixture(html`<ww-service-finder endpoint=${BIDI_API}></ww-service-finder>`);
      await until(() => Boolean(shadow(el).querySelector('.card__open')), 8000);
      find(shadow(el), '.card__open').click();
      await until(() => Boolean(shadow(el).querySelector('.detail .plain')), 8000);
      const detail = find(shadow(el), '.detail');
      const where = [...detail.querySelectorAll('.plain li')].find((li) => li.textContent!.includes('Linden'))!;
      expectLeftToRight(where, ADDRESS_WORDS, 'address');
      expectFullStopAtEnd(detail, 'description');
      expectLeftToRight(find(detail, '.plain a[href^="tel:"]'), ['212', '7654'], 'phone');
    });

    it('month grid: an English title clipped at its end, "+1" with the plus first', async () => {
      const el = await fixture(html`<ww-clinic-calendar endpoint=${BIDI_API} view="month"></ww-clinic-calendar>`);
      await until(() => Boolean(shadow(el).querySelector('.day__more')), 8000);
      const title = [...shadow(el).querySelectorAll<HTMLElement>('.day__event-title')].find(
        (t) => t.textContent === LONG_TITLE,
      )!;
      // The day clips what overflows it: the title's first letter must be inside, its end cut off.
      const day = title.closest('td')!.getBoundingClientRect();
      const first = glyph(title, LONG_TITLE, 0);
      expect(first.left, 'the first letter is inside the day').to.be.at.least(day.left);
      expect(first.right, 'the first letter is inside the day').to.be.at.most(day.right);
      expect(title.scrollWidth, 'the title is cut short (with an ellipsis)').to.be.greaterThan(title.clientWidth);
      const box = title.getBoundingClientRect();
      expect(glyph(title, LONG_TITLE, LONG_TITLE.length - 1).left, 'its end is cut off').to.be.greaterThan(box.right);
      expectLeftToRight(find(shadow(el), '.day__more'), ['+', formatNumber(1, lang)], '"+1"');
    });

    it('list and event: title with a number, address, sentence', async () => {
      const el = await fixture(html`<ww-clinic-calendar endpoint=${BIDI_API} view="list"></ww-clinic-calendar>`);
      await until(() => shadow(el).querySelectorAll('.event__title').length === 3, 8000);
      const titles = [...shadow(el).querySelectorAll<HTMLElement>('.event__title')];
      const numbered = titles.find((t) => t.textContent!.includes(NUMBERED_TITLE))!;
      expectLeftToRight(numbered, ['10', 'weeks', 'English', '2', ')'], 'title');
      titles.find((t) => t.textContent!.includes(LONG_TITLE))!.click();
      await until(() => Boolean(shadow(el).querySelector('.detail__description')), 8000);
      expectLeftToRight(factWith(find(shadow(el), '.detail__facts'), 'Linden'), ADDRESS_WORDS, 'address');
      expectFullStopAtEnd(find(shadow(el), '.detail__description'), 'description');
    });

    it('corner panel: address, sentence, and its finder’s address', async () => {
      const el = await fixture(html`<ww-corner-panel endpoint=${BIDI_API} location-id="l-flatbush"></ww-corner-panel>`);
      await until(() => Boolean(shadow(el).querySelector('dl.info')), 8000);
      expectLeftToRight(factWith(find(shadow(el), 'dl.info'), 'Linden'), ADDRESS_WORDS, 'address');
      const description = [...shadow(el).querySelectorAll('p')].find((p) => p.textContent!.includes(SENTENCE))!;
      expectFullStopAtEnd(description, 'description');
      const finder = find(shadow(el), 'ww-service-finder');
      await until(() => Boolean(finder.shadowRoot?.querySelector('.card__place')), 8000);
      expectLeftToRight(find(shadow(finder), '.card__place'), ['22', 'Linden', 'Brooklyn'], 'address in the finder');
    });
  });
}
