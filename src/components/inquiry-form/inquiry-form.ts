import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { WwDataElement } from '../../core/data-element.js';
import { errorMessage } from '../../core/error-message.js';
import { HttpError, MalformedResponseError } from '../../core/errors.js';
import type { Draft } from '../../core/forms/draft-store.js';
import { renderErrorSummary } from '../../core/forms/error-summary.js';
import { FormController } from '../../core/forms/form-controller.js';
import type { Message } from '../../core/forms/validators.js';
import { LazyKiosk } from '../../core/kiosk.js';
import { msg } from '../../core/localize.js';
import {
  listRecords,
  outboxAvailable,
  outboxEvents,
  postpone,
  putRecord,
  removeRecord,
  SEND_TIMEOUT_MS,
  unwatchRecord,
  watchRecord,
  type OutboxRecord,
} from '../../core/outbox/store.js';
import { formStyles } from '../../core/styles/form.js';
import { noticeStyles } from '../../core/styles/notice.js';
import { WwInquiryQueuedEvent } from '../../events/inquiry-queued.js';
import { WwInquirySubmittedEvent } from '../../events/inquiry-submitted.js';
import { catalogue as formsCatalogue } from '../../generated/locales/forms/index.js';
import { catalogue as inquiryCatalogue } from '../../generated/locales/inquiry/index.js';
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
import type { Done } from './parts/confirmation.js';
import { renderInquiryFields, type FieldsContext } from './parts/fields.js';
import { renderHeading, renderHotline, renderKioskWarning, renderPrivacy, renderSendError } from './parts/notices.js';
import type { OutboxContext, OutboxView } from './parts/outbox-view.js';
import { renderQueued } from './parts/queued.js';
import { inquiryMessages, inquiryRules } from './parts/rules.js';
import { bodyOf, FIELDS } from './parts/values.js';

type Phase = 'form' | 'sending' | 'queued' | 'done';
type Topics = { state: 'loading' } | { state: 'ready'; items: Topic[]; days: number } | { state: 'error' };

/** Seconds a kiosk confirmation (or an abandoned form) stays before the form clears itself. */
const KIOSK_TIMEOUT = 120;

/**
 * Parts loaded when first needed, each its own chunk: the sign-up's fields,
 * the confirmation (while the request is out), the outbox's sending machinery
 * (once the visitor types: a send that fails offline can then still be retried
 * while the page is open) and its notices (after a drain).
 */
