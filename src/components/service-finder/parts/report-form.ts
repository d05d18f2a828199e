import { css, html, nothing, type CSSResult, type TemplateResult } from 'lit';
import type { ApiClient } from '../../../core/api-client.js';
import { isolate } from '../../../core/bidi.js';
import { errorMessage } from '../../../core/error-message.js';
import { HttpError } from '../../../core/errors.js';
import { newIdempotencyKey } from '../../../core/forms/idempotency.js';
import { msg, str } from '../../../core/localize.js';
import { WwReportEvent, type ReportKind } from '../../../events/report.js';

/** The longest note the server keeps. */
const NOTE_MAX = 1000;

type Status = 'editing' | 'sending' | 'sent' | 'failed';

/** One service's report as the visitor fills it in; kept when sending fails, so nothing typed is lost. */
interface Draft {
  kind: ReportKind | undefined;
  note: string;
  /** One key per report: sending again after a lost answer makes no second one. */
  key: string;
  status: Status;
  error: unknown;
  kindMissing: boolean;
}

export interface ReportFormHost {
  /** Where the report's events go, and what re-renders when a draft changes. */
  element: HTMLElement & { requestUpdate(): void; readonly updateComplete: Promise<boolean> };
  api: () => ApiClient | undefined;
  /** Aborts when the finder leaves the page. */
  signal: () => AbortSignal;
  locale: () => string;
}

/** The choices, in the order a visitor reads them; "something else" last. Labels are written in render. */
const KINDS: readonly ReportKind[] = [
  'wrong-phone',
  'moved',
  'closed',
  'wrong-hours',
  'not-free',
  'unsafe-or-scam',
  'other',
];

function kindLabel(kind: ReportKind): string {
  switch (kind) {
    case 'wrong-phone':
      return msg('The phone number is wrong', { id: 'finder.report.kind.wrong-phone' });
    case 'moved':
      return msg('It has moved', { id: 'finder.report.kind.moved' });
    case 'closed':
      return msg('It has closed', { id: 'finder.report.kind.closed' });
    case 'wrong-hours':
      return msg('The hours are wrong', { id: 'finder.report.kind.wrong-hours' });
    case 'not-free':
      return msg('It is not free', { id: 'finder.report.kind.not-free' });
    case 'unsafe-or-scam':
      return msg('It felt unsafe or like a scam', { id: 'finder.report.kind.unsafe-or-scam' });
    case 'other':
      return msg('Something else', { id: 'finder.report.kind.other' });
  }
}

function failureText(error: unknown): string {
  if (error instanceof HttpError && error.status === 429) {
    return msg('You have sent several reports in a short time. Please try again later.', {
      id: 'finder.report.limited',
    });
  }
  return errorMessage(error);
}

/** The form's look, added to the finder's shadow root when this chunk loads (not weighing on every finder). */
const reportStyles = css`
  .report__form {
    display: grid;
    justify-items: start;
    gap: var(--_space-s);
  }
  .report__form,
  .report__form .fieldset,
  .report__note {
    inline-size: 100%;
    box-sizing: border-box;
  }
  .report__kinds {
    display: grid;
    gap: var(--_space-xs);
  }
  .report__note {
    padding-block: var(--_space-xs);
  }
  .report__error {
    font-weight: 600;
  }
  .report p {
    margin: 0;
  }
`;

