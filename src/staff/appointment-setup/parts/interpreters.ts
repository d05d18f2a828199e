import { live } from 'lit/directives/live.js';
import { html, nothing, type TemplateResult } from 'lit';
import { renderError, renderRadioGroup, renderSelect } from '../../../core/forms/fields.js';
import { languageName } from '../../../core/language-name.js';
import { msg, str } from '../../../core/localize.js';
import { formatNumber } from '../../../core/number-format.js';
import { formatDate } from '../../core/format.js';
import { renderLanguageSelect } from '../../core/language-select.js';
import { isDate } from '../../event/parts/local-dates.js';
import type { InterpreterAvailability, InterpreterInput } from '../appointment-setup.api.js';
import { between } from './type-form.js';
import { hoursText, isClock, weekdayName, WEEKDAYS } from './weekdays.js';

export interface InterpreterDraft {
  language: string;
  when: 'weekly' | 'date';
  weekday: string;
  date: string;
  starts_at: string;
  ends_at: string;
  capacity: string;
}

export type InterpreterProblems = Partial<Record<'language' | 'date' | 'hours' | 'capacity', string>>;

export const newInterpreterDraft = (): InterpreterDraft => ({
  language: '',
  when: 'weekly',
  weekday: '1',
  date: '',
  starts_at: '09:00',
  ends_at: '13:00',
  capacity: '1',
});

export function interpreterProblems(d: InterpreterDraft): InterpreterProblems {
  const p: InterpreterProblems = {};
  if (!d.language) p.language = msg('Choose the language.', { id: 'staff.setup.language-missing' });
  if (d.when === 'date' && !isDate(d.date)) p.date = msg('Enter a date.', { id: 'staff.setup.date-missing' });
  if (!isClock(d.starts_at) || !isClock(d.ends_at)) {
    p.hours = msg('Enter both times, such as 09:00 and 17:00.', { id: 'staff.setup.hours-bad' });
  } else if (d.ends_at <= d.starts_at) {
    p.hours = msg('The end must come after the start.', { id: 'staff.setup.hours-order' });
  }
  if (!/^\d{1,2}$/.test(d.capacity) || Number(d.capacity) < 1 || Number(d.capacity) > 50) {
    p.capacity = between(1, 50);
  }
  return p;
}

export const interpreterInputOf = (d: InterpreterDraft, locationId: string): InterpreterInput => ({
  location_id: locationId,
  language: d.language,
  weekday: d.when === 'weekly' ? Number(d.weekday) : null,
  date: d.when === 'date' ? d.date : null,
  starts_at: d.starts_at,
  ends_at: d.ends_at,
  capacity: Number(d.capacity),
});

export interface InterpretersContext {
  items: readonly InterpreterAvailability[];
  draft: InterpreterDraft;
  problems: InterpreterProblems;
  locale: string;
  busy: boolean;
  onChange: (draft: InterpreterDraft) => void;
  onAdd: () => void;
  onDelete: (item: InterpreterAvailability) => void;
}

const whenText = (i: InterpreterAvailability, locale: string): string =>
  i.weekday !== null
    ? msg(str`Every ${weekdayName(i.weekday, locale)}`, { id: 'staff.setup.every' })
    : formatDate(i.date, locale);

