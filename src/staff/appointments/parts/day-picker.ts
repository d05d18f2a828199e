import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../../core/localize.js';
import type { StaffLocation } from '../../event/event.api.js';
import { addDays } from '../../event/parts/local-dates.js';
import { routeHash } from '../../core/routes.js';

export interface DayPickerContext {
  locations: readonly StaffLocation[];
  location: StaffLocation;
  date: string;
  /** Today on the place's clock. */
  today: string;
  /** The form was sent: the address changes to its place and date. */
  onShow: (locationId: string, date: string) => void;
}

export const dayHash = (locationId: string, date: string): string =>
  routeHash('appointments', { location: locationId, date });

/**
 * The place (one of the account's) and the day, as a form; and the days
 * around it as links, so the day is in the address and Back returns to it.
 */
export function renderDayPicker(c: DayPickerContext): TemplateResult {
  const submit = (e: Event) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    c.onShow(String(data.get('location') ?? c.location.id), String(data.get('date') || c.date));
  };
  return html`<form
      class="toolbar day-picker"
      aria-label=${msg('Place and day', { id: 'staff.appts.pick' })}
      @submit=${submit}
    >
      ${
        c.locations.length > 1
          ? html`<div class="field">
              <label class="label" for="f-location">${msg('Place', { id: 'staff.event.place' })}</label>
              <select class="input" id="f-location" name="location">
                ${c.locations.map(
                  (l) => html`<option value=${l.id} ?selected=${l.id === c.location.id}>${l.name}</option>`,
                )}
              </select>
            </div>`
          : html`<input type="hidden" name="location" .value=${c.location.id} />`
      }
      <div class="field">
        <label class="label" for="f-date">${msg('Day', { id: 'staff.appts.day' })}</label>
        <input class="input" id="f-date" name="date" type="date" required .value=${c.date} />
      </div>
      <div class="actions">
        <button class="button button--primary" type="submit">${msg('Show', { id: 'staff.queue.apply' })}</button>
      </div>
    </form>
    <nav class="toolbar days" aria-label=${msg('Other days', { id: 'staff.appts.other-days' })}>
      <a class="button" id="day-previous" href=${dayHash(c.location.id, addDays(c.date, -1))}
        >${msg('Previous day', { id: 'staff.appts.previous-day' })}</a
      >
      ${
        c.date === c.today
          ? nothing
          : html`<a class="button" id="day-today" href=${dayHash(c.location.id, c.today)}
              >${msg('Today', { id: 'staff.appts.today' })}</a
            >`
      }
      <a class="button" id="day-next" href=${dayHash(c.location.id, addDays(c.date, 1))}
        >${msg('Next day', { id: 'staff.appts.next-day' })}</a
      >
    </nav>`;
}
