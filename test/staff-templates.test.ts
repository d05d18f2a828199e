import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/staff/index.js';
import type { ReplyTemplate } from '../src/staff/core/types.js';
import {
  choose,
  deep,
  deepAll,
  focused,
  openDesk,
  removeDesks,
  resetDeskPage,
  textOf,
  waitFor,
} from './helpers/desk.js';
import { asToken, sessionWrite, signInAs, signOutPage } from './helpers/desk-session.js';
import { until } from './helpers/locale-state.js';

const templatesIn = async (locale: string) =>
  (await asToken<{ items: ReplyTemplate[] }>('GET', `/v1/staff/reply-templates?locale=${locale}`)).items;

const rowOf = (el: HTMLElement, code: string) =>
  deepAll(el, 'ww-staff-templates', 'tbody tr').find((r) => r.querySelector(`#edit-${code}`))!;

/** Types into the field that has focus, replacing what it holds. */
async function typeReplacing(text: string): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'a' });
  await sendKeys({ up: 'Control' });
  await sendKeys({ type: text });
}

/** The reply templates screen against the real server: administrators only, per language, drafts kept. */
describe('desk reply templates (real server)', () => {
  beforeEach(async () => {
    removeDesks();
    resetDeskPage();
    await signOutPage();
  });
  afterEach(async () => {
    removeDesks();
    await setViewport({ width: 800, height: 600 });
  });

  it('is not for the desk role: not in its menu, and the address alone says so', async () => {
    await signInAs('desk');
    const el = await openDesk('#templates');
    await waitFor(() => textOf(deep(el, 'main')).includes('Your role does not allow this page.'));
    expect(deep(el, 'ww-staff-templates')).to.equal(null);
    expect(textOf(deep(el, 'nav'))).to.not.include('Reply templates');
    const write = await sessionWrite('PUT', '/v1/staff/reply-templates/referred/ht', {
      title: 'x',
      subject: 'x',
      body: 'x',
    });
    expect(write.status).to.equal(403);
    expect(((await write.json()) as { type: string }).type).to.match(/forbidden$/);
    await expect(el).to.be.accessible();
  });

  it('an administrator corrects the Haitian Creole "referred" template by keyboard and marks it reviewed', async () => {
    await signInAs('admin');
    const before = (await templatesIn('ht')).find((t) => t.code === 'referred')!;
    expect(before.reviewed, 'a machine draft to start with').to.equal(false);
    const el = await openDesk('#queue');
    const menu = deepAll<HTMLAnchorElement>(el, 'nav a').find((a) => textOf(a) === 'Reply templates')!;
    menu.click();
    const screen = () => deep(el, 'ww-staff-templates')!;
    await waitFor(() => deep(screen(), 'tbody tr'));

    choose(screen(), '#f-locale', 'ht');
    deep<HTMLButtonElement>(screen(), 'form.toolbar button[type="submit"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => location.hash === '#templates?locale=ht');
    await until(() => textOf(deep(screen(), 'caption')) === 'Templates in Haitian Creole');
    await until(() => !!rowOf(el, 'referred'));
    expect(textOf(rowOf(el, 'referred'))).to.include('Machine draft, not reviewed');
    await expect(el).to.be.accessible();

    deep<HTMLButtonElement>(screen(), '#edit-referred')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused()?.id === 'editor-title');
    expect(textOf(deep(screen(), '.editor'))).to.include('A machine translated this text');
    expect(textOf(deep(screen(), '.placeholders')))
      .to.include('{reference}')
      .and.include('{status_url}');
    expect(deep(screen(), '#f-body')!.getAttribute('dir')).to.equal('auto');
    expect(deep(screen(), '#f-subject')!.getAttribute('dir')).to.equal('auto');
    await expect(el).to.be.accessible();

    // A placeholder misspelled is refused before it reaches anyone.
    const subject = `Demann ou {reference}: nou voye l bay {referral} (${Date.now()})`;
    deep<HTMLInputElement>(screen(), '#f-subject')!.focus();
    await typeReplacing('Demann ou {referal}');
    await sendKeys({ press: 'Enter' });
    await until(() => textOf(deep(screen(), '#f-subject-error')).includes('{referal} is not a placeholder'));
    expect(focused()?.id).to.equal('f-subject');
    await expect(el).to.be.accessible();

    await typeReplacing(subject);
    deep<HTMLInputElement>(screen(), '#f-reviewed')!.focus();
    await sendKeys({ press: 'Space' });
    deep<HTMLInputElement>(screen(), '#f-subject')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => textOf(deep(screen(), '.status')) === 'Saved: Nou voye l bay yon patnè (Haitian Creole).');
    await until(() => focused()?.id === 'edit-referred');
    expect(deep(screen(), '.editor'), 'the form closes').to.equal(null);
    await until(() => textOf(rowOf(el, 'referred')).includes('Reviewed'));
    expect(textOf(rowOf(el, 'referred'))).to.not.include('Machine draft');
    await expect(el).to.be.accessible();

    const after = (await templatesIn('ht')).find((t) => t.code === 'referred')!;
    expect(after).to.include({ reviewed: true, subject, fallback: false, body: before.body });
  });

  it('keeps a draft through a reload; an Arabic template edits right to left; discarding forgets it', async () => {
    await signInAs('admin');
    let el = await openDesk('#templates?locale=ar');
    const screen = () => deep(el, 'ww-staff-templates')!;
    await waitFor(() => deep(screen(), '#edit-received'));
    deep<HTMLButtonElement>(screen(), '#edit-received')!.click();
    await waitFor(() => deep(screen(), '#f-body'));
    const body = deep<HTMLTextAreaElement>(screen(), '#f-body')!;
    expect(body.matches(':dir(rtl)'), 'Arabic text reads right to left').to.equal(true);
    body.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' مسودة' });
    const typed = body.value;

    removeDesks();
    el = await openDesk('#templates?locale=ar');
    await waitFor(() => deep(screen(), '#f-body'));
    expect(deep<HTMLTextAreaElement>(screen(), '#f-body')!.value, 'the draft is back').to.equal(typed);
    expect(textOf(rowOf(el, 'received'))).to.include('Unsaved changes');
    await expect(el).to.be.accessible();

    const discard = [...screen().shadowRoot!.querySelectorAll<HTMLButtonElement>('.editor button')].find(
      (b) => textOf(b) === 'Discard changes',
    )!;
    discard.click();
    await until(() => focused()?.id === 'edit-received');
    expect(textOf(rowOf(el, 'received'))).to.not.include('Unsaved changes');
    removeDesks();
    el = await openDesk('#templates?locale=ar');
    await waitFor(() => deep(screen(), '#edit-received'));
    expect(deep(screen(), '.editor'), 'nothing kept').to.equal(null);
  });

  it('says which templates fall back to English, in Spanish, and reflows at 320 px', async () => {
    await signInAs('admin');
    // A template the office wrote only in English: every other language sends the English one.
    const code = `closing-${Date.now()}`;
    const put = await sessionWrite('PUT', `/v1/staff/reply-templates/${code}/en`, {
      title: 'Closing',
      subject: 'Your request {reference}',
      body: 'We close it.',
    });
    expect(put.status).to.equal(201);
    await setViewport({ width: 320, height: 640 });
    const el = await openDesk('#templates?locale=so', 'es');
    const screen = () => deep(el, 'ww-staff-templates')!;
    await waitFor(() => deep(screen(), `#edit-${code}`));
    expect(textOf(deep(screen(), 'h1'))).to.equal('Plantillas de respuesta');
    expect(textOf(rowOf(el, code))).to.include('No hay versión en somalí: se envía la inglesa');
    deep<HTMLButtonElement>(screen(), `#edit-${code}`)!.click();
    await waitFor(() => deep(screen(), '#f-body'));
    expect(textOf(deep(screen(), '.editor'))).to.include('Todavía no hay versión en somalí');
    expect(deep<HTMLInputElement>(screen(), '#f-reviewed')!.checked, 'not reviewed in Somali').to.equal(false);
    expect(document.documentElement.scrollWidth, 'no horizontal scrolling').to.be.at.most(
      document.documentElement.clientWidth,
    );
    await expect(el).to.be.accessible();
  });
});
