import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../../core/localize.js';
import type { ReportFormHost, ReportForms } from './report-form.js';

/** Where a service's report button is: its card, or the full record. */
export type ReportPlace = 'card' | 'detail';

/**
 * The "Report a problem" button of each service. Everything else (the form, which one is open, focus) is in
 * `report-form.ts`, a chunk of its own loaded on the first press: most visitors never report.
 */
export class ReportSlot {
  private forms: ReportForms | undefined;
  private loading: Promise<ReportForms> | undefined;
  /** The button pressed while the form's code loads, or whose code failed to load. */
  private pressed: string | undefined;
  private loadError: unknown;

  constructor(
    private readonly host: ReportFormHost,
    /** The failure notice with a retry, as the finder shows every failure. */
    private readonly renderError: (error: unknown, retry: () => void) => TemplateResult,
  ) {}

  render(service: { id: string; name: string }, place: ReportPlace): TemplateResult {
    const key = `${place}-${service.id}`;
    const open = this.forms ? this.forms.isOpen(key) : this.pressed === key;
    return html`<div class="report">
      <button
        type="button"
        class="button"
        data-report=${key}
        aria-expanded=${open ? 'true' : 'false'}
        @click=${() => void this.press(key)}
      >
        ${msg('Report a problem', { id: 'finder.report.open' })}
      </button>
      ${
        !open
          ? nothing
          : this.forms
            ? this.forms.render(service, key)
            : this.loadError
              ? this.renderError(this.loadError, () => void this.press(key))
              : nothing
      }
    </div>`;
  }

  /** The record's dialog closed: its form closes with it (focus went back to the card). */
  dismiss(place: ReportPlace): void {
    if (this.pressed?.startsWith(place)) this.pressed = undefined;
    this.forms?.dismiss(place);
  }

  /** A kiosk's next visitor: every draft forgotten, no form open. */
  reset(): void {
    this.pressed = undefined;
    this.forms?.reset();
  }

  private async press(key: string): Promise<void> {
    if (!this.forms) {
      this.pressed = key;
      this.loadError = undefined;
      this.host.element.requestUpdate();
      try {
        this.forms = await (this.loading ??= import('./report-form.js').then((m) => new m.ReportForms(this.host)));
      } catch (error) {
        this.loading = undefined;
        this.loadError = error;
        this.host.element.requestUpdate();
        return;
      }
      if (this.pressed !== key) return;
      this.pressed = undefined;
    }
    await this.forms.toggle(key);
  }
}
