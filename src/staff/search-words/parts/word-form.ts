import { html, nothing, type TemplateResult } from 'lit';
import type { Draft } from '../../../core/forms/draft-store.js';
import {
  fieldId,
  listOf,
  renderCheckbox,
  renderCheckboxGroup,
  renderError,
  renderInput,
  renderSelect,
  type Choice,
} from '../../../core/forms/fields.js';
import { msg, str } from '../../../core/localize.js';
import { formatNumber } from '../../../core/number-format.js';
import type { Concept, ConceptInput } from '../search-words.api.js';

/** The server's limits (server/src/routes/staff-search-concepts.ts). */
export const LIMITS = { phrase: 80, term: 60, terms: 20 } as const;

/**
 * The form's values as the draft store keeps them: topics a list value (`a,b`), terms one a line (a
 * term is one line), `review` `'true'` when reviewed, `version` the one the edit started from.
 */
export interface WordDraft extends Draft {
  version: string;
  locale: string;
  phrase: string;
  topics: string;
  terms: string;
  review: string;
  /** The term being typed, not yet in the list. */
  term: string;
}

export type WordField = 'locale' | 'phrase' | 'topics' | 'terms' | 'term';
export type WordProblems = Partial<Record<WordField, string>>;

export const termsOf = (d: WordDraft): string[] => (d.terms ? d.terms.split('\n') : []);

export const newDraft = (locale: string): WordDraft => ({
  version: '',
  locale,
  phrase: '',
  topics: '',
  terms: '',
  review: 'true',
  term: '',
});

export const draftOf = (c: Concept): WordDraft => ({
  version: String(c.version),
  locale: c.locale,
  phrase: c.phrase,
  topics: c.topics.join(','),
  terms: c.terms.join('\n'),
  review: c.review === 'reviewed' ? 'true' : '',
  term: '',
});

/** A kept draft over the word as saved (or a new one). */
export const withDraft = (start: WordDraft, kept: Draft): WordDraft =>
  Object.keys(kept).length ? { ...start, ...kept } : start;

export const inputOf = (d: WordDraft): ConceptInput => ({
  locale: d.locale,
  phrase: d.phrase.trim(),
  topics: listOf(d.topics) as ConceptInput['topics'],
  terms: termsOf(d),
  review: d.review === 'true' ? 'reviewed' : 'draft',
});

const tooLong = (max: number, locale: string) =>
  msg(str`Write at most ${formatNumber(max, locale)} characters.`, { id: 'staff.words.too-long' });

/** What is wrong with the word, in words (call while rendering); empty when it can be saved. */
export function problemsOf(d: WordDraft, locale: string): WordProblems {
  const problems: WordProblems = {};
  const phrase = d.phrase.trim();
  if (!phrase) problems.phrase = msg('Write the word or phrase people type.', { id: 'staff.words.phrase-missing' });
  else if (phrase.length > LIMITS.phrase) problems.phrase = tooLong(LIMITS.phrase, locale);
  if (!listOf(d.topics).length && !termsOf(d).length) {
    problems.topics = msg('Choose at least one topic, or add a term.', { id: 'staff.words.nothing-to-find' });
  }
  return problems;
}

/** Why the typed term cannot join the list, or undefined (call while rendering). */
export function termProblem(d: WordDraft, locale: string): string | undefined {
  const term = d.term.trim().replace(/\s+/g, ' ');
  if (!term) return msg('Type the term first.', { id: 'staff.words.term-missing' });
  if (term.length > LIMITS.term) return tooLong(LIMITS.term, locale);
  const terms = termsOf(d);
  if (terms.some((t) => t.toLocaleLowerCase() === term.toLocaleLowerCase())) {
    return msg('This term is already in the list.', { id: 'staff.words.term-twice' });
  }
  if (terms.length >= LIMITS.terms) {
    return msg(str`A word has at most ${formatNumber(LIMITS.terms, locale)} terms.`, { id: 'staff.words.term-limit' });
  }
  return undefined;
}

export interface WordFormContext {
  draft: WordDraft;
  /** The directory's languages, named in the UI language. */
  languages: Choice[];
  topics: Choice[];
  /** The word's language, named in the UI language. */
  language: string;
  problems: WordProblems;
  busy: boolean;
  isNew: boolean;
  onInput: (field: keyof WordDraft, value: string) => void;
  onAddTerm: () => void;
  onRemoveTerm: (index: number) => void;
  onSubmit: () => void;
  onCancel: () => void;
}

