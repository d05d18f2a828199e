import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../core/localize.js';
import { formatNumber } from '../../../core/number-format.js';
import type { CapacityConflict, OverCapacity, StaffEvent, StaffSession } from '../event.api.js';
import { instantOf } from './local-dates.js';
import { sessionWhen } from './sessions.js';
import { renderTypedInput } from './typed-input.js';

/** What the editor is asking about before it acts. */
export type Asking =
  | { kind: 'cancel'; session: StaffSession }
  | { kind: 'move'; session: StaffSession; date: string; time: string; error?: string | undefined }
  | { kind: 'series' }
  | { kind: 'capacity'; sessions: CapacityConflict[] };

export interface DialogContext {
  asking: Asking;
  event: StaffEvent;
  locale: string;
  busy: boolean;
  /** A failure of the action, in words. */
  failure: string | undefined;
  onMoveInput: (field: 'date' | 'time', value: string) => void;
  onConfirm: (choice?: OverCapacity) => void;
  onClose: () => void;
}

/** "People signed up will be told": with how many, when anyone is. */
function toldWords(confirmed: number, waitlisted: number, locale: string): string {
  if (!confirmed && !waitlisted)
    return msg('Nobody is signed up yet. The public calendar and the feeds change at once.', {
      id: 'staff.event.dialog.nobody',
    });
  const c = formatNumber(confirmed, locale);
  const w = formatNumber(waitlisted, locale);
  return msg(str`People signed up will be told, in their language: ${c} confirmed, ${w} on the waiting list.`, {
    id: 'staff.event.dialog.told',
  });
}

function body(c: DialogContext): { title: string; content: TemplateResult; confirm: TemplateResult } {
  const tz = c.event.timezone;
  const primary = (label: string, danger = false, choice?: OverCapacity) =>
    html`<button
      class="button ${danger ? 'button--danger' : 'button--primary'}"
      type="button"
      data-confirm=${choice ?? 'yes'}
      aria-disabled=${c.busy ? 'true' : 'false'}
      @click=${() => c.onConfirm(choice)}
    >
      ${label}
    </button>`;
  const asking = c.asking;
  switch (asking.kind) {
    case 'cancel': {
      const when = sessionWhen(asking.session.start, tz, c.locale);
      return {
        title: msg('Cancel this session?', { id: 'staff.event.dialog.cancel-title' }),
        content: html`<p>${when}</p>
          <p>${toldWords(asking.session.confirmed, asking.session.waitlisted, c.locale)}</p>`,
        confirm: primary(msg('Cancel the session', { id: 'staff.event.dialog.cancel-confirm' }), true),
      };
    }
    case 'move': {
      const when = sessionWhen(asking.session.start, tz, c.locale);
      return {
        title: msg('Move this session?', { id: 'staff.event.dialog.move-title' }),
        content: html`<p>${msg(str`Now: ${when}`, { id: 'staff.event.dialog.move-now' })}</p>
          <div class="row">
            ${renderTypedInput({
              type: 'date',
              name: 'move_date',
              label: msg('New date', { id: 'staff.event.dialog.move-date' }),
              value: asking.date,
              error: asking.error,
              onInput: (v) => c.onMoveInput('date', v),
            })}
            ${renderTypedInput({
              type: 'time',
              name: 'move_time',
              label: msg('New time', { id: 'staff.event.dialog.move-time' }),
              value: asking.time,
              onInput: (v) => c.onMoveInput('time', v),
            })}
          </div>
          <p>${toldWords(asking.session.confirmed, asking.session.waitlisted, c.locale)}</p>`,
        confirm: primary(msg('Move the session', { id: 'staff.event.dialog.move-confirm' })),
      };
    }
    case 'series': {
      const upcoming = c.event.sessions.filter((s) => s.status !== 'cancelled' && new Date(s.end) > new Date());
      const confirmed = upcoming.reduce((sum, s) => sum + s.confirmed, 0);
      const waitlisted = upcoming.reduce((sum, s) => sum + s.waitlisted, 0);
      return {
        title: msg('Cancel the whole series?', { id: 'staff.event.dialog.series-title' }),
        content: html`<p>
            ${msg('Every session still to come is cancelled, and the event shows as cancelled.', {
              id: 'staff.event.dialog.series-detail',
            })}
          </p>
          <p>${toldWords(confirmed, waitlisted, c.locale)}</p>`,
        confirm: primary(msg('Cancel the series', { id: 'staff.event.dialog.series-confirm' }), true),
      };
    }
    case 'capacity': {
      const n = (v: number) => formatNumber(v, c.locale);
      return {
        title: msg('More people are confirmed than the new number of places', {
          id: 'staff.event.dialog.capacity-title',
        }),
        content: html`<ul class="conflicts">
            ${asking.sessions.map((s) => {
              const when = sessionWhen(instantOf(s.key, tz).toISOString(), tz, c.locale);
              const confirmed = n(s.confirmed);
              const places = n(s.capacity);
              return html`<li>
                ${msg(str`${when}: ${confirmed} confirmed, ${places} places`, { id: 'staff.event.dialog.capacity-row' })}
              </li>`;
            })}
          </ul>
          <p>
            ${msg(
              'What should happen to the people beyond the new number? Those who signed up last move first; they are told either way.',
              { id: 'staff.event.dialog.capacity-question' },
            )}
          </p>`,
        confirm: html`${primary(
          msg('Move the extra people to the waiting list', { id: 'staff.event.dialog.capacity-waitlist' }),
          false,
          'waitlist',
        )}
        ${primary(msg('Keep them (over the number of places)', { id: 'staff.event.dialog.capacity-keep' }), false, 'keep')}`,
      };
    }
  }
}

/**
 * The question as a modal dialog: what will happen, who will be told, and the
 * way back, which has the focus first (a stray Enter changes nothing).
 */
export function renderDialog(c: DialogContext): TemplateResult {
  const { title, content, confirm } = body(c);
  return html`<dialog
    class="ask"
    aria-labelledby="ask-title"
    @cancel=${(e: Event) => {
      e.preventDefault();
      c.onClose();
    }}
  >
    <h2 id="ask-title">${title}</h2>
    ${content} ${c.failure ? html`<p class="notice notice--error" role="alert">${c.failure}</p>` : nothing}
    <div class="actions">
      ${confirm}
      <button class="button" type="button" data-close ?autofocus=${c.asking.kind !== 'move'} @click=${c.onClose}>
        ${msg('Go back without changing anything', { id: 'staff.event.dialog.close' })}
      </button>
    </div>
  </dialog>`;
}
