import { live } from 'lit/directives/live.js';
import { html, nothing, type TemplateResult } from 'lit';
import { renderCheckbox, renderError, renderInput, renderSelect } from '../../../core/forms/fields.js';
import { msg, str } from '../../../core/localize.js';
import { formatDate } from '../../core/format.js';
import { isDate } from '../../event/parts/local-dates.js';
import type {
  AppointmentStaffMember,
  AvailabilityException,
  AvailabilityExceptionInput,
} from '../appointment-setup.api.js';
import { hoursText, isClock } from './weekdays.js';

/** `''`: the whole place (a holiday); else a staff member's id (a day off, or extra hours). */
export interface ExceptionDraft {
  who: string;
  date: string;
  whole_day: boolean;
  starts_at: string;
  ends_at: string;
  kind: 'closed' | 'open';
  note: string;
}

export type ExceptionProblems = Partial<Record<'date' | 'hours' | 'kind', string>>;

export const newExceptionDraft = (): ExceptionDraft => ({
  who: '',
  date: '',
  whole_day: true,
  starts_at: '09:00',
  ends_at: '12:00',
  kind: 'closed',
  note: '',
});

export function exceptionProblems(d: ExceptionDraft): ExceptionProblems {
  const p: ExceptionProblems = {};
  if (!isDate(d.date)) p.date = msg('Enter a date.', { id: 'staff.setup.date-missing' });
  if (!d.whole_day) {
    if (!isClock(d.starts_at) || !isClock(d.ends_at)) {
      p.hours = msg('Enter both times, such as 09:00 and 17:00.', { id: 'staff.setup.hours-bad' });
    } else if (d.ends_at <= d.starts_at) {
      p.hours = msg('The end must come after the start.', { id: 'staff.setup.hours-order' });
    }
  }
  if (d.kind === 'open' && !d.who) {
    p.kind = msg('Extra hours are for one person: choose who.', { id: 'staff.setup.open-needs-person' });
  }
  return p;
}

export const exceptionInputOf = (d: ExceptionDraft, locationId: string): AvailabilityExceptionInput => ({
  location_id: locationId,
  staff_id: d.who || null,
  date: d.date,
  starts_at: d.whole_day ? null : d.starts_at,
  ends_at: d.whole_day ? null : d.ends_at,
  kind: d.kind,
  note: d.note.trim() || null,
});

export interface ExceptionsContext {
  items: readonly AvailabilityException[];
  staff: readonly AppointmentStaffMember[];
  draft: ExceptionDraft;
  problems: ExceptionProblems;
  locale: string;
  busy: boolean;
  onChange: (draft: ExceptionDraft) => void;
  onAdd: () => void;
  onDelete: (item: AvailabilityException) => void;
}

function whoText(e: AvailabilityException, staff: readonly AppointmentStaffMember[]): string {
  if (!e.staff_id) return msg('The whole place', { id: 'staff.setup.whole-place' });
  return staff.find((s) => s.id === e.staff_id)?.display_name ?? '—';
}

function whatText(e: AvailabilityException, locale: string): string {
  const hours = e.starts_at && e.ends_at ? hoursText(e.starts_at, e.ends_at, locale) : undefined;
  if (e.kind === 'open') {
    return msg(str`Extra hours: ${hours ?? ''}`, { id: 'staff.setup.open-hours' });
  }
  return hours
    ? msg(str`Closed ${hours}`, { id: 'staff.setup.closed-hours' })
    : msg('Closed all day', { id: 'staff.setup.closed-day' });
}

