import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../../core/localize.js';
import type { ReportFormHost, ReportForms } from './report-form.js';

/** Where a service's report button is: its card, or the full record. */
export type ReportPlace = 'card' | 'detail';

/**
 * The "Report a problem" button of each service, and the one form open at a time under it. The form's code
 * is a chunk of its own, loaded on the first press; focus goes into the form when it opens and back to the
 * button when it closes.
 */
export class ReportSlot {
  /** `<place>-<service id>` of the open form. */
  private open: string | undefined;
  private forms: ReportForms | undefined;
  private loading: Promise<void> | undefined;
  private loadError: unknown;

  constructor(
    private readonly host: ReportFormHost,
    /** The failure notice with a retry, as the finder shows every failure. */
    private readonly renderError: (error: unknown, retry: () => void) => TemplateResult,
  ) {}

  render(service: { id: string; name: string }, place: ReportPlace): TemplateResult {
    const key = `${place}-${service.id}`;
    const formId = `report-${key}`;
    const isOpen = this.open === key;
    return html`<div class="report">
      <button
        type="button"
        class="button report__toggle"
        data-report=${key}
        aria-expanded=${isOpen ? 'true' : 'false'}
        @click=${() => void (isOpen ? this.close(service.id) : this.show(key, formId))}
      >
        ${msg('Report a problem', { id: 'finder.report.open' })}
      </button>
      ${
        !isOpen
          ? nothing
          : this.forms
            ? this.forms.render(service, formId, () => void this.close(service.id))
            : this.loadError
              ? this.renderError(this.loadError, () => void this.show(key, formId))
              : nothing
      }
    </div>`;
  }

  /** Closes a form without a focus move (the record's dialog closed under it). */
  dismiss(place: ReportPlace): void {
    if (this.open?.startsWith(`${place}-`)) this.open = undefined;
  }

  /** Forgets every draft and closes the form (a kiosk's next visitor). */
  reset(): void {
    this.open = undefined;
    this.forms?.clear();
  }

  private async show(key: string, formId: string): Promise<void> {
    this.open = key;
    this.loadError = undefined;
    this.host.element.requestUpdate();
    this.loading ??= import('./report-form.js').then(
      ({ ReportForms }) => {
        this.forms = new ReportForms(this.host);
      },
      (error: unknown) => {
        this.loading = undefined;
        this.loadError = error;
      },
    );
    await this.loading;
    this.host.element.requestUpdate();
    await this.host.element.updateComplete;
    if (this.open !== key) return;
    const form = this.host.element.shadowRoot?.getElementById(formId);
    (form?.querySelector<HTMLElement>('input:checked') ?? form?.querySelector<HTMLElement>('input'))?.focus();
  }

  private async close(serviceId: string): Promise<void> {
    const key = this.open;
    this.open = undefined;
    this.forms?.closed(serviceId);
    this.host.element.requestUpdate();
    await this.host.element.updateComplete;
    this.host.element.shadowRoot?.querySelector<HTMLElement>(`[data-report="${key}"]`)?.focus();
  }
}
