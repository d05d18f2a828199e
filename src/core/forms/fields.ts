import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Draft } from './draft-store.js';
import { languageNames } from '../languages.js';
import { cachedIntl } from '../intl-cache.js';
import { allLocales, type SupportedLocale } from '../locales.js';
import { msg, str } from '../localize.js';
import { formatNumber } from '../number-format.js';

/**
 * Form fields with a visible label, an optional hint and an inline error tied
 * to the control (`aria-invalid`, `aria-describedby`). Ids are `f-<name>`, so
 * the error summary can find each field; `part`s: field, label, input, hint,
 * error. Render them inside one shadow root per form.
 */
export interface FieldOptions {
  name: string;
  label: string;
  value: string;
  /** Already localized; the field shows no error when empty. */
  error?: string | undefined;
  hint?: string | undefined;
  /** Adds "(optional)" to the label: fields are required unless they say so. */
  optional?: boolean;
  onInput: (value: string) => void;
}

/** What a field helper needs for field `name`, as `FormState.field(name)` gives it. */
export type FieldProps = Pick<FieldOptions, 'name' | 'value' | 'error' | 'onInput'>;

/** What a form's field groups (its `parts/fields.ts`) need from the form. */
export interface FieldsContext {
  locale: string;
  values: Draft;
  field: (name: string) => FieldProps;
}

export interface InputOptions extends FieldOptions {
  type?: 'text' | 'email' | 'tel';
  /** An HTML autocomplete token: `name`, `email`, `tel`, `off`… */
  autocomplete?: string;
}

export interface Choice {
  value: string;
  label: string;
  /** Language of the label, for names written in their own language. */
  lang?: string;
}

export const fieldId = (name: string): string => `f-${name}`;

/**
 * The UI languages, each named in itself: the choices of "your language" in
 * every form. The visitor's own (the UI language `locale`) first, then by name
 * as that language sorts them, not by code (`ar` before `bn` before `en`).
 */
export function languageChoices(locale: string): Choice[] {
  const collator = cachedIntl('c', locale, undefined, () => new Intl.Collator(locale));
  const name = (code: SupportedLocale) => languageNames[code].endonym;
  return [...allLocales]
    .sort((a, b) => Number(b === locale) - Number(a === locale) || collator.compare(name(a), name(b)))
    .map((code) => ({ value: code, label: name(code), lang: code }));
}

const valueOf = (event: Event) => (event.target as HTMLInputElement).value;
const invalid = (o: FieldOptions) => (o.error ? 'true' : 'false');

