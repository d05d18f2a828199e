import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { DataController } from '../../core/data-controller.js';
import { renderErrorSummary } from '../../core/forms/error-summary.js';
import { renderInput } from '../../core/forms/fields.js';
import { languageName } from '../../core/language-name.js';
import { msg, str } from '../../core/localize.js';
import { DeskError, StaleError } from '../core/desk-api.js';
import { clearDeskDraft, loadDeskDraft, saveDeskDraft } from '../core/drafts.js';
import { formatDateTime } from '../core/format.js';
import { loadTopics } from '../core/lists.api.js';
import { routeHash } from '../core/routes.js';
import { renderStale } from '../core/stale.js';
import { WwStaffElement } from '../core/staff-element.js';
import { checkForm, serverProblems, type Problems } from './parts/checks.js';
import type { ServiceContext } from './parts/context.js';
import { renderAvailability, renderDetails } from './parts/details.js';
import {
  changedParts,
  draftOf,
  emptyForm,
  formOf,
  formOfDraft,
  inputOf,
  keepEdits,
  type ServiceForm,
} from './parts/form.js';
import { fieldLabel } from './parts/labels.js';
import { renderBadges, renderLanguages, renderPhones, renderTopics } from './parts/lists.js';
import { renderLocations } from './parts/locations.js';
import { renderSectionNav } from './parts/section-nav.js';
import { renderHistory, renderReport } from './parts/side.js';
import { renderTexts } from './parts/texts.js';
import {
  createService,
  loadHistory,
  loadReports,
  loadService,
  reviewText,
  saveService,
  type ServiceEdit,
  type TextField,
  type Versioned,
} from './service.api.js';
import { serviceStyles } from './service.styles.js';

const DRAFT_FORM = 'service';
type Done = 'created' | 'saved' | 'fixed' | 'reloaded' | { reviewed: string };

/**
 * @tagname ww-staff-service
 * @summary The directory editor: a service's details, texts in every language with their state, places and
 * hours with "open now" on the place's clock, languages, badges, topics, phones, availability; its history.
 *
 * `#service/new` creates a service; `#service/<id>` edits one, saved with `If-Match` on the version read. When
 * someone saved in between it says who, and Reload shows their change with these edits kept. A save the
 * HSDS export would refuse names each field. Everything typed is kept in the tab until saved.
 * `#service/<id>?report=<id>` shows that report beside the form; the save closes it when ticked.
 */
export class WwStaffService extends WwStaffElement {
  static override styles = [...WwStaffElement.styles, serviceStyles];

  static override get properties(): PropertyDeclarations {
    return {
      ...super.properties,
      serviceId: { attribute: 'service-id' },
      params: { attribute: false },
      detail: { state: true },
      form: { state: true },
      organization: { state: true },
      problems: { state: true },
      busy: { state: true },
      failure: { state: true },
      stale: { state: true },
      done: { state: true },
      fixes: { state: true },
    };
  }

  /** The service's id, or `new`. */
  serviceId = '';
  params = new URLSearchParams();

  private detail: Versioned<ServiceEdit> | undefined;
  private form: ServiceForm | undefined;
  /** A new service's organization. */
  private organization = '';
  private problems: Problems = {};
  private busy = false;
  private failure: unknown;
  private stale: StaleError | undefined;
  private done: Done | undefined;
  private fixes = true;
  private focusProblem = false;
  private focusAfter: string | undefined;

  private get isNew(): boolean {
    return this.serviceId === 'new';
  }

  private get reportId(): string | undefined {
    return this.params.get('report') ?? undefined;
  }

  private readonly loading = new DataController<void, [string]>(this, {
    args: () =>
      this.api && this.serviceId && !this.isNew && this.detail?.value.id !== this.serviceId
        ? [this.serviceId]
        : undefined,
    task: async ([id], signal) => {
      const loaded = await loadService(this.api!, id, signal);
      if (signal.aborted || id !== this.serviceId) return;
      this.detail = loaded;
      this.form ??= formOf(loaded.value);
    },
  });

