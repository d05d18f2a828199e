import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { WwDataElement } from '../../core/data-element.js';
import { errorMessage } from '../../core/error-message.js';
import { HttpError, MalformedResponseError } from '../../core/errors.js';
import { renderErrorSummary } from '../../core/forms/error-summary.js';
import {
  listOf,
  renderCheckbox,
  renderCheckboxGroup,
  renderInput,
  renderRadioGroup,
  renderSelect,
  renderTextarea,
  type Choice,
} from '../../core/forms/fields.js';
import { FormController } from '../../core/forms/form-controller.js';
import {
  email,
  emailMessage,
  maxLength,
  phone,
  phoneMessage,
  required,
  tooLong,
  type Message,
  type Validator,
} from '../../core/forms/validators.js';
import { languageNames } from '../../core/languages.js';
import { allLocales } from '../../core/locales.js';
import { msg, str } from '../../core/localize.js';
import { renderNotice } from '../../core/notice.js';
import {
  attemptRecord,
  claimDelivered,
  drainOutbox,
  getRecord,
  listRecords,
  outboxAvailable,
  outboxEvents,
  putRecord,
  removeRecord,
  SEND_TIMEOUT_MS,
  startOutbox,
  takeDeliveredReceipts,
  unwatchRecord,
  watchRecord,
  type OutboxRecord,
} from '../../core/outbox.js';
import { formStyles } from '../../core/styles/form.js';
import { noticeStyles } from '../../core/styles/notice.js';
import { WwInquiryQueuedEvent } from '../../events/inquiry-queued.js';
import { WwInquirySubmittedEvent } from '../../events/inquiry-submitted.js';
import { catalogue as formsCatalogue } from '../../generated/locales/forms/index.js';
import { catalogue as inquiryCatalogue } from '../../generated/locales/inquiry/index.js';
import { KioskController } from '../../core/kiosk-controller.js';
import {
  INQUIRIES_PATH,
  loadTopics,
  sendInquiry,
  type ContactMethod,
  type InquiryKind,
  type InquiryReceipt,
  type InquiryRequest,
  type Topic,
} from './inquiry-form.api.js';
import { inquiryFormStyles } from './inquiry-form.styles.js';
import { printOnly } from './parts/print.js';
import { renderReference, telHref } from './parts/reference.js';
import {
  AVAILABILITY,
  bodyOf,
  FIELDS,
  INTERESTS,
  LANGUAGES_MAX,
  MESSAGE_MAX,
  NAME_MAX,
  needsPhone,
  valuesOf,
} from './parts/values.js';

type Phase = 'form' | 'sending' | 'queued' | 'done';
type Topics = { state: 'loading' } | { state: 'ready'; items: Topic[]; days: number } | { state: 'error' };

interface Done {
  reference: string;
  days: number;
  method: ContactMethod;
  queued: boolean;
}

/** Seconds a kiosk confirmation (or an abandoned form) stays before the form clears itself. */
const KIOSK_TIMEOUT = 120;

/**
 * @tagname ww-inquiry-form
 * @summary Ask the office a question in your language, or sign up as a Community Ambassador; nothing is lost offline.
 *
 * The web side of the office's hotline. A visitor chooses a topic, writes
 * their message (up to 2,000 characters, with a counter), the language they
 * want the answer in (their UI language by default) and how to be answered:
 * by phone, email, text message or not at all (then they call the hotline with
 * their reference). A name is optional ("I prefer not to give my name"), so is
 * a ZIP code; consent is asked only when the office will get in touch. A plain
 * note says what is kept, for how long, who sees it, and that the form never
 * asks about immigration status. The confirmation shows the reference code
 * (read out character by character), what happens next, Print and Copy.
 *
 * Nothing is lost: what is typed stays in this tab (sessionStorage) until it
 * is sent. When the office cannot be reached (offline, no answer, a server
 * failure) the inquiry waits in an outbox on this device (IndexedDB) and is
 * sent automatically, with the same idempotency key, so it arrives exactly
 * once: while the page is open, when the connection returns, or on the next
 * visit to any page with this form, which then says it was delivered. A
 * saved inquiry the office refuses is kept and shown for correction.
 *
 * `kind="volunteer"` is the Community Ambassadors sign-up: ways to help,
 * languages spoken, availability, name and contact.
 *
 * @attr kind - `inquiry` (default) or `volunteer`.
 * @attr topics - Topic codes to offer, comma-separated; with one code, the topic is set and not asked.
 * @attr hotline - The office's phone number, offered as the alternative (and for "no contact").
 * @attr channel-label - The form's heading, naming the office's channel (for example "Ask the Mayor's Office").
 * @attr response-time - Business days within which the office answers; overrides the server's.
 * @attr kiosk - For shared computers: nothing is stored anywhere, and the form clears itself after inactivity.
 * @attr kiosk-timeout - Seconds without activity before a kiosk form clears itself (default 120).
 * @attr heading-level - Level of the form's heading (default 2).
 *
 * @fires ww-inquiry-submitted - The office received it. `detail: { reference, topic, kind, queued }`; never the message, name or contact.
 * @fires ww-inquiry-queued - It was kept on this device to be sent later. `detail: { kind, topic }`.
 *
 * @csspart base - The root wrapper.
 * @csspart form - The form.
 * @csspart field - A field's wrapper (label, hint, error and control).
 * @csspart label - A field's label or legend.
 * @csspart input - A text box, select, radio button or checkbox.
 * @csspart hint - A field's hint.
 * @csspart error - A field's error message.
 * @csspart error-summary - The list of problems after a failed submit.
 * @csspart privacy - The note on what is kept and who sees it.
 * @csspart submit - The send button.
 * @csspart confirmation - The result, with the reference.
 * @csspart reference - A reference code.
 * @csspart queued - The "saved on this device" message.
 * @csspart notice - Delivered-later, needs-attention, loading and failure messages.
 *
 * @cssproperty --ww-color-primary - Buttons, links, focus and the confirmation's border.
 * @cssproperty --ww-color-danger - Errors (always with words too).
 * @cssproperty --ww-color-text - Text colour.
 * @cssproperty --ww-color-surface - Background of fields.
 * @cssproperty --ww-font-family - Font; the host page's by default.
 * @cssproperty --ww-inquiry-reference-size - Size of the reference code in the confirmation (default 2em).
 */
