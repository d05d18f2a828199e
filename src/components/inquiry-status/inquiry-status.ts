import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { WwDataElement } from '../../core/data-element.js';
import { errorMessage } from '../../core/error-message.js';
import { renderInput } from '../../core/forms/fields.js';
import { headingLevel, renderHeading } from '../../core/heading.js';
import { dateTimeFormat } from '../../core/intl.js';
import { msg, str } from '../../core/localize.js';
import { renderNotice } from '../../core/notice.js';
import { buttonStyles } from '../../core/styles/button.js';
import { formStyles } from '../../core/styles/form.js';
import { noticeStyles } from '../../core/styles/notice.js';
import { WwLookupEvent } from '../../events/lookup.js';
import { catalogue as formsCatalogue } from '../../generated/locales/forms/index.js';
import { catalogue as statusCatalogue } from '../../generated/locales/status/index.js';
import { lookupStatus, type InquiryStatus } from './inquiry-status.api.js';
import { inquiryStatusStyles } from './inquiry-status.styles.js';
import { isRefusal, refusalOf, type Refusal } from './parts/refusal.js';
import { renderResult } from './parts/result.js';
import { checkShape, normalizeReference, referenceInHash } from './parts/rules.js';

type Problems = { reference?: 'format'; check?: 'missing' | 'bad' };

/**
 * @tagname ww-inquiry-status
 * @summary Where my inquiry stands: received, in progress, referred (to whom) or resolved, with the date.
 *
 * The visitor enters the reference from their confirmation and one more fact
 * only they have: the status token shown with the reference, the last four
 * digits of the phone number they gave, or the email address they gave. The
 * answer is in their language and holds nothing personal. The reference comes
 * from the `reference` attribute or the page address (`#reference=K7M-4QX`, as
 * the inquiry form's confirmation links here). A reference that cannot be one
 * is caught before asking; an unknown reference or a wrong fact, too many
 * tries (with the time to try again) and a lost connection each get their own
 * message, and what was typed stays.
 *
 * @fires ww-lookup - The status is shown. `detail: { status }` (`received`, `in-progress`, `referred` or `resolved`); never the reference or what was typed.
 *
 * @csspart base - The root wrapper.
 * @csspart form - The form.
 * @csspart field - A field's wrapper (label, hint, error and control).
 * @csspart label - A field's label.
 * @csspart input - A text box.
 * @csspart hint - A field's hint.
 * @csspart error - A field's error message.
 * @csspart submit - The button that looks up the status.
 * @csspart result - The live region that holds the answer.
 * @csspart status - The status found.
 * @csspart notice - Refusals, failures and setup messages.
 *
 * @cssproperty --ww-color-primary - Buttons, focus and the status's border.
 * @cssproperty --ww-color-danger - Errors (always with words too).
 * @cssproperty --ww-color-text - Text colour.
 * @cssproperty --ww-color-surface - Background of fields.
 * @cssproperty --ww-font-family - Font; the host page's by default.
 */
export class WwInquiryStatus extends WwDataElement {
  static override catalogues = [statusCatalogue, formsCatalogue];
  static override styles = [...WwDataElement.styles, buttonStyles, noticeStyles, formStyles, inquiryStatusStyles];

  static override get properties(): PropertyDeclarations {
    return {
      ...WwDataElement.properties,
      reference: {},
      headingLevel: { type: Number, attribute: 'heading-level' },
      typed: { state: true },
      check: { state: true },
      problems: { state: true },
      asked: { state: true },
      fromHash: { state: true },
    };
  }

  /** The reference to look up, such as `K7M-4QX`; else the page address's `#reference=`. */
  reference = '';
  /** Level of the widget's heading; the status found is one below. */
  headingLevel = 2;

  /** The reference field as the visitor typed it (undefined: not typed, the attribute's or the address's). */
  private typed: string | undefined;
  private check = '';
  private problems: Problems = {};
  /** The lookup asked for: reference, check, and which try (the same facts can be asked again). */
  private asked: [string, string, number] | undefined;
  private fromHash = '';
  private tries = 0;
  private announced: InquiryStatus | undefined;

  private readonly lookup = this.loader(
    () => this.asked,
    ([reference, check], api, signal) =>
      lookupStatus(api, reference, check, signal).catch((error: unknown) => {
        throw refusalOf(error) ?? error;
      }),
  );

  private readonly onHash = () => {
    this.fromHash = referenceInHash(location.hash);
    if (this.fromHash) this.typed = undefined;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.onHash();
    addEventListener('hashchange', this.onHash);
  }