  private readonly topics = new DataController(this, {
    args: () => (this.api ? ([this.locale] as [string]) : undefined),
    task: ([locale]: [string], signal) => loadTopics(this.api!, locale, signal),
  });

  private readonly history = new DataController(this, {
    args: () => (this.api && this.detail ? ([this.detail.value.id, this.detail.value.version] as const) : undefined),
    task: ([id]: readonly [string, number], signal) => loadHistory(this.api!, id, signal),
  });

  private readonly reports = new DataController(this, {
    args: () => (this.api && this.reportId && !this.isNew ? ([this.serviceId] as [string]) : undefined),
    task: ([id]: [string], signal) => loadReports(this.api!, id, signal),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('serviceId') && this.serviceId && this.detail?.value.id !== this.serviceId) {
      this.detail = undefined;
      this.stale = undefined;
      this.failure = undefined;
      this.done = undefined;
      this.problems = {};
      const draft = loadDeskDraft(DRAFT_FORM, this.serviceId);
      this.form = formOfDraft(draft)?.form ?? (this.isNew ? emptyForm() : undefined);
      this.organization = draft['organization'] ?? '';
    }
  }

  /** What is saved, as a form. */
  private get savedForm(): ServiceForm | undefined {
    return this.detail ? formOf(this.detail.value) : undefined;
  }

  private keepDraft(): void {
    if (!this.form) return;
    const unsaved = changedParts(this.form, this.savedForm ?? emptyForm()).length || this.organization;
    if (unsaved)
      saveDeskDraft(DRAFT_FORM, this.serviceId, {
        ...draftOf(this.form, this.detail?.value.version),
        organization: this.organization,
      });
    else clearDeskDraft(DRAFT_FORM, this.serviceId);
  }

  private change(update: (form: ServiceForm) => void): void {
    if (!this.form) return;
    const next = structuredClone(this.form);
    update(next);
    this.form = next;
    this.done = undefined;
    this.keepDraft();
  }

  private async save(): Promise<void> {
    if (this.busy || !this.form) return;
    const problems = checkForm(this.form);
    if (this.isNew && !this.organization.trim())
      problems['organization_name'] = msg('Fill this in.', { id: 'staff.service.error.required' });
    this.problems = problems;
    if (Object.keys(problems).length) {
      this.focusProblem = true;
      return;
    }
    this.busy = true;
    this.done = undefined;
    this.failure = undefined;
    const report = this.reportId && this.fixes && this.openReport ? [this.reportId] : undefined;
    const input = { ...inputOf(this.form, this.savedForm), ...(report ? { closes_reports: report } : {}) };
    try {
      if (this.detail) {
        this.detail = await saveService(this.api!, this.detail.value.id, input, this.detail.etag);
        this.done = report ? 'fixed' : 'saved';
        if (report) void this.reports.run();
      } else {
        this.detail = await createService(this.api!, { ...input, organization_name: this.organization.trim() });
        clearDeskDraft(DRAFT_FORM, 'new');
        this.done = 'created';
        location.replace(routeHash('service', {}, this.detail.value.id));
      }
      this.form = formOf(this.detail.value);
      this.stale = undefined;
      clearDeskDraft(DRAFT_FORM, this.detail.value.id);
    } catch (error) {
      this.keepDraft();
      this.fail(error);
    } finally {
      this.busy = false;
    }
  }

  private fail(error: unknown): void {
    if (error instanceof StaleError) {
      this.stale = error;
    } else if (error instanceof DeskError && error.status === 400) {
      this.problems = serverProblems(error.problem);
      this.focusProblem = true;
    } else {
      this.failure = error;
    }
  }