export class WwInquiryForm extends WwDataElement {
  static override catalogues = [inquiryCatalogue, formsCatalogue];
  static override styles = [...WwDataElement.styles, noticeStyles, formStyles, inquiryFormStyles];

  static override properties: PropertyDeclarations = {
    ...WwDataElement.properties,
    kind: {},
    topics: {},
    hotline: {},
    channelLabel: { attribute: 'channel-label' },
    responseTime: { type: Number, attribute: 'response-time' },
    kiosk: { type: Boolean },
    kioskTimeout: { type: Number, attribute: 'kiosk-timeout' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    topicList: { state: true },
    phase: { state: true },
    sendError: { state: true },
    done: { state: true },
    queuedNote: { state: true },
    delivered: { state: true },
    failed: { state: true },
    copied: { state: true },
  };

  kind: InquiryKind = 'inquiry';
  /** Topic codes to offer, comma-separated; one code presets the topic. */
  topics = '';
  hotline = '';
  channelLabel = '';
  /** Business days; overrides the server's `response_days` in the confirmation. */
  responseTime?: number | undefined;
  kiosk = false;
  kioskTimeout = KIOSK_TIMEOUT;
  headingLevel = 2;

  private topicList: Topics = { state: 'loading' };
  private phase: Phase = 'form';
  private sendError: unknown;
  private done: Done | undefined;
  /** In the queued view: '' (waiting), 'sending' (Send now pressed) or 'still' (not yet). */
  private queuedNote: '' | 'sending' | 'still' = '';
  /** Receipts of inquiries sent earlier and delivered while no form was on the page. */
  private delivered: OutboxRecord[] = [];
  /** Saved inquiries the office refused: they need the visitor's attention. */
  private failed: OutboxRecord[] = [];
  private copied: '' | 'yes' | 'no' = '';

  private readonly form = new FormController(this, { persist: () => !this.kiosk });
  /** The queued inquiry's record id and request (kept in memory for its confirmation). */
  private queued: { id: string; body: InquiryRequest } | undefined;
  private topicsLocale = '';
  private formLocale = '';
  private topicsRequest: AbortController | undefined;
  private readonly onOutboxChange = () => void this.refreshOutbox();

  private readonly idle = new KioskController(this, {
    enabled: () => this.kiosk && (this.phase === 'done' || this.typed()),
    idleMs: () => Math.max(1, this.kioskTimeout || KIOSK_TIMEOUT) * 1000,
    reset: () => this.clearForNextVisitor(),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.kiosk || !outboxAvailable()) return;
    outboxEvents.addEventListener('change', this.onOutboxChange);
    if (this.queued) watchRecord(this.queued.id);
    // Every form sends what earlier visits left in the outbox, then says what arrived.
    void startOutbox();
  }

  override disconnectedCallback(): void {
    outboxEvents.removeEventListener('change', this.onOutboxChange);
    if (this.queued) unwatchRecord(this.queued.id);
    this.topicsRequest?.abort();
    this.topicsLocale = '';
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.kind !== 'volunteer') this.kind = 'inquiry';
    if (this.isConnected && this.kind === 'inquiry' && this.topicsLocale !== this.locale) {
      this.topicsLocale = this.locale;
      void this.fetchTopics();
    }
    if (this.phase === 'form' || this.phase === 'sending') this.startForm();
    // The answer's language follows the UI language until the visitor chooses one.
    const v = this.form.values;
    if (this.formLocale && this.formLocale !== this.locale && v.preferred_language === this.formLocale) {
      this.form.values = { ...v, preferred_language: this.locale };
    }
    this.formLocale = this.locale;
  }

  private startForm(): void {
    const presets = this.presetTopics();
    this.form.start(`inquiry:${this.kind}`, {
      topic: presets.length === 1 ? presets[0]! : '',
      message: '',
      preferred_language: this.locale,
      contact_method: '',
      anonymous: '',
      name: '',
      phone: '',
      email: '',
      postcode: '',
      consent: '',
      interests: '',
      languages_spoken: '',
      availability: '',
      website: '',
    });
  }

  private presetTopics(): string[] {
    return this.topics.split(/[\s,]+/).filter(Boolean);
  }

