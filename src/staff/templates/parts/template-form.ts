import { html, type TemplateResult } from 'lit';
import type { Draft } from '../../../core/forms/draft-store.js';
import { renderCheckbox, renderInput, renderTextarea } from '../../../core/forms/fields.js';
import { msg, str } from '../../../core/localize.js';
import { formatNumber } from '../../../core/number-format.js';
import { PLACEHOLDERS, type ReplyTemplate } from '../../core/types.js';
import type { TemplateText } from '../templates.api.js';

/** The server's limits (server/src/routes/staff-desk.ts, TemplateText). */
export const LIMITS = { title: 120, subject: 200, body: 8000 } as const;
type TextField = keyof typeof LIMITS;

/** The form's values as the draft store keeps them (`reviewed`: `'true'` or `''`). */
export interface TemplateDraft extends Draft {
  title: string;
  subject: string;
  body: string;
  reviewed: string;
}

/** The template as the form starts: an English stand-in is not reviewed in this language. */
export const draftOf = (t: ReplyTemplate): TemplateDraft => ({
  title: t.title,
  subject: t.subject,
  body: t.body,
  reviewed: t.reviewed && !t.fallback ? 'true' : '',
});

/** A kept draft of this template, else its text. */
export const withDraft = (t: ReplyTemplate, kept: Draft): TemplateDraft =>
  Object.keys(kept).length ? { ...draftOf(t), ...kept } : draftOf(t);

export const textOf = (d: TemplateDraft): TemplateText => ({
  title: d.title.trim(),
  subject: d.subject.trim(),
  body: d.body.trim(),
  reviewed: d.reviewed === 'true',
});

/** Words in braces that are not placeholders (`{referal}`): they would reach the person as written. */
export const unknownPlaceholders = (text: string): string[] =>
  [...text.matchAll(/\{([^{}\s]*)\}/g)]
    .map((m) => m[1]!)
    .filter((name) => !(PLACEHOLDERS as readonly string[]).includes(name))
    .map((name) => `{${name}}`);

/** What is wrong with each field, in words (call while rendering); empty when it can be saved. */
export function problemsOf(d: TemplateDraft, locale: string): Partial<Record<TextField, string>> {
  const problems: Partial<Record<TextField, string>> = {};
  const missing: Record<TextField, () => string> = {
    title: () => msg('Enter a title.', { id: 'staff.templates.title-missing' }),
    subject: () => msg('Enter a subject.', { id: 'staff.templates.subject-missing' }),
    body: () => msg('Write the text of the reply.', { id: 'staff.templates.body-missing' }),
  };
  for (const field of ['title', 'subject', 'body'] as const) {
    const value = d[field].trim();
    const unknown = field === 'title' ? [] : unknownPlaceholders(value);
    if (!value) problems[field] = missing[field]();
    else if (value.length > LIMITS[field]) {
      const n = formatNumber(LIMITS[field], locale);
      problems[field] = msg(str`Write at most ${n} characters.`, { id: 'staff.templates.too-long' });
    } else if (unknown.length) {
      const word = unknown[0]!;
      problems[field] = msg(str`${word} is not a placeholder: write {reference}, {referral} or {status_url}.`, {
        id: 'staff.templates.unknown-placeholder',
      });
    }
  }
  return problems;
}

export interface TemplateFormContext {
  draft: TemplateDraft;
  /** The template's language, named in the UI language. */
  language: string;
  /** The UI language. */
  locale: string;
  problems: Partial<Record<TextField, string>>;
  busy: boolean;
  onInput: (field: keyof TemplateDraft, value: string) => void;
  onSubmit: () => void;
  onDiscard: () => void;
}

/** What each placeholder becomes when a reply is sent. */
function renderPlaceholders(): TemplateResult {
  const name = (p: string) => html`<code dir="ltr" translate="no">${`{${p}}`}</code>`;
  return html`<div class="placeholders" role="group" aria-labelledby="placeholders-title">
    <p id="placeholders-title" class="label">
      ${msg('Placeholders, filled in when a reply is sent:', { id: 'staff.templates.placeholders' })}
    </p>
    <dl class="facts">
      <dt>${name('reference')}</dt>
      <dd>
        ${msg("The inquiry's reference number, which the person gives when they call.", {
          id: 'staff.templates.placeholder-reference',
        })}
      </dd>
      <dt>${name('referral')}</dt>
      <dd>
        ${msg("The organization the person was referred to, named in the reply's language.", {
          id: 'staff.templates.placeholder-referral',
        })}
      </dd>
      <dt>${name('status_url')}</dt>
      <dd>
        ${msg('The address of the page where the person can see how their inquiry is going.', {
          id: 'staff.templates.placeholder-status-url',
        })}
      </dd>
    </dl>
  </div>`;
}

/** Title, subject, body and "reviewed"; the text fields `dir="auto"` (the form kit's), so Arabic and Urdu read right to left. */
export function renderTemplateForm(c: TemplateFormContext): TemplateResult {
  return html`<form
    class="form"
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      c.onSubmit();
    }}
  >
    ${renderInput({
      name: 'title',
      label: msg('Title', { id: 'staff.templates.title' }),
      hint: msg('What the desk picks it by. The person never sees it.', { id: 'staff.templates.title-hint' }),
      value: c.draft.title,
      error: c.problems.title,
      onInput: (v) => c.onInput('title', v),
    })}
    ${renderPlaceholders()}
    ${renderInput({
      name: 'subject',
      label: msg('Subject', { id: 'staff.templates.subject' }),
      value: c.draft.subject,
      error: c.problems.subject,
      onInput: (v) => c.onInput('subject', v),
    })}
    ${renderTextarea({
      name: 'body',
      label: msg('Text', { id: 'staff.templates.body' }),
      value: c.draft.body,
      error: c.problems.body,
      maxLength: LIMITS.body,
      locale: c.locale,
      rows: 14,
      onInput: (v) => c.onInput('body', v),
    })}
    ${renderCheckbox({
      name: 'reviewed',
      label: msg(str`Reviewed: someone who reads ${c.language} well has checked this text`, {
        id: 'staff.templates.reviewed',
      }),
      hint: msg('Left unchecked, it stays marked as a machine draft.', { id: 'staff.templates.reviewed-hint' }),
      value: c.draft.reviewed,
      onInput: (v) => c.onInput('reviewed', v),
    })}
    <div class="actions">
      <button class="button button--primary" type="submit" aria-disabled=${c.busy ? 'true' : 'false'}>
        ${msg('Save the template', { id: 'staff.templates.save' })}
      </button>
      <button class="button" type="button" @click=${c.onDiscard}>
        ${msg('Discard changes', { id: 'staff.templates.discard' })}
      </button>
    </div>
  </form>`;
}
