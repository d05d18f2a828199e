import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/staff/index.js';
import type { StaffInquiry } from '../src/staff/core/types.js';
import { deep, focused, openDesk, removeDesks, resetDeskPage, waitFor } from './helpers/desk.js';
import { asToken, signInAs, signOutPage, webInquiry } from './helpers/desk-session.js';

const noSideScroll = () =>
  expect(document.documentElement.scrollWidth, 'no horizontal scrolling of the page').to.be.at.most(
    document.documentElement.clientWidth,
  );

/** The desk at 1280 px, on a tablet (768 px) and reflowed at 320 px; in forced colours. */
describe('desk layout (real server)', () => {
  let inquiryId = '';
  before(async () => {
    const { reference } = await webInquiry('es');
    inquiryId = (await asToken<{ items: StaffInquiry[] }>('GET', `/v1/staff/inquiries?q=${reference}`)).items[0]!.id;
  });
  beforeEach(async () => {
    removeDesks();
    resetDeskPage();
    await signOutPage();
    await signInAs('admin');
  });
  afterEach(async () => {
    removeDesks();
    await setViewport({ width: 800, height: 600 });
    await executeServerCommand('emulate-forced-colors', { active: false });
  });

  for (const width of [1280, 768, 320]) {
    it(`fits ${width} px wide on every main screen, tables scrolling on their own`, async () => {
      await setViewport({ width, height: 800 });
      for (const [hash, ready] of [
        ['#queue', ['ww-staff-queue', 'tbody tr']],
        [`#inquiry/${inquiryId}`, ['ww-staff-inquiry', 'form.work']],
        ['#log-call', ['ww-staff-call-log', '#f-topic option[value="housing"]']],
        ['#accounts', ['ww-staff-accounts', 'tbody tr']],
        ['#events', ['ww-staff-events', 'h1']],
        ['#event/new', ['ww-staff-event', 'form.editor #f-place option']],
      ] as const) {
        removeDesks();
        const el = await openDesk(hash);
        await waitFor(() => deep(el, ...ready));
        noSideScroll();
        const nav = deep(el, 'nav')!.getBoundingClientRect();
        const main = deep(el, 'main')!.getBoundingClientRect();
        if (width >= 1280) expect(nav.right, 'the menu beside the screen').to.be.at.most(main.left);
        else expect(nav.bottom, 'the menu above the screen').to.be.at.most(main.top);
      }
    });
  }

  it('keeps a visible focus ring and the current page marked in forced colours', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    const el = await openDesk('#queue');
    await waitFor(() => deep(el, 'ww-staff-queue', 'tbody tr'));
    const current = deep(el, 'nav a[aria-current="page"]')!;
    expect(getComputedStyle(current).borderInlineStartStyle).to.equal('solid');
    current.focus();
    await sendKeys({ press: 'Tab' });
    const ring = getComputedStyle(focused()!);
    expect(ring.outlineStyle).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    await expect(el).to.be.accessible();
  });
});