  private async fetchTopics(): Promise<void> {
    const api = this.api;
    if (!api) return;
    this.topicsRequest?.abort();
    const request = (this.topicsRequest = new AbortController());
    const signal = this.requestSignal(request);
    if (this.topicList.state !== 'ready') this.topicList = { state: 'loading' };
    try {
      const answer = await loadTopics(api, signal);
      if (request === this.topicsRequest) {
        this.topicList = { state: 'ready', items: answer.items, days: answer.response_days };
      }
    } catch {
      if (request === this.topicsRequest && !signal.aborted) this.topicList = { state: 'error' };
    }
  }

  /** The topics to offer: the server's, limited by `topics`; "something else" alone when they did not load. */
  private offeredTopics(): Topic[] {
    const t = this.topicList;
    if (t.state === 'loading') return [];
    const items =
      t.state === 'ready' ? t.items : [{ code: 'other', name: msg('Something else', { id: 'inquiry.topic.other' }) }];
    const presets = this.presetTopics();
    const limited = items.filter((item) => presets.includes(item.code));
    return presets.length && limited.length ? limited : items;
  }

  private get responseDays(): number {
    const t = this.topicList;
    return this.responseTime && this.responseTime > 0
      ? this.responseTime
      : t.state === 'ready'
        ? t.days
        : (this.done?.days ?? 0);
  }

  private get heading(): number {
    return Math.min(6, Math.max(1, this.headingLevel || 2));
  }

  /** Whether the visitor has typed or chosen anything (kiosk: then the form clears itself when left). */
  private typed(): boolean {
    const v = this.form.values;
    return ['message', 'name', 'phone', 'email', 'postcode', 'interests', 'languages_spoken', 'contact_method'].some(
      (name) => Boolean(v[name]),
    );
  }

  // ---- Validation -----------------------------------------------------------------

  /** The form's own words for each field the server may refuse. */
  private get messages(): Record<string, Message> {
    return {
      topic: () => msg('Choose a topic', { id: 'inquiry.error.topic' }),
      message:
        this.kind === 'volunteer'
          ? tooLong(MESSAGE_MAX, this.locale)
          : () => msg('Write your question or message', { id: 'inquiry.error.message' }),
      preferred_language: () => msg('Choose a language', { id: 'inquiry.error.language' }),
      contact_method: () => msg('Choose how the office should contact you', { id: 'inquiry.error.contact' }),
      phone: phoneMessage,
      email: emailMessage,
      consent: () =>
        msg('Tick the box to agree to be contacted, or choose no contact', { id: 'inquiry.error.consent' }),
      name:
        this.kind === 'volunteer'
          ? () => msg('Enter your name', { id: 'inquiry.error.name' })
          : tooLong(NAME_MAX, this.locale),
      postcode: () => msg('Enter a ZIP code such as 11226, or leave it empty', { id: 'inquiry.error.postcode' }),
      interests: () => msg('Choose at least one way to help', { id: 'inquiry.error.interests' }),
      languages_spoken: () =>
        msg(str`Choose up to ${new Intl.NumberFormat(this.locale).format(LANGUAGES_MAX)} languages`, {
          id: 'inquiry.error.languages',
        }),
      availability: () => msg('Choose when you are available', { id: 'inquiry.error.availability' }),
    };
  }

  private rules(): Record<string, Validator[]> {
    const v = this.form.values;
    const m = this.messages;
    const method = v.contact_method;
    const volunteer = this.kind === 'volunteer';
    const postcode: Validator = (value) =>
      !value.trim() || /^[A-Za-z0-9 -]{3,10}$/.test(value.trim()) ? undefined : m.postcode;
    const contact: Record<string, Validator[]> = {
      contact_method: [required(m.contact_method!)],
      phone: needsPhone(method)
        ? [required(() => msg('Enter your phone number', { id: 'inquiry.error.phone-missing' })), phone()]
        : [],
      email:
        method === 'email'
          ? [required(() => msg('Enter your email address', { id: 'inquiry.error.email-missing' })), email()]
          : [],
      consent: method && method !== 'none' ? [required(m.consent!)] : [],
    };
    if (volunteer) {
      return {
        interests: [required(m.interests!)],
        languages_spoken: [(value) => (listOf(value).length > LANGUAGES_MAX ? m.languages_spoken : undefined)],
        name: [required(m.name!), maxLength(NAME_MAX, this.locale)],
        ...contact,
        postcode: [postcode],
        message: [maxLength(MESSAGE_MAX, this.locale)],
      };
    }
    return {
      topic: [required(m.topic!)],
      message: [required(m.message!), maxLength(MESSAGE_MAX, this.locale)],
      ...contact,
      name: v.anonymous === 'true' ? [] : [maxLength(NAME_MAX, this.locale)],
      postcode: [postcode],
    };
  }

  // ---- Sending ----------------------------------------------------------------------

  private onSubmit(event: Event): void {
    event.preventDefault();
    if (this.phase === 'sending') return;
    this.sendError = undefined;
    if (this.form.check(this.rules())) void this.send();
  }

  /** Sends the form. Outside kiosk mode the request is in the outbox before it leaves: a closed tab loses nothing. */
  private async send(): Promise<void> {
    const api = this.api;
    if (!api || this.phase === 'sending') return;
    const body = bodyOf(this.form.values, this.kind, this.form.key, this.locale);
    this.phase = 'sending';
    this.sendError = undefined;
    this.form.save();
    if (!this.kiosk && outboxAvailable()) {
      const stored = await this.store(body);
      if (stored) return this.sendStored(body);
    }
    try {
      const receipt = await sendInquiry(api, body, this.connectionSignal);
      this.showDone(receipt, body, false);
    } catch (error) {
      if (this.connectionSignal.aborted) return;
      this.refused(error);
    }
  }

