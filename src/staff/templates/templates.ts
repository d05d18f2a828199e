import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { DataController } from '../../core/data-controller.js';
import { languageName } from '../../core/language-name.js';
import { defaultLanguageOrder } from '../../core/languages.js';
import { msg, str } from '../../core/localize.js';
import { clearDeskDraft, loadDeskDraft, saveDeskDraft } from '../core/drafts.js';
import { loadTemplates } from '../core/lists.api.js';
import { problemMessage } from '../core/problem-message.js';
import { routeHash } from '../core/routes.js';
import { WwStaffElement } from '../core/staff-element.js';
import type { ReplyTemplate } from '../core/types.js';
import { problemsOf, renderTemplateForm, textOf, withDraft, type TemplateDraft } from './parts/template-form.js';
import { saveTemplate } from './templates.api.js';
import { templatesStyles } from './templates.styles.js';

const DRAFT_FORM = 'template';
/** One draft per template and language: `staff:template:ht/referred`. */
const draftRecord = (locale: string, code: string) => `${locale}/${code}`;
const hasDraft = (locale: string, code: string) =>
  Object.keys(loadDeskDraft(DRAFT_FORM, draftRecord(locale, code))).length > 0;

/**
 * @tagname ww-staff-templates
 * @summary The office's reply templates, for administrators: each template in each of the widgets' 18 languages.
 *
 * Shows, for the language in the address (`#templates?locale=ht`), which
 * templates are reviewed, which are machine drafts nobody has checked, and
 * which have no version in that language (the English one is sent). An
 * administrator corrects one and marks it reviewed; what they type is kept in
 * the tab until saved, and the template with a kept draft opens again after a
 * reload.
 */
export class WwStaffTemplates extends WwStaffElement {
  static override styles = [...WwStaffElement.styles, templatesStyles];

  static override get properties(): PropertyDeclarations {
    return {
      ...super.properties,
      params: { attribute: false },
      editing: { state: true },
      draft: { state: true },
      checked: { state: true },
      busy: { state: true },
      failure: { state: true },
      said: { state: true },
    };
  }

  /** The address's parameters: `locale`, the templates' language. */
  params = new URLSearchParams();

  /** The code of the template in the form, in `language`. */
  private editing: string | undefined;
  private draft: TemplateDraft | undefined;
  /** The form was sent once: its problems show from then on. */
  private checked = false;
  private busy = false;
  private failure: unknown;
  private said: string | undefined;
  /** The language whose first list reopened a kept draft (once per language, not after each save). */
  private reopenedFor: string | undefined;

  /** The language shown: the address's, else the desk's. */
  private get language(): string {
    const asked = this.params.get('locale');
    return asked && (defaultLanguageOrder as readonly string[]).includes(asked) ? asked : this.locale;
  }

