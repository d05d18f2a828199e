import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { templates as bangla } from '../src/generated/locales/events/bn.js';
import { deepActive, messageText, tabTo, waitFor } from './helpers/page-journey.js';

/**
 * The calendar issue's journey on the library demo page, keyboard only: a
 * visitor switches the page to Bangla, opens the branch's 10-week English
 * class from the calendar, signs up for the whole series, is told so in
 * Bangla with focus on the confirmation, and the .ics it offers holds all ten
 * sessions at 18:00 New York time. The page loads the script-tag bundle; /v1/
 * is the reference server on the sample data.
 */
const bn = (id: string) => messageText(bangla, id);

describe('library page: signing up for an English class in Bangla, keyboard only', () => {
  it('registers for the whole 10-week class, confirms with focus and offers a working .ics', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/demo/library.html';
    frame.style.width = '1000px';
    frame.style.height = '900px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const calendar = doc.querySelector('ww-clinic-calendar')!;
    await waitFor(() => !!calendar.shadowRoot?.querySelector('[aria-busy="false"]'), 15000);
    frame.contentWindow!.focus();

    // The language picker: open it, type to filter, choose.
    const picker = doc.querySelector('ww-language-picker')!;
    await tabTo(doc, (el) => el.getAttribute('part') === 'button' && picker.shadowRoot!.contains(el));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ type: 'বাংলা' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => calendar.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang') === 'bn', 8000);
    expect(doc.documentElement.lang).to.equal('bn');

    // The calendar as a list, then the class (its Bangla title) by keyboard.
    const root = calendar.shadowRoot!;
    const listButton = await tabTo(
      doc,
      (el) => root.contains(el) && el.textContent?.trim() === bn('calendar.view-list'),
    );
    if (listButton.getAttribute('aria-pressed') !== 'true') await sendKeys({ press: 'Enter' });
    await waitFor(
      () => root.querySelector('[part="list"]') !== null && !root.querySelector('[aria-busy="true"]'),
      8000,
    );
    const classTitle = 'ইংরেজি কথোপকথন ক্লাস (১০ সপ্তাহ)';
    await tabTo(doc, (el) => el.getAttribute('part') === 'event-title' && el.textContent!.includes(classTitle));
    await sendKeys({ press: 'Enter' });
    const heading = await waitFor(() => {
      const active = deepActive(doc);
      return active?.textContent?.includes(classTitle) ? active : null;
    }, 8000);
    expect(heading.getAttribute('tabindex')).to.equal('-1', 'the heading of the details takes focus');

    // The sign-up form, inside the details: name, contact by phone, language preset to Bangla.
    const form = await waitFor(() => root.querySelector('ww-event-registration')?.shadowRoot ?? null, 8000);
    await waitFor(() => form.querySelector('#f-name') !== null, 8000);
    await tabTo(doc, (el) => el.id === 'f-name');
    await sendKeys({ type: 'Rahima Begum' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' }); // email → phone
    await waitFor(() => form.querySelector('#f-phone') !== null);
    await sendKeys({ press: 'Tab' });
    expect(deepActive(doc)?.id).to.equal('f-phone');
    await sendKeys({ type: '718-555-0142' });
    expect((form.querySelector('#f-preferred_language') as HTMLSelectElement).value).to.equal('bn');
    await tabTo(doc, (el) => el.getAttribute('part') === 'submit');
    await sendKeys({ press: 'Enter' });

    // Confirmed (or waitlisted, when other tests filled the class), in Bangla, with focus on it.
    const done = await waitFor(() => {
      const active = deepActive(doc);
      return active?.id === 'done-heading' ? active : null;
    }, 10000);
    const text = done.textContent!.trim();
    expect(text === bn('registration.done.confirmed') || text.startsWith(bn('registration.done.waitlisted'))).to.equal(
      true,
      text,
    );
    expect(form.querySelectorAll('.confirmation .dates li')).to.have.length(10);

    // The .ics the confirmation offers: the whole series, in Bangla, ten sessions at 18:00 in New York.
    const link = form.querySelector<HTMLAnchorElement>('[part="calendar-link"][download]')!;
    const response = await fetch(link.href);
    expect(response.headers.get('content-type')).to.match(/^text\/calendar/);
    const calendarData = ICAL.Component.fromString(await response.text());
    const zone = calendarData.getFirstSubcomponent('vtimezone')!;
    ICAL.TimezoneService.register(zone);
    const event = new ICAL.Event(calendarData.getFirstSubcomponent('vevent')!);
    expect(event.summary).to.equal(classTitle);
    const starts: ICAL.Time[] = [];
    const iterator = event.iterator();
    for (let next = iterator.next(); next && starts.length < 20; next = iterator.next()) starts.push(next);
    expect(starts).to.have.length(10);
    for (const start of starts) {
      expect([start.hour, start.minute]).to.deep.equal([18, 0]);
      expect(start.zone?.tzid).to.equal('America/New_York');
    }
    frame.remove();
  });
});
