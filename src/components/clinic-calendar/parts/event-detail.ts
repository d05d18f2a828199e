import { html, nothing, type TemplateResult } from 'lit';
import { renderHeading } from '../../../core/heading.js';
import { listFormat } from '../../../core/intl.js';
import { msg, str } from '../../../core/localize.js';
import { calendarLinks, renderAddToCalendar } from '../../event-registration/parts/add-to-calendar.js';
import type { EventDetail, EventOccurrence } from '../clinic-calendar.api.js';
import type { placeName, renderFacts, renderLanguages } from './agenda-list.js';
import { formatAddress } from '../../../core/address.js';
import { formatNumber } from '../../../core/number-format.js';
import type { dayLabel, dayOf, dayRange, timeRange } from './format.js';
import type { loadRegistration } from './load-registration.js';
import type { weekday } from './range.js';
import { webHref } from '../../../core/web-href.js';

/**
 * The calendar's own helpers this view uses, passed in by the calendar: this
 * chunk then imports nothing from the calendar's, which spares the page
 * a module-namespace helper.
 */
export interface DetailHelpers {
  placeName: typeof placeName;
  renderFacts: typeof renderFacts;
  renderLanguages: typeof renderLanguages;
  dayLabel: typeof dayLabel;
  dayOf: typeof dayOf;
  dayRange: typeof dayRange;
  timeRange: typeof timeRange;
  weekday: typeof weekday;
  loadRegistration: typeof loadRegistration;
}

export interface DetailContext {
  locale: string;
  level: number;
  endpoint: string;
  occurrence: EventOccurrence;
  event: EventDetail | undefined;
  /** Shown in place of the full record when it could not be loaded. */
  problem: TemplateResult | undefined;
  back: () => void;
  helpers: DetailHelpers;
}

const FULL_DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };

const fact = (label: string, value: unknown) =>
  value
    ? html`<dt>${label}</dt>
        <dd>${value}</dd>`
    : nothing;

/** "Every Tuesday", when the sessions are weekly. */
function cadence(e: EventDetail, locale: string, { dayLabel, dayOf, weekday }: DetailHelpers): string {
  if (!e.recurrence || !/FREQ=WEEKLY/.test(e.recurrence.rrule) || /INTERVAL=([2-9]|\d\d)/.test(e.recurrence.rrule)) {
    return '';
  }
  const days = [...new Set(e.occurrences.map((s) => weekday(dayOf(s))))].map((d) =>
    dayLabel(`2023-01-${String(1 + d).padStart(2, '0')}`, locale, { weekday: 'long' }),
  );
  return msg(str`Every ${listFormat(locale).format(days)}`, { id: 'calendar.every' });
}

/** "Every Tuesday · Sessions: 10, March 3 – May 5, 2027"; the sign-up form lists the sessions. */
function renderSessions(e: EventDetail, locale: string, helpers: DetailHelpers): TemplateResult | typeof nothing {
  const { dayOf, dayRange } = helpers;
  const sessions = e.occurrences;
  if (sessions.length < 2) return nothing;
  const first = dayOf(sessions[0]!);
  const last = dayOf(sessions[sessions.length - 1]!);
  return html`<p>
    ${[
      cadence(e, locale, helpers),
      msg(str`Sessions: ${formatNumber(sessions.length, locale)}, ${dayRange(first, last, locale)}`, {
        id: 'calendar.series-span',
      }),
    ]
      .filter(Boolean)
      .join(' · ')}
  </p>`;
}

function renderSignUp(ctx: DetailContext, e: EventDetail): TemplateResult | typeof nothing {
  if (e.status === 'cancelled') {
    return html`<p class="note">${msg('This session is cancelled.', { id: 'calendar.detail-cancelled' })}</p>`;
  }
  if (e.past) {
    return html`<p class="note">${msg('This session has already taken place.', { id: 'calendar.detail-past' })}</p>`;
  }
  if (e.registration.mode === 'none') {
    return html`<p class="note">${msg('No registration needed: just come.', { id: 'calendar.just-come' })}</p>`;
  }
  ctx.helpers.loadRegistration();
  return html`<ww-event-registration
    part="registration"
    .event=${e}
    occurrence=${e.local_start}
    lang=${ctx.locale}
    .endpoint=${ctx.endpoint}
  ></ww-event-registration>`;
}

/** One event in full, inside the widget: what, when, where, and the sign-up. */
export function renderEventDetail(ctx: DetailContext): TemplateResult {
  const { locale, event: e, helpers } = ctx;
  const { dayLabel, dayOf, placeName, renderFacts, renderLanguages, timeRange } = helpers;
  const o = e ?? ctx.occurrence;
  const lang = o.content.locale || locale;
  const address = o.location?.address;
  const online = webHref(o.online_url);
  return html`<article part="detail" class="detail">
    <button type="button" class="button back" @click=${ctx.back}>
      <span class="arrow" aria-hidden="true">←</span> ${msg('Back to the calendar', { id: 'calendar.back' })}
    </button>
    ${renderHeading(ctx.level, o.title, { class: 'heading detail__title', focusable: true, lang, dir: 'auto' })}
    ${
      o.content.fallback
        ? html`<p class="note">
            ${msg('This event is not yet described in your language. It is shown in another language.', {
              id: 'calendar.fallback',
            })}
          </p>`
        : nothing
    }
    ${renderFacts(o, locale)}
    <dl class="detail__facts">
      ${fact(msg('When', { id: 'calendar.when' }), `${dayLabel(dayOf(o), locale, FULL_DAY)}, ${timeRange(o, locale)}`)}
      ${fact(
        msg('Where', { id: 'calendar.where' }),
        html`<bdi>${placeName(o)}</bdi>${address ? html`<br /><bdi>${formatAddress(address)}</bdi>` : nothing}${
            online
              ? html`<br /><a href=${online} rel="noopener noreferrer"
                    >${msg('Join online', { id: 'calendar.join-online' })}</a
                  >`
              : nothing
          }`,
      )}
      ${fact(msg('Languages', { id: 'calendar.languages' }), o.languages.length ? renderLanguages(o.languages) : '')}
      ${fact(msg('Cost', { id: 'calendar.cost' }), o.free ? msg('Free', { id: 'calendar.free' }) : o.cost && html`<bdi lang=${lang}>${o.cost}</bdi>`)}
      ${e ? fact(msg('Organizer', { id: 'calendar.organizer' }), e.organizer && html`<bdi lang=${lang}>${e.organizer}</bdi>`) : nothing}
      ${e ? fact(msg('Accessibility', { id: 'calendar.accessibility' }), e.accessibility && html`<bdi lang=${lang}>${e.accessibility}</bdi>`) : nothing}
    </dl>
    ${ctx.problem ?? nothing}
    ${
      e
        ? html`<p class="detail__description" lang=${lang} dir="auto">${e.description || e.summary}</p>
            ${renderSessions(e, locale, helpers)}
            ${renderAddToCalendar(calendarLinks(e, ctx.endpoint, locale, e.registration.mode === 'series' ? 'series' : 'session'))}
            ${renderSignUp(ctx, e)}`
        : html`<p class="note" role="status">${msg('Loading the details…', { id: 'calendar.detail-loading' })}</p>`
    }
  </article>`;
}
