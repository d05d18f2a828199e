import { expect, fixture, html } from '@open-wc/testing';
import type { ServiceSummary } from '../src/components/service-finder/service-finder.api.js';
import { renderActions } from '../src/components/service-finder/parts/service-card.js';
import { webHref } from '../src/core/web-href.js';

describe('links from the server', () => {
  it('are followed only when they are web addresses', () => {
    expect(webHref('https://help.example.org/a?b=1')).to.equal('https://help.example.org/a?b=1');
    expect(webHref(' HTTP://library.example ')).to.equal('HTTP://library.example');
    for (const bad of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:x',
      '//x.example',
      '',
      null,
      undefined,
    ]) {
      expect(webHref(bad), String(bad)).to.equal(undefined);
    }
  });

  it('a service card offers no Website link for a javascript: address (an HSDS API the office does not run)', async () => {
    const service = { id: 's', name: 'Clinic', url: 'javascript:alert(document.domain)', phones: [], locations: [] };
    const el = await fixture(html`<div>${renderActions(service as unknown as ServiceSummary)}</div>`);
    expect([...el.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.not.include(service.url);
    const safe = await fixture(
      html`<div>${renderActions({ ...service, url: 'https://clinic.example' } as unknown as ServiceSummary)}</div>`,
    );
    expect([...safe.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include('https://clinic.example');
  });
});
