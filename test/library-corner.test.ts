import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitFor } from './helpers/page-journey.js';

/**
 * The corner issue's done-when on the library demo page (the script-tag
 * bundle; /v1/ is the reference server): switched to Bangla with the
 * keyboard, the page shows the branch's corner, its next three events and
 * nearby services, in Bangla.
 */
const FLATBUSH = 'a9bf9e29-6bfc-5b3b-9573-d6e6ab1689eb';

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('library page: the branch corner in Bangla', () => {
  it('shows the corner, its next three events and nearby services in Bangla', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/demo/library.html';
    frame.style.width = '1000px';
    frame.style.height = '900px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    frame.contentWindow!.focus();
    const doc = frame.contentDocument!;
    const panel = await waitFor(() => doc.querySelector('ww-corner-panel')?.shadowRoot ?? null);

    const picker = doc.querySelector('ww-language-picker')!;
    picker.shadowRoot!.querySelector<HTMLElement>('[part~="button"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ type: 'বাংলা' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => panel.querySelector('[part="base"]')?.getAttribute('lang') === 'bn');

    const place = (await (await fetch(`/v1/locations/${FLATBUSH}?lang=bn`)).json()) as {
      name: string;
      corner_description: string;
    };
    const events = (await (
      await fetch(`/v1/events?location_id=${FLATBUSH}&lang=bn&from=${new Date().toISOString()}`)
    ).json()) as { items: { title: string; start: string }[] };
    // The next events and nearby services are the calendar and the finder, composed in the panel.
    const calendar = await waitFor(() => panel.querySelector('ww-clinic-calendar')?.shadowRoot ?? null, 15000);
    const finder = await waitFor(() => panel.querySelector('ww-service-finder')?.shadowRoot ?? null, 15000);
    const shownEvents = await waitFor(() => {
      const items = [...calendar.querySelectorAll('.event')];
      return items.length === 3 && calendar.querySelector('[part="base"]')?.getAttribute('lang') === 'bn'
        ? items
        : null;
    }, 15000);
    await waitFor(() => finder.querySelectorAll('.card').length > 0, 15000);
    expect(text(panel.querySelector('[part="heading"]'))).to.contain(place.name);
    expect(text(panel.querySelector('[part="base"]'))).to.contain(place.corner_description);
    expect(place.corner_description).to.match(/[\u0980-\u09ff]/, 'the corner is described in Bangla');
    const shown = shownEvents.map((e) => text(e));
    events.items.slice(0, 3).forEach((event, i) => expect(shown[i]).to.contain(event.title));
    expect(shown.join(' ')).to.match(/[\u0980-\u09ff]/);
    expect(finder.querySelectorAll('.card').length).to.be.within(1, 3);
    frame.remove();
  });
});
