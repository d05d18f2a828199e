import { html, type TemplateResult } from 'lit';
import { msg, str } from '../../core/localize.js';
import type { StaleError } from './desk-api.js';
import { formatDateTime } from './format.js';

/**
 * Someone saved the record after it was opened here (412): who and when, and
 * a Reload that shows their change with this person's edits still in the form.
 */
export function renderStale(error: StaleError, locale: string, onReload: () => void): TemplateResult {
  const who = error.changedBy || msg('someone else', { id: 'staff.stale.someone' });
  const when = formatDateTime(error.changedAt, locale);
  return html`<div class="notice notice--error stale" role="alert">
    <p class="notice__heading">
      ${
        when
          ? msg(str`Changed by ${who} at ${when}.`, { id: 'staff.stale.by-at' })
          : msg(str`Changed by ${who}.`, { id: 'staff.stale.by' })
      }
      ${msg('Reload to see their change; your edits are kept.', { id: 'staff.stale.reload-hint' })}
    </p>
    <button class="button button--primary notice__action" type="button" @click=${onReload}>
      ${msg('Reload', { id: 'staff.stale.reload' })}
    </button>
  </div>`;
}
