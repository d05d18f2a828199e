import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { DataController } from '../../core/data-controller.js';
import { listFormat } from '../../core/intl.js';
import { msg, str } from '../../core/localize.js';
import { topicName } from '../core/labels.js';
import { loadDestinations, loadTopics } from '../core/lists.api.js';
import { problemMessage } from '../core/problem-message.js';
import { WwStaffElement } from '../core/staff-element.js';
import type { ReferralDestination, Topic } from '../core/types.js';
import {
  draftOf,
  EMPTY_DESTINATION,
  fieldsOf,
  renderDestinationForm,
  type DestinationDraft,
} from './parts/destination-form.js';
import { createDestination, updateDestination } from './referrals.api.js';

/**
 * @tagname ww-staff-referrals
 * @summary Referral destinations, for administrators: agencies and partners, the topics they take, retired ones.
 *
 * The managed list the desk refers people to (replacing free text), so that
 * the dashboard counts "referred to ActionNYC" cleanly. A destination is
 * retired, never deleted: past referrals to it stay counted.
 */
export class WwStaffReferrals extends WwStaffElement {
  static override get properties(): PropertyDeclarations {
    return {
      ...super.properties,
      draft: { state: true },
      editing: { state: true },
      nameError: { state: true },
      busy: { state: true },
      failure: { state: true },
      said: { state: true },
    };
  }

  private draft: DestinationDraft = EMPTY_DESTINATION;
  /** The code of the destination in the form; undefined: a new one. */
  private editing: string | undefined;
  private nameError: string | undefined;
  private busy = false;
  private failure: unknown;
  private said: string | undefined;

  private readonly lists = new DataController<{ destinations: ReferralDestination[]; topics: Topic[] }, [string]>(
    this,
    {
      args: () => (this.api ? [this.locale] : undefined),
      task: async ([locale], signal) => {
        const [destinations, topics] = await Promise.all([
          loadDestinations(this.api!, signal),
          loadTopics(this.api!, locale, signal),
        ]);
        return { destinations, topics };
      },
    },
  );

  private edit(d: ReferralDestination): void {
    this.editing = d.code;
    this.draft = draftOf(d);
    this.nameError = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#form-title')?.focus());
  }

  private reset(): void {
    this.editing = undefined;
    this.draft = EMPTY_DESTINATION;
  }

  private async submit(): Promise<void> {
    if (this.busy) return;
    if (!this.draft.name.trim()) {
      this.nameError = msg('Enter the name staff and visitors see.', { id: 'staff.referrals.name-missing' });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#f-name')?.focus();
      return;
    }
    this.busy = true;
    this.failure = undefined;
    this.said = undefined;
    try {
      const fields = fieldsOf(this.draft, !!this.editing);
      const saved = this.editing
        ? await updateDestination(this.api!, this.editing, fields)
        : await createDestination(this.api!, fields);
      this.said = saved.name;
      this.reset();
      await this.lists.run();
    } catch (error) {
      this.failure = error;
    } finally {
      this.busy = false;
    }
  }

  override render(): TemplateResult {
    const lists = this.lists.value;
    return html`<div part="base" class="screen" lang=${this.locale} dir=${this.direction}>
      <h1>${msg('Referral destinations', { id: 'staff.nav.referrals' })}</h1>
      ${this.renderStatus(this.said ? msg(str`Saved: ${this.said}.`, { id: 'staff.referrals.saved' }) : undefined)}
      ${this.lists.status === 'error' ? this.renderFailure(this.lists.error, () => void this.lists.run()) : nothing}
      ${lists ? this.renderTable(lists.destinations, lists.topics) : this.renderLoading()}
      <section class="panel" aria-labelledby="form-title">
        <h2 id="form-title" tabindex="-1">
          ${
            this.editing
              ? msg('Change a destination', { id: 'staff.referrals.edit-title' })
              : msg('New destination', { id: 'staff.referrals.new-title' })
          }
        </h2>
        ${
          this.failure
            ? html`<div class="notice notice--error" role="alert">
                <p class="notice__heading">${problemMessage(this.failure)}</p>
              </div>`
            : nothing
        }
        ${renderDestinationForm({
          draft: this.draft,
          editing: this.editing,
          topics: lists?.topics ?? [],
          nameError: this.nameError,
          busy: this.busy,
          onInput: (field, value) => {
            this.draft = { ...this.draft, [field]: value };
            if (field === 'name') this.nameError = undefined;
          },
          onSubmit: () => void this.submit(),
          onCancel: () => this.reset(),
        })}
      </section>
    </div>`;
  }

  private renderTable(destinations: ReferralDestination[], topics: Topic[]): TemplateResult {
    const names = new Map(topics.map((t) => [t.code, t.name]));
    const kind = (d: ReferralDestination) =>
      d.kind === 'partner'
        ? msg('Community partner', { id: 'staff.referrals.partner' })
        : msg('City agency', { id: 'staff.referrals.agency' });
    return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="destinations-caption">
      <table>
        <caption id="destinations-caption">
          ${msg('Destinations, in the order lists show them', { id: 'staff.referrals.caption' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Name', { id: 'staff.field.name' })}</th>
            <th scope="col">${msg('Kind', { id: 'staff.field.kind' })}</th>
            <th scope="col">${msg('Topics it takes', { id: 'staff.referrals.topics' })}</th>
            <th scope="col">${msg('State', { id: 'staff.accounts.state' })}</th>
            <th scope="col">${msg('Actions', { id: 'staff.accounts.actions' })}</th>
          </tr>
        </thead>
        <tbody>
          ${destinations.map(
            (d) =>
              html`<tr>
                <th scope="row"><bdi>${d.name}</bdi> <span class="muted" dir="ltr">(${d.code})</span></th>
                <td>${kind(d)}</td>
                <td>${listFormat(this.locale).format(d.topics.map((t) => topicName(t, names)))}</td>
                <td>
                  ${d.active ? msg('Offered', { id: 'staff.referrals.offered' }) : msg('Retired', { id: 'staff.referrals.retired' })}
                </td>
                <td>
                  <button
                    class="button"
                    type="button"
                    aria-label=${msg(str`Change: ${d.name}`, { id: 'staff.referrals.change-of' })}
                    @click=${() => this.edit(d)}
                  >
                    ${msg('Change', { id: 'staff.referrals.change' })}
                  </button>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