const load = {
  volunteer: () => import('./parts/volunteer.js'),
  confirmation: () => import('./parts/confirmation.js'),
  sender: () => import('../../core/outbox/sender.js'),
  outboxView: () => import('./parts/outbox-view.js'),
};
const ignore = () => undefined;
const logLoadError = (error: unknown) =>
  console.error('[welcome-widgets] <ww-inquiry-form> could not load a part.', error);

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
  private copied: '' | 'yes' | 'no' = '';

  private readonly form = new FormController(this, { persist: () => !this.kiosk });
  /** The queued inquiry's record id and request (kept in memory for its confirmation). */
  private queued: { id: string; body: InquiryRequest } | undefined;
  private topicsLocale = '';
  private formLocale = '';
  private topicsRequest: AbortController | undefined;
  /** The loaded parts (see `load`). */
  private volunteer: Awaited<ReturnType<typeof load.volunteer>> | undefined;
  private confirmation: Awaited<ReturnType<typeof load.confirmation>> | undefined;
  private outbox: OutboxView | undefined;
  private readonly onOutboxChange = () => void this.refreshOutbox();
  private readonly warmUp = () => void (!this.kiosk && outboxAvailable() && load.sender().catch(ignore));

  private readonly idle = new LazyKiosk(this, {
    enabled: () => this.kiosk && (this.phase === 'done' || this.typed()),
    idleMs: () => Math.max(1, this.kioskTimeout || KIOSK_TIMEOUT) * 1000,
    reset: () => this.clearForNextVisitor(),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.kiosk || !outboxAvailable()) return;
    outboxEvents.addEventListener('change', this.onOutboxChange);
    if (this.queued) watchRecord(this.queued.id);
    // Every form sends what earlier visits left in the outbox, then says what arrived; most find it empty.
    listRecords()
      .then((records) => (records.length ? this.startOutbox(true) : undefined))
      .catch(ignore);
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
    this.idle.sync(this.kiosk);
    if (this.kind === 'volunteer' && !this.volunteer) {
      load
        .volunteer()
        .then((part) => {
          this.volunteer = part;
          this.requestUpdate();
        })
        .catch(logLoadError);
    }
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
    // Every field empty (the sign-up's list has all but three), the topic preset, the answer in the UI language.
    this.form.start(`inquiry:${this.kind}`, {
      ...Object.fromEntries(FIELDS.volunteer.map((name) => [name, ''])),
      topic: presets.length === 1 ? presets[0]! : '',
      preferred_language: this.locale,
      anonymous: '',
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

  /** The form's own words for each field the server may refuse. */
  private get messages(): Record<string, Message> {
    const own = this.kind === 'volunteer' ? this.volunteer?.volunteerMessages.call(this) : undefined;
    return { ...inquiryMessages(this.locale), ...own };
  }

  // ---- Sending ----------------------------------------------------------------------

  private onSubmit(event: Event): void {
    event.preventDefault();
    if (this.phase === 'sending') return;
    this.sendError = undefined;
    const rules = this.kind === 'volunteer' ? this.volunteer!.volunteerRules : inquiryRules;
    if (this.form.check(rules(this.form.values, this.messages, this.locale))) void this.send();
  }

  /**
   * Sends the form straight to the office. Outside kiosk mode the request is
   * written to the outbox before it leaves (a closed tab loses nothing) and
   * stays there when the office cannot be reached.
   */
  private async send(): Promise<void> {
    const api = this.api;
    if (!api || this.phase === 'sending') return;
    const body = bodyOf(this.form.values, this.kind, this.form.key, this.locale);
    const id = body.idempotency_key;
    this.phase = 'sending';
    this.sendError = undefined;
    this.form.save();
    void this.loadConfirmation();
    const kept = !this.kiosk && outboxAvailable() && (await this.keep(body));
    try {
      const receipt = await sendInquiry(api, body, this.connectionSignal);
      if (kept) await removeRecord(id).catch(ignore);
      this.showDone(receipt, body, false);
    } catch (error) {
      // Gone from the page: a kept request is sent on the next visit.
      if (this.connectionSignal.aborted) return;
      if (kept && !(error instanceof HttpError && error.status >= 400 && error.status < 500 && error.status !== 408)) {
        // Offline, no answer, a server failure: it waits on this device.
        await postpone(id).catch(ignore);
        this.form.finish();
        this.phase = 'queued';
        this.queuedNote = '';
        this.dispatchEvent(new WwInquiryQueuedEvent({ kind: body.kind, topic: body.topic }));
        void this.startOutbox(false);
        void this.focusOn('#queued-heading');
        return;
      }
      // The office refused it as it is: the form still has it all, to correct.
      if (kept) await removeRecord(id).catch(ignore);
      this.forgetQueued();
      this.phase = 'form';
      if (error instanceof HttpError && error.status === 400) {
        this.form.fail(error.problem, this.messages, errorMessage(error));
      } else {
        this.sendError = error;
      }
    }
  }

  /** Writes the request to the outbox; false where storage refuses (then it is only sent). */
  private async keep(body: InquiryRequest): Promise<boolean> {
    const now = Date.now();
    const record: OutboxRecord = {
      id: body.idempotency_key,
      endpoint: new URL(this.config.value.endpoint!, document.baseURI).href,
      path: INQUIRIES_PATH,
      locale: this.locale,
      body,
      createdAt: now,
      attempts: 0,
      // The first attempt is this one: drains leave it alone meanwhile.
      nextAttemptAt: now + SEND_TIMEOUT_MS + 5_000,
      state: 'pending',
      about: { kind: body.kind, topic: body.topic },
    };
    try {
      await putRecord(record);
    } catch {
      return false;
    }
    this.queued = { id: record.id, body };
    watchRecord(record.id);
    return true;
  }

  /** Loads the sending machinery and drains the outbox (all of it with `force`, else what is due). */
  private startOutbox(force: boolean): Promise<void> {
    return load
      .sender()
      .then((sender) => sender.startOutbox(force))
      .catch(() => {
        // Offline before the machinery loaded: the next visit sends what is kept.
        if (this.queuedNote === 'sending') this.queuedNote = 'still';
      });
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
    this.done = { reference: receipt.reference, days: receipt.response_days, method: body.contact_method, queued };
    this.phase = 'done';
    this.copied = '';
    this.dispatchEvent(
      new WwInquirySubmittedEvent({ reference: receipt.reference, topic: body.topic, kind: body.kind, queued }),
    );
    this.idle.restart();
    void this.loadConfirmation().then(() => this.focusOn('#done-heading'));
  }

  private loadConfirmation(): Promise<void> {
    return load
      .confirmation()
      .then((part) => {
        this.confirmation = part;
        this.requestUpdate();
      })
      .catch(logLoadError);
  }

  /** After each drain: the outbox's notices (their code loads with the first). */
  private async refreshOutbox(): Promise<void> {
    if (this.kiosk || !this.isConnected) return;
    const { OutboxView } = await load.outboxView();
    this.outbox ??= new OutboxView(this.outboxContext());
    await this.outbox.refresh();
  }

  private outboxContext(): OutboxContext {
    return {
      host: this,
      kind: () => this.kind,
      queued: () => (this.phase === 'queued' ? this.queued : undefined),
      formKey: () => this.form.key,
      phase: () => this.phase,
      messages: () => this.messages,
      arrived: (receipt, body) => this.showDone(receipt, body, true),
      notYet: () => {
        if (this.queuedNote === 'sending') this.queuedNote = 'still';
      },
      restore: (values: Draft, key, problem, fallback) => {
        this.forgetQueued();
        this.done = undefined;
        this.phase = 'form';
        this.startForm();
        this.form.restore(values, key);
        this.form.fail(problem && { ...problem }, this.messages, fallback);
      },
    };
  }

  /** A new, empty form (after a confirmation, and in kiosk mode when left alone). */
  private clearForNextVisitor(): void {
    this.forgetQueued();
    this.form.finish();
    this.done = undefined;
    this.sendError = undefined;
    this.copied = '';
    this.outbox?.clear();
    this.phase = 'form';
  }

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  // ---- Rendering --------------------------------------------------------------------

  protected override render(): TemplateResult {
    const title =
      this.channelLabel ||
      (this.kind === 'volunteer'
        ? msg('Become a Community Ambassador', { id: 'inquiry.volunteer.heading' })
        : msg('Ask the office a question', { id: 'inquiry.heading' }));
    return html`<div part="base" class="base" lang=${this.locale} dir=${this.direction}>
      ${renderHeading(this.heading, title)}
      ${this.config.value.endpoint ? this.renderContent() : this.renderMissingEndpoint()}
    </div>`;
  }

  private renderContent(): TemplateResult {
    return html`${this.idle.warning ? renderKioskWarning(() => this.idle.restart()) : nothing}
    ${this.outbox?.render() ?? nothing}
    ${
      this.phase === 'done' && this.done
        ? this.renderDone(this.done)
        : this.phase === 'queued'
          ? renderQueued({
              hotline: this.hotline,
              level: this.heading + 1,
              note: this.queuedNote,
              sendNow: () => {
                this.queuedNote = 'sending';
                void this.startOutbox(true);
              },
            })
          : this.renderForm()
    }`;
  }

  private renderDone(d: Done): TemplateResult | typeof nothing {
    const part = this.confirmation;
    if (!part) return nothing; // on its way
    const t = this.topicList;
    return part.renderDone.call(
      {
        host: this,
        hotline: this.hotline,
        locale: this.locale,
        kind: this.kind,
        level: this.heading + 1,
        days:
          this.responseTime && this.responseTime > 0 ? this.responseTime : d.days || (t.state === 'ready' ? t.days : 0),
        copied: this.copied,
        copy: (reference) => void part.copyReference(this.renderRoot, reference).then((c) => (this.copied = c)),
        again: async () => {
          this.clearForNextVisitor();
          await this.focusOn('form [id^="f-"]:not([tabindex="-1"])');
        },
      },
      d,
    );
  }

  private renderForm(): TemplateResult | typeof nothing {
    const volunteer = this.kind === 'volunteer';
    // The sign-up's fields are in their own chunk: the form shows once they are here.
    if (volunteer && !this.volunteer) return nothing;
    const f = this.form;
    const v = f.values;
    const ctx: FieldsContext = {
      locale: this.locale,
      values: v,
      field: (name) => ({ name, value: v[name] ?? '', error: f.error(name), onInput: (value) => f.set(name, value) }),
    };
    const presets = this.presetTopics();
    const sending = this.phase === 'sending';
    return html`<form part="form" class="form" novalidate @submit=${this.onSubmit} @input=${this.warmUp}>
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
      ${renderHotline.call(this)}
      ${f.hasErrors ? renderErrorSummary(f.summary(FIELDS[this.kind]), () => this.renderRoot, this.heading + 1) : nothing}
      ${
        volunteer
          ? this.volunteer!.renderVolunteerFields(ctx)
          : renderInquiryFields({
              ...ctx,
              topics: this.offeredTopics(),
              preset: presets.length === 1 ? presets[0] : undefined,
              topicsState: this.topicList.state,
              retryTopics: () => void this.fetchTopics(),
            })
      }
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
      ${renderPrivacy()}
      ${this.sendError ? renderSendError(this.sendError, this.locale, () => void this.send()) : nothing}
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
}

export type { ContactMethod, InquiryKind };
