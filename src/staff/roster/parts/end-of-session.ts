import { html, type TemplateResult } from 'lit';
import { msg, str } from '../../../core/localize.js';
import { formatNumber } from '../../../core/number-format.js';
import type { Roster } from '../roster.api.js';
import { timeOnly } from './when.js';

export interface EndOfSessionContext {
  roster: Roster;
  locale: string;
  busy: boolean;
  csvHref: string;
  onNoShows: () => void;
}

/** People confirmed who have not come (party sizes summed): those "the rest" would mark. */
export const notYetIn = (roster: Roster): number =>
  roster.entries.filter((e) => e.status === 'confirmed' && !e.attendance).reduce((sum, e) => sum + e.party_size, 0);

/**
 * After the door closes: mark the rest as no-shows (once the session is over,
 * after a confirmation), print the sign-in sheet, download the roster.
 */
export function renderEndOfSession(c: EndOfSessionContext): TemplateResult {
  const { roster, locale } = c;
  const over = roster.session.over;
  const rest = notYetIn(roster);
  const ends = timeOnly(roster.session.end, roster.event.timezone, locale);
  const open = (e: Event) => {
    const dialog = (e.target as HTMLElement).closest('section')?.querySelector('dialog');
    dialog?.showModal();
  };
  const close = (e: Event) => (e.target as HTMLElement).closest('dialog')?.close();
  return html`<section class="end panel" aria-labelledby="end-title">
    <h2 id="end-title">${msg('After the session', { id: 'staff.roster.end-title' })}</h2>
    <div class="end-actions">
      <div>
        <button
          class="button"
          type="button"
          id="no-shows"
          ?disabled=${!over || rest === 0}
          aria-describedby="no-shows-reason"
          @click=${open}
        >
          ${msg('Mark the rest as no-shows', { id: 'staff.roster.no-shows-button' })}
        </button>
        <p class="hint" id="no-shows-reason">
          ${
            !over
              ? msg(str`Possible once the session has ended (at ${ends}).`, { id: 'staff.roster.no-shows-before' })
              : rest === 0
                ? msg('Everyone confirmed is marked.', { id: 'staff.roster.no-shows-none' })
                : msg(str`People not checked in: ${formatNumber(rest, locale)}.`, { id: 'staff.roster.no-shows-rest' })
          }
        </p>
      </div>
      <div>
        <button class="button" type="button" id="print" @click=${() => window.print()}>
          ${msg('Print sign-in sheet', { id: 'staff.roster.print' })}
        </button>
      </div>
      <div>
        <a class="button" id="csv" href=${c.csvHref} download="roster.csv" aria-describedby="csv-note">
          ${msg('Download CSV', { id: 'staff.roster.csv' })}
        </a>
        <p class="hint" id="csv-note">
          ${msg('Names, party sizes, languages, access needs and attendance; no email addresses or phone numbers.', {
            id: 'staff.roster.csv-note',
          })}
        </p>
      </div>
    </div>
    <dialog aria-labelledby="no-shows-title" aria-describedby="no-shows-text">
      <h2 id="no-shows-title">${msg('Mark the rest as no-shows?', { id: 'staff.roster.no-shows-confirm-title' })}</h2>
      <p id="no-shows-text">
        ${msg(
          str`People confirmed who have not checked in (${formatNumber(rest, locale)}) will be marked as no-shows. You can undo each one in the list.`,
          {
            id: 'staff.roster.no-shows-confirm',
          },
        )}
      </p>
      <div class="toolbar">
        <button
          class="button button--primary"
          type="button"
          id="no-shows-confirm"
          @click=${(e: Event) => {
            close(e);
            c.onNoShows();
          }}
        >
          ${msg('Mark as no-shows', { id: 'staff.roster.no-shows-do' })}
        </button>
        <button class="button" type="button" @click=${close}>
          ${msg('Cancel', { id: 'staff.roster.dialog-cancel' })}
        </button>
      </div>
    </dialog>
  </section>`;
}