  private readonly templates = new DataController<ReplyTemplate[], [string]>(this, {
    args: () => (this.api ? [this.language] : undefined),
    task: ([locale], signal) => loadTemplates(this.api!, locale, signal),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const list = this.templates.current;
    if (list && this.reopenedFor !== this.language) {
      this.reopenedFor = this.language;
      const kept = list.find((t) => hasDraft(this.language, t.code));
      if (kept) this.open(kept);
      else this.close();
    }
  }

  private open(t: ReplyTemplate): void {
    this.editing = t.code;
    this.draft = withDraft(t, loadDeskDraft(DRAFT_FORM, draftRecord(this.language, t.code)));
    this.checked = false;
    this.failure = undefined;
  }

  private close(): void {
    this.editing = undefined;
    this.draft = undefined;
    this.checked = false;
    this.failure = undefined;
  }

  private async edit(t: ReplyTemplate): Promise<void> {
    this.open(t);
    this.said = undefined;
    await this.focus_('#editor-title');
  }

  private change(field: keyof TemplateDraft, value: string): void {
    if (!this.draft || !this.editing) return;
    this.draft = { ...this.draft, [field]: value };
    saveDeskDraft(DRAFT_FORM, draftRecord(this.language, this.editing), this.draft);
  }

  private async discard(): Promise<void> {
    const code = this.editing;
    if (!code) return;
    clearDeskDraft(DRAFT_FORM, draftRecord(this.language, code));
    this.close();
    await this.focus_(`#edit-${code}`);
  }

  private async submit(): Promise<void> {
    if (this.busy || !this.draft || !this.editing) return;
    this.checked = true;
    if (Object.keys(problemsOf(this.draft, this.locale)).length) {
      await this.focus_('[aria-invalid="true"]');
      return;
    }
    const code = this.editing;
    const locale = this.language;
    this.busy = true;
    this.failure = undefined;
    try {
      const saved = await saveTemplate(this.api!, code, locale, textOf(this.draft));
      clearDeskDraft(DRAFT_FORM, draftRecord(locale, code));
      this.close();
      this.said = msg(str`Saved: ${saved.title} (${languageName(locale, this.locale)}).`, {
        id: 'staff.templates.saved',
      });
      await this.templates.run();
      await this.focus_(`#edit-${code}`);
    } catch (error) {
      this.failure = error;
    } finally {
      this.busy = false;
    }
  }

  private chooseLanguage(e: Event): void {
    e.preventDefault();
    const locale = new FormData(e.currentTarget as HTMLFormElement).get('locale');
    this.said = undefined;
    location.hash = routeHash('templates', { locale: typeof locale === 'string' ? locale : undefined });
  }

  private async focus_(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  override render(): TemplateResult {
    const list = this.templates.current;
    const editing = list?.find((t) => t.code === this.editing);
    return html`<div part="base" class="screen" lang=${this.locale} dir=${this.direction}>
      <h1>${msg('Reply templates', { id: 'staff.nav.templates' })}</h1>
      <p>
        ${msg(
          'The desk answers people by email from these templates, in their language. Machine drafts have not been checked by a person yet: read them through, correct them, and mark them reviewed.',
          { id: 'staff.templates.intro' },
        )}
      </p>
      ${this.renderStatus(this.said)} ${this.renderLanguageForm()}
      ${this.templates.status === 'error' ? this.renderFailure(this.templates.error, () => void this.templates.run()) : nothing}
      ${list ? this.renderTable(list) : this.templates.status === 'pending' ? this.renderLoading() : nothing}
      ${editing && this.draft ? this.renderEditor(editing, this.draft) : nothing}
    </div>`;
  }

  private renderLanguageForm(): TemplateResult {
    return html`<form
      class="toolbar"
      aria-label=${msg('Language of the templates', { id: 'staff.templates.language' })}
      @submit=${this.chooseLanguage}
    >
      <div class="field">
        <label class="label" for="f-locale"
          >${msg('Language of the templates', { id: 'staff.templates.language' })}</label
        >
        <select class="input" id="f-locale" name="locale">
          ${defaultLanguageOrder.map(
            (code) =>
              html`<option value=${code} ?selected=${code === this.language}>
                ${languageName(code, this.locale)}
              </option>`,
          )}
        </select>
      </div>
      <div class="actions">
        <button class="button button--primary" type="submit">${msg('Show', { id: 'staff.queue.apply' })}</button>
      </div>
    </form>`;
  }

  private stateOf(t: ReplyTemplate, language: string): TemplateResult {
    const kept = hasDraft(this.language, t.code)
      ? html` <span class="badge">${msg('Unsaved changes', { id: 'staff.templates.unsaved' })}</span>`
      : nothing;
    if (t.fallback) {
      return html`<span class="badge badge--warn">
          ${msg(str`No ${language} version: the English one is sent`, { id: 'staff.templates.fallback' })} </span
        >${kept}`;
    }
    if (!t.reviewed) {
      return html`<span class="badge badge--warn">
          ${msg('Machine draft, not reviewed', { id: 'staff.templates.machine' })} </span
        >${kept}`;
    }
    return html`${msg('Reviewed', { id: 'staff.templates.reviewed-state' })}${kept}`;
  }

  private renderTable(list: ReplyTemplate[]): TemplateResult {
    const language = languageName(this.language, this.locale);
    return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="templates-caption">
      <table>
        <caption id="templates-caption">
          ${msg(str`Templates in ${language}`, { id: 'staff.templates.caption' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Title', { id: 'staff.templates.title' })}</th>
            <th scope="col">${msg('Subject', { id: 'staff.templates.subject' })}</th>
            <th scope="col">${msg('State', { id: 'staff.accounts.state' })}</th>
            <th scope="col">${msg('Actions', { id: 'staff.accounts.actions' })}</th>
          </tr>
        </thead>
        <tbody>
          ${list.map(
            (t) =>
              html`<tr>
                <th scope="row">
                  <span lang=${t.locale} dir="auto">${t.title}</span>
                  <span class="muted" dir="ltr">(${t.code})</span>
                </th>
                <td lang=${t.locale} dir="auto">${t.subject}</td>
                <td>${this.stateOf(t, language)}</td>
                <td>
                  <button
                    class="button"
                    type="button"
                    id=${`edit-${t.code}`}
                    aria-label=${msg(str`Edit: ${t.title}`, { id: 'staff.templates.edit-of' })}
                    @click=${() => void this.edit(t)}
                  >
                    ${msg('Edit', { id: 'staff.templates.edit' })}
                  </button>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderEditor(t: ReplyTemplate, draft: TemplateDraft): TemplateResult {
    const language = languageName(this.language, this.locale);
    return html`<section class="panel editor" aria-labelledby="editor-title">
      <h2 id="editor-title" tabindex="-1">
        ${msg(str`Edit “${t.title}” in ${language}`, { id: 'staff.templates.editor-title' })}
      </h2>
      ${
        t.fallback
          ? html`<p class="notice notice--info">
              ${msg(
                str`There is no ${language} version of this template yet: below is the English text. Write it in ${language}; saving adds the ${language} version.`,
                { id: 'staff.templates.fallback-detail' },
              )}
            </p>`
          : !t.reviewed
            ? html`<p class="notice notice--info">
                ${msg(
                  'A machine translated this text and nobody has checked it yet. Read it through, correct it, then mark it reviewed.',
                  { id: 'staff.templates.machine-detail' },
                )}
              </p>`
            : nothing
      }
      ${
        this.failure
          ? html`<div class="notice notice--error" role="alert">
              <p class="notice__heading">${problemMessage(this.failure)}</p>
            </div>`
          : nothing
      }
      ${renderTemplateForm({
        draft,
        language,
        locale: this.locale,
        problems: this.checked ? problemsOf(draft, this.locale) : {},
        busy: this.busy,
        onInput: (field, value) => this.change(field, value),
        onSubmit: () => void this.submit(),
        onDiscard: () => void this.discard(),
      })}
    </section>`;
  }
}
