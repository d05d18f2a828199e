import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../../../core/localize.js';
import type { EventOccurrence } from '../../clinic-calendar/clinic-calendar.api.js';
import { renderFacts, renderLanguages } from '../../clinic-calendar/parts/agenda-list.js';
import { dayLabel, dayOf, timeRange } from '../../clinic-calendar/parts/format.js';
import type { ServiceSummary } from '../../service-finder/service-finder.api.js';
import { directionsHref, formatDistance } from '../../service-finder/parts/format.js';
import { renderActions, renderStatus } from '../../service-finder/parts/service-card.js';
import type { CornerLocation } from '../corner-panel.api.js';

/** A heading at the level the host page chooses (never past 6). */
export const heading = (level: number, content: unknown, id?: string, lang?: string) =>
  html`<div role="heading" aria-level=${Math.min(6, level)} class="heading" id=${ifDefined(id)} lang=${ifDefined(lang)}>
    ${content}
  </div>`;

export const fallbackNote = (fallback: boolean | undefined) =>
  fallback
    ? html`<p class="note">${msg('Not yet available in your language.', { id: 'corner.fallback' })}</p>`
    : nothing;

const fact = (label: string, value: unknown) =>
  value
    ? html`<dt>${label}</dt>
        <dd>${value}</dd>`
    : nothing;

/** Hours today, the languages staff speak, the address with directions, access and transport notes. */
export function renderPlaceFacts(place: CornerLocation, locale: string): TemplateResult {
  const staff = place.languages.filter((l) => l.kind === 'staff').map((l) => l.code);
  const a = place.address;
  const lang = place.content?.locale;
  return html`<dl class="info">
    ${fact(
      msg('Hours today', { id: 'corner.hours' }),
      // The finder's open/closed line, in the place's own zone (as a service's hours are).
      place.open_now !== undefined && place.hours_today ? renderStatus(place as unknown as ServiceSummary, locale) : '',
    )}
    ${fact(msg('Staff speak', { id: 'corner.languages' }), staff.length ? renderLanguages(staff) : '')}
    ${fact(
      msg('Address', { id: 'corner.address' }),
      a &&
        html`${a.address_1}${a.address_2 ? `, ${a.address_2}` : ''}, ${a.city}, ${a.state_province} ${a.postal_code}
          <a class="inline-link" href=${directionsHref(a)} target="_blank" rel="noopener noreferrer"
            >${msg('Directions', { id: 'corner.directions' })}</a
          >`,
    )}
    ${fact(msg('Accessibility', { id: 'corner.accessibility' }), place.accessibility && html`<span lang=${ifDefined(lang)}>${place.accessibility}</span>`)}
    ${fact(msg('Getting here', { id: 'corner.transportation' }), place.transportation && html`<span lang=${ifDefined(lang)}>${place.transportation}</span>`)}
  </dl>`;
}

/** One of the next events: when, what, the calendar's facts, and the button that opens its sign-up. */
export function renderEvent(
  o: EventOccurrence,
  locale: string,
  level: number,
  open: (o: EventOccurrence, trigger: HTMLElement) => void,
): TemplateResult {
  const id = `event-${o.id.replace(/[^\w-]/g, '-')}`;
  return html`<li class="item" part="event">
    <p class="when">${dayLabel(dayOf(o), locale)}, ${timeRange(o, locale)}</p>
    ${heading(level, o.title, id, o.content.locale || locale)} ${fallbackNote(o.content.fallback)}
    ${renderFacts(o, locale)}
    <button
      type="button"
      class="button"
      part="event-button"
      aria-describedby=${id}
      @click=${(e: Event) => open(o, e.currentTarget as HTMLElement)}
    >
      ${msg('Details and sign-up', { id: 'corner.details' })}
    </button>
  </li>`;
}

/** A nearby service: name, organization, distance, and the finder's call, website and directions links. */
export function renderService(s: ServiceSummary, locale: string): TemplateResult {
  return html`<li class="item" part="service">
    <p class="name" lang=${s.content.locale || locale}>${s.name}</p>
    ${fallbackNote(s.content.fallback)}
    <p class="note">
      ${s.organization.name}${s.distance_km !== null ? ` · ${formatDistance(s.distance_km, locale)}` : ''}
    </p>
    ${renderActions(s)}
  </li>`;
}
