import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { DataController } from '../../core/data-controller.js';
import { renderRadioGroup, renderSelect } from '../../core/forms/fields.js';
import { newIdempotencyKey } from '../../core/forms/idempotency.js';
import { msg, str } from '../../core/localize.js';
import { clearDeskDraft, loadDeskDraft, saveDeskDraft } from '../core/drafts.js';
import { formatDateTime } from '../core/format.js';
import { channelName, topicName } from '../core/labels.js';
import { renderLanguageSelect } from '../core/language-select.js';
import { loadDestinations, loadTopics } from '../core/lists.api.js';
import { problemMessage } from '../core/problem-message.js';
import { renderReferralSelect } from '../core/referral-select.js';
import { routeHash } from '../core/routes.js';
import { WwStaffElement } from '../core/staff-element.js';
import type { ReferralDestination, StaffInquiry, Topic } from '../core/types.js';
import { CALL_CHANNELS, logCall } from './call-log.api.js';
import { callLogStyles } from './call-log.styles.js';
import { callRequest, nextCall, valuesFromDraft, type CallValues } from './parts/call-form.js';

/** The draft's record name: one call form per tab. */
const DRAFT = 'new';

/**
 * @tagname ww-staff-call-log
 * @summary Log a hotline call, a 311 transfer, an email, a walk-in or an outreach contact in seconds.
 *
 * One form, nothing personal: channel, language, topic, referral, and
 * whether it was resolved on the spot or needs follow-up (then it is new and
 * assigned to the person logging it). Ctrl+Enter or the button saves; the
 * form resets for the next call, keeping the channel and the language, and a
 * live region says "Call logged, reference …". The form (and the key that
 * makes a retry safe) is kept in the tab until the call is logged.
 */
export class WwStaffCallLog extends WwStaffElement {
  static override styles = [...WwStaffElement.styles, callLogStyles];

  static override get properties(): PropertyDeclarations {
    return {
      ...super.properties,
      values: { state: true },
      busy: { state: true },
      failure: { state: true },
      topicMissing: { state: true },
      logged: { state: true },
    };
  }

  private values: CallValues = valuesFromDraft(loadDeskDraft('call', DRAFT));
  private key = loadDeskDraft('call', DRAFT)['key'] || newIdempotencyKey();
  private busy = false;
  private failure: unknown;
  private topicMissing = false;
  /** Calls logged here, latest first. */
  private logged: StaffInquiry[] = [];

  private readonly lists = new DataController<{ topics: Topic[]; destinations: ReferralDestination[] }, [string]>(
    this,
    {
      args: () => (this.api ? [this.locale] : undefined),
      task: async ([locale], signal) => {
        const [topics, destinations] = await Promise.all([
          loadTopics(this.api!, locale, signal),
          loadDestinations(this.api!, signal).catch(() => []),
        ]);
        return { topics, destinations };
      },
    },
  );

  private set(field: keyof CallValues, value: string): void {
    this.values = { ...this.values, [field]: value } as CallValues;
    if (field === 'topic') this.topicMissing = false;
    saveDeskDraft('call', DRAFT, { ...this.values, key: this.key });
  }

