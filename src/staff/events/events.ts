import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { DataController } from '../../core/data-controller.js';
import { msg } from '../../core/localize.js';
import { routeHash } from '../core/routes.js';
import { WwStaffElement } from '../core/staff-element.js';
import { loadEvents, type StaffEventSummary } from './events.api.js';
import { eventsStyles } from './events.styles.js';
import { renderEventsTable } from './parts/table.js';

/**
 * @tagname ww-staff-events
 * @summary The events an organizer may edit: upcoming first, the next session on each event's clock, its roster.
 *
 * Its state is the address (`#events`, `#events?past=1` with past events too).
 */
export class WwStaffEvents extends WwStaffElement {
  static override styles = [...WwStaffElement.styles, eventsStyles];

  static override get properties(): PropertyDeclarations {
    return { ...super.properties, params: { attribute: false } };
  }

  /** The address's parameters (`past=1`). */
  params = new URLSearchParams();

  private get past(): boolean {
    return this.params.get('past') === '1';
  }

  private readonly list = new DataController<StaffEventSummary[], [boolean, string]>(this, {
    args: () => (this.api ? [this.past, this.locale] : undefined),
    task: ([past], signal) => loadEvents(this.api!, past, signal),
  });

  override render(): TemplateResult {
    const events = this.list.value;
    return html`<div part="base" class="screen" lang=${this.locale} dir=${this.direction}>
      <div class="head">
        <h1>${msg('Events', { id: 'staff.nav.events' })}</h1>
        <a class="button button--primary" href=${routeHash('event', {}, 'new')}
          >${msg('New event', { id: 'staff.events.new' })}</a
        >
      </div>
      <p>
        ${
          this.past
            ? html`<a href=${routeHash('events')}
                >${msg('Show upcoming events only', { id: 'staff.events.upcoming-only' })}</a
              >`
            : html`<a href=${routeHash('events', { past: '1' })}
                >${msg('Show past events too', { id: 'staff.events.show-past' })}</a
              >`
        }
      </p>
      ${this.list.status === 'error' ? this.renderFailure(this.list.error, () => void this.list.run()) : nothing}
      ${
        events
          ? events.length
            ? renderEventsTable(events, this.past, this.locale)
            : html`<p>${msg('No event yet. Create one with "New event".', { id: 'staff.events.empty' })}</p>`
          : this.list.status === 'pending'
            ? this.renderLoading()
            : nothing
      }
    </div>`;
  }
}
