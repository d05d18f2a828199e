import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/staff/index.js';
import { deep, deepAll, focused, openDesk, removeDesks, resetDeskPage, textOf, waitFor } from './helpers/desk.js';
import { signInAs, signOutPage, webInquiry } from './helpers/desk-session.js';
import { until } from './helpers/locale-state.js';

const rows = (el: Element) => deepAll(el, 'ww-staff-queue', 'tbody tr');

/** The queue against the real server, signed in as a desk user, by keyboard. */
describe('ww-staff-queue (real server)', () => {
  before(async () => {
    await webInquiry('es');
    await webInquiry('ht', 'jean@example.org');
  });
  beforeEach(async () => {
    removeDesks();
    resetDeskPage();
    await signOutPage();
    await signInAs('desk');
  });
  afterEach(removeDesks);

  it('is a table with a caption, the received column sortable, the overdue count above', async () => {
    const el = await openDesk('#queue');
    await waitFor(() => rows(el).length > 0);
    const queue = deep(el, 'ww-staff-queue')!;
    expect(textOf(deep(queue, 'caption'))).to.match(/^Inquiries, newest first: [\d,]+ in all$/);
    expect(deep(queue, 'th[aria-sort]')!.getAttribute('aria-sort')).to.equal('descending');
    expect(textOf(deep(queue, '.overdue-count'))).to.match(/Overdue inquiries: [\d,]+|Nothing is overdue\./);
    expect(textOf(deep(queue, '[role="status"]'))).to.match(/^Found: [\d,]+$/);
    await expect(el).to.be.accessible();
  });

  it('filters by keyboard: the form writes the address, and the table follows', async () => {
    const el = await openDesk('#queue');
    await waitFor(() => rows(el).length > 0);
    const queue = deep(el, 'ww-staff-queue')!;
    deep<HTMLSelectElement>(queue, '#f-status')!.focus();
    await sendKeys({ press: 'ArrowDown' }); // "Open (new or in progress)"
    expect(deep<HTMLSelectElement>(queue, '#f-status')!.value).to.equal('new,in-progress');
    while (focused()?.textContent?.trim() !== 'Show') await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(() => location.hash === '#queue?status=new%2Cin-progress&sort=newest');
    await until(() => rows(el).length > 0 && rows(el).every((r) => /New|In progress/.test(textOf(r))));
    expect(deep<HTMLSelectElement>(queue, '#f-status')!.value, 'the form shows the filter').to.equal('new,in-progress');
  });

  it('sorts oldest first from the column header, and Enter on a reference opens the inquiry', async () => {
    const el = await openDesk('#queue');
    await waitFor(() => rows(el).length > 0);
    const queue = deep(el, 'ww-staff-queue')!;
    deep<HTMLButtonElement>(queue, 'th[aria-sort] button')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => location.hash.includes('sort=oldest'));
    await until(() => deep(queue, 'th[aria-sort]')?.getAttribute('aria-sort') === 'ascending');
    await until(() => textOf(deep(queue, 'caption')).startsWith('Inquiries, oldest first'));
    // The rows of the newest-first page stay until the oldest-first page is here (the table says it is busy).
    await until(() => deep(queue, '.table-wrap')?.getAttribute('aria-busy') === 'false');
    const link = deep<HTMLAnchorElement>(queue, 'tbody tr a')!;
    const reference = link.textContent!.trim();
    link.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => location.hash.startsWith('#inquiry/'));
    await waitFor(() => textOf(deep(el, 'ww-staff-inquiry', 'h1')).includes(reference), 8000);
    await until(() => focused()?.tagName === 'H1').catch(() => {
      throw new Error(`focus is on ${focused()?.outerHTML}`);
    });
  });

  it('is in Spanish for a Spanish reader', async () => {
    const el = await openDesk('#queue', 'es');
    await waitFor(() => rows(el).length > 0);
    const queue = deep(el, 'ww-staff-queue')!;
    expect(textOf(deep(queue, 'h1'))).to.equal('Bandeja de consultas');
    expect(textOf(deep(queue, 'caption'))).to.match(/^Consultas, las más recientes primero: [\d.]+ en total$/);
    expect(textOf(deep(el, 'nav'))).to.include('Registrar una llamada');
    await expect(el).to.be.accessible();
  });
});
