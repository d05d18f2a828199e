import { live } from 'lit/directives/live.js';
import { html, nothing, type TemplateResult } from 'lit';
import { listOf, renderCheckbox, renderCheckboxGroup, renderError, renderInput } from '../../../core/forms/fields.js';
import { languageName } from '../../../core/language-name.js';
import { msg, str } from '../../../core/localize.js';
import { renderLanguageSelect } from '../../core/language-select.js';
import type { AppointmentStaffInput, AppointmentStaffMember, StaffAppointmentType } from '../appointment-setup.api.js';
import { isClock, weekdayName, weekdayOptions } from './weekdays.js';

export interface RuleDraft {
  weekday: string;
  starts_at: string;
  ends_at: string;
}

export interface StaffDraft {
  version: number;
  display_name: string;
  staff_account_id: string | null;
  languages: string[];
  /** A list value (`a,b`) of type ids. */
  type_ids: string;
  active: boolean;
  rules: RuleDraft[];
  /** The language chosen to add. */
  add_language: string;
}

export interface StaffProblems {
  display_name?: string;
  languages?: string;
  /** Per row of weekly hours. */
  rules?: Record<number, string>;
}

export const newStaffDraft = (): StaffDraft => ({
  version: 0,
  display_name: '',
  staff_account_id: null,
  languages: [],
  type_ids: '',
  active: true,
  rules: [{ weekday: '1', starts_at: '09:00', ends_at: '17:00' }],
  add_language: '',
});

export const staffDraftOf = (s: AppointmentStaffMember): StaffDraft => ({
  version: s.version,
  display_name: s.display_name,
  staff_account_id: s.staff_account_id,
  languages: [...s.languages],
  type_ids: s.type_ids.join(','),
  active: s.active,
  rules: s.rules.map((r) => ({ weekday: String(r.weekday), starts_at: r.starts_at, ends_at: r.ends_at })),
  add_language: '',
});

export function staffProblems(d: StaffDraft): StaffProblems {
  const p: StaffProblems = {};
  if (!d.display_name.trim()) p.display_name = msg('Enter their name.', { id: 'staff.setup.name-missing' });
  if (!d.languages.length)
    p.languages = msg('Add at least one language they speak.', { id: 'staff.setup.languages-missing' });
  const rules: Record<number, string> = {};
  d.rules.forEach((r, i) => {
    if (!isClock(r.starts_at) || !(isClock(r.ends_at) || r.ends_at === '24:00')) {
      rules[i] = msg('Enter both times, such as 09:00 and 17:00.', { id: 'staff.setup.hours-bad' });
    } else if (r.ends_at <= r.starts_at) {
      rules[i] = msg('The end must come after the start.', { id: 'staff.setup.hours-order' });
    }
  });
  if (Object.keys(rules).length) p.rules = rules;
  return p;
}

export const staffInputOf = (d: StaffDraft, locationId: string): AppointmentStaffInput => ({
  location_id: locationId,
  display_name: d.display_name.trim(),
  staff_account_id: d.staff_account_id,
  languages: d.languages,
  type_ids: listOf(d.type_ids),
  active: d.active,
  rules: d.rules.map((r) => ({ weekday: Number(r.weekday), starts_at: r.starts_at, ends_at: r.ends_at })),
});

export interface StaffFormContext {
  draft: StaffDraft;
  types: readonly StaffAppointmentType[];
  locale: string;
  problems: StaffProblems;
  busy: boolean;
  isNew: boolean;
  onChange: (draft: StaffDraft) => void;
  onAddLanguage: () => void;
  onRemoveLanguage: (index: number) => void;
  onAddRule: () => void;
  onRemoveRule: (index: number) => void;
  onSubmit: () => void;
  onCancel: () => void;
}

