import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../core/localize.js';
import type { EventOccurrence } from '../clinic-calendar.api.js';
import { renderHeading } from '../../../core/heading.js';
import { endonym } from '../../../core/endonym.js';
import { availabilityText, dateTime, dayLabel, timeRange } from './format.js';
import type { DayKey } from './range.js';

export interface ViewContext {
  locale: string;
  /** Level of the date headings. */
  level: number;
  open: (occurrence: EventOccurrence, trigger: HTMLElement) => void;
}

/** Where: the place's name, the organizer's words, or "Online". */
export function placeName(o: EventOccurrence): string {
  return o.location?.name ?? o.location_text ?? (o.online_url ? msg('Online', { id: 'calendar.online' }) : '');
}

/** Each language in itself, marked so a screen reader speaks it in the right voice, and isolated for direction. */
export const renderLanguages = (codes: string[]) =>
  codes.map((code, i) => html`${i ? ', ' : ''}<span lang=${code} dir="auto">${endonym(code)}</span>`);

/** The short facts under a title: type, place, languages, cost, availability, state. */
export function renderFacts(o: EventOccurrence, locale: string): TemplateResult {
  const availability = o.past || o.status === 'cancelled' ? '' : availabilityText(o, locale);
  const tag = (text: string, cls = '') => html`<li class="tag ${cls}">${text}</li>`;
  const place = placeName(o);
  return html`<ul class="facts">
    ${o.status === 'cancelled' ? tag(msg('Cancelled', { id: 'calendar.cancelled' }), 'tag--cancelled') : nothing}
    ${
      o.status === 'moved' && o.moved_from
        ? tag(
            msg(str`Moved from ${dateTime({ start: o.moved_from, timezone: o.timezone }, locale)}`, {
              id: 'calendar.moved-from',
            }),
            'tag--moved',
          )
        : nothing
    }
    ${o.past ? tag(msg('Past', { id: 'calendar.past' }), 'tag--past') : nothing}
    <li><bdi>${o.type_name}</bdi></li>
    ${place ? html`<li><bdi>${place}</bdi></li>` : nothing}
    ${o.languages.length ? html`<li>${renderLanguages(o.languages)}</li>` : nothing}
    ${o.free ? tag(msg('Free', { id: 'calendar.free' }), 'tag--free') : nothing}
    ${
      o.series
        ? html`<li>
            ${
              o.series.count
                ? msg(str`Session ${o.series.position} of ${o.series.count}`, { id: 'calendar.session-of' })
                : msg(str`Session ${o.series.position}`, { id: 'calendar.session' })
            }
          </li>`
        : nothing
    }
    ${availability ? tag(availability, o.availability.full ? 'tag--full' : '') : nothing}
  </ul>`;
}

function renderItem(o: EventOccurrence, ctx: ViewContext): TemplateResult {
  const cancelled = o.status === 'cancelled';
  return html`<li part="event" class="event ${o.past ? 'event--past' : ''} ${cancelled ? 'event--cancelled' : ''}">
    <p class="event__time">${timeRange(o, ctx.locale)}</p>
    <button
      part="event-title"
      type="button"
      class="event__title"
      data-id=${o.id}
      lang=${o.content.locale || ctx.locale}
      dir="auto"
      @click=${(e: Event) => ctx.open(o, e.currentTarget as HTMLElement)}
    >
      ${cancelled ? html`<s>${o.title}</s>` : o.title}
    </button>
    ${renderFacts(o, ctx.locale)}
  </li>`;
}

/** Occurrences grouped under their (event-zone) calendar day. */
export function renderAgenda(days: [DayKey, EventOccurrence[]][], ctx: ViewContext): TemplateResult {
  return html`<div part="list" class="agenda">
    ${days.map(
      ([day, items]) =>
        html`<section class="day-group">
          ${renderHeading(ctx.level, dayLabel(day, ctx.locale), { class: 'heading day-heading', focusable: true })}
          <ul class="events">
            ${items.map((o) => renderItem(o, ctx))}
          </ul>
        </section>`,
    )}
  </div>`;
}
