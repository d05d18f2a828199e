import { html, nothing, type TemplateResult } from 'lit';
import { languageName } from '../../../core/language-name.js';
import { msg, str } from '../../../core/localize.js';
import { formatNumber } from '../../../core/number-format.js';
import { timeOnly } from '../../roster/parts/when.js';
import type { DayAppointment, StaffDay } from '../appointments.api.js';
import { appointmentStatusName, contactText, lastMessageText } from './labels.js';

export interface ScheduleContext {
  staff: StaffDay;
  timeZone: string;
  locale: string;
  /** Now, as the screen last looked (a no-show can be marked only after the start). */
  now: number;
  /** The appointment whose change is on its way (its buttons wait). */
  busyId: string | undefined;
  /** The appointment whose notes are open, and the form to show under its row. */
  editingId: string | undefined;
  renderNotes: (a: DayAppointment) => TemplateResult;
  onCheckIn: (a: DayAppointment) => void;
  onNoShow: (a: DayAppointment) => void;
  onNotes: (a: DayAppointment) => void;
}

const COLUMNS = 7;

/** Whose name a button's words carry, for a screen reader reading buttons alone. */
const whose = (a: DayAppointment, time: string) =>
  html`<span class="visually-hidden">${a.name ? html`<bdi>${a.name}</bdi>, ` : nothing}${time}</span>`;

function statusCell(a: DayAppointment): TemplateResult {
  const message = lastMessageText(a);
  return html`${appointmentStatusName(a.status)}
  ${message ? html`<br /><span class="delivery">${message}</span>` : nothing}
  ${
    a.contact_bounced
      ? html`<br /><span class="delivery delivery--problem"
            >${msg('Their contact was refused: ask for another.', { id: 'staff.appts.bounced' })}</span
          >`
      : nothing
  }`;
}

function actions(a: DayAppointment, c: ScheduleContext, time: string): TemplateResult {
  const busy = c.busyId === a.id;
  const started = Date.parse(a.start) <= c.now;
  // A no-show who comes late is checked in; a check-in by mistake is corrected with No-show (from the start).
  const mayCheckIn = a.status === 'booked' || a.status === 'no_show';
  const mayMarkNoShow = started && (a.status === 'booked' || a.status === 'checked_in');
  return html`<div class="row-actions">
    ${
      mayCheckIn
        ? html`<button
            class="button button--primary"
            type="button"
            data-action="check-in"
            aria-disabled=${busy ? 'true' : 'false'}
            @click=${() => (busy ? undefined : c.onCheckIn(a))}
          >
            ${msg('Check in', { id: 'staff.roster.check-in' })} ${whose(a, time)}
          </button>`
        : nothing
    }
    ${
      mayMarkNoShow
        ? html`<button
            class="button"
            type="button"
            data-action="no-show"
            aria-disabled=${busy ? 'true' : 'false'}
            @click=${() => (busy ? undefined : c.onNoShow(a))}
          >
            ${msg('No-show', { id: 'staff.roster.no-show' })} ${whose(a, time)}
          </button>`
        : nothing
    }
    <button
      class="button"
      type="button"
      data-action="notes"
      id=${`notes-${a.id}`}
      aria-expanded=${c.editingId === a.id ? 'true' : 'false'}
      @click=${() => c.onNotes(a)}
    >
      ${msg('Notes', { id: 'staff.appts.notes' })} ${whose(a, time)}
    </button>
  </div>`;
}

function row(a: DayAppointment, c: ScheduleContext): TemplateResult {
  const time = timeOnly(a.start, c.timeZone, c.locale);
  const until = timeOnly(a.end, c.timeZone, c.locale);
  const contact = contactText(a);
  return html`<tr data-id=${a.id} class=${a.status === 'checked_in' ? 'is-in' : ''}>
      <th scope="row" class="when"><time datetime=${a.start}>${time}</time>–<time datetime=${a.end}>${until}</time></th>
      <td dir="auto">${a.title}</td>
      <td>
        ${languageName(a.language, c.locale)}
        ${
          a.interpreter
            ? html`<br /><span class="interpreter"
                  >${msg(str`Interpreter: ${languageName(a.interpreter, c.locale)}`, { id: 'staff.appts.interpreter' })}</span
                >`
            : nothing
        }
      </td>
      <td dir="auto">${a.on_behalf ? (a.organization ?? '') : html`<span class="muted">—</span>`}</td>
      <td>
        <bdi class="name">${a.name || msg('(no name given)', { id: 'staff.roster.no-name' })}</bdi>
        ${contact ? html`<br /><bdi class="contact">${contact}</bdi>` : nothing}
        ${a.notes ? html`<br /><span class="notes-text" dir="auto">${a.notes}</span>` : nothing}
      </td>
      <td>${statusCell(a)}</td>
      <td class="action">${actions(a, c, time)}</td>
    </tr>
    ${
      c.editingId === a.id
        ? html`<tr class="notes-row">
            <td colspan=${COLUMNS}>${c.renderNotes(a)}</td>
          </tr>`
        : nothing
    }`;
}

/** One staff member's day as a table: a row per appointment, by time, the time as the row's header. */
export function renderSchedule(c: ScheduleContext): TemplateResult {
  const id = `staff-${c.staff.id}`;
  const list = c.staff.appointments;
  return html`<section class="staff-day" aria-labelledby=${id}>
    <h2 id=${id} dir="auto">${c.staff.display_name}</h2>
    ${
      list.length
        ? html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby=${`${id}-caption`}>
            <table class="schedule">
              <caption id=${`${id}-caption`}>
                ${msg(str`Appointments with ${c.staff.display_name}: ${formatNumber(list.length, c.locale)}`, {
                  id: 'staff.appts.caption',
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${msg('Time', { id: 'staff.appts.time' })}</th>
                  <th scope="col">${msg('Type', { id: 'staff.event.type' })}</th>
                  <th scope="col">${msg('Language', { id: 'staff.field.language' })}</th>
                  <th scope="col">${msg('On behalf of', { id: 'staff.appts.on-behalf' })}</th>
                  <th scope="col">${msg('Name and contact', { id: 'staff.appts.name-contact' })}</th>
                  <th scope="col">${msg('Status', { id: 'staff.field.status' })}</th>
                  <th scope="col">
                    <span class="visually-hidden">${msg('Action', { id: 'staff.roster.action' })}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                ${list.map((a) => row(a, c))}
              </tbody>
            </table>
          </div>`
        : html`<p class="muted">${msg('No appointment this day.', { id: 'staff.appts.none-for-staff' })}</p>`
    }
  </section>`;
}