function renderRule(c: StaffFormContext, r: RuleDraft, i: number): TemplateResult {
  const set = (patch: Partial<RuleDraft>) =>
    c.onChange({ ...c.draft, rules: c.draft.rules.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  const error = c.problems.rules?.[i];
  const id = `rule-${i}`;
  const day = weekdayName(Number(r.weekday), c.locale);
  return html`<tr data-rule=${i}>
    <td>
      <label class="visually-hidden" for=${`${id}-day`}>${msg('Weekday', { id: 'staff.setup.weekday' })}</label>
      <select
        class="input"
        id=${`${id}-day`}
        @change=${(e: Event) => set({ weekday: (e.target as HTMLSelectElement).value })}
      >
        ${weekdayOptions(r.weekday, c.locale)}
      </select>
    </td>
    <td>
      <label class="visually-hidden" for=${`${id}-start`}
        >${msg(str`Start on ${day}`, { id: 'staff.setup.start-on' })}</label
      >
      <input
        class="input"
        id=${`${id}-start`}
        type="time"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error` : nothing}
        .value=${live(r.starts_at)}
        @input=${(e: Event) => set({ starts_at: (e.target as HTMLInputElement).value })}
      />
    </td>
    <td>
      <label class="visually-hidden" for=${`${id}-end`}>${msg(str`End on ${day}`, { id: 'staff.setup.end-on' })}</label>
      <input
        class="input"
        id=${`${id}-end`}
        type="time"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error` : nothing}
        .value=${live(r.ends_at)}
        @input=${(e: Event) => set({ ends_at: (e.target as HTMLInputElement).value })}
      />
      ${renderError(id, error)}
    </td>
    <td>
      <button class="button" type="button" data-remove-rule=${i} @click=${() => c.onRemoveRule(i)}>
        ${msg('Remove', { id: 'staff.setup.remove' })}<span class="visually-hidden">: ${day}</span>
      </button>
    </td>
  </tr>`;
}

/** A staff member's editor: name, languages spoken, the types they take, weekly hours as rows. */
export function renderStaffForm(c: StaffFormContext): TemplateResult {
  const d = c.draft;
  const set = (patch: Partial<StaffDraft>) => c.onChange({ ...d, ...patch });
  return html`<form
    class="editor-form"
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      c.onSubmit();
    }}
  >
    ${renderInput({
      name: 'display-name',
      label: msg('Name', { id: 'staff.field.name' }),
      value: d.display_name,
      error: c.problems.display_name,
      onInput: (value) => set({ display_name: value }),
    })}
    <fieldset class="languages ${c.problems.languages ? 'field--error' : ''}" id="f-languages">
      <legend>${msg('Languages they speak', { id: 'staff.setup.languages' })}</legend>
      ${renderError('f-languages', c.problems.languages)}
      ${
        d.languages.length
          ? html`<ul class="chips">
              ${d.languages.map(
                (l, i) =>
                  html`<li>
                    ${languageName(l, c.locale)}
                    <button
                      class="button link-button"
                      type="button"
                      data-language=${l}
                      @click=${() => c.onRemoveLanguage(i)}
                    >
                      ${msg('Remove', { id: 'staff.setup.remove' })}<span class="visually-hidden"
                        >: ${languageName(l, c.locale)}</span
                      >
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      <div class="row-fields">
        ${renderLanguageSelect({
          name: 'add-language',
          label: msg('Add a language', { id: 'staff.setup.add-language' }),
          value: d.add_language,
          locale: c.locale,
          empty: msg('Choose…', { id: 'staff.setup.choose' }),
          onInput: (value) => set({ add_language: value }),
        })}
        <button class="button" type="button" id="add-language" @click=${c.onAddLanguage}>
          ${msg('Add', { id: 'staff.setup.add' })}
        </button>
      </div>
    </fieldset>
    ${
      c.types.length
        ? renderCheckboxGroup({
            name: 'type-ids',
            label: msg('Appointment types they take', { id: 'staff.setup.types-taken' }),
            value: d.type_ids,
            choices: c.types.map((t) => ({ value: t.id, label: t.title })),
            onInput: (value) => set({ type_ids: value }),
          })
        : nothing
    }
    ${renderCheckbox({
      name: 'active',
      label: msg('Takes appointments', { id: 'staff.setup.active' }),
      value: d.active ? 'true' : '',
      onInput: (value) => set({ active: value === 'true' }),
    })}
    <fieldset class="hours">
      <legend>${msg('Weekly hours', { id: 'staff.setup.hours' })}</legend>
      <div class="table-wrap">
        <table class="rules">
          <thead>
            <tr>
              <th scope="col">${msg('Weekday', { id: 'staff.setup.weekday' })}</th>
              <th scope="col">${msg('Start', { id: 'staff.setup.start' })}</th>
              <th scope="col">${msg('End', { id: 'staff.setup.end' })}</th>
              <th scope="col"><span class="visually-hidden">${msg('Action', { id: 'staff.roster.action' })}</span></th>
            </tr>
          </thead>
          <tbody>
            ${d.rules.map((r, i) => renderRule(c, r, i))}
          </tbody>
        </table>
      </div>
      <button class="button" type="button" id="add-rule" @click=${c.onAddRule}>
        ${msg('Add hours', { id: 'staff.setup.add-hours' })}
      </button>
    </fieldset>
    <div class="actions">
      <button class="button button--primary" type="submit" aria-disabled=${c.busy ? 'true' : 'false'}>
        ${c.isNew ? msg('Add the person', { id: 'staff.setup.add-person' }) : msg('Save', { id: 'staff.setup.save' })}
      </button>
      <button class="button" type="button" @click=${c.onCancel}>${msg('Cancel', { id: 'staff.cancel' })}</button>
    </div>
  </form>`;
}
