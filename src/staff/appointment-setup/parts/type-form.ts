import { live } from 'lit/directives/live.js';
import { html, nothing, type TemplateResult } from 'lit';
import { renderCheckbox, renderError, renderInput, renderSelect, renderTextarea } from '../../../core/forms/fields.js';
import { languageName } from '../../../core/language-name.js';
import { defaultLanguageOrder } from '../../../core/languages.js';
import { msg, str } from '../../../core/localize.js';
import type { AppointmentTypeInput, StaffAppointmentType, Translations } from '../appointment-setup.api.js';
import { isClock, weekdayName, WEEKDAYS } from './weekdays.js';

/** The server's limits (the table's checks). */
export const TYPE_LIMITS = {
  title: 200,
  whatToBring: 4000,
  duration: [5, 480],
  buffer: [0, 120],
  ahead: [1, 366],
} as const;

export interface TranslationDraft {
  locale: string;
  title: string;
  what_to_bring: string;
  reviewed: boolean;
}

/** The type's editor, as typed (numbers as text until sent). */
export interface TypeDraft {
  version: number;
  code: string;
  title: string;
  what_to_bring: string;
  source_locale: string;
  duration: string;
  buffer: string;
  ahead: string;
  notice: string;
  on_behalf: boolean;
  release: boolean;
  release_weekday: string;
  release_time: string;
  release_weeks_before: number;
  translations: TranslationDraft[];
  /** The language chosen to add a translation in. */
  add_locale: string;
}

export type TypeField = 'code' | 'title' | 'duration' | 'buffer' | 'ahead' | 'notice' | 'release_time';
export type TypeProblems = Partial<Record<TypeField, string>>;

export const newTypeDraft = (locale: string): TypeDraft => ({
  version: 0,
  code: '',
  title: '',
  what_to_bring: '',
  source_locale: locale,
  duration: '30',
  buffer: '0',
  ahead: '28',
  notice: '60',
  on_behalf: false,
  release: false,
  release_weekday: '5',
  release_time: '09:00',
  release_weeks_before: 1,
  translations: [],
  add_locale: '',
});

export function typeDraftOf(t: StaffAppointmentType): TypeDraft {
  const titles = t.translations?.title ?? {};
  const brings = t.translations?.what_to_bring ?? {};
  const locales = [...new Set([...Object.keys(titles), ...Object.keys(brings)])].filter((l) => l !== t.source_locale);
  return {
    version: t.version,
    code: t.code,
    title: t.title,
    what_to_bring: t.what_to_bring,
    source_locale: t.source_locale,
    duration: String(t.duration_minutes),
    buffer: String(t.buffer_minutes),
    ahead: String(t.book_ahead_days),
    notice: String(t.min_notice_minutes),
    on_behalf: t.on_behalf_allowed,
    release: t.release_weekday !== null,
    release_weekday: String(t.release_weekday ?? 5),
    release_time: t.release_time ?? '09:00',
    release_weeks_before: t.release_weeks_before ?? 1,
    translations: locales.map((locale) => ({
      locale,
      title: titles[locale]?.value ?? '',
      what_to_bring: brings[locale]?.value ?? '',
      // Machine translations come as drafts; a person marks each reviewed.
      reviewed: titles[locale]?.review !== 'draft' && brings[locale]?.review !== 'draft',
    })),
    add_locale: '',
  };
}

/** "Enter a whole number from 5 to 480." */
export const between = (min: number, max: number): string =>
  msg(str`Enter a whole number from ${min} to ${max}.`, { id: 'staff.setup.between' });

const whole = (value: string, [min, max]: readonly [number, number]) =>
  /^\d{1,4}$/.test(value.trim()) && Number(value) >= min && Number(value) <= max;

/** What keeps the form from being sent, worded in the language being rendered. */
export function typeProblems(d: TypeDraft): TypeProblems {
  const p: TypeProblems = {};
  if (!d.title.trim()) p.title = msg('Enter a title.', { id: 'staff.setup.title-missing' });
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(d.code)) {
    p.code = msg('Use small letters, digits and hyphens, such as idnyc-enrollment.', { id: 'staff.setup.code-bad' });
  }
  if (!whole(d.duration, TYPE_LIMITS.duration)) p.duration = between(...TYPE_LIMITS.duration);
  if (!whole(d.buffer, TYPE_LIMITS.buffer)) p.buffer = between(...TYPE_LIMITS.buffer);
  if (!whole(d.ahead, TYPE_LIMITS.ahead)) p.ahead = between(...TYPE_LIMITS.ahead);
  if (!whole(d.notice, [0, 9999])) p.notice = between(0, 9999);
  if (d.release && !isClock(d.release_time)) {
    p.release_time = msg('Enter a time such as 09:00.', { id: 'staff.setup.time-bad' });
  }
  return p;
}