function describedBy(id: string, o: FieldOptions, extra?: string): string | undefined {
  return [o.hint ? `${id}-hint` : '', extra ?? '', o.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/** The label's text, with "(optional)" when the field says so. */
const labelText = (o: FieldOptions) =>
  html`${o.label}${o.optional ? html` <span class="optional">${msg('(optional)', { id: 'form.optional' })}</span>` : nothing}`;

function renderHint(id: string, o: FieldOptions): TemplateResult | typeof nothing {
  return o.hint ? html`<p part="hint" class="hint" id=${`${id}-hint`}>${o.hint}</p>` : nothing;
}

/** The error in words (an icon and colour only add to it). */
export function renderError(id: string, error: string | undefined): TemplateResult | typeof nothing {
  return error
    ? html`<p part="error" class="error" id=${`${id}-error`}>
        <span class="visually-hidden">${msg('Error:', { id: 'form.error-prefix' })}</span> ${error}
      </p>`
    : nothing;
}

/** A labelled field: label, hint and error above `control`, then `after` (a textarea's count). */
function renderField(o: FieldOptions, control: TemplateResult, after: unknown = nothing): TemplateResult {
  const id = fieldId(o.name);
  return html`<div part="field" class="field ${o.error ? 'field--error' : ''}">
    <label part="label" class="label" for=${id}>${labelText(o)}</label> ${renderHint(id, o)} ${renderError(id, o.error)}
    ${control} ${after}
  </div>`;
}

export function renderInput(o: InputOptions): TemplateResult {
  const id = fieldId(o.name);
  return renderField(
    o,
    html`<input
      part="input"
      class="input"
      id=${id}
      name=${o.name}
      type=${o.type ?? 'text'}
      dir=${o.type === 'email' || o.type === 'tel' ? 'ltr' : 'auto'}
      .autocomplete=${(o.autocomplete ?? '') as AutoFill}
      spellcheck=${o.type === 'email' || o.type === 'tel' ? 'false' : 'true'}
      aria-invalid=${invalid(o)}
      aria-describedby=${ifDefined(describedBy(id, o))}
      .value=${o.value}
      @input=${(e: Event) => o.onInput(valueOf(e))}
    />`,
  );
}

/**
 * A textarea with a character count. The visible count is silent; a polite
 * live region speaks only near the limit (the last 10%), so typing is not
 * interrupted. The limit is not enforced while typing (pasted text is not cut):
 * the validator reports it.
 */
export function renderTextarea(o: FieldOptions & { maxLength: number; locale: string; rows?: number }): TemplateResult {
  const id = fieldId(o.name);
  const n = (value: number) => formatNumber(value, o.locale);
  const left = o.maxLength - o.value.length;
  const count =
    left >= 0
      ? msg(str`Characters left: ${n(left)}`, { id: 'form.count.left' })
      : msg(str`Characters over the limit: ${n(-left)}`, { id: 'form.count.over' });
  return renderField(
    o,
    html`<textarea
      part="input"
      class="input"
      id=${id}
      name=${o.name}
      rows=${o.rows ?? 4}
      dir="auto"
      aria-invalid=${invalid(o)}
      aria-describedby=${ifDefined(describedBy(id, o, `${id}-limit`))}
      .value=${o.value}
      @input=${(e: Event) => o.onInput(valueOf(e))}
    ></textarea>`,
    html`<span class="visually-hidden" id=${`${id}-limit`}
        >${msg(str`You can enter up to ${n(o.maxLength)} characters.`, { id: 'form.count.limit' })}</span
      >
      <p part="hint" class="hint counter ${left < 0 ? 'counter--over' : ''}" aria-hidden="true">${count}</p>
      <span class="visually-hidden" aria-live="polite">${left <= o.maxLength / 10 ? count : ''}</span>`,
  );
}

export function renderSelect(o: FieldOptions & { choices: Choice[]; autocomplete?: string }): TemplateResult {
  const id = fieldId(o.name);
  return renderField(
    o,
    html`<select
      part="input"
      class="input"
      id=${id}
      name=${o.name}
      .autocomplete=${(o.autocomplete ?? '') as AutoFill}
      aria-invalid=${invalid(o)}
      aria-describedby=${ifDefined(describedBy(id, o))}
      @change=${(e: Event) => o.onInput(valueOf(e))}
    >
      ${o.choices.map(
        (c) =>
          html`<option value=${c.value} lang=${ifDefined(c.lang)} ?selected=${c.value === o.value}>${c.label}</option>`,
      )}
    </select>`,
  );
}

/** A fieldset whose legend is the question, with one radio button or checkbox per choice. */
function renderGroup(
  o: FieldOptions & { choices: Choice[]; columns?: boolean },
  type: 'radio' | 'checkbox',
  checked: (value: string) => boolean,
  change: (value: string, checked: boolean) => string,
): TemplateResult {
  const id = fieldId(o.name);
  return html`<fieldset
    part="field"
    class="field fieldset ${o.error ? 'field--error' : ''}"
    id=${id}
    aria-describedby=${ifDefined(describedBy(id, o))}
  >
    <legend part="label" class="label">${labelText(o)}</legend>
    ${renderHint(id, o)} ${renderError(id, o.error)}
    <div class="choices ${o.columns ? 'choices--columns' : ''}">
      ${o.choices.map(
        (c) =>
          html`<label class="choice"
            ><input
              part="input"
              type=${type}
              name=${o.name}
              value=${c.value}
              aria-invalid=${invalid(o)}
              .checked=${checked(c.value)}
              @change=${(e: Event) => o.onInput(change(c.value, (e.target as HTMLInputElement).checked))}
            />
            <span lang=${ifDefined(c.lang)}>${c.label}</span></label
          >`,
      )}
    </div>
  </fieldset>`;
}

/** Radio buttons in a fieldset whose legend is the question. */
export const renderRadioGroup = (o: FieldOptions & { choices: Choice[] }): TemplateResult =>
  renderGroup(
    o,
    'radio',
    (value) => value === o.value,
    (value) => value,
  );

/** A single checkbox; its value is `'true'` or `''`. */
export function renderCheckbox(o: FieldOptions): TemplateResult {
  const id = fieldId(o.name);
  return html`<div part="field" class="field ${o.error ? 'field--error' : ''}">
    ${renderError(id, o.error)}
    <label part="label" class="choice"
      ><input
        part="input"
        type="checkbox"
        id=${id}
        name=${o.name}
        aria-invalid=${invalid(o)}
        aria-describedby=${ifDefined(describedBy(id, o))}
        .checked=${o.value === 'true'}
        @change=${(e: Event) => o.onInput((e.target as HTMLInputElement).checked ? 'true' : '')}
      />
      ${o.label}</label
    >
    ${renderHint(id, o)}
  </div>`;
}

/**
 * A field only robots fill in (the server drops what carries it): out of the
 * keyboard and the accessibility tree, styled away by the kit's `.trap`.
 */
export const renderTrap = (
  value: string | undefined,
  onInput: (value: string) => void,
  label: string,
): TemplateResult =>
  html`<div class="trap" aria-hidden="true">
    <label for="f-website">${label}</label>
    <input
      id="f-website"
      name="website"
      tabindex="-1"
      autocomplete="off"
      .value=${value ?? ''}
      @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
    />
  </div>`;

/** A list value of the kit: several choices kept in one string, comma-separated (codes have no commas). */
export const listOf = (value: string | undefined): string[] => (value ? value.split(',').filter(Boolean) : []);

/** `list` with `item` added (checked) or removed, as a list value. */
export const toggleInList = (value: string | undefined, item: string, checked: boolean): string => {
  const items = listOf(value).filter((v) => v !== item);
  return (checked ? [...items, item] : items).join(',');
};

/**
 * Checkboxes in a fieldset whose legend is the question: choose any number.
 * The value is a list value ({@link listOf}: `'a,b'`); `columns` lays many
 * short choices (languages) out in columns where there is room.
 */
export const renderCheckboxGroup = (o: FieldOptions & { choices: Choice[]; columns?: boolean }): TemplateResult =>
  renderGroup(
    o,
    'checkbox',
    (value) => listOf(o.value).includes(value),
    (value, checked) => toggleInList(o.value, value, checked),
  );
