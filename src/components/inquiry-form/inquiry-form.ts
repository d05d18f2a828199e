import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { WwDataElement } from '../../core/data-element.js';
import { errorMessage } from '../../core/error-message.js';
import { MalformedResponseError } from '../../core/errors.js';
import { FormState } from '../../core/forms/form-state.js';
import { headingLevel, renderHeading } from '../../core/heading.js';
import { renderTrap, type FieldsContext } from '../../core/forms/fields.js';
import { renderInLocale } from '../../core/locale.js';
import { msg } from '../../core/localize.js';
import { listRecords, outboxAvailable, outboxEvents } from '../../core/outbox/store.js';
import { formStyles } from '../../core/styles/form.js';
import { buttonStyles } from '../../core/styles/button.js';
import { noticeStyles } from '../../core/styles/notice.js';
import { catalogue as formsCatalogue } from '../../generated/locales/forms/index.js';
import { catalogue as inquiryCatalogue } from '../../generated/locales/inquiry/index.js';
import { loadTopics, type ContactMethod, type InquiryKind, type Topic } from './inquiry-form.api.js';
import { inquiryFormStyles } from './inquiry-form.styles.js';
import { INQUIRY_FIELDS, renderInquiryFields } from './parts/fields.js';
import { renderHotline } from './parts/hotline.js';
import type { Kiosk } from './parts/kiosk.js';
import { renderPrivacy } from './parts/privacy.js';
import type { OutboxView } from './parts/outbox-view.js';
import type { Submission, SubmissionContext } from './parts/submission.js';

/** Seconds a kiosk confirmation (or an abandoned form) stays before the form clears itself. */
const KIOSK_TIMEOUT = 120;

/**
 * The parts a visitor may never need, each its own chunk, loaded on demand:
 * sending and its results (when the visitor first focuses the form), the
 * sign-up's fields (`kind="volunteer"`), the outbox's sending machinery (when
 * it holds something, or on focus: a send that fails offline is then still
 * retried while the page is open) and its notices (after a drain).
 */
