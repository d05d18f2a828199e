import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/staff/index.js';
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
import { signInAs, signOutPage } from './helpers/desk-session.js';
import { until } from './helpers/locale-state.js';

const screen = (el: Element) => deep(el, 'ww-staff-outreach')!;

/** The outreach log against the real server: counts only, kept as a draft until logged. */
describe('ww-staff-outreach (real server)', () => {
  beforeEach(async () => {
    removeDesks();
    resetDeskPage();
    await signOutPage();
    await signInAs('desk');
  });
  afterEach(removeDesks);

  it('logs an event with people reached by language and topic and sign-ups, then lists it', async () => {
    const el = await openDesk('#outreach');
    await waitFor(() => deep(screen(el), '#f-reach-0-topic option[value="housing"]'));
    await expect(el).to.be.accessible();
    typeInto(screen(el), '#f-place', 'Jackson Heights library');
    typeInto(screen(el), '#f-partner', 'Queens Public Library');
    choose(screen(el), '#f-reach-0-language', 'es');
    choose(screen(el), '#f-reach-0-topic', 'housing');
    typeInto(screen(el), '#f-reach-0-people', '12');
    deep<HTMLButtonElement>(screen(el), '#add-row')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused()?.id === 'f-reach-1-language');
    choose(screen(el), '#f-reach-1-language', 'bn');
    choose(screen(el), '#f-reach-1-topic', 'municipal-id');
    typeInto(screen(el), '#f-reach-1-people', '5');
    typeInto(screen(el), '#f-signup-idnyc', '4');
    deep<HTMLButtonElement>(screen(el), 'form.outreach > .actions button[type="submit"]')!.click();
    await until(() => textOf(deep(screen(el), '.status')) === 'Outreach logged: Jackson Heights library.');
    await until(() => textOf(deep(screen(el), 'tbody')).includes('Jackson Heights library'));
    const row = [...screen(el).shadowRoot!.querySelectorAll('tbody tr')].find((r) =>
      textOf(r).includes('Jackson Heights library'),
    )!;
    expect([...row.querySelectorAll('.num')].map((c) => c.textContent!.trim())).to.deep.equal(['17', '4']);
    expect(deep<HTMLInputElement>(screen(el), '#f-place')!.value, 'a fresh form').to.equal('');
  });

  it('says what is missing on each field, and keeps the form through a reload', async () => {
    let el = await openDesk('#outreach');
    await waitFor(() => deep(screen(el), '#f-reach-0-topic option[value="housing"]'));
    typeInto(screen(el), '#f-reach-0-people', 'twelve');
    deep<HTMLButtonElement>(screen(el), 'form.outreach > .actions button[type="submit"]')!.click();
    await until(() => focused()?.id === 'f-place');
    expect(textOf(deep(screen(el), '#f-place-error'))).to.include('Enter where it was.');
    expect(textOf(deep(screen(el), '.reach-row .error'))).to.include('Choose a topic and enter how many people');
    await expect(el).to.be.accessible();
    removeDesks();
    el = await openDesk('#outreach');
    await waitFor(() => deep(screen(el), '#f-reach-0-people'));
    expect(deep<HTMLInputElement>(screen(el), '#f-reach-0-people')!.value).to.equal('twelve');
  });
});
