import { html, nothing, type TemplateResult } from 'lit';
import { fieldId } from '../../core/forms/fields.js';
import { languageName } from '../../core/language-name.js';
import { msg } from '../../core/localize.js';
import { callLanguages, type LanguageChoice } from './languages.js';

export interface LanguageSelectOptions {
  name: string;
  label: string;
  value: string;
  locale: string;
  /** A first choice with no language (a filter's "any"). */
  empty?: string;
  onInput: (code: string) => void;
}

/** A language as a select: the widgets' 18 languages first, then the others, named in the UI language. */
export function renderLanguageSelect(o: LanguageSelectOptions): TemplateResult {
  const id = fieldId(o.name);
  const { ui, other } = callLanguages(o.locale);
  const known = [...ui, ...other].some((l) => l.code === o.value);
  const option = (l: LanguageChoice) =>
    html`<option value=${l.code} ?selected=${l.code === o.value}>${l.label}</option>`;
  return html`<div part="field" class="field">
    <label part="label" class="label" for=${id}>${o.label}</label>
    <select
      part="input"
      class="input"
      id=${id}
      name=${o.name}
      @change=${(e: Event) => o.onInput((e.target as HTMLSelectElement).value)}
    >
      ${o.empty !== undefined ? html`<option value="" ?selected=${!o.value}>${o.empty}</option>` : nothing}
      ${!known && o.value ? html`<option value=${o.value} selected>${languageName(o.value, o.locale)}</option>` : nothing}
      <optgroup label=${msg('Languages of the widgets', { id: 'staff.language.ui' })}>${ui.map(option)}</optgroup>
      <optgroup label=${msg('Other languages', { id: 'staff.language.other' })}>${other.map(option)}</optgroup>
    </select>
  </div>`;
}
