import { html, nothing, type TemplateResult } from 'lit';
import { renderTextarea } from '../../../core/forms/fields.js';
import { languageName } from '../../../core/language-name.js';
import { defaultLanguageOrder } from '../../../core/languages.js';
import { msg, str } from '../../../core/localize.js';
import { renderTextState, type TextState } from '../../core/text-state.js';
import { TEXT_FIELDS, type TextField } from '../service.api.js';
import type { ServiceContext } from './context.js';
import { LONG_TEXT_MAX } from './details.js';
import { fieldLabel } from './labels.js';

export const textName = (field: TextField, locale: string): string => `texts-${field}-${locale}`;

/** A translation's state as the form holds it now (an edit here makes a reviewed text a draft until marked). */
export function textState(c: ServiceContext, field: TextField, locale: string): TextState {
  const source = c.saved?.source_locale ?? c.locale;
  if (locale === source) return c.form.fields[field]?.trim() ? 'source' : 'missing';
  const text = c.form.texts[field]?.[locale];
  if (!text?.value.trim()) return 'missing';
  return text.reviewed ? 'reviewed' : 'machine';
}

/** Who reviewed the text and when, while it is as they left it. */
function reviewedBy(c: ServiceContext, field: TextField, locale: string) {
  const saved = c.saved?.texts[field]?.[locale];
  const now = c.form.texts[field]?.[locale];
  return saved && saved.state === 'reviewed' && saved.value === now?.value
    ? { by: saved.reviewed_by, at: saved.reviewed_at }
    : undefined;
}

/** One field in one language beside the source text, with its state and "Mark reviewed". */
function renderPair(c: ServiceContext, field: TextField, locale: string, source: string): TemplateResult {
  const state = textState(c, field, locale);
  const original = c.form.fields[field] ?? '';
  const text = c.form.texts[field]?.[locale];
  const language = languageName(locale, c.locale);
  return html`<div class="pair">
    <div class="pair__source">
      <p class="label" id=${`src-${field}-${locale}`}>${fieldLabel(field)}: ${languageName(source, c.locale)}</p>
      <p class="source-text" lang=${source} dir="auto">${original || '—'}</p>
    </div>
    <div class="pair__text">
      ${renderTextarea({
        name: textName(field, locale),
        label: msg(str`${fieldLabel(field)} in ${language}`, { id: 'staff.service.text-in' }),
        value: text?.value ?? '',
        error: c.error(textName(field, locale)),
        optional: true,
        maxLength: LONG_TEXT_MAX,
        locale: c.locale,
        rows: field === 'name' ? 1 : 3,
        onInput: (value) =>
          c.change((f) => {
            (f.texts[field] ??= {})[locale] = { value, reviewed: false };
          }),
      })}
      <p class="text-state">${renderTextState(state, c.locale, reviewedBy(c, field, locale))}</p>
      ${
        state === 'machine' && c.saved
          ? html`<button
              class="button"
              type="button"
              id=${`review-${field}-${locale}`}
              aria-disabled=${c.busy ? 'true' : 'false'}
              @click=${() => !c.busy && c.review(field, locale)}
            >
              ${msg(str`Mark reviewed: ${fieldLabel(field)} in ${language}`, { id: 'staff.service.mark-reviewed' })}
            </button>`
          : nothing
      }
    </div>
  </div>`;
}

/** How many of a language's texts are drafts or missing, for its summary line. */
function summary(c: ServiceContext, locale: string): string {
  const states = TEXT_FIELDS.filter((f) => c.form.fields[f]?.trim()).map((f) => textState(c, f, locale));
  const drafts = states.filter((s) => s === 'machine').length;
  const missing = states.filter((s) => s === 'missing').length;
  if (!drafts && !missing) return msg('all reviewed', { id: 'staff.service.texts-all-reviewed' });
  return msg(str`drafts: ${drafts}, missing: ${missing}`, { id: 'staff.service.texts-summary' });
}

/**
 * The texts in every UI language beside the source, each with its state. A language with drafts opens by
 * itself, so the work to do is in view; the others open on demand.
 */
export function renderTexts(c: ServiceContext): TemplateResult {
  const source = c.saved?.source_locale ?? c.locale;
  const fields = TEXT_FIELDS.filter((f) => c.form.fields[f]?.trim());
  return html`<section class="panel" aria-labelledby="texts-title">
    <h2 id="texts-title">${msg('Texts in every language', { id: 'staff.service.texts-title' })}</h2>
    <p class="muted">
      ${msg(str`Written in ${languageName(source, c.locale)}; change those texts under Details.`, {
        id: 'staff.service.texts-source',
      })}
    </p>
    ${defaultLanguageOrder
      .filter((locale) => locale !== source)
      .map(
        (locale) =>
          html`<details
            class="language"
            data-locale=${locale}
            ?open=${fields.some((f) => textState(c, f, locale) === 'machine' || c.error(textName(f, locale)))}
          >
            <summary>
              <span>${languageName(locale, c.locale)}</span>
              <span class="muted">(${summary(c, locale)})</span>
            </summary>
            ${
              fields.length
                ? fields.map((field) => renderPair(c, field, locale, source))
                : html`<p>${msg('Write the texts under Details first.', { id: 'staff.service.texts-none' })}</p>`
            }
          </details>`,
      )}
  </section>`;
}