/** Holidays and days off from today on, and a form to add one. */
export function renderExceptions(c: ExceptionsContext): TemplateResult {
  const d = c.draft;
  const set = (patch: Partial<ExceptionDraft>) => c.onChange({ ...d, ...patch });
  const list = [...c.items].sort((a, b) => a.date.localeCompare(b.date));
  return html`${
      list.length
        ? html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="exceptions-caption">
            <table class="exceptions">
              <caption id="exceptions-caption">
                ${msg('Holidays and days off to come', { id: 'staff.setup.exceptions-caption' })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${msg('Day', { id: 'staff.appts.day' })}</th>
                  <th scope="col">${msg('Who', { id: 'staff.setup.who' })}</th>
                  <th scope="col">${msg('What', { id: 'staff.setup.what' })}</th>
                  <th scope="col">${msg('Note', { id: 'staff.setup.note' })}</th>
                  <th scope="col">
                    <span class="visually-hidden">${msg('Action', { id: 'staff.roster.action' })}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                ${list.map(
                  (e) =>
                    html`<tr data-id=${e.id}>
                      <th scope="row">${formatDate(e.date, c.locale)}</th>
                      <td dir="auto">${whoText(e, c.staff)}</td>
                      <td>${whatText(e, c.locale)}</td>
                      <td dir="auto">${e.note ?? ''}</td>
                      <td>
                        <button class="button" type="button" id=${`delete-${e.id}`} @click=${() => c.onDelete(e)}>
                          ${msg('Delete', { id: 'staff.words.delete' })}<span class="visually-hidden"
                            >: ${formatDate(e.date, c.locale)}, ${whoText(e, c.staff)}</span
                          >
                        </button>
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p id="no-exceptions">${msg('No holiday or day off to come.', { id: 'staff.setup.no-exceptions' })}</p>`
    }
    <form
      class="editor-form panel"
      novalidate
      aria-labelledby="exception-form-title"
      @submit=${(e: Event) => {
        e.preventDefault();
        c.onAdd();
      }}
    >
      <h3 id="exception-form-title">${msg('Add a holiday or a day off', { id: 'staff.setup.add-exception' })}</h3>
      ${renderSelect({
        name: 'exception-who',
        label: msg('Who', { id: 'staff.setup.who' }),
        value: d.who,
        choices: [
          { value: '', label: msg('The whole place (a holiday)', { id: 'staff.setup.whole-place-holiday' }) },
          ...c.staff.map((s) => ({ value: s.id, label: s.display_name })),
        ],
        onInput: (value) => set({ who: value }),
      })}
      <div class="field ${c.problems.date ? 'field--error' : ''}">
        <label class="label" for="f-exception-date">${msg('Day', { id: 'staff.appts.day' })}</label>
        ${renderError('f-exception-date', c.problems.date)}
        <input
          class="input"
          id="f-exception-date"
          type="date"
          aria-invalid=${c.problems.date ? 'true' : 'false'}
          aria-describedby=${c.problems.date ? 'f-exception-date-error' : nothing}
          .value=${live(d.date)}
          @input=${(e: Event) => set({ date: (e.target as HTMLInputElement).value })}
        />
      </div>
      ${
        d.who
          ? renderSelect({
              name: 'exception-kind',
              label: msg('What', { id: 'staff.setup.what' }),
              value: d.kind,
              error: c.problems.kind,
              choices: [
                { value: 'closed', label: msg('Day off (closed)', { id: 'staff.setup.kind-closed' }) },
                { value: 'open', label: msg('Extra hours', { id: 'staff.setup.kind-open' }) },
              ],
              onInput: (value) => set({ kind: value === 'open' ? 'open' : 'closed' }),
            })
          : nothing
      }
      ${renderCheckbox({
        name: 'exception-whole-day',
        label: msg('All day', { id: 'staff.setup.whole-day' }),
        value: d.whole_day ? 'true' : '',
        onInput: (value) => set({ whole_day: value === 'true' }),
      })}
      ${
        d.whole_day
          ? nothing
          : html`<div class="row-fields ${c.problems.hours ? 'field--error' : ''}">
              <div class="field">
                <label class="label" for="f-exception-start">${msg('Start', { id: 'staff.setup.start' })}</label>
                <input
                  class="input"
                  id="f-exception-start"
                  type="time"
                  aria-invalid=${c.problems.hours ? 'true' : 'false'}
                  aria-describedby=${c.problems.hours ? 'f-exception-hours-error' : nothing}
                  .value=${live(d.starts_at)}
                  @input=${(e: Event) => set({ starts_at: (e.target as HTMLInputElement).value })}
                />
              </div>
              <div class="field">
                <label class="label" for="f-exception-end">${msg('End', { id: 'staff.setup.end' })}</label>
                <input
                  class="input"
                  id="f-exception-end"
                  type="time"
                  aria-invalid=${c.problems.hours ? 'true' : 'false'}
                  aria-describedby=${c.problems.hours ? 'f-exception-hours-error' : nothing}
                  .value=${live(d.ends_at)}
                  @input=${(e: Event) => set({ ends_at: (e.target as HTMLInputElement).value })}
                />
              </div>
              ${renderError('f-exception-hours', c.problems.hours)}
            </div>`
      }
      ${renderInput({
        name: 'exception-note',
        label: msg('Note', { id: 'staff.setup.note' }),
        optional: true,
        value: d.note,
        onInput: (value) => set({ note: value }),
      })}
      <div class="actions">
        <button class="button button--primary" type="submit" aria-disabled=${c.busy ? 'true' : 'false'}>
          ${msg('Add', { id: 'staff.setup.add' })}
        </button>
      </div>
    </form>`;
}
