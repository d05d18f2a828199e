import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/staff/index.js';
import type { StaffInquiry } from '../src/staff/core/types.js';
import {
  choose,
  deep,
  focused,
  openDesk,
  removeDesks,
  resetDeskPage,
  textOf,
  typeInto,
  waitFor,
} from './helpers/desk.js';
import { asToken, signInAs, signOutPage, webInquiry } from './helpers/desk-session.js';
import { until } from './helpers/locale-state.js';

/** A fresh web inquiry's id, found by its reference as staff would. */
async function freshInquiry(language = 'es'): Promise<StaffInquiry> {
  const { reference } = await webInquiry(language);
  const { items } = await asToken<{ items: StaffInquiry[] }>('GET', `/v1/staff/inquiries?q=${reference}`);
  return items[0]!;
}

const screen = (el: Element) => deep(el, 'ww-staff-inquiry')!;
const status = (el: Element) => textOf(deep(screen(el), '.status'));
const save = (el: Element) => deep<HTMLButtonElement>(screen(el), 'form.work button[type="submit"]')!.click();

/** One inquiry against the real server: decrypted, assigned, referred, saved with If-Match, notes kept as drafts. */
describe('ww-staff-inquiry (real server)', () => {
  let me: { id: string | null };
  beforeEach(async () => {
    removeDesks();
    resetDeskPage();
    await signOutPage();
    me = await signInAs('desk');
  });
  afterEach(removeDesks);

  it('shows what the person sent, decrypted, and what to work on', async () => {
    const inquiry = await freshInquiry();
    const el = await openDesk(`#inquiry/${inquiry.id}`);
    await waitFor(() => deep(screen(el), 'form.work'));
    const details = textOf(deep(screen(el), '.panel[aria-labelledby="details-title"]'));
    expect(details).to.include('María Pérez');
    expect(details).to.include('maria@example.org');
    expect(details).to.include('Necesito ayuda con mi solicitud de ciudadanía.');
    expect(details).to.include('Spanish');
    expect(textOf(deep(screen(el), 'h1'))).to.equal(`Inquiry ${inquiry.reference}`);
    await expect(el).to.be.accessible();
  });

  it('assigns to me, refers to a destination (asking for one first) and saves, by keyboard', async () => {
    const inquiry = await freshInquiry();
    const el = await openDesk(`#inquiry/${inquiry.id}`);
    await waitFor(() => deep(screen(el), 'form.work') && deep(screen(el), '#f-referral_code optgroup'));
    const assign = [...screen(el).shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => b.textContent!.trim() === 'Assign to me',
    )!;
    assign.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => status(el) === 'Saved.');
    expect(deep<HTMLSelectElement>(screen(el), '#f-assigned_to')!.value).to.equal(me.id);
    choose(screen(el), '#f-status', 'referred');
    save(el);
    await until(() => focused()?.id === 'f-referral_code');
    expect(textOf(deep(screen(el), '#f-referral_code-error'))).to.include('Choose where the person was referred');
    await expect(el).to.be.accessible();
    const code = deep<HTMLOptionElement>(screen(el), '#f-referral_code optgroup option')!.value;
    choose(screen(el), '#f-referral_code', code);
    save(el);
    await until(() => status(el) === 'Saved.');
    const saved = await asToken<StaffInquiry>('GET', `/v1/staff/inquiries/${inquiry.id}`);
    expect(saved.status).to.equal('referred');
    expect(saved.referral_code).to.equal(code);
    expect(saved.assigned_to?.id).to.equal(me.id);
  });

  it('offers a desk user every desk colleague to give it to, and no one without the desk role', async () => {
    const inquiry = await freshInquiry();
    const el = await openDesk(`#inquiry/${inquiry.id}`);
    await until(() => (deep<HTMLSelectElement>(screen(el), '#f-assigned_to')?.options.length ?? 0) > 2);
    const names = [...deep<HTMLSelectElement>(screen(el), '#f-assigned_to')!.options].map((o) => o.textContent!.trim());
    expect(names).to.include('Carl Colleague');
    expect(names).to.include('Ada Admin');
    expect(names).not.to.include('Eve Editor');
    choose(
      screen(el),
      '#f-assigned_to',
      deep<HTMLSelectElement>(screen(el), '#f-assigned_to')!.options[names.indexOf('Carl Colleague')]!.value,
    );
    save(el);
    await until(() => status(el) === 'Saved.');
    const saved = await asToken<StaffInquiry>('GET', `/v1/staff/inquiries/${inquiry.id}`);
    expect(saved.assigned_to?.name).to.equal('Carl Colleague');
  });

  it('says who changed it meanwhile, and Reload keeps the edits (If-Match, 412)', async () => {
    const inquiry = await freshInquiry();
    const el = await openDesk(`#inquiry/${inquiry.id}`);
    await waitFor(() => deep(screen(el), '#f-topic option[value="housing"]'));
    choose(screen(el), '#f-topic', 'housing');
    // A colleague (here a script with a token) saves first.
    await asToken('PATCH', `/v1/staff/inquiries/${inquiry.id}`, { status: 'in-progress' });
    save(el);
    await waitFor(() => deep(screen(el), '.stale'));
    const stale = textOf(deep(screen(el), '.stale'));
    expect(stale).to.match(/^Changed by browser-tests at .+\. Reload to see their change; your edits are kept\./);
    expect(deep(screen(el), '.stale')!.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
    deep<HTMLButtonElement>(screen(el), '.stale button')!.click();
    await until(() => status(el).startsWith('Reloaded.'));
    expect(deep<HTMLSelectElement>(screen(el), '#f-status')!.value, 'their change').to.equal('in-progress');
    expect(deep<HTMLSelectElement>(screen(el), '#f-topic')!.value, 'my edit').to.equal('housing');
    expect(textOf(deep(screen(el), 'form.work'))).to.include('Not saved yet: Topic');
    save(el);
    await until(() => status(el) === 'Saved.');
    const saved = await asToken<StaffInquiry>('GET', `/v1/staff/inquiries/${inquiry.id}`);
    expect([saved.status, saved.topic]).to.deep.equal(['in-progress', 'housing']);
  });

  it('keeps a note being written, and unsaved edits, through a reload; then adds the note', async () => {
    const inquiry = await freshInquiry();
    let el = await openDesk(`#inquiry/${inquiry.id}`);
    await waitFor(() => deep(screen(el), '#f-note'));
    typeInto(screen(el), '#f-note', 'Called back, left a message.');
    choose(screen(el), '#f-status', 'in-progress');
    removeDesks(); // as a reload does
    el = await openDesk(`#inquiry/${inquiry.id}`);
    await waitFor(() => deep(screen(el), '#f-note'));
    expect(deep<HTMLTextAreaElement>(screen(el), '#f-note')!.value).to.equal('Called back, left a message.');
    expect(deep<HTMLSelectElement>(screen(el), '#f-status')!.value).to.equal('in-progress');
    deep<HTMLButtonElement>(screen(el), '#f-note')!
      .closest('form')!
      .querySelector<HTMLButtonElement>('button[type="submit"]')!
      .click();
    await until(() => status(el) === 'Note added.');
    expect(textOf(deep(screen(el), '.notes'))).to.include('Called back, left a message.');
    expect(deep<HTMLTextAreaElement>(screen(el), '#f-note')!.value).to.equal('');
    expect(sessionStorage.getItem(`ww:draft:staff:note:${inquiry.id}`)).to.equal(null);
  });

  it('opens the sign-in over the screen when the session ends, keeping what was typed', async () => {
    const inquiry = await freshInquiry();
    const el = await openDesk(`#inquiry/${inquiry.id}`);
    await waitFor(() => deep(screen(el), '#f-note'));
    typeInto(screen(el), '#f-note', 'Typed before the session ended.');
    await signOutPage(); // another tab signs out
    deep(screen(el), '#f-note')!.closest('form')!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitFor(() => deep<HTMLDialogElement>(el, 'dialog')?.open);
    const dialog = deep(el, 'dialog')!;
    expect(textOf(dialog)).to.include('Your session ended. Sign in again: what you typed is kept.');
    await expect(el).to.be.accessible();
    const signIn = deep(el, 'dialog ww-staff-sign-in')!;
    typeInto(signIn, '#f-email', 'desk@desk.test');
    typeInto(signIn, '#f-password', 'correct horse battery staple');
    deep<HTMLButtonElement>(signIn, 'button[type="submit"]')!.click();
    await until(() => !deep(el, 'dialog'));
    expect(deep<HTMLTextAreaElement>(screen(el), '#f-note')!.value).to.equal('Typed before the session ended.');
    deep(screen(el), '#f-note')!.closest('form')!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => status(el) === 'Note added.');
  });

  it("replies by email from a template in the person's language; the draft survives a reload; the outbox keeps it", async () => {
    const inquiry = await freshInquiry('es');
    let el = await openDesk(`#inquiry/${inquiry.id}`);
    await waitFor(() => deep(screen(el), '#f-template option[value="received"]'));
    choose(screen(el), '#f-template', 'received');
    await until(() => deep<HTMLInputElement>(screen(el), '#f-subject')!.value === 'Recibimos su mensaje ({reference})');
    expect(deep<HTMLTextAreaElement>(screen(el), '#f-body')!.value).to.include('Gracias por comunicarse');
    typeInto(screen(el), '#f-body', `${deep<HTMLTextAreaElement>(screen(el), '#f-body')!.value}\nSaludos, Dana`);
    await expect(el).to.be.accessible();
    removeDesks(); // as a reload does
    el = await openDesk(`#inquiry/${inquiry.id}`);
    await waitFor(() => deep(screen(el), '#f-template option[value="received"]'));
    expect(deep<HTMLTextAreaElement>(screen(el), '#f-body')!.value).to.match(/Saludos, Dana$/);
    expect(deep<HTMLSelectElement>(screen(el), '#f-template')!.value).to.equal('received');
    deep<HTMLButtonElement>(screen(el), '#f-body')!
      .closest('form')!
      .querySelector<HTMLButtonElement>('button[type="submit"]')!
      .click();
    await until(() => status(el) === 'Reply: Kept in the outbox (no mail server).');
    await waitFor(() => deep(screen(el), '#replies-caption'));
    const history = textOf(deep(screen(el), '#replies-caption')!.closest('table'));
    expect(history).to.include('Recibimos su mensaje');
    expect(history).to.include('Dana Desk');
    expect(deep<HTMLInputElement>(screen(el), '#f-subject')!.value).to.equal('');
    removeDesks();
    const outbox = await openDesk('#outbox');
    await waitFor(() => deep(outbox, 'ww-staff-outbox', '.mail li'));
    const text = textOf(deep(outbox, 'ww-staff-outbox'));
    expect(text).to.include('No mail server is set up, so mail is kept here instead of being sent.');
    expect(text).to.include(`Recibimos su mensaje (${inquiry.reference})`);
    expect(text).to.include('maria@example.org');
    await expect(outbox).to.be.accessible();
  });

  it('is in Spanish for a Spanish reader', async () => {
    const inquiry = await freshInquiry();
    const el = await openDesk(`#inquiry/${inquiry.id}`, 'es');
    await waitFor(() => deep(screen(el), 'form.work'));
    expect(textOf(deep(screen(el), 'h1'))).to.equal(`Consulta ${inquiry.reference}`);
    expect(textOf(deep(screen(el), '#work-title'))).to.equal('Trabajar en ella');
    expect(textOf(deep(screen(el), 'label[for="f-status"]'))).to.equal('Estado');
    await expect(el).to.be.accessible();
  });
});
