import { expect } from '@open-wc/testing';
import { until } from './helpers/locale-state.js';

/**
 * The script-tag bundle as partners use it, built in dist/cdn (npm test builds
 * it first). Each test runs in its own iframe, a fresh page.
 */
type FrameWindow = Window & {
  cspViolations: string[];
  WelcomeWidgets?: { setLocale(locale: string): boolean; getLocale(): string; version: string };
};

async function openPage(path: string): Promise<{ frame: HTMLIFrameElement; win: FrameWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.src = path;
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as FrameWindow, doc: frame.contentDocument! };
}

const shadowText = (el: Element | null, selector: string) =>
  el?.shadowRoot?.querySelector(selector)?.textContent?.trim() ?? '';

describe('script-tag bundle', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('works from the README snippet under a strict CSP with Trusted Types, and switches every widget', async () => {
    const { win, doc } = await openPage('/test/pages/csp.html');
    const [menu, toggle] = [...doc.querySelectorAll('ww-language-picker')];
    await until(() => shadowText(menu!, '[part~="label"]') === 'English');
    await until(() => shadowText(toggle!, '[part~="button"]') === 'Español');
    menu!.shadowRoot!.querySelector<HTMLElement>('[part~="button"]')!.click();
    await until(() => Boolean(menu!.shadowRoot!.querySelector('#option-es')));
    menu!.shadowRoot!.querySelector<HTMLElement>('#option-es')!.click();
    await until(() => shadowText(menu!, '[part~="label"]') === 'Español');
    await until(() => shadowText(toggle!, '[part~="button"]') === 'English');
    expect(win.WelcomeWidgets!.getLocale()).to.equal('es');
    expect(win.cspViolations).to.deep.equal([]);
  });

  it('takes its default language from data-lang, and <ww-config lang> inside it', async () => {
    const { win, doc } = await openPage('/test/pages/script-config.html');
    const [menu, toggle] = [...doc.querySelectorAll('ww-language-picker')];
    await until(() => shadowText(menu!, '[part~="label"]') === 'Español');
    // The toggle shows the language it switches to: under <ww-config lang="fr"> the page reads French.
    await until(() => shadowText(toggle!, '[part~="button"]') === 'English');
    expect(win.WelcomeWidgets!.getLocale()).to.equal('es');
    expect(menu!.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('es');
  });

  it('loads each widget and each locale only when the page needs it', async () => {
    const { win, doc } = await openPage('/test/pages/two-copies.html');
    doc.head.append(
      Object.assign(doc.createElement('script'), { type: 'module', src: '/dist/cdn/welcome-widgets.js' }),
    );
    const picker = doc.querySelector('ww-language-picker')!;
    await until(() => shadowText(picker, '[part~="button"]') === 'Español');
    const scripts = () =>
      win.performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.endsWith('.js'));
    expect(scripts().some((name) => /chunks\/es-/.test(name))).to.equal(false, 'no Spanish messages yet');
    win.WelcomeWidgets!.setLocale('es');
    await until(() => scripts().some((name) => /chunks\/es-/.test(name)));
    expect(scripts().some((name) => /chunks\/(ar|ko|ru)-/.test(name))).to.equal(false, 'no other locale');
    expect(scripts().some((name) => /chunks\/(finder|events)-/.test(name))).to.equal(
      false,
      'no messages of widgets the page does not show',
    );
    const late = doc.createElement('ww-language-picker');
    doc.body.append(late);
    await until(() => shadowText(late, '[part~="label"]') === 'Español', 6000);
  });

  it('keeps one language across two copies of the bundle on one page', async () => {
    const { win, doc } = await openPage('/test/pages/two-copies.html');
    const warnings: string[] = [];
    (win as unknown as typeof globalThis).console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    // Copy A: the built bundle. Copy B: another build of the same release at another address.
    const load = (src: string) =>
      new Promise((resolve, reject) => {
        const script = Object.assign(doc.createElement('script'), { type: 'module', src });
        script.addEventListener('load', resolve);
        script.addEventListener('error', reject);
        doc.head.append(script);
      });
    await load('/dist/cdn/welcome-widgets.js');
    await load('/test-results/cdn-copy/welcome-widgets.js');
    const toggle = doc.querySelector('ww-language-picker')!;
    await until(() => shadowText(toggle, '[part~="button"]') === 'Español');
    // A picker created now is upgraded by whichever copy defined the tag; both copies share the page's state.
    const menu = doc.createElement('ww-language-picker');
    menu.setAttribute('languages', 'en es ar');
    doc.body.append(menu);
    toggle.shadowRoot!.querySelector<HTMLElement>('[part~="button"]')!.click();
    await until(() => shadowText(menu, '[part~="label"]') === 'Español');
    win.WelcomeWidgets!.setLocale('ar');
    await until(() => shadowText(toggle, '[part~="button"]') === 'English');
    await until(() => menu.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir') === 'rtl');
    expect(warnings.filter((w) => w.includes('is defined by'))).to.deep.equal([]);
    expect(win.cspViolations).to.deep.equal([]);
  });
});
