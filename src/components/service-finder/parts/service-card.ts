import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../../../core/localize.js';
import type { ServiceSummary } from '../service-finder.api.js';
import { directionsHref, formatAddress } from '../../../core/address.js';
import { isolate } from '../../../core/bidi.js';
import { renderHeading } from '../../../core/heading.js';
import { listFormat } from '../../../core/intl.js';
import { languageName } from '../../../core/language-name.js';
import { formatHours } from '../../../core/opening-hours.js';
import { telHref } from '../../../core/phone.js';
import { formatDate, formatDistance } from './format.js';
import { webHref } from '../../../core/web-href.js';

/** The facts of a service that fit on a card, shared by the list and the detail view. */
export function renderBadges(service: ServiceSummary, locale: string): TemplateResult {
  return html`<ul class="badges" aria-label=${msg('Features', { id: 'finder.features' })}>
    ${service.badges.map(
      (badge) =>
        html`<li class="badge badge--${badge.code}${badge.verified && badge.overdue ? ' badge--overdue' : ''}">
          <bdi>${badge.name}</bdi>${
            badge.verified
              ? html`<span class="badge__verified">
                  ·
                  ${
                    // Overdue: said in words, never hidden (the visitor's check against notario fraud).
                    badge.overdue
                      ? msg(str`not re-verified since ${formatDate(badge.verified, locale)}`, {
                          id: 'finder.badge-overdue',
                        })
                      : msg(str`checked ${formatDate(badge.verified, locale)}`, { id: 'finder.badge-verified' })
                  }</span
                >`
              : nothing
          }
        </li>`,
    )}
  </ul>`;
}

export function renderLanguages(service: ServiceSummary, locale: string): TemplateResult | typeof nothing {
  const staff = service.languages.filter((l) => l.kind === 'staff').map((l) => languageName(l.code, locale));
  const interpretation = service.languages
    .filter((l) => l.kind === 'interpretation')
    .map((l) => languageName(l.code, locale));
  if (!staff.length && !interpretation.length) return nothing;
  const list = (items: string[]) => listFormat(locale).format(items);
  return html`<dl class="facts">
    ${
      staff.length
        ? html`<dt>${msg('Staff speak', { id: 'finder.staff-speak' })}</dt>
            <dd>${list(staff)}</dd>`
        : nothing
    }
    ${
      interpretation.length
        ? html`<dt>${msg('Interpreters for', { id: 'finder.interpretation' })}</dt>
            <dd>${list(interpretation)}</dd>`
        : nothing
    }
  </dl>`;
}

/** What a card and the full record both show: availability, badges, open now and today's hours, languages. */
export const renderFacts = (service: ServiceSummary, locale: string): TemplateResult =>
  html`${renderAvailability(service, locale)} ${renderBadges(service, locale)} ${renderStatus(service, locale)}
  ${renderLanguages(service, locale)}`;

/** Said only when a service does not take new clients as usual: a waiting list, full, or paused (until a date). */
export function renderAvailability(service: ServiceSummary, locale: string): TemplateResult | typeof nothing {
  const { status, until } = service.availability;
  if (status === 'accepting') return nothing;
  const text =
    status === 'waitlist'
      ? msg('Waiting list', { id: 'finder.availability.waitlist' })
      : status === 'full'
        ? msg('Not taking new clients', { id: 'finder.availability.full' })
        : until
          ? msg(str`Paused until ${formatDate(until, locale)}`, { id: 'finder.availability.paused-until' })
          : msg('Paused', { id: 'finder.availability.paused' });
  return html`<p class="availability"><strong>${text}</strong></p>`;
}

export function renderStatus(service: ServiceSummary, locale: string): TemplateResult | typeof nothing {
  if (service.open_now === null) return nothing;
  const today = service.hours_today.map((h) => formatHours(h.opens_at, h.closes_at, locale)).join(', ');
  return html`<p class="status ${service.open_now ? 'status--open' : 'status--closed'}">
    <strong
      >${service.open_now ? msg('Open now', { id: 'finder.open-now-status' }) : msg('Closed now', { id: 'finder.closed-now' })}</strong
    >
    ${today ? html`· ${msg(str`Today ${today}`, { id: 'finder.hours-today' })}` : html`· ${msg('Closed today', { id: 'finder.closed-today' })}`}
  </p>`;
}

export function renderActions(service: ServiceSummary): TemplateResult {
  const place = service.locations.find((l) => l.address);
  const phone = service.phones[0];
  const website = webHref(service.url);
  return html`<div class="actions">
    ${
      phone
        ? html`<a class="button action" part="action" href=${telHref(phone.number)}
            >${msg(str`Call ${isolate(phone.number)}`, { id: 'finder.call' })}</a
          >`
        : nothing
    }
    ${
      website
        ? html`<a class="button action" part="action" href=${website} target="_blank" rel="noopener noreferrer"
            >${msg('Website', { id: 'finder.website' })}</a
          >`
        : nothing
    }
    ${
      place?.address
        ? html`<a
            class="button action"
            part="action"
            href=${directionsHref(place.address)}
            target="_blank"
            rel="noopener noreferrer"
            >${msg('Directions', { id: 'finder.directions' })}</a
          >`
        : nothing
    }
  </div>`;
}

/**
 * One result: name (a button that opens the details, a heading at `level`), organization, summary and facts;
 * `report` last ("Report a problem").
 */
export function renderServiceCard(
  service: ServiceSummary,
  locale: string,
  level: number,
  onOpen: (service: ServiceSummary, trigger: HTMLElement) => void,
  report: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  const place = service.locations.find((l) => l.address) ?? service.locations[0];
  return html`<article class="card" part="card">
    ${renderHeading(
      level,
      html`<button
        type="button"
        dir="auto"
        class="card__open"
        part="card-title"
        @click=${(e: Event) => onOpen(service, e.currentTarget as HTMLElement)}
      >
        ${service.name}
      </button>`,
      { class: 'card__title', lang: service.content.locale || undefined },
    )}
    <p class="card__org" dir="auto">${service.organization.name}</p>
    ${
      service.content.fallback
        ? html`<p class="note">${msg('Not yet available in your language.', { id: 'finder.fallback' })}</p>`
        : nothing
    }
    <p class="card__description" lang=${ifDefined(service.content.locale || undefined)} dir="auto">
      ${service.description}
    </p>
    ${renderFacts(service, locale)}
    ${
      place?.address
        ? html`<p class="card__place">
            <bdi>${formatAddress(place.address, true)}</bdi>${
              service.distance_km !== null ? html` · ${formatDistance(service.distance_km, locale)}` : nothing
            }
          </p>`
        : nothing
    }
    ${renderActions(service)} ${report}
  </article>`;
}