  private keydown(e: KeyboardEvent): void {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void this.submit();
    }
  }

  private async submit(): Promise<void> {
    if (this.busy || !this.api) return;
    if (!this.values.topic) {
      this.topicMissing = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#f-topic')?.focus();
      return;
    }
    this.busy = true;
    this.failure = undefined;
    try {
      const call = await logCall(this.api, callRequest(this.values, this.me), this.key);
      this.logged = [call, ...this.logged].slice(0, 10);
      this.values = nextCall(this.values);
      this.key = newIdempotencyKey();
      clearDeskDraft('call', DRAFT);
      saveDeskDraft('call', DRAFT, { channel: this.values.channel, language: this.values.language });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('input[name="channel"]:checked')?.focus();
    } catch (error) {
      this.failure = error;
    } finally {
      this.busy = false;
    }
  }

  override render(): TemplateResult {
    const lists = this.lists.value;
    const topics = lists?.topics ?? [];
    const topicNames = new Map(topics.map((t) => [t.code, t.name]));
    const last = this.logged[0];
    return html`<div part="base" class="screen" lang=${this.locale} dir=${this.direction}>
      <h1>${msg('Log a call', { id: 'staff.nav.log-call' })}</h1>
      ${this.renderStatus(
        last ? msg(str`Call logged, reference ${last.reference}.`, { id: 'staff.call.logged' }) : undefined,
      )}
      ${
        this.failure
          ? html`<div class="notice notice--error" role="alert">
              <p class="notice__heading">${problemMessage(this.failure)}</p>
              <p>${msg('The form is kept: send it again when ready.', { id: 'staff.call.kept' })}</p>
            </div>`
          : nothing
      }
      ${this.lists.status === 'error' ? this.renderFailure(this.lists.error, () => void this.lists.run()) : nothing}
      <form
        class="form call"
        novalidate
        @keydown=${this.keydown}
        @submit=${(e: Event) => {
          e.preventDefault();
          void this.submit();
        }}
      >
        ${renderRadioGroup({
          name: 'channel',
          label: msg('How they reached us', { id: 'staff.call.channel' }),
          value: this.values.channel,
          choices: CALL_CHANNELS.map((c) => ({ value: c, label: channelName(c) })),
          onInput: (v) => this.set('channel', v),
        })}
        ${renderLanguageSelect({
          name: 'language',
          label: msg('Language', { id: 'staff.field.language' }),
          value: this.values.language,
          locale: this.locale,
          onInput: (v) => this.set('language', v),
        })}
        ${renderSelect({
          name: 'topic',
          label: msg('Topic', { id: 'staff.field.topic' }),
          value: this.values.topic,
          error: this.topicMissing ? msg('Choose a topic.', { id: 'staff.call.topic-missing' }) : undefined,
          choices: [
            { value: '', label: msg('Choose a topic', { id: 'staff.call.choose-topic' }) },
            ...topics.map((t) => ({ value: t.code, label: topicName(t.code, topicNames) })),
          ],
          onInput: (v) => this.set('topic', v),
        })}
        ${renderReferralSelect({
          name: 'referral',
          label: msg('Referred to', { id: 'staff.field.referral' }),
          value: this.values.referral,
          topic: this.values.topic,
          destinations: lists?.destinations ?? [],
          locale: this.locale,
          onInput: (v) => this.set('referral', v),
        })}
        ${renderRadioGroup({
          name: 'outcome',
          label: msg('Outcome', { id: 'staff.call.outcome' }),
          value: this.values.outcome,
          choices: [
            { value: 'resolved', label: msg('Resolved now', { id: 'staff.call.resolved' }) },
            { value: 'follow-up', label: msg('Needs follow-up (assigned to me)', { id: 'staff.call.follow-up' }) },
          ],
          onInput: (v) => this.set('outcome', v),
        })}
        <div class="actions">
          <button class="button button--primary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${this.busy ? msg('Saving…', { id: 'staff.saving' }) : msg('Log call', { id: 'staff.call.submit' })}
          </button>
          <p class="muted" id="call-shortcut">
            ${msg('Ctrl+Enter logs the call from any field.', { id: 'staff.call.shortcut' })}
          </p>
        </div>
      </form>
      ${this.logged.length ? this.renderLogged(topicNames) : nothing}
    </div>`;
  }

  private renderLogged(topicNames: Map<string, string>): TemplateResult {
    return html`<section class="panel" aria-labelledby="logged-title">
      <h2 id="logged-title">${msg('Logged in this session', { id: 'staff.call.session' })}</h2>
      <ul class="logged">
        ${this.logged.map(
          (call) =>
            html`<li>
              <a href=${routeHash('inquiry', {}, call.id)}>${call.reference}</a>
              ${formatDateTime(call.received_at, this.locale)}, ${channelName(call.channel)},
              ${topicName(call.topic, topicNames)}
            </li>`,
        )}
      </ul>
    </section>`;
  }
}
