import { html, nothing, type TemplateResult } from 'lit';
import { languageName } from '../../../core/language-name.js';
import { msg, str } from '../../../core/localize.js';
import { formatNumber } from '../../../core/number-format.js';
import type { RosterEntry } from '../roster.api.js';
import { timeOnly } from './when.js';

export interface RosterTableContext {
  entries: RosterEntry[];
  /** How many the roster has in all (the caption says "N of M" while a search filters). */
  total: number;
  locale: string;
  timeZone: string;
  /** The row whose change is on its way (its button waits). */
  busyId: string | undefined;
  onCheckIn: (entry: RosterEntry) => void;
  onUndo: (entry: RosterEntry) => void;
}

/** The row's status: confirmed, or its place on the waiting list; a walk-in says so. */
function statusText(entry: RosterEntry, locale: string): string {
  const base =
    entry.status === 'waitlisted'
      ? entry.waitlist_position
        ? msg(str`Waiting list, number ${formatNumber(entry.waitlist_position, locale)}`, {
            id: 'staff.roster.waitlist-position',
          })
        : msg('Waiting list', { id: 'staff.roster.waitlisted' })
      : msg('Confirmed', { id: 'staff.roster.confirmed' });
  return entry.source === 'walk-in' ? `${base} (${msg('walk-in', { id: 'staff.roster.source-walk-in' })})` : base;
}

/** How the last message to the person went, when the door should know: not yet sent, failed, refused, kept. */
function deliveryText(entry: RosterEntry): TemplateResult | typeof nothing {
  if (entry.contact_bounced || entry.last_message?.delivery === 'bounced') {
    return html`<br /><span class="delivery delivery--problem"
        >${msg('Their email address was refused: ask for another.', { id: 'staff.roster.delivery-bounced' })}</span
      >`;
  }
  switch (entry.last_message?.delivery) {
    case 'waiting':
      return html`<br /><span class="delivery"
          >${msg('Message not yet sent: the mail server is being retried.', { id: 'staff.roster.delivery-waiting' })}</span
        >`;
    case 'failed':
      return html`<br /><span class="delivery delivery--problem"
          >${msg('Message could not be sent.', { id: 'staff.roster.delivery-failed' })}</span
        >`;
    case 'kept':
      return html`<br /><span class="delivery"
          >${msg('Message kept in the outbox: no mail server is set up.', { id: 'staff.roster.delivery-kept' })}</span
        >`;
    default:
      return nothing;
  }
}

function attendanceText(entry: RosterEntry, locale: string, timeZone: string): TemplateResult | string {
  if (entry.attendance === 'attended') {
    const at = entry.marked_at ? timeOnly(entry.marked_at, timeZone, locale) : '';
    return at
      ? msg(str`Checked in at ${at}`, { id: 'staff.roster.attended-at' })
      : msg('Checked in', { id: 'staff.roster.attended' });
  }
  if (entry.attendance === 'no-show') return msg('No-show', { id: 'staff.roster.no-show' });
  return html`<span class="muted">${msg('Not yet', { id: 'staff.roster.not-yet' })}</span>`;
}

/**
 * The roster as a table: one row per sign-up, the name as the row's header,
 * and one large button per row ("Check in", or "Undo" once marked), whose
 * accessible name carries the person's name.
 */
export function renderRosterTable(c: RosterTableContext): TemplateResult {
  const n = (value: number) => formatNumber(value, c.locale);
  const caption =
    c.entries.length === c.total
      ? msg(str`Signed up: ${n(c.total)}`, { id: 'staff.roster.caption' })
      : msg(str`Signed up: ${n(c.entries.length)} of ${n(c.total)} shown`, { id: 'staff.roster.caption-filtered' });
  const action = (entry: RosterEntry) => {
    if (entry.status !== 'confirmed') return nothing;
    const busy = c.busyId === entry.registration_id;
    const name = html`<span class="visually-hidden">${entry.name || ''}</span>`;
    const marked = !!entry.attendance;
    // One button that changes its words, not two: focus stays on it after a check-in or an undo.
    return html`<button
      class="button row-action ${marked ? '' : 'button--primary'}"
      type="button"
      aria-disabled=${busy ? 'true' : 'false'}
      @click=${() => (busy ? undefined : marked ? c.onUndo(entry) : c.onCheckIn(entry))}
    >
      ${marked ? msg('Undo', { id: 'staff.roster.undo' }) : msg('Check in', { id: 'staff.roster.check-in' })} ${name}
    </button>`;
  };
  const row = (entry: RosterEntry) =>
    html`<tr class=${entry.attendance === 'attended' ? 'is-in' : ''}>
      <th scope="row" dir="auto">
        ${entry.name || html`<span class="muted">${msg('(no name given)', { id: 'staff.roster.no-name' })}</span>`}
      </th>
      <td class="num">${n(entry.party_size)}</td>
      <td>${languageName(entry.language, c.locale)}</td>
      <td dir="auto">${entry.access_needs || html`<span class="muted">—</span>`}</td>
      <td>${statusText(entry, c.locale)}${deliveryText(entry)}</td>
      <td>${attendanceText(entry, c.locale, c.timeZone)}</td>
      <td class="action">${action(entry)}</td>
    </tr>`;
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="roster-caption">
    <table class="roster">
      <caption id="roster-caption">
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Name', { id: 'staff.field.name' })}</th>
          <th scope="col" class="num">${msg('Party size', { id: 'staff.roster.party-size' })}</th>
          <th scope="col">${msg('Language', { id: 'staff.field.language' })}</th>
          <th scope="col">${msg('Access needs', { id: 'staff.roster.access-needs' })}</th>
          <th scope="col">${msg('Status', { id: 'staff.field.status' })}</th>
          <th scope="col">${msg('Attendance', { id: 'staff.roster.attendance' })}</th>
          <th scope="col"><span class="visually-hidden">${msg('Action', { id: 'staff.roster.action' })}</span></th>
        </tr>
      </thead>
      <tbody>
        ${c.entries.map(row)}
      </tbody>
    </table>
  </div>`;
}