  /** Writes the request to the outbox; false where storage refuses (then it is sent directly). */
  private async store(body: InquiryRequest): Promise<boolean> {
    const now = Date.now();
    try {
      await putRecord({
        id: body.idempotency_key,
        endpoint: new URL(this.config.value.endpoint!, document.baseURI).href,
        path: INQUIRIES_PATH,
        locale: this.locale,
        body,
        createdAt: now,
        attempts: 0,
        // The first attempt is this one: the drain leaves it alone meanwhile.
        nextAttemptAt: now + SEND_TIMEOUT_MS + 5_000,
        state: 'pending',
        about: { kind: body.kind, topic: body.topic },
      });
      this.queued = { id: body.idempotency_key, body };
      watchRecord(body.idempotency_key);
      return true;
    } catch {
      return false;
    }
  }

  private async sendStored(body: InquiryRequest): Promise<void> {
    const id = body.idempotency_key;
    let outcome = await attemptRecord(id);
    if (outcome.state === 'gone') {
      // Another drain (a form connecting, the online event) sent it first.
      const record = await getRecord(id).catch(() => undefined);
      if (record?.state === 'delivered') outcome = { state: 'delivered', receipt: record.receipt };
    }
    if (outcome.state === 'delivered') {
      await claimDelivered(id).catch(() => undefined);
      this.showDone(outcome.receipt as InquiryReceipt, body, false);
      return;
    }
    if (!this.isConnected) return; // It stays in the outbox; the next visit sends it.
    const error = outcome.error;
    if (error instanceof HttpError && error.status >= 400 && error.status < 500 && error.status !== 408) {
      // The office refused it as it is: the form still has it all, to correct.
      await removeRecord(id).catch(() => undefined);
      this.forgetQueued();
      this.refused(error);
      return;
    }
    if (outcome.state === 'failed') return void this.refreshOutbox();
    // Offline, no answer, a server failure: it waits on this device.
    this.form.finish();
    this.phase = 'queued';
    this.queuedNote = '';
    this.dispatchEvent(new WwInquiryQueuedEvent({ kind: body.kind, topic: body.topic }));
    void drainOutbox();
    void this.focusOn('#queued-heading');
  }

  /** A failed send: 400 on the fields, anything else explained above the button, nothing typed lost. */
  private refused(error: unknown): void {
    this.phase = 'form';
    if (error instanceof HttpError && error.status === 400) {
      this.form.fail(error.problem, this.messages, errorMessage(error));
    } else {
      this.sendError = error;
    }
  }

  private forgetQueued(): void {
    if (this.queued) unwatchRecord(this.queued.id);
    this.queued = undefined;
  }

  private showDone(receipt: InquiryReceipt, body: InquiryRequest, queued: boolean): void {
    if (this.phase === 'done' && this.done?.reference === receipt?.reference) return;
    if (typeof receipt?.reference !== 'string') {
      // An answer without a reference: sending again (the same key) asks the office for it.
      this.phase = 'form';
      this.sendError = new MalformedResponseError('No reference in the receipt');
      return;
    }
    this.forgetQueued();
    this.form.finish();
    this.done = {
      reference: receipt.reference,
      days: receipt.response_days,
      method: body.contact_method,
      queued,
    };
    this.phase = 'done';
    this.copied = '';
    this.dispatchEvent(
      new WwInquirySubmittedEvent({ reference: receipt.reference, topic: body.topic, kind: body.kind, queued }),
    );
    this.idle.restart();
    void this.focusOn('#done-heading');
  }

  /** After each drain: our queued inquiry's fate, receipts of earlier ones, and refused ones. */
  private async refreshOutbox(): Promise<void> {
    if (this.kiosk || !this.isConnected) return;
    try {
      const mine = this.queued;
      if (mine && this.phase === 'queued') {
        const record = await getRecord(mine.id);
        if (record?.state === 'delivered') {
          const taken = await claimDelivered(mine.id);
          if (taken) this.showDone(taken.receipt as InquiryReceipt, mine.body, true);
        } else if (record?.state === 'pending' && this.queuedNote === 'sending') {
          this.queuedNote = 'still';
        }
      }
      const receipts = await takeDeliveredReceipts();
      for (const r of receipts) {
        const reference = (r.receipt as InquiryReceipt | undefined)?.reference;
        if (!reference) continue;
        this.delivered = [...this.delivered, r];
        this.dispatchEvent(
          new WwInquirySubmittedEvent({
            reference,
            topic: r.about.topic ?? '',
            kind: r.about.kind === 'volunteer' ? 'volunteer' : 'inquiry',
            queued: true,
          }),
        );
      }
      const failed = (await listRecords()).filter((r) => r.state === 'failed');
      // Our own queued inquiry, refused on a retry: back into the form with the office's reasons.
      const own = mine && failed.find((r) => r.id === mine.id);
      if (own && this.phase === 'queued') this.edit(own);
      this.failed = failed.filter((r) => r.id !== this.form.key || this.phase === 'done');
    } catch {
      // Storage went away: nothing to show.
    }
  }

