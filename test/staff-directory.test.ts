import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/staff/index.js';
import { listServices, readService } from './helpers/directory.js';
import { choose, deep, deepAll, openDesk, removeDesks, textOf, waitFor } from './helpers/desk.js';
import { signInAs } from './helpers/desk-session.js';
import { until } from './helpers/locale-state.js';
import { freshDeskEachTest } from './helpers/desk-hooks.js';

const screenOf = (el: Element) => deep(el, 'ww-staff-directory')!;
const names = (el: Element) => deepAll(el, 'ww-staff-directory', 'tbody th').map(textOf);
const noSideScroll = () =>
  expect(document.documentElement.scrollWidth, 'no horizontal scrolling of the page').to.be.at.most(
    document.documentElement.clientWidth,
  );

async function press(root: Element, selector: string, key = 'Enter'): Promise<void> {
  deep<HTMLElement>(root, selector)!.focus();
  await sendKeys({ press: key });
}

describe('desk directory list (real server)', () => {
  freshDeskEachTest();

  it('is for editors and admins: the desk role is told so, and has no menu entry', async () => {
    await signInAs('desk');
    const el = await openDesk('#directory');
    await waitFor(() => textOf(deep(el, 'main')).includes('Your role does not allow this page.'));
    expect(deep(el, 'ww-staff-directory')).to.equal(null);
    expect(textOf(deep(el, 'nav'))).to.not.include('Directory');
    await expect(el).to.be.accessible();
  });

  it('lists services with availability and verification; search and state go in the address', async () => {
    await signInAs('editor');
    const el = await openDesk('#directory');
    expect(textOf(deep(el, 'nav a[aria-current="page"]'))).to.equal('Directory');
    await waitFor(() => deep(screenOf(el), 'tbody tr'));
    const first = (await listServices())[0]!;
    const service = await readService(first.id);
    const row = deepAll(el, 'ww-staff-directory', 'tbody tr').find((r) => textOf(r.querySelector('th')) === first.name);
    expect(row, 'the first service is listed').to.not.equal(undefined);
    expect(textOf(row!)).to.include(service.organization.name);
    await expect(el).to.be.accessible();

    // Search by a word of its name, and only the drafts.
    const word = first.name.split(/\s+/).find((w) => w.length > 4) ?? first.name;
    deep<HTMLInputElement>(screenOf(el), '#filter-q')!.value = word;
    choose(screenOf(el), '#filter-state', 'drafts');
    await press(screenOf(el), 'form.toolbar button[type="submit"]');
    await until(() => location.hash === `#directory?q=${encodeURIComponent(word).replace(/%20/g, '+')}&state=drafts`);
    const expected = (await listServices({ q: word, state: 'drafts' })).map((s) => s.name);
    expect(expected, 'the sample directory has drafts for this word').to.not.deep.equal([]);
    await until(
      () =>
        JSON.stringify(names(el)) === JSON.stringify(expected.slice(0, 25)) ||
        (!expected.length && !!deep(screenOf(el), '#no-services')),
    );
    expect(textOf(deep(screenOf(el), '.status'))).to.equal(`Found: ${expected.length}`);
    await expect(el).to.be.accessible();
  });

  it('opens a service and "New service" from the list', async () => {
    await signInAs('editor');
    const el = await openDesk('#directory');
    await waitFor(() => deep(screenOf(el), 'tbody tr a'));
    const link = deep<HTMLAnchorElement>(screenOf(el), 'tbody tr a')!;
    await press(screenOf(el), 'tbody tr a');
    await waitFor(() => deep(el, 'ww-staff-service', 'form.editor'));
    expect(location.hash).to.equal(link.getAttribute('href'));
    expect(textOf(deep(el, 'nav a[aria-current="page"]'))).to.equal('Directory');
    removeDesks();
    const again = await openDesk('#directory');
    await waitFor(() => deep(screenOf(again), '#new-service'));
    await press(screenOf(again), '#new-service');
    await waitFor(() => deep(again, 'ww-staff-service', '#f-organization_name'));
    expect(textOf(deep(again, 'ww-staff-service', 'h1'))).to.equal('New service');
  });

  it('opens the directory, a service and the review queue in Spanish', async () => {
    await signInAs('editor');
    const [first] = await listServices();
    for (const [hash, tag, title] of [
      ['#directory', 'ww-staff-directory', 'Directorio'],
      ['#review?locale=ht', 'ww-staff-review', 'Revisión de traducciones'],
      [`#service/${first!.id}`, 'ww-staff-service', first!.name],
    ] as const) {
      removeDesks();
      const el = await openDesk(hash, 'es');
      await waitFor(() => deep(el, tag, 'h1') && !deep(el, tag, '.loading'));
      expect(textOf(deep(el, tag, 'h1')), hash).to.equal(title);
      await expect(el).to.be.accessible();
    }
    expect(textOf(deep(document.querySelector('ww-staff-desk')!, 'ww-staff-service', '#details-title'))).to.equal(
      'Datos',
    );
  });

  it('reflows at 320 px, in forced colours', async () => {
    await signInAs('editor');
    await setViewport({ width: 320, height: 800 });
    await executeServerCommand('emulate-forced-colors', { active: true });
    const el = await openDesk('#directory');
    await waitFor(() => deep(screenOf(el), 'tbody tr'));
    noSideScroll();
    await expect(el).to.be.accessible();
  });
});