  override disconnectedCallback(): void {
    removeEventListener('hashchange', this.onHash);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('reference') && changed.get('reference') !== undefined) this.typed = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const found = this.lookup.status === 'complete' ? this.lookup.value : undefined;
    if (found && found !== this.announced) {
      this.announced = found;
      this.dispatchEvent(new WwLookupEvent({ status: found.status }));
    }
  }

  private get referenceValue(): string {
    return this.typed ?? (this.fromHash || this.reference);
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    // One lookup at a time: a second press while the answer is on its way would only spend another try.
    if (this.lookup.status === 'pending') return;
    const reference = normalizeReference(this.referenceValue);
    const shape = checkShape(this.check);
    this.problems = { reference: reference ? undefined : 'format', check: shape === 'ok' ? undefined : shape };
    if (reference && shape === 'ok') {
      this.asked = [reference, this.check.trim(), ++this.tries];
      return;
    }
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-invalid=true]')?.focus());
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="base" lang=${this.locale} dir=${this.direction}>
      ${renderHeading(headingLevel(this.headingLevel, 2), msg('Check on your inquiry', { id: 'status.heading' }))}
      ${this.config.value.endpoint ? this.renderLookup() : this.renderMissingEndpoint()}
    </div>`;
  }

  private renderLookup(): TemplateResult {
    const { status, error } = this.lookup;
    const pending = status === 'pending';
    const p = this.problems;
    return html`<form part="form" class="form" novalidate @submit=${this.onSubmit}>
        <p class="intro">
          ${msg('Enter the reference from your confirmation and one more thing only you know.', {
            id: 'status.intro',
          })}
        </p>
        ${renderInput({
          name: 'reference',
          label: msg('Reference', { id: 'status.reference.label' }),
          hint: msg('On your confirmation, such as K7M-4QX.', { id: 'status.reference.hint' }),
          value: this.referenceValue,
          autocomplete: 'off',
          error: p.reference
            ? msg('Enter the reference as it is on your confirmation: 6 letters and numbers, such as K7M-4QX.', {
                id: 'status.error.reference',
              })
            : undefined,
          onInput: (value) => (this.typed = value),
        })}
        ${renderInput({
          name: 'check',
          label: msg('Status token, last 4 digits of your phone, or your email', { id: 'status.check.label' }),
          hint: msg(
            'Any one of these three: the status token on your confirmation (such as 7KQM-3D9X); the last 4 digits of the phone number you gave; or the email address you gave.',
            { id: 'status.check.hint' },
          ),
          value: this.check,
          autocomplete: 'off',
          error:
            p.check === 'missing'
              ? msg('Enter your status token, the last 4 digits of your phone, or your email.', {
                  id: 'status.error.check-missing',
                })
              : p.check === 'bad'
                ? msg('This is not a status token, 4 digits or an email address. Check what you typed.', {
                    id: 'status.error.check-format',
                  })
                : undefined,
          onInput: (value) => (this.check = value),
        })}
        ${status === 'error' ? this.renderFailure(error) : nothing}
        <div class="actions">
          <button part="submit" class="button button--primary" type="submit" aria-disabled=${pending}>
            ${msg('Show the status', { id: 'status.submit' })}
          </button>
        </div>
      </form>
      <div part="result" class="result" role="status">
        ${
          pending
            ? html`<p>${msg('Looking up your inquiry…', { id: 'status.loading' })}</p>`
            : status === 'complete' && this.lookup.value
              ? renderResult(this.lookup.value, this.locale, headingLevel(this.headingLevel, 2) + 1)
              : nothing
        }
      </div>`;
  }

  /** Why there is no status: in words for each refusal, with the time to try again; else the core's words. */
  private renderFailure(error: unknown): TemplateResult {
    if (!isRefusal(error)) return renderNotice({ tone: 'error', heading: errorMessage(error) });
    const r: Refusal = error;
    const time = dateTimeFormat(this.locale, { hour: 'numeric', minute: '2-digit' }).format(r.until);
    const heading =
      r.reason === 'not-found'
        ? msg('We found no inquiry with this reference and this detail. Check both and try again.', {
            id: 'status.not-found',
          })
        : r.reason === 'locked'
          ? msg(str`This reference is locked after too many wrong tries. You can try again after ${time}.`, {
              id: 'status.locked',
            })
          : msg(str`Too many tries from this device. You can try again after ${time}.`, { id: 'status.too-many' });
    return renderNotice({ tone: 'error', heading });
  }
}
