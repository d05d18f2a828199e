import { expect, fixture, html } from '@open-wc/testing';
import './helpers/probe-element.js';
import type { WwTestProbe } from './helpers/probe-element.js';
import { until } from './helpers/locale-state.js';

// The script-tag build loads <ww-config> on demand: it may be defined after the
// widgets inside it. This file defines it only after the widget is on the page.
describe('<ww-config> defined after its widgets', () => {
  it('reaches the widgets once it is defined', async () => {
    const page = await fixture(html`<ww-config endpoint="/late/"><ww-test-probe></ww-test-probe></ww-config>`);
    const probe = page.querySelector<WwTestProbe>('ww-test-probe')!;
    expect(probe.resolvedConfig.endpoint).to.equal(undefined);
    await import('../src/components/config/register.js');
    await until(() => probe.resolvedConfig.endpoint === '/late/');
  });
});
