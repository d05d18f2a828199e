import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../localize.js';

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

const valueOf = (event: Event) => (event.target as HTMLInputElement).value;

function describedBy(id: string, o: FieldOptions, extra?: string): string | undefined {
  return [o.hint ? `${id}-hint` : '', extra ?? '', o.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function renderLabel(id: string, o: FieldOptions): TemplateResult {
  return html`<label part="label" class="label" for=${id}
    >${o.label}${o.optional ? html` <span class="optional">${msg('(optional)', { id: 'form.optional' })}</span>` : nothing}</label
  >`;
}

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

export function renderInput(o: InputOptions): TemplateResult {
  const id = fieldId(o.name);
  return html`<div part="field" class="field ${o.error ? 'field--error' : ''}">
    ${renderLabel(id, o)} ${renderHint(id, o)} ${renderError(id, o.error)}
    <input
      part="input"
      class="input"
      id=${id}
      name=${o.name}
      type=${o.type ?? 'text'}
      .autocomplete=${(o.autocomplete ?? '') as AutoFill}
      spellcheck=${o.type === 'email' || o.type === 'tel' ? 'false' : 'true'}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(id, o))}
      .value=${o.value}
      @input=${(e: Event) => o.onInput(valueOf(e))}
    />
  </div>`;
}

/**
 * A textarea with a character count. The visible count is silent; a polite
 * live region speaks only near the limit (the last 10%), so typing is not
 * interrupted. The limit is not enforced while typing (pasted text is not cut):
 * the validator reports it.
 */
export function renderTextarea(o: FieldOptions & { maxLength: number; locale: string; rows?: number }): TemplateResult {
  const id = fieldId(o.name);
  const n = (value: number) => new Intl.NumberFormat(o.locale).format(value);
  const left = o.maxLength - o.value.length;
  const count =
    left >= 0
      ? msg(str`Characters left: ${n(left)}`, { id: 'form.count.left' })
      : msg(str`Characters over the limit: ${n(-left)}`, { id: 'form.count.over' });
  return html`<div part="field" class="field ${o.error ? 'field--error' : ''}">
    ${renderLabel(id, o)} ${renderHint(id, o)} ${renderError(id, o.error)}
    <textarea
      part="input"
      class="input"
      id=${id}
      name=${o.name}
      rows=${o.rows ?? 4}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(id, o, `${id}-limit`))}
      .value=${o.value}
      @input=${(e: Event) => o.onInput(valueOf(e))}
    ></textarea>
    <span class="visually-hidden" id=${`${id}-limit`}
      >${msg(str`You can enter up to ${n(o.maxLength)} characters.`, { id: 'form.count.limit' })}</span
    >
    <p part="hint" class="hint counter ${left < 0 ? 'counter--over' : ''}" aria-hidden="true">${count}</p>
    <span class="visually-hidden" aria-live="polite">${left <= o.maxLength / 10 ? count : ''}</span>
  </div>`;
}

export function renderSelect(o: FieldOptions & { choices: Choice[]; autocomplete?: string }): TemplateResult {
  const id = fieldId(o.name);
  return html`<div part="field" class="field ${o.error ? 'field--error' : ''}">
    ${renderLabel(id, o)} ${renderHint(id, o)} ${renderError(id, o.error)}
    <select
      part="input"
      class="input"
      id=${id}
      name=${o.name}
      .autocomplete=${(o.autocomplete ?? '') as AutoFill}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(id, o))}
      @change=${(e: Event) => o.onInput(valueOf(e))}
    >
      ${o.choices.map(
        (c) =>
          html`<option value=${c.value} lang=${ifDefined(c.lang)} ?selected=${c.value === o.value}>${c.label}</option>`,
      )}
    </select>
  </div>`;
}

/** Radio buttons in a fieldset whose legend is the question. */
export function renderRadioGroup(o: FieldOptions & { choices: Choice[] }): TemplateResult {
  const id = fieldId(o.name);
  return html`<fieldset
    part="field"
    class="field fieldset ${o.error ? 'field--error' : ''}"
    id=${id}
    aria-describedby=${ifDefined(describedBy(id, o))}
  >
    <legend part="label" class="label">${o.label}</legend>
    ${renderHint(id, o)} ${renderError(id, o.error)}
    <div class="choices">
      ${o.choices.map(
        (c) =>
          html`<label class="choice"
            ><input
              part="input"
              type="radio"
              name=${o.name}
              value=${c.value}
              aria-invalid=${o.error ? 'true' : 'false'}
              .checked=${c.value === o.value}
              @change=${(e: Event) => o.onInput(valueOf(e))}
            />
            <span lang=${ifDefined(c.lang)}>${c.label}</span></label
          >`,
      )}
    </div>
  </fieldset>`;
}

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
        aria-invalid=${o.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(id, o))}
        .checked=${o.value === 'true'}
        @change=${(e: Event) => o.onInput((e.target as HTMLInputElement).checked ? 'true' : '')}
      />
      ${o.label}</label
    >
    ${renderHint(id, o)}
  </div>`;
}

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
export function renderCheckboxGroup(o: FieldOptions & { choices: Choice[]; columns?: boolean }): TemplateResult {
  const id = fieldId(o.name);
  const chosen = listOf(o.value);
  return html`<fieldset
    part="field"
    class="field fieldset ${o.error ? 'field--error' : ''}"
    id=${id}
    aria-describedby=${ifDefined(describedBy(id, o))}
  >
    <legend part="label" class="label">
      ${o.label}${o.optional ? html` <span class="optional">${msg('(optional)', { id: 'form.optional' })}</span>` : nothing}
    </legend>
    ${renderHint(id, o)} ${renderError(id, o.error)}
    <div class="choices ${o.columns ? 'choices--columns' : ''}">
      ${o.choices.map(
        (c) =>
          html`<label class="choice"
            ><input
              part="input"
              type="checkbox"
              name=${o.name}
              value=${c.value}
              aria-invalid=${o.error ? 'true' : 'false'}
              .checked=${chosen.includes(c.value)}
              @change=${(e: Event) => {
                const box = e.target as HTMLInputElement;
                o.onInput(toggleInList(o.value, c.value, box.checked));
              }}
            />
            <span lang=${ifDefined(c.lang)}>${c.label}</span></label
          >`,
      )}
    </div>
  </fieldset>`;
}
