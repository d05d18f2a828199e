import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { DataController } from '../../core/data-controller.js';
import { languageName } from '../../core/language-name.js';
import { defaultLanguageOrder } from '../../core/languages.js';
import { msg, str } from '../../core/localize.js';
import { formatNumber } from '../../core/number-format.js';
import { StaleError } from '../core/desk-api.js';
import { clearDeskDraft, loadDeskDraft, saveDeskDraft } from '../core/drafts.js';
import { problemMessage } from '../core/problem-message.js';
import { routeHash } from '../core/routes.js';
import { WwStaffElement } from '../core/staff-element.js';
import { fieldLabel } from '../service/parts/labels.js';
import { loadQueue, markReviewed, type QueueItem } from './review.api.js';
import { reviewStyles } from './review.styles.js';

const DRAFT_FORM = 'review';
const keyOf = (item: QueueItem) => `${item.service_id}:${item.field}`;

/**
 * @tagname ww-staff-review
 * @summary The translation reviewer's queue: a language's machine drafts, each beside its source text.
 *
 * `#review?locale=wo`: a Wolof reader reviews every Wolof draft in one sitting. Each draft can be corrected,
 * then "Mark reviewed" (or Ctrl+Enter in the text) saves it and moves to the next; the count left is spoken.
 */
export class WwStaffReview extends WwStaffElement {
  static override styles = [...WwStaffElement.styles, reviewStyles];

  static override get properties(): PropertyDeclarations {
    return {
      ...super.properties,
      params: { attribute: false },
      done: { state: true },
      busy: { state: true },
      problems: { state: true },
      typed: { state: true },
    };
  }

  params = new URLSearchParams();
  /** Reviewed here since the list was read (they leave the list at once). */
  private done = new Set<string>();
  private busy: string | undefined;
  private problems: Record<string, string> = {};
  /** Corrections typed and not yet marked, kept in the tab per language. */
  private typed: Record<string, string> = {};
  private said: string | undefined;
  private focusNext: string | undefined;

  private get language(): string | undefined {
    const locale = this.params.get('locale') ?? '';
    return (defaultLanguageOrder as readonly string[]).includes(locale) ? locale : undefined;
  }

  private get page(): number {
    return Math.max(1, Number(this.params.get('page')) || 1);
  }