  /** Puts a refused inquiry back into the form, with the office's reasons on its fields. */
  private edit(record: OutboxRecord): void {
    const body = record.body as InquiryRequest;
    this.forgetQueued();
    this.done = undefined;
    this.phase = 'form';
    this.startForm();
    this.form.restore(valuesOf(body), record.id);
    this.failed = this.failed.filter((r) => r.id !== record.id);
    const problem = record.problem;
    this.form.fail(
      problem ? { status: problem.status, title: problem.title, errors: problem.errors } : undefined,
      this.messages,
      msg('The office could not accept this message as it is. Please check it and send it again.', {
        id: 'inquiry.failed.fallback',
      }),
    );
  }

  private async discard(record: OutboxRecord): Promise<void> {
    await removeRecord(record.id).catch(() => undefined);
    this.failed = this.failed.filter((r) => r.id !== record.id);
  }

  private sendNow(): void {
    this.queuedNote = 'sending';
    void drainOutbox(true);
  }

  private async copy(reference: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(reference);
      this.copied = 'yes';
    } catch {
      this.copied = 'no';
      const code = this.renderRoot.querySelector('.reference--big .reference__code');
      if (code) getSelection()?.selectAllChildren(code);
    }
  }

  /** A new, empty form (after a confirmation, and in kiosk mode when left alone). */
  private clearForNextVisitor(): void {
    this.forgetQueued();
    this.form.finish();
    this.done = undefined;
    this.sendError = undefined;
    this.copied = '';
    this.delivered = [];
    this.phase = 'form';
  }

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  // ---- Rendering --------------------------------------------------------------------

  protected override render(): TemplateResult {
    return html`<div part="base" class="base" lang=${this.locale} dir=${this.direction}>
      ${this.renderHeading(this.heading, this.headingText())}
      ${this.config.value.endpoint ? this.renderContent() : this.renderMissingEndpoint()}
    </div>`;
  }

  private headingText(): string {
    if (this.channelLabel) return this.channelLabel;
    return this.kind === 'volunteer'
      ? msg('Become a Community Ambassador', { id: 'inquiry.volunteer.heading' })
      : msg('Ask the office a question', { id: 'inquiry.heading' });
  }

  private renderHeading(level: number, text: string, id?: string): TemplateResult {
    return html`<div
      class="heading"
      role="heading"
      aria-level=${Math.min(6, level)}
      id=${ifDefined(id)}
      tabindex=${ifDefined(id ? -1 : undefined)}
    >
      ${text}
    </div>`;
  }

  private renderContent(): TemplateResult {
    return html`${this.idle.warning ? this.renderKioskWarning() : nothing}
    ${this.delivered.map((r) => this.renderDelivered(r))} ${this.failed.map((r) => this.renderFailed(r))}
    ${
      this.phase === 'done' && this.done
        ? this.renderDone(this.done)
        : this.phase === 'queued'
          ? this.renderQueued()
          : this.renderForm()
    }`;
  }

  private renderKioskWarning(): TemplateResult {
    return html`<div class="kiosk-warning" role="alert">
      <p>
        ${msg('Are you still there? This form will be cleared soon, to keep your message private.', {
          id: 'inquiry.kiosk-warning',
        })}
      </p>
      <button class="button button--primary" type="button" @click=${() => this.idle.restart()}>
        ${msg('Keep it open', { id: 'inquiry.kiosk-continue' })}
      </button>
    </div>`;
  }

  private renderDelivered(r: OutboxRecord): TemplateResult {
    const reference = (r.receipt as InquiryReceipt).reference;
    return html`<div part="notice" class="notice notice--info delivered" role="status">
      <p class="notice__heading">
        ${msg(html`Your message sent earlier was delivered: reference ${renderReference(reference)}`, {
          id: 'inquiry.delivered-earlier',
        })}
      </p>
      <div class="actions">
        <button class="button" type="button" @click=${() => (this.delivered = this.delivered.filter((d) => d !== r))}>
          ${msg('Close this message', { id: 'inquiry.delivered-close' })}
        </button>
      </div>
    </div>`;
  }

  private renderFailed(r: OutboxRecord): TemplateResult {
    const body = (r.body ?? {}) as Partial<InquiryRequest>;
    const text = body.message ?? '';
    const sameKind = (body.kind ?? 'inquiry') === this.kind && this.phase !== 'sending';
    return html`<div part="notice" class="notice notice--error failed" role="alert">
      <p class="notice__heading">
        ${msg('A message saved on this device could not be sent. It needs your attention.', {
          id: 'inquiry.failed.heading',
        })}
      </p>
      ${text ? html`<blockquote class="failed__text">${text}</blockquote>` : nothing}
      ${
        r.problem?.errors.length
          ? html`<ul class="failed__reasons">
              ${r.problem.errors.map((e) => html`<li>${this.messages[e.path]?.() ?? e.message}</li>`)}
            </ul>`
          : nothing
      }
      <div class="actions">
        ${
          sameKind
            ? html`<button class="button button--primary" type="button" @click=${() => this.edit(r)}>
                ${msg('Correct it and send it again', { id: 'inquiry.failed.edit' })}
              </button>`
            : nothing
        }
        <button class="button" type="button" @click=${() => void this.discard(r)}>
          ${msg('Delete it from this device', { id: 'inquiry.failed.delete' })}
        </button>
      </div>
    </div>`;
  }

  private renderHotline(): TemplateResult | typeof nothing {
    return this.hotline
      ? html`<p class="hotline">
          ${msg(html`Prefer to talk? Call the hotline: ${html`<a href=${telHref(this.hotline)}>${this.hotline}</a>`}`, {
            id: 'inquiry.hotline',
          })}
        </p>`
      : nothing;
  }

  private renderForm(): TemplateResult {
    const f = this.form;
    const v = f.values;
    const field = (name: string) => ({
      name,
      value: v[name] ?? '',
      error: f.error(name),
      onInput: (value: string) => f.set(name, value),
    });
    const volunteer = this.kind === 'volunteer';
    const sending = this.phase === 'sending';
    return html`<form part="form" class="form" novalidate @submit=${this.onSubmit}>
      <p class="intro">
        ${
          volunteer
            ? msg(
                'Community Ambassadors help neighbors find the services they need, in their own languages. Tell us how you would like to help.',
                { id: 'inquiry.volunteer.intro' },
              )
            : msg('Write to the office in your language. It is free, and you do not have to give your name.', {
                id: 'inquiry.intro',
              })
        }
      </p>
      ${this.renderHotline()}
      ${f.hasErrors ? renderErrorSummary(f.summary(FIELDS[this.kind]), () => this.renderRoot, this.heading + 1) : nothing}
      ${volunteer ? this.renderVolunteerFields(field) : this.renderInquiryFields(field)}
      <div class="trap" aria-hidden="true">
        <label for="f-website">${msg('Leave this empty', { id: 'inquiry.trap' })}</label>
        <input
          id="f-website"
          name="website"
          tabindex="-1"
          autocomplete="off"
          .value=${v.website ?? ''}
          @input=${(ev: Event) => f.set('website', (ev.target as HTMLInputElement).value)}
        />
      </div>
      ${this.renderPrivacy()} ${this.sendError ? this.renderSendError(this.sendError) : nothing}
      <div class="actions">
        <button part="submit" class="button button--primary" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
          ${
            sending
              ? msg('Sending…', { id: 'inquiry.sending' })
              : volunteer
                ? msg('Sign up', { id: 'inquiry.volunteer.submit' })
                : msg('Send my message', { id: 'inquiry.submit' })
          }
        </button>
      </div>
    </form>`;
  }

  private renderInquiryFields(field: (name: string) => FieldProps): TemplateResult {
    const v = this.form.values;
    const topics = this.offeredTopics();
    const preset = this.presetTopics();
    const fixed = preset.length === 1 ? topics.find((t) => t.code === preset[0]) : undefined;
    return html`${
      preset.length === 1
        ? fixed
          ? html`<p class="topic-fixed">
              ${msg('Topic:', { id: 'inquiry.topic-fixed' })} <strong>${fixed.name}</strong>
            </p>`
          : nothing
        : renderSelect({
            ...field('topic'),
            label: msg('What is your question about?', { id: 'inquiry.topic' }),
            choices: [
              {
                value: '',
                label:
                  this.topicList.state === 'loading'
                    ? msg('Loading topics…', { id: 'inquiry.topic.loading' })
                    : msg('Choose a topic', { id: 'inquiry.topic.choose' }),
              },
              ...topics.map((t) => ({ value: t.code, label: t.name })),
            ],
          })
    }
    ${
      this.topicList.state === 'error'
        ? html`<p class="hint topics-error">
            ${msg('The list of topics could not be loaded. You can still send your message.', {
              id: 'inquiry.topics-error',
            })}
            <button class="link-button" type="button" @click=${() => void this.fetchTopics()}>
              ${msg('Try again', { id: 'action.retry' })}
            </button>
          </p>`
        : nothing
    }
    ${renderTextarea({
      ...field('message'),
      label: msg('Your question or message', { id: 'inquiry.message' }),
      hint: msg('Write in any language. Do not include documents or case numbers.', { id: 'inquiry.message-hint' }),
      maxLength: MESSAGE_MAX,
      locale: this.locale,
      rows: 6,
    })}
    ${this.renderLanguage(field)} ${this.renderContact(field, true)}
    ${renderCheckbox({
      ...field('anonymous'),
      label: msg('I prefer not to give my name', { id: 'inquiry.anonymous' }),
    })}
    ${
      v.anonymous === 'true'
        ? nothing
        : renderInput({
            ...field('name'),
            optional: true,
            label: msg('Your name', { id: 'inquiry.name' }),
            hint: msg('You can leave it empty: the office answers anyway.', { id: 'inquiry.name-hint' }),
            autocomplete: 'name',
          })
    }
    ${this.renderPostcode(field)}`;
  }

  private renderVolunteerFields(field: (name: string) => FieldProps): TemplateResult {
    const interests: Record<(typeof INTERESTS)[number], string> = {
      interpreter: msg('Interpreter', { id: 'inquiry.interest.interpreter' }),
      organizer: msg('Community organizer', { id: 'inquiry.interest.organizer' }),
      'english-conversation': msg('English conversation facilitator', { id: 'inquiry.interest.english' }),
      outreach: msg('Outreach', { id: 'inquiry.interest.outreach' }),
      other: msg('Something else', { id: 'inquiry.interest.other' }),
    };
    const availability: Record<(typeof AVAILABILITY)[number], string> = {
      'weekday-daytime': msg('Weekdays, daytime', { id: 'inquiry.availability.weekday-daytime' }),
      'weekday-evening': msg('Weekday evenings', { id: 'inquiry.availability.weekday-evening' }),
      weekend: msg('Weekends', { id: 'inquiry.availability.weekend' }),
    };
    return html`${renderCheckboxGroup({
      ...field('interests'),
      label: msg('How would you like to help?', { id: 'inquiry.interests' }),
      hint: msg('Choose all that apply.', { id: 'inquiry.choose-all' }),
      choices: INTERESTS.map((value) => ({ value, label: interests[value] })),
    })}
    ${renderCheckboxGroup({
      ...field('languages_spoken'),
      optional: true,
      label: msg('Languages you speak', { id: 'inquiry.languages-spoken' }),
      columns: true,
      choices: this.languageChoices(),
    })}
    ${renderCheckboxGroup({
      ...field('availability'),
      optional: true,
      label: msg('When are you available?', { id: 'inquiry.availability' }),
      choices: AVAILABILITY.map((value) => ({ value, label: availability[value] })),
    })}
    ${renderInput({ ...field('name'), label: msg('Your name', { id: 'inquiry.name' }), autocomplete: 'name' })}
    ${this.renderContact(field, false)} ${this.renderLanguage(field)} ${this.renderPostcode(field)}
    ${renderTextarea({
      ...field('message'),
      optional: true,
      label: msg('Anything else you want to tell us', { id: 'inquiry.volunteer.message' }),
      maxLength: MESSAGE_MAX,
      locale: this.locale,
    })}`;
  }

  private languageChoices(): Choice[] {
    return allLocales.map((code) => ({ value: code, label: languageNames[code].endonym, lang: code }));
  }

  private renderLanguage(field: (name: string) => FieldProps): TemplateResult {
    return renderSelect({
      ...field('preferred_language'),
      label: msg('Language for the answer', { id: 'inquiry.language' }),
      autocomplete: 'language',
      choices: this.languageChoices(),
    });
  }

  private renderContact(field: (name: string) => FieldProps, allowNone: boolean): TemplateResult {
    const method = this.form.values.contact_method;
    const choices: Choice[] = [
      { value: 'phone', label: msg('By phone call', { id: 'inquiry.contact.phone' }) },
      { value: 'text', label: msg('By text message', { id: 'inquiry.contact.text' }) },
      { value: 'email', label: msg('By email', { id: 'inquiry.contact.email' }) },
    ];
    if (allowNone) {
      choices.push({ value: 'none', label: msg('Do not contact me: I will call', { id: 'inquiry.contact.none' }) });
    }
    return html`${renderRadioGroup({
      ...field('contact_method'),
      label: msg('How should the office contact you?', { id: 'inquiry.contact' }),
      choices,
    })}
    ${
      needsPhone(method)
        ? renderInput({
            ...field('phone'),
            type: 'tel',
            autocomplete: 'tel',
            label:
              method === 'text'
                ? msg('Mobile phone number for text messages', { id: 'inquiry.phone-text' })
                : msg('Phone number', { id: 'inquiry.phone' }),
          })
        : nothing
    }
    ${
      method === 'email'
        ? renderInput({
            ...field('email'),
            type: 'email',
            autocomplete: 'email',
            label: msg('Email address', { id: 'inquiry.email' }),
          })
        : nothing
    }
    ${
      method === 'none'
        ? html`<p class="hint">
            ${msg('You will get a reference code: call the hotline with it to hear the answer.', {
              id: 'inquiry.contact.none-hint',
            })}
          </p>`
        : method
          ? renderCheckbox({
              ...field('consent'),
              label: msg('I agree that the office may contact me this way about my message.', {
                id: 'inquiry.consent',
              }),
            })
          : nothing
    }`;
  }

  private renderPostcode(field: (name: string) => FieldProps): TemplateResult {
    return renderInput({
      ...field('postcode'),
      optional: true,
      label: msg('ZIP code', { id: 'inquiry.postcode' }),
      hint: msg('Helps the office find help near you.', { id: 'inquiry.postcode-hint' }),
      autocomplete: 'postal-code',
    });
  }

  private renderPrivacy(): TemplateResult {
    return html`<div part="privacy" class="privacy">
      <p class="privacy__title">${msg('Your privacy', { id: 'inquiry.privacy.title' })}</p>
      <ul>
        <li>
          ${msg('We keep your message, and your name and contact details only if you give them.', {
            id: 'inquiry.privacy.what',
          })}
        </li>
        <li>${msg('Your name and contact details are erased after one year.', { id: 'inquiry.privacy.how-long' })}</li>
        <li>${msg("Only the office's staff see it.", { id: 'inquiry.privacy.who' })}</li>
        <li>
          <strong
            >${msg('Nobody will ask about your immigration status, and this form never asks for it.', {
              id: 'inquiry.privacy.status',
            })}</strong
          >
        </li>
      </ul>
    </div>`;
  }

  private renderSendError(error: unknown): TemplateResult {
    const n = (value: number) => new Intl.NumberFormat(this.locale).format(value);
    if (error instanceof HttpError && error.status === 413) {
      return renderNotice({
        tone: 'error',
        heading: msg('Your message is too long to send. Please make it shorter, then send it again.', {
          id: 'inquiry.error.too-large',
        }),
      });
    }
    if (error instanceof HttpError && error.status === 429) {
      const seconds = Math.max(1, Math.ceil(error.retryAfter ?? 60));
      return renderNotice({
        tone: 'error',
        heading: msg(
          str`Too many messages were sent from here. Please wait ${n(seconds)} seconds, then send it again.`,
          {
            id: 'inquiry.error.rate-limited',
          },
        ),
        detail: msg('Nothing you typed is lost.', { id: 'inquiry.error.kept' }),
      });
    }
    const correctable = error instanceof HttpError && error.status >= 400 && error.status < 500;
    return renderNotice({
      tone: 'error',
      heading: msg('Your message was not sent. Nothing you typed is lost.', { id: 'inquiry.error.not-sent' }),
      detail: errorMessage(error),
      action: correctable
        ? undefined
        : { label: msg('Try again', { id: 'action.retry' }), onClick: () => void this.send() },
    });
  }

  private renderQueued(): TemplateResult {
    const note = this.queuedNote;
    return html`<section part="queued" class="queued" aria-labelledby="queued-heading">
      ${this.renderHeading(this.heading + 1, msg('Your message is saved on this device', { id: 'inquiry.queued.heading' }), 'queued-heading')}
      <p>
        ${msg(
          'The office could not be reached just now. Your message will be sent automatically when the connection is back: while this page is open, or the next time you open a page with this form.',
          { id: 'inquiry.queued.body' },
        )}
      </p>
      <p>${msg('You will then see your reference code here.', { id: 'inquiry.queued.reference' })}</p>
      <div class="actions">
        <button
          class="button button--primary send-now"
          type="button"
          aria-disabled=${note === 'sending' ? 'true' : 'false'}
          @click=${() => note !== 'sending' && this.sendNow()}
        >
          ${note === 'sending' ? msg('Sending…', { id: 'inquiry.sending' }) : msg('Send now', { id: 'inquiry.queued.send-now' })}
        </button>
      </div>
      <p class="status" role="status">
        ${note === 'still' ? msg('Still not sent. It will be sent automatically.', { id: 'inquiry.queued.still' }) : ''}
      </p>
      ${this.renderHotline()}
    </section>`;
  }

  private renderDone(d: Done): TemplateResult {
    const volunteer = this.kind === 'volunteer';
    const days = this.responseTime && this.responseTime > 0 ? this.responseTime : d.days || this.responseDays;
    const within = new Intl.NumberFormat(this.locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days);
    const by: Record<ContactMethod, string> = {
      phone: msg('by phone', { id: 'inquiry.by.phone' }),
      text: msg('by text message', { id: 'inquiry.by.text' }),
      email: msg('by email', { id: 'inquiry.by.email' }),
      none: '',
    };
    return html`<section part="confirmation" class="confirmation" aria-labelledby="done-heading">
      ${this.renderHeading(
        this.heading + 1,
        volunteer
          ? msg('Thank you for signing up', { id: 'inquiry.done.volunteer' })
          : msg('Your message was sent', { id: 'inquiry.done.heading' }),
        'done-heading',
      )}
      ${
        d.queued
          ? html`<p>${msg('It was saved on this device and has now arrived.', { id: 'inquiry.done.queued' })}</p>`
          : nothing
      }
      <p class="reference-line">
        ${msg('Your reference:', { id: 'inquiry.done.reference' })} ${renderReference(d.reference, true)}
      </p>
      <p>${msg('Keep it: the office uses it to find your message.', { id: 'inquiry.done.keep' })}</p>
      <p class="next">
        ${
          d.method === 'none'
            ? this.hotline
              ? msg(
                  html`You chose no contact: call the hotline
                  ${html`<a href=${telHref(this.hotline)}>${this.hotline}</a>`} with your reference.`,
                  {
                    id: 'inquiry.done.none-hotline',
                  },
                )
              : msg('You chose no contact: call the office with your reference.', { id: 'inquiry.done.none' })
            : days
              ? msg(str`The office answers ${by[d.method]} within ${within}, not counting weekends and holidays.`, {
                  id: 'inquiry.done.next',
                })
              : msg(str`The office answers ${by[d.method]}.`, { id: 'inquiry.done.next-no-days' })
        }
      </p>
      <div class="actions">
        <button class="button print" type="button" @click=${() => printOnly(this)}>
          ${msg('Print', { id: 'inquiry.print' })}
        </button>
        <button class="button copy" type="button" @click=${() => void this.copy(d.reference)}>
          ${msg('Copy the reference', { id: 'inquiry.copy' })}
        </button>
        <button
          class="button again"
          type="button"
          @click=${async () => {
            this.clearForNextVisitor();
            await this.focusOn('form [id^="f-"]:not([tabindex="-1"])');
          }}
        >
          ${volunteer ? msg('Back to the form', { id: 'inquiry.again.volunteer' }) : msg('Send another message', { id: 'inquiry.again' })}
        </button>
      </div>
      <p class="hint copied" role="status">
        ${
          this.copied === 'yes'
            ? msg('Reference copied.', { id: 'inquiry.copied' })
            : this.copied === 'no'
              ? msg('Copying did not work: please write the reference down.', { id: 'inquiry.copy-failed' })
              : ''
        }
      </p>
    </section>`;
  }
}

interface FieldProps {
  name: string;
  value: string;
  error: string | undefined;
  onInput: (value: string) => void;
}

export type { ContactMethod, InquiryKind };
