import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../core/localize.js';
import { formatNumber } from '../../../core/number-format.js';
import { zonedFormat } from '../../../core/zoned-time.js';
import { eventStatusName } from '../../core/event-labels.js';
import type { StaffEvent, StaffSession } from '../event.api.js';
import { instantOf } from './local-dates.js';

export interface SessionsContext {
  event: StaffEvent;
  locale: string;
  /** The sessions still to come (by their end). */
  now: Date;
  busy: boolean;
  onCancel: (session: StaffSession) => void;
  onMove: (session: StaffSession) => void;
  onCancelSeries: () => void;
}

/** A session's start as the desk shows it: on the event's clock, the zone named when it is not the reader's. */
export const sessionWhen = (iso: string, timeZone: string, locale: string): string =>
  zonedFormat(locale, timeZone, {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(iso));

/** `#roster/<event>?session=<key>`: the roster screen (its own helper's). */
export const rosterHash = (eventId: string, key: string): string =>
  `#roster/${encodeURIComponent(eventId)}?session=${encodeURIComponent(key)}`;

function statusCell(session: StaffSession, event: StaffEvent, locale: string): TemplateResult {
  if (session.status === 'moved' && session.moved_to) {
    const to = sessionWhen(instantOf(session.moved_to, event.timezone).toISOString(), event.timezone, locale);
    return html`${msg(str`Moved to ${to}`, { id: 'staff.event.session.moved-to' })}`;
  }
  return html`${eventStatusName(session.status)}`;
}

/**
 * The upcoming sessions: each with its status, who is confirmed and waiting,
 * the roster, and "Cancel this session" and "Move" (each asks first); then
 * "Cancel the whole series".
 */
export function renderSessions(c: SessionsContext): TemplateResult {
  const upcoming = c.event.sessions.filter((s) => new Date(s.end) > c.now);
  const n = (value: number) => formatNumber(value, c.locale);
  const cancelled = c.event.status === 'cancelled';
  return html`<section class="panel" aria-labelledby="sessions-title">
    <h2 id="sessions-title" tabindex="-1">${msg('Sessions', { id: 'staff.event.sessions' })}</h2>
    ${
      cancelled
        ? html`<p class="notice notice--error">
            ${msg('This event is cancelled. People signed up were told.', { id: 'staff.event.series-cancelled' })}
          </p>`
        : nothing
    }
    ${
      upcoming.length
        ? html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="sessions-caption">
            <table class="sessions">
              <caption id="sessions-caption">
                ${msg(str`Upcoming sessions: ${n(upcoming.length)}`, { id: 'staff.event.sessions-caption' })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${msg('Session', { id: 'staff.event.session' })}</th>
                  <th scope="col">${msg('Status', { id: 'staff.field.status' })}</th>
                  <th scope="col" class="num">${msg('Confirmed', { id: 'staff.event.confirmed' })}</th>
                  <th scope="col" class="num">${msg('Waiting list', { id: 'staff.event.waitlisted' })}</th>
                  <th scope="col">${msg('Actions', { id: 'staff.event.actions' })}</th>
                </tr>
              </thead>
              <tbody>
                ${upcoming.map((session) => {
                  const when = sessionWhen(session.start, c.event.timezone, c.locale);
                  const open = session.status !== 'cancelled' && !cancelled;
                  return html`<tr data-key=${session.key}>
                    <th scope="row">${when}</th>
                    <td class="session-status">${statusCell(session, c.event, c.locale)}</td>
                    <td class="num">${n(session.confirmed)}</td>
                    <td class="num">${n(session.waitlisted)}</td>
                    <td>
                      <div class="row-actions">
                        <a href=${rosterHash(c.event.id, session.key)}
                          >${msg('Roster', { id: 'staff.event.roster' })}<span class="visually-hidden">
                            ${when}</span
                          ></a
                        >
                        ${
                          open
                            ? html`<button
                                  class="button"
                                  type="button"
                                  data-action="move"
                                  aria-disabled=${c.busy ? 'true' : 'false'}
                                  @click=${() => c.onMove(session)}
                                >
                                  ${msg('Move', { id: 'staff.event.move' })}<span class="visually-hidden">
                                    ${when}</span
                                  >
                                </button>
                                <button
                                  class="button"
                                  type="button"
                                  data-action="cancel"
                                  aria-disabled=${c.busy ? 'true' : 'false'}
                                  @click=${() => c.onCancel(session)}
                                >
                                  ${msg('Cancel this session', { id: 'staff.event.cancel-session' })}<span
                                    class="visually-hidden"
                                  >
                                    ${when}</span
                                  >
                                </button>`
                            : nothing
                        }
                      </div>
                    </td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`
        : html`<p>${msg('No session is still to come.', { id: 'staff.event.no-upcoming' })}</p>`
    }
    ${
      cancelled
        ? nothing
        : html`<p>
            <button
              class="button button--danger"
              type="button"
              data-action="cancel-series"
              aria-disabled=${c.busy ? 'true' : 'false'}
              @click=${c.onCancelSeries}
            >
              ${msg('Cancel the whole series', { id: 'staff.event.cancel-series' })}
            </button>
          </p>`
    }
  </section>`;
}
