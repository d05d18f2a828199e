import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../../../core/localize.js';
import type { CornerLocation } from '../corner-panel.api.js';
import { directionsHref, formatAddress } from '../../../core/address.js';
import { endonym } from '../../../core/endonym.js';
import { formatHours } from '../../../core/opening-hours.js';

export const fallbackNote = (fallback: boolean | undefined) =>
  fallback
    ? html`<p class="note">${msg('Not yet available in your language.', { id: 'corner.fallback' })}</p>`
    : nothing;

const fact = (label: string, value: unknown) =>
  value
    ? html`<dt>${label}</dt>
        <dd>${value}</dd>`
    : nothing;

/** Open or closed now, and today's hours, in the branch's own zone (the finder's words). */
function hoursToday(place: CornerLocation, locale: string): TemplateResult | '' {
  if (place.open_now === null) return '';
  const today = place.hours_today.map((h) => formatHours(h.opens_at, h.closes_at, locale)).join(', ');
  return html`<strong
      >${place.open_now ? msg('Open now', { id: 'corner.open-now' }) : msg('Closed now', { id: 'corner.closed-now' })}</strong
    >
    ·
    ${today ? msg(str`Today ${today}`, { id: 'corner.hours-today' }) : msg('Closed today', { id: 'corner.closed-today' })}`;
}

/** Hours today, the languages staff speak, the address with directions, access and transport notes. */
export function renderPlaceFacts(place: CornerLocation, locale: string): TemplateResult {
  const staff = place.languages.filter((l) => l.kind === 'staff').map((l) => l.code);
  const a = place.address;
  const lang = place.content?.locale;
  return html`<dl class="info">
    ${fact(msg('Hours today', { id: 'corner.hours' }), hoursToday(place, locale))}
    ${fact(
      msg('Staff speak', { id: 'corner.languages' }),
      staff.length &&
        staff.map((code, i) => html`${i ? ', ' : ''}<span lang=${code} dir="auto">${endonym(code)}</span>`),
    )}
    ${fact(
      msg('Address', { id: 'corner.address' }),
      a &&
        html`<bdi>${formatAddress(a)}</bdi>
          <a class="inline-link" href=${directionsHref(a)} target="_blank" rel="noopener noreferrer"
            >${msg('Directions', { id: 'corner.directions' })}</a
          >`,
    )}
    ${fact(msg('Accessibility', { id: 'corner.accessibility' }), place.accessibility && html`<bdi lang=${ifDefined(lang)}>${place.accessibility}</bdi>`)}
    ${fact(msg('Getting here', { id: 'corner.transportation' }), place.transportation && html`<bdi lang=${ifDefined(lang)}>${place.transportation}</bdi>`)}
  </dl>`;
}
