import { html, nothing, type TemplateResult } from 'lit';
import { fieldId } from '../../../core/forms/fields.js';
import { msg } from '../../../core/localize.js';
import { routeHash } from '../../core/routes.js';
import type { SessionSummary } from '../roster.api.js';
import { sessionWhen } from './when.js';

export interface SessionPickerContext {
  eventId: string;
  current: string;
  sessions: SessionSummary[];
  timeZone: string;
  locale: string;
}

const href = (eventId: string, key: string) => routeHash('roster', { session: key }, eventId);

/** The session whose roster opens when the address names none: the one on now or next, else the last one. */
export function defaultSession(sessions: SessionSummary[], now = new Date()): string | undefined {
  const open = sessions.filter((s) => s.status !== 'cancelled');
  return (open.find((s) => new Date(s.end) > now) ?? open.at(-1) ?? sessions.at(-1))?.key;
}

/** Previous and next session as links, and any session of the event by date. */
export function renderSessionPicker(c: SessionPickerContext): TemplateResult | typeof nothing {
  if (c.sessions.length < 2) return nothing;
  const at = c.sessions.findIndex((s) => s.key === c.current);
  const previous = at > 0 ? c.sessions[at - 1] : undefined;
  const next = at >= 0 && at < c.sessions.length - 1 ? c.sessions[at + 1] : undefined;
  const id = fieldId('session');
  return html`<nav class="sessions toolbar" aria-label=${msg('Sessions', { id: 'staff.roster.sessions' })}>
    ${previous ? html`<a class="button" href=${href(c.eventId, previous.key)}>${msg('Previous session', { id: 'staff.roster.previous' })}</a>` : nothing}
    ${next ? html`<a class="button" href=${href(c.eventId, next.key)}>${msg('Next session', { id: 'staff.roster.next' })}</a>` : nothing}
    <form
      class="toolbar"
      @submit=${(e: Event) => {
        e.preventDefault();
        const key = new FormData(e.target as HTMLFormElement).get('session');
        if (typeof key === 'string' && key) location.hash = href(c.eventId, key);
      }}
    >
      <div class="field">
        <label class="label" for=${id}>${msg('Session', { id: 'staff.roster.session' })}</label>
        <select class="input" id=${id} name="session">
          ${c.sessions.map(
            (s) =>
              html`<option value=${s.key} ?selected=${s.key === c.current}>
                ${sessionWhen(s.start, c.timeZone, c.locale)}${s.status === 'cancelled' ? ` (${msg('cancelled', { id: 'staff.roster.cancelled' })})` : ''}
              </option>`,
          )}
        </select>
      </div>
      <button class="button" type="submit">${msg('Show', { id: 'staff.roster.show' })}</button>
    </form>
  </nav>`;
}
