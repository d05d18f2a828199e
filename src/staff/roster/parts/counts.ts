import { html, type TemplateResult } from 'lit';
import { msg } from '../../../core/localize.js';
import { formatNumber } from '../../../core/number-format.js';
import type { Roster } from '../roster.api.js';

/**
 * The session's counts (people, party sizes summed), in a polite live region
 * that is always in the page, so each change at the door is heard.
 */
export function renderCounts(roster: Roster, locale: string): TemplateResult {
  const n = (value: number) => formatNumber(value, locale);
  const { counts, capacity } = roster;
  const item = (label: string, value: string) =>
    html`<div class="count">
      <dt>${label}</dt>
      <dd>${value}</dd>
    </div>`;
  return html`<div class="counts-region" role="status" aria-live="polite" aria-atomic="true">
    <dl class="counts">
      ${item(msg('Confirmed', { id: 'staff.roster.confirmed' }), n(counts.confirmed))}
      ${item(msg('Checked in', { id: 'staff.roster.attended' }), n(counts.attended))}
      ${item(msg('Walk-ins', { id: 'staff.roster.walk-ins' }), n(counts.walk_ins))}
      ${item(msg('No-shows', { id: 'staff.roster.no-shows' }), n(counts.no_show))}
      ${item(msg('Waiting', { id: 'staff.roster.waiting' }), n(counts.waitlisted))}
      ${item(
        msg('Capacity', { id: 'staff.roster.capacity' }),
        capacity === null ? msg('No limit', { id: 'staff.roster.no-limit' }) : n(capacity),
      )}
    </dl>
  </div>`;
}