  /** Someone else's version (the 412 carries it), with this person's edits kept on top. */
  private async reload(): Promise<void> {
    if (!this.detail || !this.form) return;
    try {
      const current = this.stale?.problem?.['current'] as ServiceEdit | undefined;
      const next = current
        ? { value: current, etag: `"${current.version}"` }
        : await loadService(this.api!, this.detail.value.id);
      this.form = keepEdits(this.form, formOf(this.detail.value), formOf(next.value));
      this.detail = next;
      this.stale = undefined;
      this.done = 'reloaded';
      this.keepDraft();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    } catch (error) {
      this.failure = error;
    }
  }

  /** Marks one translation reviewed at once (as typed, when it was corrected); the other edits stay unsaved. */
  private async review(field: string, locale: string): Promise<void> {
    if (this.busy || !this.detail || !this.form) return;
    const typed = this.form.texts[field as TextField]?.[locale]?.value;
    const saved = this.detail.value.texts[field as TextField]?.[locale]?.value;
    this.busy = true;
    this.failure = undefined;
    try {
      const body = { field, locale, ...(typed !== undefined && typed !== saved ? { value: typed } : {}) };
      const next = await reviewText(this.api!, this.detail.value.id, body, this.detail.etag);
      const after = formOf(next.value);
      const form = keepEdits(this.form, formOf(this.detail.value), after);
      const text = after.texts[field as TextField]?.[locale];
      if (text) (form.texts[field as TextField] ??= {})[locale] = text;
      this.form = form;
      this.detail = next;
      this.keepDraft();
      const name = msg(str`${fieldLabel(field)} in ${languageName(locale, this.locale)}`, {
        id: 'staff.service.text-in',
      });
      this.done = { reviewed: name };
      this.focusAfter = `#f-texts-${field}-${locale}`;
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy = false;
    }
  }