const load = {
  submission: () => import('./parts/submission.js'),
  volunteer: () => import('./parts/volunteer.js'),
  sender: () => import('../../core/outbox/sender.js'),
  outboxView: () => import('./parts/outbox-view.js'),
  kiosk: () => import('./parts/kiosk.js'),
};
const ignore = () => undefined;

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
 * and the status token (each read out character by character), what happens
 * next, Print and Copy, and with `status-href` a link to the status page.
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
  static override styles = [...WwDataElement.styles, buttonStyles, noticeStyles, formStyles, inquiryFormStyles];

  static override get properties(): PropertyDeclarations {
    return {
      ...WwDataElement.properties,
      kind: {},
      topics: {},
      hotline: {},
      channelLabel: { attribute: 'channel-label' },
      responseTime: { type: Number, attribute: 'response-time' },
      kiosk: { type: Boolean },
      kioskTimeout: { type: Number, attribute: 'kiosk-timeout' },
      headingLevel: { type: Number, attribute: 'heading-level' },
      statusHref: { attribute: 'status-href' },
      partError: { state: true },
    };
  }

  /** `inquiry` (default) or `volunteer` (the Community Ambassadors sign-up). */
  kind: InquiryKind = 'inquiry';
  /** Topic codes to offer, comma-separated; with one code, the topic is set and not asked. */
  topics = '';
  /** The office's phone number, offered as the alternative (and for "no contact"). */
  hotline = '';
  /** The form's heading, naming the office's channel (for example "Ask the Mayor's Office"). */
  channelLabel = '';
  /** Business days within which the office answers; overrides the server's `response_days`. */
  responseTime?: number | undefined;
  /** For shared computers: nothing is stored anywhere, and the form clears itself after inactivity. */
  kiosk = false;
  /** Seconds without activity before a kiosk form clears itself. */
  kioskTimeout = KIOSK_TIMEOUT;
  /** Level of the form's heading. */
  headingLevel = 2;
  /** The page that shows `<ww-inquiry-status>`: the confirmation links to it with the reference (`#reference=`). */
  statusHref = '';

  /** Sending's code could not be loaded (offline since the page opened): said, with a retry. */
  private partError: unknown;

  private readonly form = new FormState(this, { persist: () => !this.kiosk });
  private formLocale = '';
  /** The topics to choose from, in the UI language; those shown stay when a new language's fail to load. */
  private readonly topicList = this.loader(
    () => (this.kind === 'inquiry' ? [] : undefined),
    (_, api, signal) => loadTopics(api, signal),
  );
  /** The loaded parts (see `load`). */
  private submission: Submission | undefined;
  private submissionLoad: Promise<Submission> | undefined;
  private volunteer: Awaited<ReturnType<typeof load.volunteer>> | undefined;
  private outbox: OutboxView | undefined;
  // Offline before the notices' code loaded: a "Send now" hears "still not sent"; the next drain loads it again.
  private readonly onOutboxChange = () => void this.refreshOutbox().catch(() => this.submission?.notYet());

  private idle: Kiosk | undefined;
  private kioskLoad: Promise<void> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // After the current task: React (through @lit/react) sets `kiosk` just after inserting the element.
    queueMicrotask(() => this.watchOutbox());
  }

  private watchOutbox(): void {
    if (!this.isConnected || this.kiosk || !outboxAvailable()) return;
    outboxEvents.addEventListener('change', this.onOutboxChange);
    this.submission?.watch(true);
    // Every form sends what earlier visits left in the outbox, then says what arrived; most find it empty.
    listRecords()
      .then((records) => (records.length ? this.startOutbox(true) : undefined))
      .catch(ignore);
  }

  override disconnectedCallback(): void {
    outboxEvents.removeEventListener('change', this.onOutboxChange);
    this.submission?.watch(false);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.kind !== 'volunteer') this.kind = 'inquiry';
    if (this.kiosk) {
      this.kioskLoad ??= load.kiosk().then(({ Kiosk }) => {
        this.idle = new Kiosk(this, {
          enabled: () => this.kiosk && (this.submission?.phase === 'done' || this.typed()),
          idleMs: () => Math.max(1, this.kioskTimeout || KIOSK_TIMEOUT) * 1000,
          reset: () => this.clearForNextVisitor(),
        });
      }, ignore);
    }
    if (this.kind === 'volunteer' && !this.volunteer) {
      load
        .volunteer()
        .then((part) => {
          this.volunteer = part;
          this.requestUpdate();
        })
        .catch((error: unknown) => (this.partError = error));
    }
    const phase = this.submission?.phase ?? 'form';
    if (phase === 'form' || phase === 'sending') this.startForm();
    // The answer's language follows the UI language until the visitor chooses one.
    const v = this.form.values;
    if (this.formLocale && this.formLocale !== this.locale && v.preferred_language === this.formLocale) {
      this.form.values = { ...v, preferred_language: this.locale };
    }
    this.formLocale = this.locale;
  }

  private startForm(): void {
    const presets = this.presetTopics();
    // Fields start empty, but the topic (when preset) and the answer's language (the UI's).
    this.form.start(`inquiry:${this.kind}`, {
      topic: presets.length === 1 ? presets[0]! : '',
      preferred_language: this.locale,
    });
  }

  private presetTopics(): string[] {
    return this.topics.split(/[\s,]+/).filter(Boolean);
  }

  /** The topics to offer: the server's, limited by `topics`; "something else" alone when they did not load. */
  private offeredTopics(): Topic[] {
    const t = this.topicList;
    if (!t.value && t.status !== 'error') return [];
    const items = t.value?.items ?? [{ code: 'other', name: msg('Something else', { id: 'inquiry.topic.other' }) }];
    const presets = this.presetTopics();
    const limited = items.filter((item) => presets.includes(item.code));
    return presets.length && limited.length ? limited : items;
  }

  private get heading(): number {
    return headingLevel(this.headingLevel, 2);
  }

  /** Whether the visitor has typed or chosen anything (kiosk: then the form clears itself when left). */
  private typed(): boolean {
    const v = this.form.values;
    return ['message', 'name', 'phone', 'email', 'postcode', 'interests', 'languages_spoken', 'contact_method'].some(
      (name) => Boolean(v[name]),
    );
  }

  // ---- The parts loaded on demand -------------------------------------------------------

  /** Sending's code, loaded once (again after a failure). */
  private loadSubmission(): Promise<Submission> {
    this.submissionLoad ??= load.submission().then(
      ({ Submission }) => (this.submission ??= new Submission(this.submissionContext())),
      (error: unknown) => {
        this.submissionLoad = undefined;
        throw error;
      },
    );
    return this.submissionLoad;
  }

  private submissionContext(): SubmissionContext {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below read the element's private state.
    const el = this;
    return {
      host: this,
      form: this.form,
      get level() {
        return el.heading + 1;
      },
      get topicDays() {
        return el.topicList.value?.response_days ?? 0;
      },
      get api() {
        return el.api;
      },
      get endpoint() {
        return el.config.value.endpoint;
      },
      get signal() {
        return el.connectionSignal;
      },
      // Also called when an answer comes, outside a render: in the widget's language all the same.
      describe: (error) => renderInLocale(this.locale, () => errorMessage(error)),
      malformed: () => new MalformedResponseError('No reference in the receipt'),
      startForm: () => this.startForm(),
      startOutbox: (force) => this.startOutbox(force),
      restartIdle: () => this.idle?.restart(),
      again: () => this.clearForNextVisitor(),
    };
  }

  /** On first focus: sending's code, and outside kiosk mode the outbox's, while the network is surely there. */
  private readonly warmUp = () => {
    this.loadSubmission().catch(ignore);
    if (!this.kiosk && outboxAvailable()) load.sender().catch(ignore);
  };

  private onSubmit(event: Event): void {
    event.preventDefault();
    this.partError = undefined;
    // Checked at once when sending's code is here (it loads on the first focus), else as soon as it is.
    if (this.submission) return this.submission.submit();
    this.loadSubmission().then(
      (submission) => submission.submit(),
      (error: unknown) => (this.partError = error),
    );
  }

  /**
   * Loads the outbox's sending machinery and drains it (all of it with `force`, else what is due). False when it
   * could not load (offline before it ever did): the next visit sends what is kept.
   */
  private startOutbox(force: boolean): Promise<boolean> {
    return load
      .sender()
      .then((sender) => sender.startOutbox(force))
      .then(
        () => true,
        () => false,
      );
  }

  /** After each drain: the outbox's notices (their code loads with the first). */
  private async refreshOutbox(): Promise<void> {
    if (this.kiosk || !this.isConnected) return;
    // The notices use sending's words (a refused record's reasons) and its way back into the form.
    const [{ OutboxView }, submission] = await Promise.all([load.outboxView(), this.loadSubmission()]);
    this.outbox ??= new OutboxView(submission);
    await this.outbox.refresh();
  }

  /** A new, empty form (after a confirmation, and in kiosk mode when left alone). */
  private clearForNextVisitor(): void {
    this.submission?.reset();
    this.form.finish();
    this.outbox?.clear();
    this.requestUpdate();
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
      ${
        this.config.value.endpoint
          ? html`${this.idle?.render() ?? nothing} ${this.outbox?.render() ?? nothing}
            ${this.submission?.renderResult() ?? this.renderForm()}`
          : this.renderMissingEndpoint()
      }
    </div>`;
  }

  private renderForm(): TemplateResult | typeof nothing {
    const volunteer = this.kind === 'volunteer';
    // The sign-up's fields are in their own chunk: the form shows once they are here.
    if (volunteer && !this.volunteer) return this.partError ? this.renderError(this.partError) : nothing;
    const f = this.form;
    const v = f.values;
    const ctx: FieldsContext = { locale: this.locale, values: v, field: (name) => f.field(name) };
    const presets = this.presetTopics();
    const sending = this.submission?.phase === 'sending';
    return html`<form part="form" class="form" novalidate @submit=${this.onSubmit} @focusin=${this.warmUp}>
      <p class="intro">
        ${
          volunteer
            ? this.volunteer!.intro()
            : msg('Write to the office in your language. It is free, and you do not have to give your name.', {
                id: 'inquiry.intro',
              })
        }
      </p>
      ${renderHotline.call(this)}
      ${this.submission?.renderSummary(volunteer ? this.volunteer!.VOLUNTEER_FIELDS : INQUIRY_FIELDS)}
      ${
        volunteer
          ? this.volunteer!.renderVolunteerFields(ctx)
          : renderInquiryFields({
              ...ctx,
              topics: this.offeredTopics(),
              preset: presets.length === 1 ? presets[0] : undefined,
              topicsState: this.topicList.value ? 'ready' : this.topicList.status === 'error' ? 'error' : 'loading',
              retryTopics: () => {
                // The problem (and its button) goes while loading: focus waits on the topic, else the message.
                this.renderRoot.querySelector<HTMLElement>('#f-topic, #f-message')?.focus();
                void this.topicList.run();
              },
            })
      }
      ${renderTrap(v.website, (value) => f.set('website', value), msg('Leave this empty', { id: 'inquiry.trap' }))}
      ${renderPrivacy()}
      ${
        this.partError
          ? this.renderError(this.partError, () => this.renderRoot.querySelector('form')?.requestSubmit())
          : (this.submission?.renderError() ?? nothing)
      }
      <div class="actions">
        <button part="submit" class="button button--primary" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
          ${
            sending
              ? msg('Sending…', { id: 'inquiry.sending' })
              : volunteer
                ? this.volunteer!.submitLabel()
                : msg('Send my message', { id: 'inquiry.submit' })
          }
        </button>
      </div>
    </form>`;
  }
}

export type { ContactMethod, InquiryKind };
