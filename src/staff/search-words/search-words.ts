import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { DataController } from '../../core/data-controller.js';
import type { Choice } from '../../core/forms/fields.js';
import { listFormat } from '../../core/intl.js';
import { languageName } from '../../core/language-name.js';
import { defaultLanguageOrder } from '../../core/languages.js';
import { msg, str } from '../../core/localize.js';
import { formatNumber } from '../../core/number-format.js';
import { DeskError, StaleError } from '../core/desk-api.js';
import { clearDeskDraft, loadDeskDraft, saveDeskDraft } from '../core/drafts.js';
import { topicName } from '../core/labels.js';
import { loadTopics } from '../core/lists.api.js';
import { problemMessage } from '../core/problem-message.js';
import { routeHash } from '../core/routes.js';
import { renderStale } from '../core/stale.js';
import { WwStaffElement } from '../core/staff-element.js';
import type { Topic } from '../core/types.js';
import { renderTrial } from './parts/try-it.js';
import {
  draftOf,
  inputOf,
  newDraft,
  problemsOf,
  renderWordForm,
  termProblem,
  termsOf,
  withDraft,
  type WordDraft,
  type WordProblems,
} from './parts/word-form.js';
import {
  createConcept,
  deleteConcept,
  loadConcepts,
  trySearch,
  updateConcept,
  type Concept,
  type TrialAnswer,
} from './search-words.api.js';
import { searchWordsStyles } from './search-words.styles.js';

const DRAFT_FORM = 'search-word';
const NEW = 'new';
/** `#search-words?locale=all`: every language. */
const ALL = 'all';
const REVIEWS = ['draft', 'reviewed'] as const;

/**
 * @tagname ww-staff-search-words
 * @summary Everyday words, for editors and administrators: the words people search with, mapped to topics and terms.
 *
 * A list per language (`#search-words?locale=es&review=draft&q=…`), filtered by
 * "draft" or "reviewed" and by part of a phrase or term; a form to add, change
 * or delete a word (what is typed is kept in the tab until saved, and a word
 * someone else changed meanwhile says so, with a Reload that keeps the edits);
 * and "Try it", which runs the public search as a visitor would and shows what
 * it understood.
 */
/** Rows added to the list at a time: a long table stays quick to draw and to read with a screen reader. */
const ROWS_AT_A_TIME = 100;

export class WwStaffSearchWords extends WwStaffElement {
  static override styles = [...WwStaffElement.styles, searchWordsStyles];

  static override get properties(): PropertyDeclarations {
    return {
      ...super.properties,
      params: { attribute: false },
      editing: { state: true },
      draft: { state: true },
      checked: { state: true },
      termChecked: { state: true },
      deleteFailure: { state: true },
      busy: { state: true },
      failure: { state: true },
      duplicate: { state: true },
      theirs: { state: true },
      deleting: { state: true },
      shown: { state: true },
      said: { state: true },
      trial: { state: true },
    };
  }

  /** The address's parameters: `locale` (or `all`), `review`, `q`. */
  params = new URLSearchParams();

  /** How many rows of the list are shown, for the filters in the address (every language holds a thousand and more). */
  private shown = { filters: '', rows: ROWS_AT_A_TIME };

  /** The id of the word in the form, or `new`. */
  private editing: string | undefined;
  /** Its phrase as saved when the form opened (the heading), even if the filters leave it out of the list. */
  private editingPhrase = '';
  private draft: WordDraft | undefined;
  /** The form was sent once: its problems show from then on. */
  private checked = false;
  /** "Add the term" was pressed with a term that cannot join the list: say why until it can. */
  private termChecked = false;
  private busy = false;
  private failure: unknown;
  private deleteFailure: unknown;
  /** The server refused the phrase: the language already has it. */
  private duplicate = false;
  /** After a Reload: the word as someone else saved it, shown beside the edits. */
  private theirs: Concept | 'deleted' | undefined;
  /** The word whose deletion is being confirmed. */
  private deleting: Concept | undefined;
  private said: string | undefined;
  /** The query "Try it" runs, and in which language. */
  private trial: { q: string; lang: string } | undefined;
  private reopened = false;

