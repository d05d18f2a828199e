import { html, nothing, type TemplateResult } from 'lit';
import { renderCheckbox, renderInput, renderSelect, renderTextarea, toggleInList } from '../../../core/forms/fields.js';
import { languageName } from '../../../core/language-name.js';
import { defaultLanguageOrder } from '../../../core/languages.js';
import { listFormat } from '../../../core/intl.js';
import { msg, str } from '../../../core/localize.js';
import { renderTextState, type TextState } from '../../core/text-state.js';
import type { EditorContext } from './context.js';
import { reviewedKey, textKey, textLocales } from './values.js';

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 4000;
export const NOTE_MAX = 1000;

/** A language's texts: written in it (the source), reviewed, a machine draft, or missing (no title yet). */
export type TextStatus = TextState;

export function textStatus(values: Record<string, string>, locale: string): TextStatus {
  if (locale === values['source_locale']) return 'source';
  if (!(values[textKey('title', locale)] ?? '').trim()) return 'missing';
  return values[reviewedKey(locale)] === 'true' ? 'reviewed' : 'machine';
}

/** One language's title, description, accessibility notes and cost, with its state and "mark reviewed". */
function renderLanguage(c: EditorContext, locale: string): TemplateResult {
  const name = languageName(locale, c.locale);
  const status = textStatus(c.values, locale);
  const source = status === 'source';
  const field = (f: 'title' | 'description' | 'accessibility' | 'cost') => ({
    name: textKey(f, locale),
    value: c.values[textKey(f, locale)] ?? '',
    error: c.error(textKey(f, locale)),
    onInput: (value: string) => c.onInput(textKey(f, locale), value),
  });
  return html`<fieldset class="group language">
    <legend>${name} ${renderTextState(status, c.locale)}</legend>
    ${renderInput({ ...field('title'), label: msg('Title', { id: 'staff.event.title-field' }), optional: !source })}
    ${renderTextarea({
      ...field('description'),
      label: msg('Description', { id: 'staff.event.description' }),
      optional: true,
      maxLength: DESCRIPTION_MAX,
      locale: c.locale,
    })}
    ${renderTextarea({
      ...field('accessibility'),
      label: msg('Accessibility notes', { id: 'staff.event.accessibility' }),
      hint: msg('Step-free entrance, hearing loop, childcare…', { id: 'staff.event.accessibility-hint' }),
      optional: true,
      maxLength: NOTE_MAX,
      locale: c.locale,
      rows: 2,
    })}
    ${
      c.values['is_free'] === 'true'
        ? nothing
        : renderInput({ ...field('cost'), label: msg('Cost', { id: 'staff.event.cost' }), optional: true })
    }
    ${
      source
        ? nothing
        : html`${renderCheckbox({
              name: reviewedKey(locale),
              label: msg(str`Mark reviewed: a person who reads ${name} checked this text`, {
                id: 'staff.event.mark-reviewed',
              }),
              value: c.values[reviewedKey(locale)] ?? '',
              onInput: (value) => c.onInput(reviewedKey(locale), value),
            })}
            <button
              class="link-button"
              type="button"
              @click=${() => c.onInput('locales', toggleInList(c.values['locales'], locale, false))}
            >
              ${msg(str`Remove the ${name} texts`, { id: 'staff.event.text-remove' })}
            </button>`
    }
  </fieldset>`;
}

/** The texts in the source language and each language added, and a way to add another of the 18. */
export function renderTexts(c: EditorContext): TemplateResult {
  const locales = textLocales(c.values);
  const others: string[] = defaultLanguageOrder.filter((l) => !locales.includes(l));
  const pick = others.includes(c.values['text_pick'] ?? '') ? c.values['text_pick']! : '';
  const names = (codes: readonly string[]) => listFormat(c.locale).format(codes.map((l) => languageName(l, c.locale)));
  return html`<section class="panel" aria-labelledby="texts-title">
    <h2 id="texts-title">${msg('Title and description', { id: 'staff.event.texts' })}</h2>
    ${renderSelect({
      name: 'source_locale',
      label: msg('Written first in', { id: 'staff.event.source-locale' }),
      hint: msg('The language the texts were written in; the others are translations of it.', {
        id: 'staff.event.source-hint',
      }),
      value: c.values['source_locale'] ?? '',
      choices: defaultLanguageOrder.map((l) => ({ value: l, label: languageName(l, c.locale) })),
      onInput: (value) => c.onInputs({ source_locale: value, locales: toggleInList(c.values['locales'], value, true) }),
    })}
    ${locales.map((locale) => renderLanguage(c, locale))}
    ${
      others.length
        ? html`<div class="inline-add">
              ${renderSelect({
                name: 'text_pick',
                label: msg('Add a translation', { id: 'staff.event.text-pick' }),
                value: pick,
                choices: [
                  { value: '', label: msg('Choose a language', { id: 'staff.event.language-choose' }) },
                  ...others.map((l) => ({ value: l, label: languageName(l, c.locale) })),
                ],
                onInput: (value) => c.onInput('text_pick', value),
              })}
              <button
                class="button"
                type="button"
                data-add="translation"
                @click=${() => pick && c.onInputs({ locales: toggleInList(c.values['locales'], pick, true), text_pick: '' })}
              >
                ${msg('Add', { id: 'staff.event.language-add' })}
              </button>
            </div>
            <p class="muted">${msg(str`Missing: ${names(others)}`, { id: 'staff.event.text-missing' })}</p>`
        : nothing
    }
  </section>`;
}
