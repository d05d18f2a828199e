import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../core/localize.js';
import { formatNumber } from '../../../core/number-format.js';
import { eventStatusName, eventTypeName } from '../../core/event-labels.js';
import { routeHash } from '../../core/routes.js';
import { localKey } from '../../event/parts/local-dates.js';
import { rosterHash, sessionWhen } from '../../event/parts/sessions.js';
import type { StaffEventSummary } from '../events.api.js';

/**
 * The events as a table with a caption: each title opens the editor; the next
 * session is on the event's own clock; its roster is one link away.
 */
export function renderEventsTable(events: readonly StaffEventSummary[], past: boolean, locale: string): TemplateResult {
  const n = (value: number) => formatNumber(value, locale);
  const caption = past
    ? msg(str`Events, past ones included: ${n(events.length)}`, { id: 'staff.events.caption-all' })
    : msg(str`Upcoming events: ${n(events.length)}`, { id: 'staff.events.caption' });
  const row = (e: StaffEventSummary) => {
    const when = e.next_start ? sessionWhen(e.next_start, e.timezone, locale) : undefined;
    return html`<tr>
      <th scope="row" dir="auto"><a href=${routeHash('event', {}, e.id)}>${e.title}</a></th>
      <td>${eventTypeName(e.type)}</td>
      <td dir="auto">
        ${e.location_name ?? html`<span class="muted">${msg('Elsewhere or online', { id: 'staff.events.no-place' })}</span>`}
      </td>
      <td class="when">
        ${when ?? html`<span class="muted">${msg('None to come', { id: 'staff.events.none-next' })}</span>`}
      </td>
      <td class="num">${n(e.sessions_upcoming)}</td>
      <td class="num">${e.capacity === null ? msg('No limit', { id: 'staff.events.no-limit' }) : n(e.capacity)}</td>
      <td>${eventStatusName(e.status)}</td>
      <td>
        ${
          e.next_start
            ? html`<a href=${rosterHash(e.id, localKey(e.next_start, e.timezone))}
                >${msg('Roster', { id: 'staff.event.roster' })}<span class="visually-hidden">
                  <bdi>${e.title}</bdi>, ${when}</span
                ></a
              >`
            : nothing
        }
      </td>
    </tr>`;
  };
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="events-caption">
    <table>
      <caption id="events-caption">
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Title', { id: 'staff.event.title-field' })}</th>
          <th scope="col">${msg('Type', { id: 'staff.event.type' })}</th>
          <th scope="col">${msg('Place', { id: 'staff.event.place' })}</th>
          <th scope="col">${msg('Next session', { id: 'staff.events.next' })}</th>
          <th scope="col" class="num">${msg('Sessions to come', { id: 'staff.events.sessions' })}</th>
          <th scope="col" class="num">${msg('Places', { id: 'staff.event.capacity' })}</th>
          <th scope="col">${msg('Status', { id: 'staff.field.status' })}</th>
          <th scope="col">${msg('Next roster', { id: 'staff.events.roster' })}</th>
        </tr>
      </thead>
      <tbody>
        ${events.map(row)}
      </tbody>
    </table>
  </div>`;
}