  private readonly queue = new DataController(this, {
    args: () => (this.api && this.language ? ([this.language, this.page] as [string, number]) : undefined),
    task: ([locale, page]: [string, number], signal) => loadQueue(this.api!, locale, page, signal),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params') && this.language) this.typed = loadDeskDraft(DRAFT_FORM, this.language);
  }

  private get items(): QueueItem[] {
    return (this.queue.value?.items ?? []).filter((item) => !this.done.has(keyOf(item)));
  }

  private type(item: QueueItem, value: string): void {
    this.typed = { ...this.typed, [keyOf(item)]: value };
    saveDeskDraft(DRAFT_FORM, item.locale, this.typed);
  }

  private async review(item: QueueItem): Promise<void> {
    if (this.busy) return;
    const key = keyOf(item);
    const value = (this.typed[key] ?? item.draft).trim();
    this.busy = key;
    const { [key]: _gone, ...problems } = this.problems;
    this.problems = problems;
    const next = this.items[this.items.indexOf(item) + 1];
    try {
      const version = await markReviewed(this.api!, item, value);
      // The service's other drafts in this list are on its new version now.
      for (const other of this.queue.value?.items ?? [])
        if (other.service_id === item.service_id) other.version = version;
      this.done = new Set([...this.done, key]);
      const { [key]: _kept, ...typed } = this.typed;
      this.typed = typed;
      if (Object.keys(typed).length) saveDeskDraft(DRAFT_FORM, item.locale, typed);
      else clearDeskDraft(DRAFT_FORM, item.locale);
      const left = formatNumber(Math.max(0, (this.queue.value?.total ?? 0) - this.done.size), this.locale);
      this.said = msg(str`Marked reviewed. Drafts left: ${left}.`, { id: 'staff.review.done' });
      this.focusNext = next ? `#text-${CSS.escape(keyOf(next))}` : '#review-title';
    } catch (error) {
      this.problems = {
        ...this.problems,
        [key]:
          error instanceof StaleError
            ? msg(
                str`${error.changedBy || msg('someone else', { id: 'staff.stale.someone' })} changed this service; the list is read again, your correction is kept.`,
                {
                  id: 'staff.review.stale',
                },
              )
            : problemMessage(error),
      };
      if (error instanceof StaleError) void this.queue.run();
      this.focusNext = `#text-${CSS.escape(key)}`;
    } finally {
      this.busy = undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusNext) {
      this.renderRoot.querySelector<HTMLElement>(this.focusNext)?.focus();
      this.focusNext = undefined;
    }
  }

  private pick(e: Event): void {
    e.preventDefault();
    const locale = String(new FormData(e.target as HTMLFormElement).get('locale') ?? '');
    this.done = new Set();
    location.hash = routeHash('review', { locale: locale || undefined });
  }

  override render(): TemplateResult {
    const language = this.language;
    return html`<div part="base" class="screen" lang=${this.locale} dir=${this.direction}>
      <h1 id="review-title" tabindex="-1">${msg('Translation review', { id: 'staff.nav.review' })}</h1>
      <p>
        ${msg(
          'Machine drafts of the directory’s texts in one language, each beside the text it was translated from. Correct it if needed, then mark it reviewed: the finder stops calling it a draft.',
          {
            id: 'staff.review.intro',
          },
        )}
      </p>
      <form class="toolbar" aria-label=${msg('Language', { id: 'staff.words.language' })} @submit=${this.pick}>
        <div class="field">
          <label class="label" for="review-locale">${msg('Language to review', { id: 'staff.review.language' })}</label>
          <select class="input" id="review-locale" name="locale">
            <option value="" ?selected=${!language}>
              ${msg('Choose a language', { id: 'staff.event.language-choose' })}
            </option>
            ${defaultLanguageOrder.map(
              (l) => html`<option value=${l} ?selected=${l === language}>${languageName(l, this.locale)}</option>`,
            )}
          </select>
        </div>
        <div class="actions">
          <button class="button button--primary" type="submit">${msg('Show', { id: 'staff.queue.apply' })}</button>
        </div>
      </form>
      ${this.renderStatus(this.said)}
      ${this.queue.status === 'error' ? this.renderFailure(this.queue.error, () => void this.queue.run()) : nothing}
      ${
        language && this.queue.value
          ? this.renderQueue(language)
          : language && this.queue.status === 'pending'
            ? this.renderLoading()
            : nothing
      }
    </div>`;
  }

  private renderQueue(language: string): TemplateResult {
    const items = this.items;
    const name = languageName(language, this.locale);
    const left = Math.max(0, this.queue.value!.total - this.done.size);
    if (!items.length) {
      return html`<p id="queue-empty">
        ${left ? msg('This page is done.', { id: 'staff.review.page-done' }) : msg(str`No ${name} drafts are waiting.`, { id: 'staff.review.none' })}
        ${
          left
            ? html`<button
                class="button"
                type="button"
                @click=${() => {
                  this.done = new Set();
                  void this.queue.run();
                }}
              >
                ${msg('Show the next drafts', { id: 'staff.review.next-page' })}
              </button>`
            : nothing
        }
      </p>`;
    }
    return html`<h2 id="queue-title">
        ${msg(str`${name}: drafts to review (${formatNumber(left, this.locale)})`, { id: 'staff.review.count' })}
      </h2>
      <p class="muted">
        ${msg('Tip: Ctrl+Enter in a text marks it reviewed and moves to the next.', { id: 'staff.review.tip' })}
      </p>
      <ol class="plain queue">
        ${items.map((item) => this.renderItem(item, name))}
      </ol>`;
  }

  private renderItem(item: QueueItem, language: string): TemplateResult {
    const key = keyOf(item);
    const id = `text-${key}`;
    const problem = this.problems[key];
    const label = msg(str`${fieldLabel(item.field)} in ${language}`, { id: 'staff.service.text-in' });
    return html`<li class="item" aria-labelledby=${`head-${key}`}>
      <h3 id=${`head-${key}`}>
        <a href=${routeHash('service', {}, item.service_id)} dir="auto">${item.service_name}</a>:
        ${fieldLabel(item.field)}
      </h3>
      <div class="pair">
        <div>
          <p class="label">${languageName(item.source.locale, this.locale)}</p>
          <p class="source-text" lang=${item.source.locale} dir="auto">${item.source.value}</p>
        </div>
        <div class="field ${problem ? 'field--error' : ''}">
          <label class="label" for=${id}>${label}</label>
          ${problem ? html`<p class="error" id=${`${id}-error`} role="alert">${problem}</p>` : nothing}
          <textarea
            class="input"
            id=${id}
            lang=${item.locale}
            dir="auto"
            rows=${item.field === 'name' ? 1 : 4}
            aria-invalid=${problem ? 'true' : 'false'}
            aria-describedby=${problem ? `${id}-error` : nothing}
            .value=${this.typed[key] ?? item.draft}
            @input=${(e: Event) => this.type(item, (e.target as HTMLTextAreaElement).value)}
            @keydown=${(e: KeyboardEvent) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void this.review(item);
              }
            }}
          ></textarea>
        </div>
      </div>
      <button
        class="button button--primary"
        type="button"
        aria-disabled=${this.busy ? 'true' : 'false'}
        @click=${() => void this.review(item)}
      >
        ${msg(str`Mark reviewed: ${label}`, { id: 'staff.review.mark' })}
      </button>
    </li>`;
  }
}