/** Interpreters on call by language (ASL too), weekly or on a date, and how many appointments at once. */
export function renderInterpreters(c: InterpretersContext): TemplateResult {
  const d = c.draft;
  const set = (patch: Partial<InterpreterDraft>) => c.onChange({ ...d, ...patch });
  const n = (value: number) => formatNumber(value, c.locale);
  const hoursError = c.problems.hours;
  return html`${
      c.items.length
        ? html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="interpreters-caption">
            <table class="interpreters">
              <caption id="interpreters-caption">
                ${msg('Interpreters on call', { id: 'staff.setup.interpreters' })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${msg('Language', { id: 'staff.field.language' })}</th>
                  <th scope="col">${msg('When', { id: 'staff.setup.when' })}</th>
                  <th scope="col">${msg('Hours', { id: 'staff.setup.hours-column' })}</th>
                  <th scope="col" class="num">${msg('At once', { id: 'staff.setup.capacity' })}</th>
                  <th scope="col">
                    <span class="visually-hidden">${msg('Action', { id: 'staff.roster.action' })}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                ${c.items.map(
                  (i) =>
                    html`<tr data-id=${i.id}>
                      <th scope="row">${languageName(i.language, c.locale)}</th>
                      <td>${whenText(i, c.locale)}</td>
                      <td>${hoursText(i.starts_at, i.ends_at, c.locale)}</td>
                      <td class="num">${n(i.capacity)}</td>
                      <td>
                        <button class="button" type="button" id=${`delete-${i.id}`} @click=${() => c.onDelete(i)}>
                          ${msg('Delete', { id: 'staff.words.delete' })}<span class="visually-hidden"
                            >: ${languageName(i.language, c.locale)}, ${whenText(i, c.locale)}</span
                          >
                        </button>
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p id="no-interpreters">${msg('No interpreter on call yet.', { id: 'staff.setup.no-interpreters' })}</p>`
    }
    <form
      class="editor-form panel"
      novalidate
      aria-labelledby="interpreter-form-title"
      @submit=${(e: Event) => {
        e.preventDefault();
        c.onAdd();
      }}
    >
      <h3 id="interpreter-form-title">${msg('Add interpreter hours', { id: 'staff.setup.add-interpreter' })}</h3>
      <div class="field ${c.problems.language ? 'field--error' : ''}">
        ${renderError('f-interpreter-language', c.problems.language)}
        ${renderLanguageSelect({
          name: 'interpreter-language',
          label: msg('Language', { id: 'staff.field.language' }),
          value: d.language,
          locale: c.locale,
          empty: msg('Choose…', { id: 'staff.setup.choose' }),
          onInput: (value) => set({ language: value }),
        })}
      </div>
      ${renderRadioGroup({
        name: 'interpreter-when',
        label: msg('When', { id: 'staff.setup.when' }),
        value: d.when,
        choices: [
          { value: 'weekly', label: msg('Every week', { id: 'staff.setup.weekly' }) },
          { value: 'date', label: msg('On one date', { id: 'staff.setup.on-date' }) },
        ],
        onInput: (value) => set({ when: value === 'date' ? 'date' : 'weekly' }),
      })}
      ${
        d.when === 'weekly'
          ? renderSelect({
              name: 'interpreter-weekday',
              label: msg('Weekday', { id: 'staff.setup.weekday' }),
              value: d.weekday,
              choices: WEEKDAYS.map((w) => ({ value: String(w), label: weekdayName(w, c.locale) })),
              onInput: (value) => set({ weekday: value }),
            })
          : html`<div class="field ${c.problems.date ? 'field--error' : ''}">
              <label class="label" for="f-interpreter-date">${msg('Day', { id: 'staff.appts.day' })}</label>
              ${renderError('f-interpreter-date', c.problems.date)}
              <input
                class="input"
                id="f-interpreter-date"
                type="date"
                aria-invalid=${c.problems.date ? 'true' : 'false'}
                aria-describedby=${c.problems.date ? 'f-interpreter-date-error' : nothing}
                .value=${live(d.date)}
                @input=${(e: Event) => set({ date: (e.target as HTMLInputElement).value })}
              />
            </div>`
      }
      <div class="row-fields">
        <div class="field">
          <label class="label" for="f-interpreter-start">${msg('Start', { id: 'staff.setup.start' })}</label>
          <input
            class="input"
            id="f-interpreter-start"
            type="time"
            aria-invalid=${hoursError ? 'true' : 'false'}
            aria-describedby=${hoursError ? 'f-interpreter-hours-error' : nothing}
            .value=${live(d.starts_at)}
            @input=${(e: Event) => set({ starts_at: (e.target as HTMLInputElement).value })}
          />
        </div>
        <div class="field">
          <label class="label" for="f-interpreter-end">${msg('End', { id: 'staff.setup.end' })}</label>
          <input
            class="input"
            id="f-interpreter-end"
            type="time"
            aria-invalid=${hoursError ? 'true' : 'false'}
            aria-describedby=${hoursError ? 'f-interpreter-hours-error' : nothing}
            .value=${live(d.ends_at)}
            @input=${(e: Event) => set({ ends_at: (e.target as HTMLInputElement).value })}
          />
        </div>
        <div class="field ${c.problems.capacity ? 'field--error' : ''}">
          <label class="label" for="f-interpreter-capacity"
            >${msg('Appointments at once', { id: 'staff.setup.capacity-field' })}</label
          >
          ${renderError('f-interpreter-capacity', c.problems.capacity)}
          <input
            class="input input--narrow"
            id="f-interpreter-capacity"
            type="text"
            inputmode="numeric"
            aria-invalid=${c.problems.capacity ? 'true' : 'false'}
            aria-describedby=${c.problems.capacity ? 'f-interpreter-capacity-error' : nothing}
            .value=${d.capacity}
            @input=${(e: Event) => set({ capacity: (e.target as HTMLInputElement).value })}
          />
        </div>
      </div>
      ${renderError('f-interpreter-hours', hoursError)}
      <div class="actions">
        <button class="button button--primary" type="submit" aria-disabled=${c.busy ? 'true' : 'false'}>
          ${msg('Add', { id: 'staff.setup.add' })}
        </button>
      </div>
    </form>`;
}