/** The terms as a list a person adds to and removes from, each removal a button named by its term. */
function renderTerms(c: WordFormContext): TemplateResult {
  const terms = termsOf(c.draft);
  const id = fieldId('terms');
  return html`<fieldset class="field fieldset terms" id=${id} aria-describedby=${`${id}-hint`}>
    <legend class="label">${msg('Words services use', { id: 'staff.words.terms' })}</legend>
    <p class="hint" id=${`${id}-hint`}>
      ${msg(
        'Search for this word also finds services that use any of these terms, in any language the directory holds.',
        { id: 'staff.words.terms-hint' },
      )}
    </p>
    ${
      terms.length
        ? html`<ul class="term-list">
            ${terms.map(
              (term, index) =>
                html`<li>
                  <span dir="auto">${term}</span>
                  <button
                    class="button"
                    type="button"
                    data-term=${index}
                    aria-label=${msg(str`Remove the term ${term}`, { id: 'staff.words.remove-term-of' })}
                    @click=${() => c.onRemoveTerm(index)}
                  >
                    ${msg('Remove', { id: 'staff.words.remove-term' })}
                  </button>
                </li>`,
            )}
          </ul>`
        : html`<p class="muted">${msg('No terms yet.', { id: 'staff.words.no-terms' })}</p>`
    }
    <div class="term-add">
      <label class="label" for=${fieldId('term')}>${msg('New term', { id: 'staff.words.new-term' })}</label>
      ${renderError(fieldId('term'), c.problems.term)}
      <div class="term-row">
        <input
          class="input"
          id=${fieldId('term')}
          name="term"
          dir="auto"
          aria-invalid=${c.problems.term ? 'true' : 'false'}
          aria-describedby=${c.problems.term ? `${fieldId('term')}-error` : nothing}
          .value=${c.draft.term}
          @input=${(e: Event) => c.onInput('term', (e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => {
            // Enter here adds the term; it does not send the whole form.
            if (e.key === 'Enter') {
              e.preventDefault();
              c.onAddTerm();
            }
          }}
        />
        <button class="button" type="button" id="add-term" @click=${c.onAddTerm}>
          ${msg('Add the term', { id: 'staff.words.add-term' })}
        </button>
      </div>
    </div>
  </fieldset>`;
}

/** Language, phrase, topics, terms and "reviewed". */
export function renderWordForm(c: WordFormContext): TemplateResult {
  return html`<form
    class="form"
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      c.onSubmit();
    }}
  >
    ${renderSelect({
      name: 'locale',
      label: msg('Language', { id: 'staff.words.language' }),
      value: c.draft.locale,
      choices: c.languages,
      error: c.problems.locale,
      onInput: (v) => c.onInput('locale', v),
    })}
    ${renderInput({
      name: 'phrase',
      label: msg('Word or phrase people type', { id: 'staff.words.phrase' }),
      hint: msg('Such as “deportation” or “green card”. Accents and capitals do not matter.', {
        id: 'staff.words.phrase-hint',
      }),
      value: c.draft.phrase,
      error: c.problems.phrase,
      onInput: (v) => c.onInput('phrase', v),
    })}
    ${renderCheckboxGroup({
      name: 'topics',
      label: msg('Topics it stands for', { id: 'staff.words.topics' }),
      hint: msg('Search for this word finds the services of these topics.', { id: 'staff.words.topics-hint' }),
      value: c.draft.topics,
      columns: true,
      choices: c.topics,
      error: c.problems.topics,
      onInput: (v) => c.onInput('topics', v),
    })}
    ${renderTerms(c)}
    ${renderCheckbox({
      name: 'review',
      label: msg(str`Reviewed: someone who reads ${c.language} well has checked it`, { id: 'staff.words.reviewed' }),
      hint: msg('Left unchecked, it stays marked as a draft.', { id: 'staff.words.reviewed-hint' }),
      value: c.draft.review,
      onInput: (v) => c.onInput('review', v),
    })}
    <div class="actions">
      <button class="button button--primary" type="submit" aria-disabled=${c.busy ? 'true' : 'false'}>
        ${c.isNew ? msg('Add the word', { id: 'staff.words.add' }) : msg('Save the word', { id: 'staff.words.save' })}
      </button>
      <button class="button" type="button" @click=${c.onCancel}>
        ${msg('Discard changes', { id: 'staff.templates.discard' })}
      </button>
    </div>
  </form>`;
}
