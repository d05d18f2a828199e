import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/staff/index.js';
import type { ServiceReport } from '../src/staff/reports/reports.api.js';
import { deep, deepAll, focused, openDesk, removeDesks, resetDeskPage, textOf, waitFor } from './helpers/desk.js';
import { signInAs, signOutPage } from './helpers/desk-session.js';
import { until } from './helpers/locale-state.js';

const PATH = '/v1/staff/directory/reports';

/** A visitor's report on the first service of the directory, from an address of its own (its own limit). */
async function report(kind: string, note?: string): Promise<{ id: string; serviceId: string; serviceName: string }> {
  await executeServerCommand('api-client', { address: '198.51.100.41' });
  try {
    const services = (await (await fetch('/v1/services?page_size=1&sort=name')).json()) as {
      items: { id: string; name: string }[];
    };
    const service = services.items[0]!;
    const response = await fetch(`/v1/services/${service.id}/reports`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ kind, note, lang: 'ht' }),
    });
    if (response.status !== 201) throw new Error(`report: ${response.status} ${await response.text()}`);
    const { id } = (await response.json()) as { id: string };
    return { id, serviceId: service.id, serviceName: services.items[0]!.name };
  } finally {
    await executeServerCommand('api-client', { address: '' });
  }
}

const screenOf = (el: Element) => deep(el, 'ww-staff-reports')!;
const itemOf = (el: Element, id: string) => deep(screenOf(el), `li[data-report="${id}"]`);

async function press(root: Element, selector: string, key = 'Enter'): Promise<void> {
  deep<HTMLElement>(root, selector)!.focus();
  await sendKeys({ press: key });
}

/** The reported problems screen against the real server: editors and admins, by keyboard. */
describe('desk reported problems (real server)', () => {
  beforeEach(async () => {
    removeDesks();
    resetDeskPage();
    await signOutPage();
  });
  afterEach(async () => {
    removeDesks();
    await setViewport({ width: 800, height: 600 });
  });

  it('is not for the desk role: not in its menu, and the address alone says so; the API refuses it', async () => {
    await signInAs('desk');
    const el = await openDesk('#reports?status=open');
    await waitFor(() => textOf(deep(el, 'main')).includes('Your role does not allow this page.'));
    expect(deep(el, 'ww-staff-reports')).to.equal(null);
    expect(textOf(deep(el, 'nav'))).to.not.include('Reported problems');
    expect((await fetch(PATH)).status).to.equal(403);
    await expect(el).to.be.accessible();
  });

  it('an editor reads an open report and closes it without change by keyboard, after saying so', async () => {
    const note = `Nimewo a pa mache ${Date.now()}`;
    const made = await report('wrong-phone', note);
    const other = await report('moved');
    await signInAs('editor');
    const el = await openDesk('#reports?status=open');
    await waitFor(() => itemOf(el, made.id));
    expect(textOf(deep(el, 'nav a[aria-current="page"]'))).to.equal('Reported problems');
    const item = itemOf(el, made.id)!;
    expect(textOf(item.querySelector('h2'))).to.equal(made.serviceName);
    const facts = textOf(item.querySelector('dl'));
    for (const fact of ['Wrong phone number', 'Haitian Creole', note]) expect(facts).to.include(fact);
    expect(item.querySelector('a')!.getAttribute('href')).to.equal(`#service/${made.serviceId}?report=${made.id}`);
    await expect(el).to.be.accessible();

    // Asked first: the way back has focus, and Escape keeps the report open.
    await press(screenOf(el), `#close-${made.id}`);
    await waitFor(() => deep<HTMLDialogElement>(screenOf(el), 'dialog.ask')?.open);
    expect(focused()?.id, 'the way back first').to.equal('close-keep');
    expect(textOf(deep(screenOf(el), '#close-title'))).to.include(made.serviceName);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !deep(screenOf(el), 'dialog.ask'));
    await until(() => focused()?.id === `close-${made.id}`);
    expect(itemOf(el, made.id)).to.not.equal(null);

    await sendKeys({ press: 'Enter' });
    await waitFor(() => deep<HTMLDialogElement>(screenOf(el), 'dialog.ask')?.open);
    await press(screenOf(el), '#close-confirm');
    await until(() => textOf(deep(screenOf(el), '.status')) === `Closed without change: ${made.serviceName}.`);
    await until(() => !itemOf(el, made.id));
    expect(focused()?.localName, 'focus on the report that took its place, or the heading').to.match(/^h[12]$/);
    await expect(el).to.be.accessible();

    const closed = ((await (await fetch(`${PATH}?status=closed`)).json()) as { items: ServiceReport[] }).items.find(
      (r) => r.id === made.id,
    )!;
    expect(closed).to.include({ resolution: 'no-change', closed_by: 'Eve Editor', note });
    // The other report is still open, and the closed view lists the closed one.
    expect(itemOf(el, other.id)).to.not.equal(null);
    await press(screenOf(el), 'nav.views a[aria-current="false"]');
    await waitFor(() => itemOf(el, made.id));
    expect(textOf(itemOf(el, made.id)!.querySelector('dl'))).to.include('No change, by Eve Editor');
    expect(itemOf(el, made.id)!.querySelector('button')).to.equal(null);
  });

  it('in Spanish, at 320 px: the page does not scroll sideways, accessible', async () => {
    await report('unsafe-or-scam', 'Me pidieron dinero por adelantado para un formulario gratuito.');
    await signInAs('admin');
    await setViewport({ width: 320, height: 640 });
    const el = await openDesk('#reports?status=open', 'es');
    await waitFor(() => deep(screenOf(el), 'li.report'));
    expect(textOf(deep(screenOf(el), 'h1'))).to.equal('Problemas reportados');
    expect(deepAll(el, 'ww-staff-reports', 'li.report dd').map(textOf)).to.include('Pareció inseguro o una estafa');
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    await expect(el).to.be.accessible();
  });
});
