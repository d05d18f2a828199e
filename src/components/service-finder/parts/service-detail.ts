import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../../../core/localize.js';
import type { DetailLocation, ServiceDetail } from '../service-finder.api.js';
import { formatAddress } from '../../../core/address.js';
import { dateTimeFormat, listFormat } from '../../../core/intl.js';
import { languageName } from '../../../core/language-name.js';
import { formatHours } from '../../../core/opening-hours.js';
import { renderPhoneLink } from '../../../core/phone.js';

/**
 * What the record shows as its card does, rendered by the finder: this view
 * is a chunk of its own, and importing the card's code from the finder's
 * chunk would cost every finder page the bundler's module-namespace helper.
 */
export interface CardView {
  /** Badges, open now and today's hours, languages. */
  facts: TemplateResult;
  /** Call, website and directions. */
  actions: TemplateResult;
  /** "Information checked on" date, as the card writes dates; '' when not checked. */
  checked: string;
  /** "Report a problem" and its form. */
  report: TemplateResult | typeof nothing;
}

/** Weekday names (Monday first) for RFC 5545 day codes. */
function weekdayName(code: string, locale: string): string {
  const index = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].indexOf(code.slice(-2));
  if (index < 0) return code;
  return dateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + index));
}

/** A heading and its body; a body that is the server's text alone is a paragraph in its own direction. */
function section(
  heading: string,
  body: TemplateResult | string | null,
  fallback = false,
): TemplateResult | typeof nothing {
  if (!body) return nothing;
  return html`<section class="detail__section">
    <h3>${heading}</h3>
    ${fallback ? fallbackNote() : nothing} ${typeof body === 'string' ? html`<p dir="auto">${body}</p>` : body}
  </section>`;
}

/** Said where a text is shown in another language than the visitor's: nothing falls back silently. */
const fallbackNote = () =>
  html`<p class="note">${msg('Not yet available in your language.', { id: 'finder.fallback' })}</p>`;

/** Schedules as "Monday, Tuesday: 9:00 AM–5:00 PM", monthly ones with their description. */
function renderSchedules(service: ServiceDetail, locale: string): TemplateResult | null {
  if (!service.schedules.length) return null;
  const list = (items: string[]) => listFormat(locale).format(items);
  return html`<ul class="plain">
    ${service.schedules.map((s) => {
      const days = (s.byday ?? '').split(',').filter(Boolean);
      const when = s.freq === 'WEEKLY' ? list(days.map((d) => weekdayName(d, locale))) : '';
      const hours = s.opens_at && s.closes_at ? formatHours(s.opens_at, s.closes_at, locale) : '';
      return html`<li>
        ${[when, hours].filter(Boolean).join(': ')}${s.description ? html`<br /><bdi>${s.description}</bdi>` : nothing}
      </li>`;
    })}
  </ul>`;
}

/** The full record: what a visitor needs before going, printable. */
export function renderServiceDetail(service: ServiceDetail, locale: string, card: CardView): TemplateResult {
  const fallback = new Set(service.content.fallback_fields ?? []);
  const fellBack = (...fields: string[]) => fields.some((field) => fallback.has(field));
  return html`<div class="detail" lang=${ifDefined(service.content.locale || undefined)}>
    <p class="card__org" dir="auto">${service.organization.name}</p>
    ${
      service.content.method === 'machine'
        ? html`<p class="note" lang=${locale}>
            ${msg('Translated automatically.', { id: 'finder.machine-translated' })}
          </p>`
        : nothing
    }
    <p dir="auto">${service.description}</p>
    <div lang=${locale}>${card.facts}</div>
    ${section(msg('Who can get help', { id: 'finder.eligibility' }), service.eligibility, fellBack('eligibility'))}
    ${section(
      msg('What to bring', { id: 'finder.documents' }),
      service.required_documents.length
        ? html`<ul class="plain">
            ${service.required_documents.map((d) => html`<li dir="auto">${d}</li>`)}
          </ul>`
        : null,
      fellBack('required_documents'),
    )}
    ${section(msg('Cost', { id: 'finder.fees' }), service.fees, fellBack('fees'))}
    ${section(
      msg('How to get this help', { id: 'finder.how-to-apply' }),
      service.application_process,
      fellBack('application_process'),
    )}
    ${section(msg('Opening hours', { id: 'finder.hours' }), renderSchedules(service, locale), fellBack('schedules.description'))}
    ${section(
      msg('Where', { id: 'finder.locations' }),
      service.locations.length
        ? html`<ul class="plain">
            ${(service.locations as DetailLocation[]).map(
              (l) =>
                html`<li>
                  <strong><bdi>${l.name}</bdi></strong
                  >${l.address ? html`<br /><bdi>${formatAddress(l.address)}</bdi>` : nothing}
                  ${l.corner_description ? html`<br /><bdi>${l.corner_description}</bdi>` : nothing}
                  ${l.accessibility ? html`<br /><bdi>${l.accessibility}</bdi>` : nothing}
                </li>`,
            )}
          </ul>`
        : null,
      fellBack('locations.corner_description', 'locations.accessibility'),
    )}
    ${section(
      msg('Phone', { id: 'finder.phones' }),
      service.phones.length
        ? html`<ul class="plain">
            ${service.phones.map(
              (p) =>
                html`<li>
                  ${renderPhoneLink(p.number)}${p.description ? html` · <bdi>${p.description}</bdi>` : nothing}
                  ${
                    p.languages.length
                      ? html`<span lang=${locale}>
                          · ${listFormat(locale).format(p.languages.map((code) => languageName(code, locale)))}</span
                        >`
                      : nothing
                  }
                </li>`,
            )}
          </ul>`
        : null,
      fellBack('phones.description'),
    )}
    <div lang=${locale}>
      ${card.actions}
      ${
        card.checked
          ? html`<p class="note">
              ${msg(str`Information checked on ${card.checked}`, { id: 'finder.last-verified' })}
            </p>`
          : nothing
      }
      ${card.report}
    </div>
  </div>`;
}