export function typeInputOf(d: TypeDraft, locationId: string): AppointmentTypeInput {
  const title: Translations = {};
  const whatToBring: Translations = {};
  for (const t of d.translations) {
    const review = t.reviewed ? 'reviewed' : 'draft';
    if (t.title.trim()) title[t.locale] = { value: t.title.trim(), review };
    if (t.what_to_bring.trim()) whatToBring[t.locale] = { value: t.what_to_bring.trim(), review };
  }
  return {
    location_id: locationId,
    code: d.code,
    title: d.title.trim(),
    what_to_bring: d.what_to_bring.trim(),
    source_locale: d.source_locale,
    duration_minutes: Number(d.duration),
    buffer_minutes: Number(d.buffer),
    book_ahead_days: Number(d.ahead),
    min_notice_minutes: Number(d.notice),
    on_behalf_allowed: d.on_behalf,
    release_weekday: d.release ? Number(d.release_weekday) : null,
    release_time: d.release ? d.release_time : null,
    release_weeks_before: d.release_weeks_before,
    // Only active types are edited here: saving keeps them active.
    status: 'active',
    translations: { title, what_to_bring: whatToBring },
  };
}

export interface TypeFormContext {
  draft: TypeDraft;
  locale: string;
  problems: TypeProblems;
  busy: boolean;
  isNew: boolean;
  onChange: (draft: TypeDraft) => void;
  onAddTranslation: () => void;
  onRemoveTranslation: (index: number) => void;
  onSubmit: () => void;
  onCancel: () => void;
}

