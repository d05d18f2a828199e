import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from './helpers/locale-state.js';
import { deepActive, tabTo } from './helpers/page-journey.js';

/**
 * The journey on the library demo page, keyboard only: a visitor
 * switches the page to Haitian Creole, asks for free immigration legal help
 * that is open now in their language, and opens a result; then the same in
 * Arabic, right to left. The page loads the script-tag bundle; /v1/ is the
 * reference server on the sample directory.
 */
type Win = Window & { WelcomeWidgets: { getLocale(): string } };

async function openLibraryPage() {
  const frame = document.createElement('iframe');
  frame.src = '/demo/library.html';
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const finder = doc.querySelector('ww-service-finder')!;
  await until(() => /\d/.test(finder.shadowRoot?.querySelector('.count-line')?.textContent ?? ''), 10000);
  frame.contentWindow!.focus();
  return { frame, doc, win: frame.contentWindow as Win, finder };
}

async function chooseLanguage(doc: Document, filter: string) {
  const picker = doc.querySelector('ww-language-picker')!;
  await tabTo(doc, (el) => el.getAttribute('part') === 'button' && picker.shadowRoot!.contains(el));
  await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ type: filter });
  await sendKeys({ press: 'Enter' });
}

async function findHelp(doc: Document, finder: Element, language: string) {
  const root = finder.shadowRoot!;
  const check = async (code: string) => {
    const box = (await tabTo(
      doc,
      (el) => el.localName === 'input' && (el as HTMLInputElement).dataset.filter === code,
    )) as HTMLInputElement;
    if (!box.checked) await sendKeys({ press: 'Space' });
    await until(() => box.checked);
  };
  // In the order the controls come: topic, language, then the toggles.
  await check('immigration-legal');
  const select = (await tabTo(doc, (el) => el.id === 'language')) as HTMLSelectElement;
  for (let i = 0; i < 40 && select.value !== language; i++) await sendKeys({ press: 'ArrowDown' });
  expect(select.value).to.equal(language);
  await check('open-now');
  await check('free');
  // Settled: the results are no longer busy, or the empty notice is shown.
  await until(
    () =>
      root.querySelector('[part="results"][aria-busy="false"]') !== null ||
      root.querySelector('[part="notice"]') !== null,
  );
  await new Promise((resolve) => setTimeout(resolve, 400));
  await until(
    () =>
      root.querySelector('[part="results"][aria-busy="false"]') !== null ||
      root.querySelector('[part="notice"]') !== null,
  );
  const cards = [...root.querySelectorAll('.card')];
  if (cards.length === 0) {
    // Closed at this hour: the visitor is offered the hotline and 311.
    expect(root.querySelector('[part="notice"]')!.textContent).to.contain('212-788-7654');
    return;
  }
  for (const card of cards) {
    expect(card.querySelector('.status--open')).to.not.equal(null);
    expect(card.querySelector('.badge--free')).to.not.equal(null);
  }
  await tabTo(doc, (el) => el.classList.contains('card__open'));
  await sendKeys({ press: 'Enter' });
  const dialog = root.querySelector('dialog')!;
  await until(() => dialog.open && Boolean(dialog.querySelector('.detail')));
  await sendKeys({ press: 'Escape' });
  await until(() => !dialog.open);
}

describe('library page journey, keyboard only', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('finds free legal help open now in Haitian Creole, then again in Arabic right to left', async () => {
    const { doc, win, finder } = await openLibraryPage();
    await chooseLanguage(doc, 'kreyol');
    await until(() => win.WelcomeWidgets.getLocale() === 'ht' && doc.documentElement.lang === 'ht');
    await until(() => finder.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang') === 'ht');
    await findHelp(doc, finder, 'ht');

    // Back to the top of the page, as a visitor would scroll up.
    (deepActive(doc) as HTMLElement | null)?.blur();
    await chooseLanguage(doc, 'arab');
    await until(() => doc.documentElement.dir === 'rtl');
    await until(() => finder.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir') === 'rtl');
    // Back to the first control: a fresh search in Arabic, for a Haitian Creole speaker.
    await findHelp(doc, finder, 'ht');
  });
});
