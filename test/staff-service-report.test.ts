import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/staff/index.js';
import { findService, readService, staffCall, useCsrf } from './helpers/directory.js';
import { deep, openDesk, removeDesks, resetDeskPage, textOf, typeInto, waitFor } from './helpers/desk.js';
import { signInAs, signOutPage } from './helpers/desk-session.js';
import { until } from './helpers/locale-state.js';

const editor = (el: Element) => deep(el, 'ww-staff-service')!;

/** A visitor's "wrong phone" report in Haitian Creole, as the finder sends it. */
async function reportWrongPhone(serviceId: string): Promise<string> {
  const response = await fetch(`/v1/services/${serviceId}/reports`, {
    method: 'POST',
    credentials: 'omit',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ kind: 'wrong-phone', note: 'Nimewo a pa mache ankò.', lang: 'ht' }),
  });
  if (response.status !== 201) throw new Error(`report: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

async function openReports(serviceId: string): Promise<{ id: string; status: string }[]> {
  const response = await staffCall('GET', `/v1/staff/directory/reports?service_id=${serviceId}&status=open`);
  return ((await response.json()) as { items: { id: string; status: string }[] }).items;
}

/** Needs the reports API (helper B's `/v1/services/{id}/reports` and `/v1/staff/directory/reports`). */
describe('desk service editor with a report beside it (real server)', () => {
  beforeEach(async () => {
    removeDesks();
    resetDeskPage();
    await signOutPage();
    useCsrf((await signInAs('editor')).csrf_token);
  });
  afterEach(() => removeDesks());

  it('shows the report beside the form; the fixing save closes it', async function () {
    this.timeout(30_000);
    const service = await findService((s) => s.phones.length > 1);
    const reportId = await reportWrongPhone(service.id);
    const el = await openDesk(`#service/${service.id}?report=${reportId}`);
    await waitFor(() => deep(editor(el), 'aside.report #f-fixes-report'));
    const aside = deep(editor(el), 'aside.report')!;
    expect(textOf(aside)).to.include('Report: Wrong phone number').and.include('Nimewo a pa mache ankò.');
    expect(aside.querySelector('blockquote')!.getAttribute('lang')).to.equal('ht');
    expect(deep<HTMLInputElement>(editor(el), '#f-fixes-report')!.checked, 'ticked').to.equal(true);
    await expect(el).to.be.accessible();

    const number = `718-555-${String(Date.now() % 10_000).padStart(4, '0')}`;
    typeInto(editor(el), '#f-phones-1-number', number);
    deep<HTMLElement>(editor(el), 'button[type="submit"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => textOf(deep(editor(el), '.status')) === 'Saved, and the report is closed as fixed.', 8000);
    expect((await readService(service.id)).phones[1]!.number).to.equal(number);
    expect((await openReports(service.id)).map((r) => r.id)).to.not.include(reportId);
    await waitFor(() => textOf(deep(editor(el), 'aside.report')).includes('not open for this service any more'));
  });

  it('left unticked, the save keeps the report open', async function () {
    this.timeout(30_000);
    const service = await findService((s) => s.phones.length > 0 && s.locations.length > 0);
    const reportId = await reportWrongPhone(service.id);
    const el = await openDesk(`#service/${service.id}?report=${reportId}`);
    await waitFor(() => deep(editor(el), '#f-fixes-report'));
    deep<HTMLElement>(editor(el), '#f-fixes-report')!.focus();
    await sendKeys({ press: 'Space' });
    typeInto(editor(el), '#f-alternate_name', `Still open ${Date.now()}`);
    deep<HTMLElement>(editor(el), 'button[type="submit"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => textOf(deep(editor(el), '.status')).startsWith('Saved. '), 8000);
    expect((await openReports(service.id)).map((r) => r.id)).to.include(reportId);
  });
});
