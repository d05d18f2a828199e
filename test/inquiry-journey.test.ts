import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { templates as wolof } from '../src/generated/locales/inquiry/wo.js';
import { deepActive, messageText, tabTo, waitFor } from './helpers/page-journey.js';

/**
 * The inquiry issue's journey on the council demo page, keyboard only: a
 * Wolof speaker on a slow phone sends a question while the office's server
 * is down, closes the tab, and comes back later: the inquiry arrives once and
 * its reference is shown. The page loads the script-tag bundle; /v1/ is the
 * reference server (taken down with the `api-outage` command).
 */
const wo = (id: string) => messageText(wolof, id);

async function openCouncilPage() {
  const frame = document.createElement('iframe');
  frame.src = '/demo/council.html';
  frame.style.width = '420px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  frame.contentWindow!.focus();
  const doc = frame.contentDocument!;
  const form = await waitFor(() => doc.querySelector('ww-inquiry-form')?.shadowRoot ?? null, 10000);
  return { frame, doc, form };
}

const staffCount = async (reference: string) => {
  const response = await fetch(`/v1/staff/inquiries?q=${encodeURIComponent(reference)}`, {
    headers: { Authorization: 'Bearer test-staff-token' },
  });
  expect(response.status).to.equal(200);
  return (await response.json()) as { total: number; items: { preferred_language: string; channel: string }[] };
};

describe('council page: an inquiry in Wolof, sent while the server is down, arrives once', () => {
  afterEach(async () => {
    await executeServerCommand('api-outage', { down: false });
    await executeServerCommand('throttle-network', { profile: 'none' });
  });

  it('keeps it on the phone, delivers it on the next visit, and shows the reference', async function () {
    this.timeout(90_000);
    const first = await openCouncilPage();
    const { doc, form } = first;

    // Wolof, chosen with the page's language picker.
    const picker = doc.querySelector('ww-language-picker')!;
    await tabTo(doc, (el) => el.getAttribute('part') === 'button' && picker.shadowRoot!.contains(el));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ type: 'Wolof' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => form.querySelector('[part="base"]')?.getAttribute('lang') === 'wo', 8000);
    await waitFor(() => form.querySelectorAll('#f-topic option').length > 1, 10000);

    // A slow phone, and the office's server goes down.
    await executeServerCommand('throttle-network', { profile: 'slow-3g' });
    await executeServerCommand('api-outage', { down: true });

    // The form, by keyboard: topic, message, contact by phone, the number, consent, send.
    await tabTo(doc, (el) => el.id === 'f-topic');
    // The select may be re-rendered while topics arrive in Wolof: read it afresh at each key.
    const topic = () => form.querySelector<HTMLSelectElement>('#f-topic')!;
    const target = () => [...topic().options].findIndex((o) => o.value === 'municipal-id');
    for (let i = 0; i < 30 && topic().value !== 'municipal-id'; i++) {
      await sendKeys({ press: topic().selectedIndex > target() ? 'ArrowUp' : 'ArrowDown' });
    }
    expect(topic().value).to.equal('municipal-id');
    await tabTo(doc, (el) => el.id === 'f-message');
    await sendKeys({ type: 'Naka laa man a am kàrtu IDNYC?' });
    const phoneChoice = await tabTo(doc, (el) => el.getAttribute('type') === 'radio');
    for (let i = 0; i < 4 && (deepActive(doc) as HTMLInputElement).value !== 'phone'; i++) {
      await sendKeys({ press: 'ArrowDown' });
    }
    expect((deepActive(doc) as HTMLInputElement).value).to.equal('phone', phoneChoice.outerHTML);
    if (!(deepActive(doc) as HTMLInputElement).checked) await sendKeys({ press: 'Space' });
    await tabTo(doc, (el) => el.id === 'f-phone');
    await sendKeys({ type: '718 555 0199' });
    await tabTo(doc, (el) => el.id === 'f-consent');
    await sendKeys({ press: 'Space' });
    await tabTo(doc, (el) => el.getAttribute('part') === 'submit');
    await sendKeys({ press: 'Enter' });

    // Saved on this device, said in Wolof; nothing reached the office.
    await waitFor(() => form.textContent!.includes(wo('inquiry.queued.heading')), 30000);
    const saved = await new Promise<number>((resolve) => {
      const open = indexedDB.open('welcome-widgets');
      open.onsuccess = () => {
        const count = open.result.transaction('inquiries').objectStore('inquiries').count();
        count.onsuccess = () => {
          resolve(count.result);
          open.result.close();
        };
      };
    });
    expect(saved).to.be.greaterThan(0);

    // The tab is closed; later the server is back and the person comes back to the page.
    first.frame.remove();
    await executeServerCommand('api-outage', { down: false });
    const second = await openCouncilPage();
    // A new visit starts in the page's language: the person picks Wolof again.
    const picker2 = second.doc.querySelector('ww-language-picker')!;
    await tabTo(second.doc, (el) => el.getAttribute('part') === 'button' && picker2.shadowRoot!.contains(el));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ type: 'Wolof' });
    await sendKeys({ press: 'Enter' });
    const notice = await waitFor(() => {
      const found = second.form.textContent!.replace(/\s+/g, ' ');
      return found.includes(wo('inquiry.delivered-earlier')) ? found : null;
    }, 60000);
    const reference = /([A-Z0-9]{3}-[A-Z0-9]{3})/.exec(notice)![1]!;

    // Exactly one inquiry with that reference, in Wolof, from the web.
    const stored = await staffCount(reference);
    expect(stored.total).to.equal(1);
    expect(stored.items[0]!.preferred_language).to.equal('wo');
    expect(stored.items[0]!.channel).to.equal('web');
    second.frame.remove();
  });
});
