import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/config/register.js';
import { configure, setScriptConfig } from '../src/core/config.js';
import { templates as french } from '../src/generated/locales/fr.js';
import './helpers/probe-element.js';
import type { WwTestProbe } from './helpers/probe-element.js';
import { resetPageLocale, until } from './helpers/locale-state.js';

describe('configuration', () => {
  beforeEach(resetPageLocale);

  it('takes the endpoint attribute first, then <ww-config>, then the script tag, then configure()', async () => {
    configure({ endpoint: '/from-configure/' });
    const page = await fixture(
      html`<ww-config endpoint="/from-config/">
        <ww-test-probe endpoint="/own/"></ww-test-probe>
        <ww-test-probe></ww-test-probe>
      </ww-config>`,
    );
    const [own, inherited] = [...page.querySelectorAll<WwTestProbe>('ww-test-probe')];
    expect(own!.resolvedConfig.endpoint).to.equal('/own/');
    expect(inherited!.resolvedConfig.endpoint).to.equal('/from-config/');

    const loose = await fixture<WwTestProbe>(html`<ww-test-probe></ww-test-probe>`);
    expect(loose.resolvedConfig.endpoint).to.equal('/from-configure/');
    setScriptConfig({ endpoint: '/from-script/', lang: 'fr' });
    await loose.updateComplete;
    expect(loose.resolvedConfig.endpoint).to.equal('/from-script/');
    expect(loose.resolvedConfig.lang).to.equal('fr');
  });

  it('follows a <ww-config> whose endpoint changes', async () => {
    const page = await fixture(html`<ww-config endpoint="/a/"><ww-test-probe></ww-test-probe></ww-config>`);
    const probe = page.querySelector<WwTestProbe>('ww-test-probe')!;
    page.setAttribute('endpoint', '/b/');
    await until(() => probe.resolvedConfig.endpoint === '/b/');
  });

  it('shows a clear, localized message when no endpoint is configured', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const probe = await fixture<WwTestProbe>(html`<ww-test-probe lang="fr"></ww-test-probe>`);
      await until(() => probe.locale === 'fr');
      void probe.load();
      await probe.updateComplete;
      const notice = probe.shadowRoot!.querySelector('[part="notice"]')!;
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(notice.textContent).to.contain(french['endpoint.missing.heading'] as string);
      expect(String(warnings[0])).to.contain('ww-test-probe');
      await expect(probe).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });
});