/** One translation: title, what to bring, and whether a person has reviewed it (else it is a draft). */
function renderTranslation(c: TypeFormContext, t: TranslationDraft, i: number): TemplateResult {
  const set = (patch: Partial<TranslationDraft>) =>
    c.onChange({ ...c.draft, translations: c.draft.translations.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  const language = languageName(t.locale, c.locale);
  return html`<fieldset class="translation" data-locale=${t.locale}>
    <legend>
      ${language}
      ${t.reviewed ? nothing : html`<span class="badge badge--warn">${msg('Draft', { id: 'staff.words.draft' })}</span>`}
    </legend>
    ${renderInput({
      name: `tr-title-${t.locale}`,
      label: msg(str`Title in ${language}`, { id: 'staff.setup.title-in' }),
      value: t.title,
      onInput: (value) => set({ title: value }),
    })}
    ${renderTextarea({
      name: `tr-bring-${t.locale}`,
      label: msg(str`What to bring in ${language}`, { id: 'staff.setup.bring-in' }),
      value: t.what_to_bring,
      maxLength: TYPE_LIMITS.whatToBring,
      locale: c.locale,
      rows: 3,
      optional: true,
      onInput: (value) => set({ what_to_bring: value }),
    })}
    ${renderCheckbox({
      name: `tr-reviewed-${t.locale}`,
      label: msg('Reviewed by a person', { id: 'staff.setup.reviewed' }),
      hint: msg('Leave unticked for a machine translation: visitors see it marked as such.', {
        id: 'staff.setup.reviewed-hint',
      }),
      value: t.reviewed ? 'true' : '',
      onInput: (value) => set({ reviewed: value === 'true' }),
    })}
    <button class="button" type="button" data-remove=${t.locale} @click=${() => c.onRemoveTranslation(i)}>
      ${msg(str`Remove ${language}`, { id: 'staff.setup.remove-language' })}
    </button>
  </fieldset>`;
}

function renderRelease(c: TypeFormContext): TemplateResult {
  const d = c.draft;
  const set = (patch: Partial<TypeDraft>) => c.onChange({ ...d, ...patch });
  return html`<fieldset class="release">
    <legend>${msg('When slots open', { id: 'staff.setup.release' })}</legend>
    ${renderCheckbox({
      name: 'release',
      label: msg('Open each week’s slots at a set time', { id: 'staff.setup.release-on' }),
      hint: msg('Otherwise slots open as soon as they are within how far ahead people may book.', {
        id: 'staff.setup.release-hint',
      }),
      value: d.release ? 'true' : '',
      onInput: (value) => set({ release: value === 'true' }),
    })}
    ${
      d.release
        ? html`<p class="sentence" id="release-sentence">
              ${msg('Next week’s slots open on the day and at the time below.', { id: 'staff.setup.release-sentence' })}
            </p>
            <div class="row-fields">
              ${renderSelect({
                name: 'release-weekday',
                label: msg('Weekday', { id: 'staff.setup.weekday' }),
                value: d.release_weekday,
                choices: WEEKDAYS.map((w) => ({ value: String(w), label: weekdayName(w, c.locale) })),
                onInput: (value) => set({ release_weekday: value }),
              })}
              <div class="field ${c.problems.release_time ? 'field--error' : ''}">
                <label class="label" for="f-release-time">${msg('Time', { id: 'staff.appts.time' })}</label>
                ${renderError('f-release-time', c.problems.release_time)}
                <input
                  class="input"
                  id="f-release-time"
                  type="time"
                  aria-invalid=${c.problems.release_time ? 'true' : 'false'}
                  aria-describedby=${c.problems.release_time ? 'f-release-time-error' : nothing}
                  .value=${live(d.release_time)}
                  @input=${(e: Event) => set({ release_time: (e.target as HTMLInputElement).value })}
                />
              </div>
            </div>`
        : nothing
    }
  </fieldset>`;
}

const number = (c: TypeFormContext, field: 'duration' | 'buffer' | 'ahead' | 'notice', label: string, hint?: string) =>
  html`<div class="field ${c.problems[field] ? 'field--error' : ''}">
    <label class="label" for=${`f-${field}`}>${label}</label>
    ${hint ? html`<p class="hint" id=${`f-${field}-hint`}>${hint}</p>` : nothing}
    ${renderError(`f-${field}`, c.problems[field])}
    <input
      class="input input--narrow"
      id=${`f-${field}`}
      type="text"
      inputmode="numeric"
      aria-invalid=${c.problems[field] ? 'true' : 'false'}
      aria-describedby=${[hint ? `f-${field}-hint` : '', c.problems[field] ? `f-${field}-error` : ''].filter(Boolean).join(' ') || nothing}
      .value=${c.draft[field]}
      @input=${(e: Event) => c.onChange({ ...c.draft, [field]: (e.target as HTMLInputElement).value })}
    />
  </div>`;

/** The type's editor: its words (with their translations), its times, who may book and when slots open. */
export function renderTypeForm(c: TypeFormContext): TemplateResult {
  const d = c.draft;
  const set = (patch: Partial<TypeDraft>) => c.onChange({ ...d, ...patch });
  const taken = new Set([d.source_locale, ...d.translations.map((t) => t.locale)]);
  const addable = defaultLanguageOrder.filter((l) => !taken.has(l));
  return html`<form
    class="editor-form"
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      c.onSubmit();
    }}
  >
    ${renderInput({
      name: 'title',
      label: msg(str`Title in ${languageName(d.source_locale, c.locale)}`, { id: 'staff.setup.title-in' }),
      value: d.title,
      error: c.problems.title,
      onInput: (value) => set({ title: value }),
    })}
    ${renderInput({
      name: 'code',
      label: msg('Code', { id: 'staff.setup.code' }),
      hint: msg('Small letters, digits and hyphens; the figures count by it.', { id: 'staff.setup.code-hint' }),
      value: d.code,
      error: c.problems.code,
      onInput: (value) => set({ code: value }),
    })}
    ${renderTextarea({
      name: 'what-to-bring',
      label: msg(str`What to bring in ${languageName(d.source_locale, c.locale)}`, { id: 'staff.setup.bring-in' }),
      value: d.what_to_bring,
      maxLength: TYPE_LIMITS.whatToBring,
      locale: c.locale,
      rows: 4,
      optional: true,
      onInput: (value) => set({ what_to_bring: value }),
    })}
    <div class="row-fields">
      ${number(c, 'duration', msg('Duration (minutes)', { id: 'staff.setup.duration' }))}
      ${number(
        c,
        'buffer',
        msg('Buffer after (minutes)', { id: 'staff.setup.buffer' }),
        msg('Kept free after each appointment.', { id: 'staff.setup.buffer-hint' }),
      )}
      ${number(c, 'ahead', msg('How far ahead (days)', { id: 'staff.setup.ahead' }))}
      ${number(
        c,
        'notice',
        msg('Least notice (minutes)', { id: 'staff.setup.notice' }),
        msg('How late before the start one can still book.', { id: 'staff.setup.notice-hint' }),
      )}
    </div>
    ${renderCheckbox({
      name: 'on-behalf',
      label: msg('A community organization may book for a client', { id: 'staff.setup.on-behalf' }),
      value: d.on_behalf ? 'true' : '',
      onInput: (value) => set({ on_behalf: value === 'true' }),
    })}
    ${renderRelease(c)}
    <fieldset class="translations">
      <legend>${msg('Other languages', { id: 'staff.language.other' })}</legend>
      ${d.translations.map((t, i) => renderTranslation(c, t, i))}
      <div class="row-fields">
        ${renderSelect({
          name: 'add-locale',
          label: msg('Add a language', { id: 'staff.setup.add-language' }),
          value: d.add_locale,
          choices: [
            { value: '', label: msg('Choose…', { id: 'staff.setup.choose' }) },
            ...addable.map((l) => ({ value: l, label: languageName(l, c.locale) })),
          ],
          onInput: (value) => set({ add_locale: value }),
        })}
        <button class="button" type="button" id="add-translation" @click=${c.onAddTranslation}>
          ${msg('Add', { id: 'staff.setup.add' })}
        </button>
      </div>
    </fieldset>
    <div class="actions">
      <button class="button button--primary" type="submit" aria-disabled=${c.busy ? 'true' : 'false'}>
        ${c.isNew ? msg('Add the type', { id: 'staff.setup.add-type' }) : msg('Save', { id: 'staff.setup.save' })}
      </button>
      <button class="button" type="button" @click=${c.onCancel}>${msg('Cancel', { id: 'staff.cancel' })}</button>
    </div>
  </form>`;
}