  private get openReport() {
    return this.reports.value?.find((r) => r.id === this.reportId && r.status === 'open');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusProblem) {
      this.focusProblem = false;
      const first = this.renderRoot.querySelector<HTMLElement>('form [aria-invalid="true"]');
      (first ?? this.renderRoot.querySelector<HTMLElement>('#error-summary-title'))?.focus();
    }
    if (this.focusAfter) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfter)?.focus();
      this.focusAfter = undefined;
    }
  }

  private doneText(): string | undefined {
    const done = this.done;
    if (!done) return undefined;
    if (typeof done === 'object')
      return msg(str`Marked reviewed: ${done.reviewed}.`, { id: 'staff.service.reviewed-done' });
    switch (done) {
      case 'created':
        return msg('Service created. The finder shows it now.', { id: 'staff.service.created' });
      case 'saved':
        return msg('Saved. The finder and the HSDS export show the change.', { id: 'staff.service.saved' });
      case 'fixed':
        return msg('Saved, and the report is closed as fixed.', { id: 'staff.service.fixed' });
      case 'reloaded':
        return msg('Reloaded. Their change is shown; your edits are still in the form, not saved yet.', {
          id: 'staff.inquiry.reloaded',
        });
    }
  }

  override render(): TemplateResult {
    const service = this.detail?.value;
    const title = service
      ? service.fields.name
      : this.isNew
        ? msg('New service', { id: 'staff.directory.new' })
        : msg('Service', { id: 'staff.nav.service' });
    return html`<div part="base" class="screen" lang=${this.locale} dir=${this.direction}>
      <p><a href=${routeHash('directory')}>${msg('Back to the directory', { id: 'staff.service.back' })}</a></p>
      <h1 tabindex="-1" dir="auto">${title}</h1>
      ${
        service
          ? html`<p class="muted">
              <bdi>${service.organization.name}</bdi>${
                service.updated_by
                  ? html` ·
                    ${msg(
                      str`Last changed by ${service.updated_by.name}, ${formatDateTime(service.updated_at, this.locale)}`,
                      {
                        id: 'staff.service.last-changed',
                      },
                    )}`
                  : nothing
              }
            </p>`
          : nothing
      }
      ${this.renderStatus(this.doneText())}
      ${this.loading.status === 'error' ? this.renderFailure(this.loading.error, () => void this.loading.run()) : nothing}
      ${this.form && (service || this.isNew) ? this.renderEditor(this.form, service) : this.loading.status === 'error' ? nothing : this.renderLoading()}
    </div>`;
  }

  private problemLabel(name: string): string | undefined {
    if (name === 'form') return undefined;
    if (name === 'organization_name') return msg('Organization', { id: 'staff.service.organization' });
    const [head = '', a, b] = name.split('-');
    if (head === 'texts' && a && b) return `${fieldLabel(a)} (${languageName(b, this.locale)})`;
    return a && /^\d+$/.test(a) ? `${fieldLabel(head)} ${Number(a) + 1}` : fieldLabel(head);
  }

  private renderEditor(form: ServiceForm, service: ServiceEdit | undefined): TemplateResult {
    const context: ServiceContext = {
      form,
      saved: service,
      locale: this.locale,
      topics: this.topics.value ?? [],
      error: (name) => this.problems[name] || undefined,
      change: (update) => this.change(update),
      review: (field, locale) => void this.review(field, locale),
      busy: this.busy,
      now: new Date(),
    };
    const problems = Object.entries(this.problems).filter(([, message]) => message);
    const unsaved = changedParts(form, this.savedForm ?? emptyForm());
    const report = this.reportId && service ? this.reports : undefined;
    return html`${this.stale ? renderStale(this.stale, this.locale, () => void this.reload()) : nothing}
      ${this.failure ? this.renderFailure(this.failure) : nothing} ${renderSectionNav(() => this.renderRoot, !!service)}
      <div class=${report ? 'with-report' : ''}>
        <form
          class="form editor"
          novalidate
          aria-labelledby="details-title"
          @submit=${(e: Event) => {
            e.preventDefault();
            void this.save();
          }}
        >
          ${
            problems.length
              ? renderErrorSummary(
                  problems.map(([name, message]) => {
                    const label = this.problemLabel(name);
                    return { field: label ? name : undefined, message: label ? `${label}: ${message}` : message };
                  }),
                  () => this.renderRoot,
                )
              : nothing
          }
          ${
            this.isNew
              ? renderInput({
                  name: 'organization_name',
                  label: msg('Organization', { id: 'staff.service.organization' }),
                  hint: msg('The organization that gives the service; a new one is added when none has this name.', {
                    id: 'staff.service.organization-hint',
                  }),
                  value: this.organization,
                  error: this.problems['organization_name'],
                  onInput: (value) => {
                    this.organization = value;
                    this.keepDraft();
                  },
                })
              : nothing
          }
          ${renderDetails(context)} ${renderAvailability(context)} ${renderLocations(context)}
          <div class="panels">${renderPhones(context)} ${renderLanguages(context)}</div>
          <div class="panels">${renderBadges(context)} ${renderTopics(context)}</div>
          ${service ? renderTexts(context) : nothing}
          <div class="actions sticky">
            <button class="button button--primary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
              ${
                this.busy
                  ? msg('Saving…', { id: 'staff.saving' })
                  : service
                    ? msg('Save changes', { id: 'staff.service.save' })
                    : msg('Create the service', { id: 'staff.service.create' })
              }
            </button>
            ${
              unsaved.length
                ? html`<p class="muted" id="unsaved">${msg('Not saved yet.', { id: 'staff.event.unsaved' })}</p>`
                : nothing
            }
          </div>
        </form>
        ${
          report
            ? report.status === 'complete'
              ? renderReport(this.openReport, this.locale, this.fixes, (value) => (this.fixes = value))
              : report.status === 'error'
                ? this.renderFailure(report.error)
                : this.renderLoading()
            : nothing
        }
      </div>
      ${service ? renderHistory(this.history.value, this.locale) : nothing}`;
  }
}
