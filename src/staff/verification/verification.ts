import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { DataController } from '../../core/data-controller.js';
import { listFormat } from '../../core/intl.js';
import { msg, str } from '../../core/localize.js';
import { formatNumber } from '../../core/number-format.js';
import { StaleError } from '../core/desk-api.js';
import { formatDate } from '../core/format.js';
import { renderPages } from '../core/pages.js';
import { problemMessage } from '../core/problem-message.js';
import { routeHash } from '../core/routes.js';
import { WwStaffElement } from '../core/staff-element.js';
import { renderStale } from '../core/stale.js';
import { policyFrom, renderSettingsForm } from './parts/settings-form.js';
import {
  loadDue,
  loadPolicy,
  markVerified,
  PAGE_SIZE,
  savePolicy,
  sendRequests,
  type DueItem,
  type DuePage,
  type DueState,
  type VerificationPolicy,
} from './verification.api.js';
import { verificationStyles } from './verification.styles.js';

const STATES: DueState[] = ['due', 'overdue', 'all'];

/**
 * @tagname ww-staff-verification
 * @summary Re-verification for editors and administrators: what is due or overdue, requests to providers, staff's own checks.
 *
 * Lists the listings due within 30 days or overdue (`#verification?state=due|overdue|all&page=`), accredited legal
 * providers marked, with the last request mailed and what came of it. Several are selected and sent a
 * re-verification request at once (the result is announced, naming the services without a contact); one is
 * marked verified when staff checked it by phone (under If-Match: a listing changed meanwhile says by whom).
 * Administrators also set how often listings are checked and how long a link works.
 */
export class WwStaffVerification extends WwStaffElement {
  static override styles = [...WwStaffElement.styles, verificationStyles];

  static override get properties(): PropertyDeclarations {
    return {
      ...super.properties,
      params: { attribute: false },
      selected: { state: true },
      busy: { state: true },
      said: { state: true },
      failure: { state: true },
      settingsInvalid: { state: true },
    };
  }

  /** The address's parameters: `state` and `page`. */
  params = new URLSearchParams();

  private selected = new Set<string>();
  private busy = false;
  /** What the last action did, for the live region. */
  private said: string | undefined;
  private failure: unknown;
  private settingsInvalid = false;

  private get state(): DueState {
    const asked = this.params.get('state');
    return (STATES as string[]).includes(asked ?? '') ? (asked as DueState) : 'due';
  }

  private get page(): number {
    const page = Number(this.params.get('page'));
    return Number.isInteger(page) && page > 0 ? page : 1;
  }

  private readonly due = new DataController<DuePage, [DueState, number]>(this, {
    args: () => (this.api ? [this.state, this.page] : undefined),
    task: ([state, page], signal) => loadDue(this.api!, state, page, signal),
  });

  private readonly policy = new DataController<VerificationPolicy, [boolean]>(this, {
    args: () => (this.api && this.can('admin') ? [true] : undefined),
    task: (_, signal) => loadPolicy(this.api!, signal),
  });

  private toggle(id: string, on: boolean): void {
    const next = new Set(this.selected);
    if (on) next.add(id);
    else next.delete(id);
    this.selected = next;
  }

  private async send(items: DueItem[]): Promise<void> {
    const ids = items.filter((i) => this.selected.has(i.service_id)).map((i) => i.service_id);
    if (this.busy || ids.length === 0) return;
    this.busy = true;
    this.failure = undefined;
    this.said = undefined;
    try {
      const outcome = await sendRequests(this.api!, ids);
      const names = outcome.skipped.map((s) => items.find((i) => i.service_id === s.service_id)?.service_name ?? '');
      const queued = formatNumber(outcome.queued, this.locale);
      const without = listFormat(this.locale).format(names);
      this.said =
        names.length > 0
          ? msg(str`Requests sent: ${queued}. No contact on file for: ${without}.`, {
              id: 'staff.verification.sent-skipped',
            })
          : msg(str`Requests sent: ${queued}.`, { id: 'staff.verification.sent' });
      this.selected = new Set();
      await this.due.run();
    } catch (error) {
      this.failure = error;
    } finally {
      this.busy = false;
    }
  }