  private get languageFilter(): string {
    const asked = this.params.get('locale');
    if (asked === ALL) return ALL;
    return asked && (defaultLanguageOrder as readonly string[]).includes(asked) ? asked : this.locale;
  }

  private get reviewFilter(): string | undefined {
    const asked = this.params.get('review');
    return (REVIEWS as readonly string[]).includes(asked ?? '') ? asked! : undefined;
  }

  private get queryFilter(): string | undefined {
    return this.params.get('q')?.trim() || undefined;
  }

  private readonly words = new DataController<Concept[], [string, string, string]>(this, {
    args: () => (this.api ? [this.languageFilter, this.reviewFilter ?? '', this.queryFilter ?? ''] : undefined),
    task: ([locale, review, q], signal) =>
      loadConcepts(
        this.api!,
        { locale: locale === ALL ? undefined : locale, review: review || undefined, q: q || undefined },
        signal,
      ),
  });

  private readonly topics = new DataController<Topic[], [string]>(this, {
    args: () => (this.api ? [this.locale] : undefined),
    // The inquiry form's list is the directory's topics plus "other", which no service has.
    task: async ([locale], signal) => (await loadTopics(this.api!, locale, signal)).filter((t) => t.code !== 'other'),
  });

  private readonly trialAnswer = new DataController<TrialAnswer, [{ q: string; lang: string }]>(this, {
    args: () => (this.api && this.trial ? [this.trial] : undefined),
    task: ([{ q, lang }], signal) => trySearch(this.api!, q, lang, signal),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const list = this.words.current;
    // A word left half-edited (a reload, a sign-in in between) opens again, once.
    if (list && !this.reopened) {
      this.reopened = true;
      const kept = [NEW, ...list.map((c) => c.id)].find((id) => Object.keys(loadDeskDraft(DRAFT_FORM, id)).length);
      if (kept === NEW) this.open(NEW, newDraft(this.newLanguage()));
      else if (kept) this.open(kept, draftOf(list.find((c) => c.id === kept)!));
    }
  }

  /** A new word's language: the one shown, else the desk's. */
  private newLanguage(): string {
    return this.languageFilter === ALL ? this.locale : this.languageFilter;
  }

  private open(id: string, start: WordDraft): void {
    this.editing = id;
    this.editingPhrase = start.phrase;
    this.draft = withDraft(start, loadDeskDraft(DRAFT_FORM, id));
    this.checked = false;
    this.termChecked = false;
    this.failure = undefined;
    this.duplicate = false;
    this.theirs = undefined;
  }

  private close(): void {
    this.editing = undefined;
    this.draft = undefined;
    this.checked = false;
    this.termChecked = false;
    this.failure = undefined;
    this.duplicate = false;
    this.theirs = undefined;
  }

  private async startNew(): Promise<void> {
    this.open(NEW, newDraft(this.newLanguage()));
    this.said = undefined;
    await this.focusOn('#editor-title');
  }

  private async edit(concept: Concept): Promise<void> {
    this.open(concept.id, draftOf(concept));
    this.said = undefined;
    await this.focusOn('#editor-title');
  }

  private change(field: keyof WordDraft, value: string): void {
    if (!this.draft || !this.editing) return;
    this.draft = { ...this.draft, [field]: value };
    if (field === 'phrase' || field === 'locale') this.duplicate = false;
    saveDeskDraft(DRAFT_FORM, this.editing, this.draft);
  }

  private async addTerm(): Promise<void> {
    if (!this.draft) return;
    // The problem is worded while rendering; here only whether there is one.
    if (termProblem(this.draft, this.locale)) {
      this.termChecked = true;
      await this.focusOn('#f-term');
      return;
    }
    const term = this.draft.term.trim().replace(/\s+/g, ' ');
    this.termChecked = false;
    this.change('terms', [...termsOf(this.draft), term].join('\n'));
    this.change('term', '');
    this.said = term;
    this.saidKind = 'term-added';
    await this.focusOn('#f-term');
  }

  private async removeTerm(index: number): Promise<void> {
    if (!this.draft) return;
    const terms = termsOf(this.draft);
    const [removed] = terms.splice(index, 1);
    this.change('terms', terms.join('\n'));
    this.said = removed;
    this.saidKind = 'term-removed';
    // Focus stays in the list: on the term that took its place, else the field to add one.
    await this.focusOn(terms.length ? `[data-term="${Math.min(index, terms.length - 1)}"]` : '#f-term');
  }

  /** What the live region says, worded while rendering. */
  private saidKind: 'saved' | 'added' | 'deleted' | 'term-added' | 'term-removed' | 'reloaded' | 'gone' | undefined;

  private async discard(): Promise<void> {
    const id = this.editing;
    if (!id) return;
    clearDeskDraft(DRAFT_FORM, id);
    this.close();
    await this.focusOn(id === NEW ? '#add-word' : `#edit-${id}`);
  }

  private async submit(): Promise<void> {
    if (this.busy || !this.draft || !this.editing) return;
    this.checked = true;
    if (Object.keys(problemsOf(this.draft, this.locale)).length) {
      await this.focusOn('form [aria-invalid="true"]');
      return;
    }
    const id = this.editing;
    const input = inputOf(this.draft);
    this.busy = true;
    this.failure = undefined;
    this.duplicate = false;
    try {
      const saved =
        id === NEW
          ? await createConcept(this.api!, input)
          : await updateConcept(this.api!, id, Number(this.draft.version), input);
      clearDeskDraft(DRAFT_FORM, id);
      this.close();
      this.said = saved.phrase;
      this.saidKind = id === NEW ? 'added' : 'saved';
      await this.words.run();
      await this.updateComplete;
      // Back on its row, unless the filters shown leave it out.
      await this.focusOn(this.renderRoot.querySelector(`#edit-${saved.id}`) ? `#edit-${saved.id}` : '#add-word');
    } catch (error) {
      if (error instanceof DeskError && error.code === 'duplicate') {
        this.duplicate = true;
        await this.focusOn('#f-phrase');
      } else {
        this.failure = error;
        await this.focusOn('.editor [role="alert"] button, .editor [role="alert"]');
      }
    } finally {
      this.busy = false;
    }
  }

  /**
   * After a 412: reads the list again, shows the word as the other person saved it, and makes the
   * edits apply to their version (saving then replaces it, knowingly). Nothing typed is lost.
   */
  private async reload(): Promise<void> {
    const id = this.editing;
    if (!id || !this.draft) return;
    let current: Concept | undefined;
    try {
      // Every language: the form's may have been changed from the word's.
      current = (await loadConcepts(this.api!, {})).find((c) => c.id === id);
    } catch (error) {
      this.failure = error; // the stale notice gives way to why the reload failed; the edits stay
      return;
    }
    void this.words.run();
    this.failure = undefined;
    if (current) {
      this.theirs = current;
      this.change('version', String(current.version));
      this.saidKind = 'reloaded';
    } else {
      // Deleted meanwhile: saving adds it again as a new word.
      this.theirs = 'deleted';
      saveDeskDraft(DRAFT_FORM, NEW, { ...this.draft, version: '' });
      clearDeskDraft(DRAFT_FORM, id);
      this.editing = NEW;
      this.draft = { ...this.draft, version: '' };
      this.saidKind = 'gone';
    }
    this.said = this.draft.phrase;
    await this.focusOn('#editor-title');
  }

  private askDelete(concept: Concept): void {
    this.deleting = concept;
    this.deleteFailure = undefined;
  }

  private async closeDelete(): Promise<void> {
    const id = this.deleting?.id;
    this.deleting = undefined;
    if (id) await this.focusOn(`#delete-${id}`);
  }

  private async confirmDelete(): Promise<void> {
    const concept = this.deleting;
    if (!concept || this.busy) return;
    this.busy = true;
    try {
      await deleteConcept(this.api!, concept.id, concept.version);
      clearDeskDraft(DRAFT_FORM, concept.id);
      if (this.editing === concept.id) this.close();
      this.deleting = undefined;
      this.said = concept.phrase;
      this.saidKind = 'deleted';
      await this.words.run();
      await this.focusOn('#add-word');
    } catch (error) {
      this.deleteFailure = error;
    } finally {
      this.busy = false;
    }
  }

  private filter(e: Event): void {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const value = (name: string) => {
      const v = data.get(name);
      return typeof v === 'string' && v.trim() ? v.trim() : undefined;
    };
    this.said = undefined;
    location.hash = routeHash('search-words', { locale: value('locale'), review: value('review'), q: value('q') });
  }

  private tryIt(e: Event): void {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const q = String(data.get('try') ?? '').trim();
    const lang = String(data.get('try-lang') ?? this.locale);
    this.trial = q ? { q, lang } : undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.ask');
    if (dialog && !dialog.open) {
      dialog.showModal();
      // The way back has the focus first: a stray Enter deletes nothing.
      dialog.querySelector<HTMLElement>('#delete-keep')?.focus();
    }
  }

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private languageChoices(): Choice[] {
    return defaultLanguageOrder.map((code) => ({ value: code, label: languageName(code, this.locale) }));
  }

  private topicNames(): Map<string, string> {
    return new Map((this.topics.value ?? []).map((t) => [t.code, t.name]));
  }

  private saidText(): string | undefined {
    const what = this.said ?? '';
    switch (this.saidKind) {
      case 'added':
        return msg(str`Added: ${what}. Searches understand it now.`, { id: 'staff.words.said-added' });
      case 'saved':
        return msg(str`Saved: ${what}. Searches understand it now.`, { id: 'staff.words.said-saved' });
      case 'deleted':
        return msg(str`Deleted: ${what}.`, { id: 'staff.words.said-deleted' });
      case 'term-added':
        return msg(str`Term added: ${what}.`, { id: 'staff.words.said-term-added' });
      case 'term-removed':
        return msg(str`Term removed: ${what}.`, { id: 'staff.words.said-term-removed' });
      case 'reloaded':
        return msg('Reloaded. Their change is shown; your edits are still in the form, not saved yet.', {
          id: 'staff.inquiry.reloaded',
        });
      case 'gone':
        return msg('Someone deleted this word. Your edits are kept: saving adds it again.', {
          id: 'staff.words.said-gone',
        });
      default:
        return undefined;
    }
  }

  override render(): TemplateResult {
    const list = this.words.current;
    const editing = this.editing;
    return html`<div part="base" class="screen" lang=${this.locale} dir=${this.direction}>
      <h1>${msg('Everyday words', { id: 'staff.nav.search-words' })}</h1>
      <p>
        ${msg(
          'The words people search with for what the office does, such as “deportation” or “green card”, in each language. Search finds the services of their topics, and those that use their terms. Drafts have not been checked yet by someone who reads the language.',
          { id: 'staff.words.intro' },
        )}
      </p>
      ${this.renderStatus(this.saidText())} ${this.renderFilters()}
      <div class="actions">
        <button class="button" type="button" id="add-word" @click=${() => void this.startNew()}>
          ${msg('Add an everyday word', { id: 'staff.words.add-word' })}
        </button>
      </div>
      ${editing === NEW && this.draft ? this.renderEditor(this.draft) : nothing}
      ${this.words.status === 'error' ? this.renderFailure(this.words.error, () => void this.words.run()) : nothing}
      ${list ? this.renderTable(list) : this.words.status === 'pending' ? this.renderLoading() : nothing}
      ${editing && editing !== NEW && this.draft ? this.renderEditor(this.draft) : nothing} ${this.renderTryIt()}
      ${this.deleting ? this.renderDeleteDialog(this.deleting) : nothing}
    </div>`;
  }

  private renderFilters(): TemplateResult {
    const review = this.reviewFilter ?? '';
    return html`<form
      class="toolbar"
      aria-label=${msg('Filters', { id: 'staff.queue.filters' })}
      @submit=${this.filter}
    >
      <div class="field">
        <label class="label" for="filter-locale">${msg('Language', { id: 'staff.words.language' })}</label>
        <select class="input" id="filter-locale" name="locale">
          <option value=${ALL} ?selected=${this.languageFilter === ALL}>
            ${msg('All languages', { id: 'staff.words.all-languages' })}
          </option>
          ${this.languageChoices().map(
            (c) => html`<option value=${c.value} ?selected=${c.value === this.languageFilter}>${c.label}</option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label class="label" for="filter-review">${msg('State', { id: 'staff.accounts.state' })}</label>
        <select class="input" id="filter-review" name="review">
          <option value="" ?selected=${!review}>${msg('Any', { id: 'staff.queue.any' })}</option>
          <option value="draft" ?selected=${review === 'draft'}>${msg('Draft', { id: 'staff.words.draft' })}</option>
          <option value="reviewed" ?selected=${review === 'reviewed'}>
            ${msg('Reviewed', { id: 'staff.templates.reviewed-state' })}
          </option>
        </select>
      </div>
      <div class="field">
        <label class="label" for="filter-q">${msg('Find a word or term', { id: 'staff.words.find' })}</label>
        <input class="input" id="filter-q" name="q" type="search" dir="auto" .value=${this.queryFilter ?? ''} />
      </div>
      <div class="actions">
        <button class="button button--primary" type="submit">${msg('Show', { id: 'staff.queue.apply' })}</button>
        <a class="button" href="#search-words">${msg('Clear filters', { id: 'staff.queue.clear' })}</a>
      </div>
    </form>`;
  }

  private stateOf(c: Concept): TemplateResult {
    const kept = Object.keys(loadDeskDraft(DRAFT_FORM, c.id)).length
      ? html` <span class="badge">${msg('Unsaved changes', { id: 'staff.templates.unsaved' })}</span>`
      : nothing;
    return c.review === 'draft'
      ? html`<span class="badge badge--warn">${msg('Draft', { id: 'staff.words.draft' })}</span>${kept}`
      : html`${msg('Reviewed', { id: 'staff.templates.reviewed-state' })}${kept}`;
  }

  private renderTable(list: Concept[]): TemplateResult {
    const names = this.topicNames();
    const count = formatNumber(list.length, this.locale);
    const language =
      this.languageFilter === ALL
        ? msg('All languages', { id: 'staff.words.all-languages' })
        : languageName(this.languageFilter, this.locale);
    if (!list.length) {
      return html`<p id="no-words">${msg(str`No everyday words match (${language}).`, { id: 'staff.words.none' })}</p>`;
    }
    const filters = this.params.toString();
    const rows = this.shown.filters === filters ? this.shown.rows : ROWS_AT_A_TIME;
    const left = list.length - rows;
    const more = Math.min(left, ROWS_AT_A_TIME);
    return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="words-caption">
        <table>
          <caption id="words-caption">
            ${msg(str`Everyday words: ${language} (${count})`, { id: 'staff.words.caption' })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${msg('Word or phrase', { id: 'staff.words.phrase-column' })}</th>
              <th scope="col">${msg('Language', { id: 'staff.words.language' })}</th>
              <th scope="col">${msg('Topics', { id: 'staff.words.topics-column' })}</th>
              <th scope="col">${msg('Terms', { id: 'staff.words.terms-column' })}</th>
              <th scope="col">${msg('State', { id: 'staff.accounts.state' })}</th>
              <th scope="col">${msg('Actions', { id: 'staff.accounts.actions' })}</th>
            </tr>
          </thead>
          <tbody>
            ${list.slice(0, rows).map(
              (c) =>
                html`<tr>
                  <th scope="row"><span lang=${c.locale} dir="auto">${c.phrase}</span></th>
                  <td>${languageName(c.locale, this.locale)}</td>
                  <td>${listFormat(this.locale).format(c.topics.map((t) => topicName(t, names)))}</td>
                  <td><span lang=${c.locale} dir="auto">${c.terms.join(', ')}</span></td>
                  <td>${this.stateOf(c)}</td>
                  <td class="row-actions">
                    <button
                      class="button"
                      type="button"
                      id=${`edit-${c.id}`}
                      aria-label=${msg(str`Edit: ${c.phrase}`, { id: 'staff.words.edit-of' })}
                      @click=${() => void this.edit(c)}
                    >
                      ${msg('Edit', { id: 'staff.templates.edit' })}
                    </button>
                    <button
                      class="button"
                      type="button"
                      id=${`delete-${c.id}`}
                      aria-label=${msg(str`Delete: ${c.phrase}`, { id: 'staff.words.delete-of' })}
                      @click=${() => this.askDelete(c)}
                    >
                      ${msg('Delete', { id: 'staff.words.delete' })}
                    </button>
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${
        left > 0
          ? html`<p class="more">
              <button
                class="button"
                type="button"
                id="show-more"
                @click=${() => (this.shown = { filters, rows: rows + ROWS_AT_A_TIME })}
              >
                ${msg(str`Show ${formatNumber(more, this.locale)} more`, { id: 'staff.words.show-more' })}
              </button>
            </p>`
          : nothing
      }`;
  }

  /** The problems shown: the form's own once sent, and what the server refused, worded here. */
  private problems(draft: WordDraft): WordProblems {
    const problems = this.checked ? problemsOf(draft, this.locale) : {};
    if (this.duplicate) {
      problems.phrase = msg('This language already has this word (accents and capitals do not count). Edit that one.', {
        id: 'staff.words.duplicate',
      });
    }
    if (this.termChecked) problems.term = termProblem(draft, this.locale);
    return problems;
  }

  private renderEditor(draft: WordDraft): TemplateResult {
    const isNew = this.editing === NEW;
    const language = languageName(draft.locale, this.locale);
    const names = this.topicNames();
    return html`<section class="panel editor" aria-labelledby="editor-title">
      <h2 id="editor-title" tabindex="-1">
        ${
          isNew
            ? msg('New everyday word', { id: 'staff.words.new-title' })
            : msg(str`Edit “${this.editingPhrase}”`, { id: 'staff.words.edit-title' })
        }
      </h2>
      ${
        this.failure instanceof StaleError
          ? renderStale(this.failure, this.locale, () => void this.reload())
          : this.failure
            ? html`<div class="notice notice--error" role="alert">
                <p class="notice__heading">${problemMessage(this.failure)}</p>
              </div>`
            : nothing
      }
      ${this.theirs && this.theirs !== 'deleted' ? this.renderTheirs(this.theirs, names) : nothing}
      ${renderWordForm({
        draft,
        languages: this.languageChoices(),
        topics: (this.topics.value ?? []).map((t) => ({ value: t.code, label: t.name })),
        language,
        problems: this.problems(draft),
        busy: this.busy,
        isNew,
        onInput: (field, value) => this.change(field, value),
        onAddTerm: () => void this.addTerm(),
        onRemoveTerm: (index) => void this.removeTerm(index),
        onSubmit: () => void this.submit(),
        onCancel: () => void this.discard(),
      })}
    </section>`;
  }

  /** The word as someone else saved it, beside the edits kept in the form. */
  private renderTheirs(c: Concept, names: Map<string, string>): TemplateResult {
    const who = c.updated_by ?? msg('someone else', { id: 'staff.stale.someone' });
    return html`<div class="notice notice--info theirs">
      <p class="notice__heading">${msg(str`As ${who} saved it:`, { id: 'staff.words.theirs' })}</p>
      <dl class="facts">
        <dt>${msg('Word or phrase', { id: 'staff.words.phrase-column' })}</dt>
        <dd><span lang=${c.locale} dir="auto">${c.phrase}</span></dd>
        <dt>${msg('Topics', { id: 'staff.words.topics-column' })}</dt>
        <dd>${listFormat(this.locale).format(c.topics.map((t) => topicName(t, names)))}</dd>
        <dt>${msg('Terms', { id: 'staff.words.terms-column' })}</dt>
        <dd><span lang=${c.locale} dir="auto">${c.terms.join(', ')}</span></dd>
        <dt>${msg('State', { id: 'staff.accounts.state' })}</dt>
        <dd>
          ${c.review === 'draft' ? msg('Draft', { id: 'staff.words.draft' }) : msg('Reviewed', { id: 'staff.templates.reviewed-state' })}
        </dd>
      </dl>
      <p>${msg('Saving the form replaces their version with yours.', { id: 'staff.words.theirs-hint' })}</p>
    </div>`;
  }

  private renderTryIt(): TemplateResult {
    const lang = this.trial?.lang ?? this.newLanguage();
    const answer = this.trialAnswer.value;
    const names = this.topicNames();
    return html`<section class="panel try" aria-labelledby="try-title">
      <h2 id="try-title">${msg('Try it', { id: 'staff.words.try.title' })}</h2>
      <p>
        ${msg('Search the directory as a visitor would, and see what search understood.', {
          id: 'staff.words.try.intro',
        })}
      </p>
      <form class="toolbar" @submit=${this.tryIt} aria-labelledby="try-title">
        <div class="field">
          <label class="label" for="try">${msg('What a visitor types', { id: 'staff.words.try.query' })}</label>
          <input class="input" id="try" name="try" type="search" dir="auto" maxlength="200" />
        </div>
        <div class="field">
          <label class="label" for="try-lang">${msg('Their language', { id: 'staff.words.try.language' })}</label>
          <select class="input" id="try-lang" name="try-lang">
            ${this.languageChoices().map(
              (c) => html`<option value=${c.value} ?selected=${c.value === lang}>${c.label}</option>`,
            )}
          </select>
        </div>
        <div class="actions">
          <button class="button button--primary" type="submit" id="try-button">
            ${msg('Try it', { id: 'staff.words.try.title' })}
          </button>
        </div>
      </form>
      ${this.renderStatus(
        this.trial && this.trialAnswer.status === 'complete' && answer
          ? msg(str`Services found: ${formatNumber(answer.total, this.locale)}.`, { id: 'staff.words.try.said' })
          : undefined,
      )}
      ${
        this.trialAnswer.status === 'error'
          ? this.renderFailure(this.trialAnswer.error, () => void this.trialAnswer.run())
          : nothing
      }
      ${
        this.trial && answer
          ? renderTrial({
              answer,
              lang: this.trial.lang,
              locale: this.locale,
              topicName: (code) => topicName(code, names),
            })
          : nothing
      }
    </section>`;
  }

  private renderDeleteDialog(c: Concept): TemplateResult {
    return html`<dialog
      class="ask"
      aria-labelledby="delete-title"
      aria-describedby="delete-text"
      @cancel=${(e: Event) => {
        e.preventDefault();
        void this.closeDelete();
      }}
    >
      <h2 id="delete-title">${msg(str`Delete “${c.phrase}”?`, { id: 'staff.words.delete-title' })}</h2>
      <p id="delete-text">
        ${msg('Searches stop understanding it at once. This cannot be undone.', { id: 'staff.words.delete-text' })}
      </p>
      ${
        this.deleteFailure
          ? html`<p class="notice notice--error" role="alert">${problemMessage(this.deleteFailure)}</p>`
          : nothing
      }
      <div class="actions">
        <button
          class="button button--primary"
          type="button"
          id="delete-confirm"
          @click=${() => void this.confirmDelete()}
        >
          ${msg('Delete', { id: 'staff.words.delete' })}
        </button>
        <button class="button" type="button" id="delete-keep" @click=${() => void this.closeDelete()}>
          ${msg('Keep it', { id: 'staff.words.keep' })}
        </button>
      </div>
    </dialog>`;
  }
}