/** Adds styles to a shadow root as a constructed sheet (as Lit does: allowed under a strict CSP). */
function adopt(root: ShadowRoot | null, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

/**
 * "Report a problem": which service's form is open (one at a time), its form, and focus: into the form when
 * it opens, back to its button when it closes. Keeps each service's draft until it is sent.
 */
export class ReportForms {
  private readonly drafts = new Map<string, Draft>();
  /** `<place>-<service id>` of the open form. */
  private open: string | undefined;

  constructor(private readonly host: ReportFormHost) {
    adopt(host.element.shadowRoot, reportStyles);
  }

  isOpen(key: string): boolean {
    return this.open === key;
  }

  /** The button was pressed: its form opens (focus on the first choice), or closes. */
  async toggle(key: string): Promise<void> {
    if (this.open === key) return this.close();
    this.open = key;
    const form = await this.rendered(`report-${key}`);
    (form?.querySelector<HTMLElement>('input:checked') ?? form?.querySelector<HTMLElement>('input'))?.focus();
  }

  /** The form of a place closes without a focus move (the record's dialog closed under it). */
  dismiss(place: string): void {
    if (this.open?.startsWith(place)) this.open = undefined;
  }

  /** Forgets every draft and closes the form (a kiosk's next visitor). */
  reset(): void {
    this.open = undefined;
    this.drafts.clear();
  }

  /** Closes the open form; a sent report's draft goes, an unsent one stays for the next opening. */
  private async close(): Promise<void> {
    const key = this.open;
    if (!key) return;
    this.open = undefined;
    const serviceId = key.slice(key.indexOf('-') + 1);
    if (this.drafts.get(serviceId)?.status === 'sent') this.drafts.delete(serviceId);
    (await this.rendered(`[data-report="${key}"]`, true))?.focus();
  }

  /** After the next render: the element with this id (or matching this selector). */
  private async rendered(what: string, selector = false): Promise<HTMLElement | null | undefined> {
    this.host.element.requestUpdate();
    await this.host.element.updateComplete;
    const root = this.host.element.shadowRoot;
    return selector ? root?.querySelector<HTMLElement>(what) : (root?.getElementById(what) as HTMLElement | null);
  }

  private draft(serviceId: string): Draft {
    let draft = this.drafts.get(serviceId);
    if (!draft) {
      draft = {
        kind: undefined,
        note: '',
        key: newIdempotencyKey(),
        status: 'editing',
        error: undefined,
        kindMissing: false,
      };
      this.drafts.set(serviceId, draft);
    }
    return draft;
  }

  private change(serviceId: string, patch: Partial<Draft>): void {
    Object.assign(this.draft(serviceId), patch);
    this.host.element.requestUpdate();
  }

  private async send(serviceId: string, formId: string): Promise<void> {
    const draft = this.draft(serviceId);
    if (draft.status === 'sending') return;
    if (!draft.kind) {
      this.change(serviceId, { kindMissing: true });
      (await this.rendered(formId))?.querySelector<HTMLElement>('input')?.focus();
      return;
    }
    const api = this.host.api();
    if (!api) return;
    const kind = draft.kind;
    this.change(serviceId, { status: 'sending', error: undefined, kindMissing: false });
    try {
      await api.post(
        `services/${encodeURIComponent(serviceId)}/reports`,
        { kind, note: draft.note.trim() || undefined, lang: this.host.locale(), idempotency_key: draft.key },
        { signal: this.host.signal() },
      );
    } catch (error) {
      this.change(serviceId, { status: 'failed', error });
      return;
    }
    this.change(serviceId, { status: 'sent' });
    this.host.element.dispatchEvent(new WwReportEvent({ id: serviceId, kind }));
    // The form is gone: focus goes to Close, after the thanks the status region reads.
    (await this.rendered(`${formId}-done`))?.focus();
  }

  /** The form (or, once sent, the thanks) for one service at one place (`key`). */
  render(service: { id: string; name: string }, key: string): TemplateResult {
    const formId = `report-${key}`;
    const close = () => void this.close();
    const draft = this.draft(service.id);
    const sent = draft.status === 'sent';
    const errorId = `${formId}-kind-error`;
    return html`${
        sent
          ? nothing
          : html`<form
              id=${formId}
              class="report__form"
              novalidate
              aria-label=${msg(str`Report a problem: ${isolate(service.name)}`, { id: 'finder.report.form-label' })}
              @submit=${(e: Event) => {
                e.preventDefault();
                void this.send(service.id, formId);
              }}
            >
              <p class="hint">
                ${msg('No personal details are needed. Please do not write your name or how to reach you.', {
                  id: 'finder.report.privacy',
                })}
              </p>
              <fieldset
                class="fieldset"
                aria-describedby=${draft.kindMissing ? errorId : nothing}
                aria-invalid=${draft.kindMissing ? 'true' : 'false'}
              >
                <legend>${msg('What is wrong?', { id: 'finder.report.kind' })}</legend>
                ${
                  draft.kindMissing
                    ? html`<p id=${errorId} class="report__error">
                        ${msg('Choose what is wrong.', { id: 'finder.report.kind-missing' })}
                      </p>`
                    : nothing
                }
                <div class="report__kinds">
                  ${KINDS.map(
                    (kind) =>
                      html`<label class="check">
                        <input
                          type="radio"
                          name=${`${formId}-kind`}
                          value=${kind}
                          .checked=${draft.kind === kind}
                          @change=${() => this.change(service.id, { kind, kindMissing: false })}
                        />
                        ${kindLabel(kind)}
                      </label>`,
                  )}
                </div>
              </fieldset>
              <label class="label" for=${`${formId}-note`}>
                ${msg('Anything else we should know? (optional)', { id: 'finder.report.note' })}
              </label>
              <textarea
                id=${`${formId}-note`}
                class="input report__note"
                rows="3"
                maxlength=${NOTE_MAX}
                .value=${draft.note}
                @input=${(e: Event) => {
                  draft.note = (e.target as HTMLTextAreaElement).value;
                }}
              ></textarea>
              <div class="report__error" role="alert">
                ${draft.status === 'failed' ? failureText(draft.error) : nothing}
              </div>
              <div class="actions">
                <button
                  class="button button--primary"
                  type="submit"
                  aria-disabled=${draft.status === 'sending' ? 'true' : 'false'}
                >
                  ${
                    draft.status === 'sending'
                      ? msg('Sending…', { id: 'finder.report.sending' })
                      : msg('Send report', { id: 'finder.report.send' })
                  }
                </button>
                <button class="button" type="button" @click=${close}>
                  ${msg('Cancel', { id: 'finder.report.cancel' })}
                </button>
              </div>
            </form>`
      }
      <p class="report__done" role="status">
        ${sent ? msg('Thank you. The office will check this listing.', { id: 'finder.report.thanks' }) : nothing}
      </p>
      ${sent ? html`<button id=${`${formId}-done`} class="button" type="button" @click=${close}>${msg('Close', { id: 'finder.report.close' })}</button>` : nothing}`;
  }
}