  private async verify(item: DueItem): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.failure = undefined;
    this.said = undefined;
    try {
      await markVerified(this.api!, item.service_id, item.version);
      this.said = msg(str`Marked verified today: ${item.service_name}.`, { id: 'staff.verification.verified' });
      await this.due.run();
    } catch (error) {
      this.failure = error;
    } finally {
      this.busy = false;
    }
  }

  private async saveSettings(form: HTMLFormElement): Promise<void> {
    const policy = policyFrom(form);
    this.settingsInvalid = !policy;
    if (!policy || this.busy) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.busy = true;
    this.failure = undefined;
    this.said = undefined;
    try {
      await savePolicy(this.api!, policy);
      this.said = msg('Settings saved. Due dates follow them now.', { id: 'staff.verification.settings.saved' });
      await Promise.all([this.policy.run(), this.due.run()]);
    } catch (error) {
      this.failure = error;
    } finally {
      this.busy = false;
    }
  }

  private chooseState(e: Event): void {
    e.preventDefault();
    const state = new FormData(e.currentTarget as HTMLFormElement).get('state');
    this.said = undefined;
    this.selected = new Set();
    location.hash = routeHash('verification', { state: typeof state === 'string' ? state : undefined });
  }

  override render(): TemplateResult {
    const page = this.due.current;
    return html`<div part="base" class="screen" lang=${this.locale} dir=${this.direction}>
      <h1>${msg('Re-verification', { id: 'staff.nav.verification' })}</h1>
      <p>
        ${msg(
          'Each listing is checked again after a while, accredited legal providers more often. Send providers a link to confirm or correct their listing, or mark it verified when you checked it yourself.',
          { id: 'staff.verification.intro' },
        )}
      </p>
      ${this.renderStatus(this.said)} ${this.renderStateForm()} ${this.renderActionFailure()}
      ${this.due.status === 'error' ? this.renderFailure(this.due.error, () => void this.due.run()) : nothing}
      ${page ? this.renderList(page) : this.due.status === 'pending' ? this.renderLoading() : nothing}
      ${
        this.can('admin') && this.policy.current
          ? renderSettingsForm({
              policy: this.policy.current,
              busy: this.busy,
              invalid: this.settingsInvalid,
              onSubmit: (form) => void this.saveSettings(form),
            })
          : nothing
      }
    </div>`;
  }

  private renderActionFailure(): TemplateResult | typeof nothing {
    if (!this.failure) return nothing;
    if (this.failure instanceof StaleError) {
      return renderStale(this.failure, this.locale, () => {
        this.failure = undefined;
        void this.due.run();
      });
    }
    return html`<div class="notice notice--error" role="alert">
      <p class="notice__heading">${problemMessage(this.failure)}</p>
    </div>`;
  }

  private renderStateForm(): TemplateResult {
    const label = (state: DueState) =>
      state === 'due'
        ? msg('Due within 30 days or overdue', { id: 'staff.verification.state.due' })
        : state === 'overdue'
          ? msg('Overdue', { id: 'staff.verification.state.overdue' })
          : msg('All listings', { id: 'staff.verification.state.all' });
    return html`<form
      class="toolbar"
      aria-label=${msg('Which listings', { id: 'staff.verification.state' })}
      @submit=${this.chooseState}
    >
      <div class="field">
        <label class="label" for="f-state">${msg('Which listings', { id: 'staff.verification.state' })}</label>
        <select class="input" id="f-state" name="state">
          ${STATES.map((s) => html`<option value=${s} ?selected=${s === this.state}>${label(s)}</option>`)}
        </select>
      </div>
      <div class="actions">
        <button class="button button--primary" type="submit">${msg('Show', { id: 'staff.queue.apply' })}</button>
      </div>
    </form>`;
  }

  private renderVerification(item: DueItem): TemplateResult {
    const { verified, due, overdue } = item.verification;
    const when = verified
      ? msg(str`Verified ${formatDate(verified, this.locale)}`, { id: 'staff.verification.verified-on' })
      : msg('Never verified', { id: 'staff.verification.never' });
    return html`${when}<br />${
        overdue
          ? html`<span class="badge badge--warn"
              >${msg(str`Overdue since ${formatDate(due, this.locale)}`, { id: 'staff.verification.overdue-since' })}</span
            >`
          : msg(str`Due ${formatDate(due, this.locale)}`, { id: 'staff.verification.due-on' })
      }`;
  }

  private renderLastRequest(item: DueItem): TemplateResult | string {
    const last = item.last_request;
    if (!item.contact && !last) return msg('No contact on file', { id: 'staff.verification.no-contact' });
    if (!last) return msg('None yet', { id: 'staff.verification.none-yet' });
    const sent = formatDate(last.created_at, this.locale);
    if (last.outcome === 'confirmed')
      return msg(str`Sent ${sent}: confirmed by the provider`, { id: 'staff.verification.last.confirmed' });
    if (last.outcome === 'corrected')
      return msg(str`Sent ${sent}: corrections received (see reports)`, { id: 'staff.verification.last.corrected' });
    if (new Date(last.expires_at) < new Date())
      return msg(str`Sent ${sent}: expired without an answer`, { id: 'staff.verification.last.expired' });
    return msg(str`Sent ${sent}: waiting for an answer`, { id: 'staff.verification.last.waiting' });
  }

  private renderList({ items, total }: DuePage): TemplateResult {
    if (items.length === 0) {
      return html`<p>
        ${msg('Nothing is due. Every listing was checked recently.', { id: 'staff.verification.empty' })}
      </p>`;
    }
    const count = [...this.selected].filter((id) => items.some((i) => i.service_id === id)).length;
    return html`<form
        class="due-form"
        @submit=${(e: Event) => {
          e.preventDefault();
          void this.send(items);
        }}
      >
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="due-caption">
          <table>
            <caption id="due-caption">
              ${msg(str`Listings to re-verify: ${formatNumber(total, this.locale)}`, { id: 'staff.verification.caption' })}
            </caption>
            <thead>
              <tr>
                <th scope="col" class="select-cell">${msg('Select', { id: 'staff.verification.select' })}</th>
                <th scope="col">${msg('Service', { id: 'staff.verification.service' })}</th>
                <th scope="col">${msg('Verification', { id: 'staff.verification.verification' })}</th>
                <th scope="col">${msg('Last request', { id: 'staff.verification.last' })}</th>
                <th scope="col">${msg('Actions', { id: 'staff.accounts.actions' })}</th>
              </tr>
            </thead>
            <tbody>
              ${items.map(
                (item) =>
                  html`<tr>
                    <td class="select-cell">
                      <input
                        type="checkbox"
                        id=${`select-${item.service_id}`}
                        .checked=${this.selected.has(item.service_id)}
                        aria-label=${msg(str`Select ${item.service_name}`, { id: 'staff.verification.select-one' })}
                        @change=${(e: Event) => this.toggle(item.service_id, (e.target as HTMLInputElement).checked)}
                      />
                    </td>
                    <th scope="row">
                      <span dir="auto">${item.service_name}</span>
                      ${
                        item.accredited
                          ? html`<br /><span class="badge"
                                >${msg('Accredited legal provider', { id: 'staff.verification.accredited' })}</span
                              >`
                          : nothing
                      }
                    </th>
                    <td>${this.renderVerification(item)}</td>
                    <td>${this.renderLastRequest(item)}</td>
                    <td>
                      <button
                        class="button"
                        type="button"
                        id=${`verify-${item.service_id}`}
                        ?disabled=${this.busy}
                        aria-label=${msg(str`Mark verified: ${item.service_name}`, { id: 'staff.verification.mark-of' })}
                        @click=${() => void this.verify(item)}
                      >
                        ${msg('Mark verified', { id: 'staff.verification.mark' })}
                      </button>
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
        <div class="actions">
          <button class="button button--primary" type="submit" ?disabled=${this.busy || count === 0}>
            ${msg('Send re-verification request', { id: 'staff.verification.send' })}
          </button>
          <span class="muted"
            >${msg(str`Selected: ${formatNumber(count, this.locale)}`, { id: 'staff.verification.selected' })}</span
          >
        </div>
      </form>
      ${renderPages({
        page: this.page,
        total,
        pageSize: PAGE_SIZE,
        locale: this.locale,
        href: (n) => routeHash('verification', { state: this.state, page: String(n) }),
      })}`;
  }
}
