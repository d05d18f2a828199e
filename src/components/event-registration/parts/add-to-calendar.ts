import { css, html, type TemplateResult } from 'lit';
import type { AddressLines } from '../../../core/address.js';
import { msg } from '../../../core/localize.js';

/** The fields of an occurrence (or an event detail) the calendar links need. */
export interface CalendarOccurrence {
  event_id: string;
  title: string;
  summary?: string | null;
  local_start: string;
  start: string;
  end: string;
  timezone: string;
  location: {
    name: string;
    address: AddressLines | null;
  } | null;
  location_text: string | null;
  online_url: string | null;
}

export interface CalendarLinks {
  /** The server's iCalendar download (absolute URL). */
  ics: string;
  google: string;
  outlook: string;
}

/** One line a calendar can put in its "where" field. */
export function locationLine(occurrence: CalendarOccurrence): string {
  const { location } = occurrence;
  if (location) {
    const a = location.address;
    const address = a ? [a.address_1, a.address_2, a.city, `${a.state_province} ${a.postal_code}`.trim()] : [];
    return [location.name, ...address].filter(Boolean).join(', ');
  }
  return occurrence.location_text ?? occurrence.online_url ?? '';
}

/** `2026-03-10T22:00:00.000Z` → `20260310T220000Z`. */
function googleTime(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** `2026-03-10T22:00:00Z` with no milliseconds. */
function isoUtc(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}/, '');
}

/**
 * Links that add a session (`scope: 'session'`) or a whole series to a
 * calendar. All are built here: nothing is loaded from Google or Microsoft, and
 * a visitor only goes there by following a link.
 */
export function calendarLinks(
  occurrence: CalendarOccurrence,
  endpoint: string,
  lang: string,
  scope: 'session' | 'series',
): CalendarLinks {
  const base = new URL(endpoint, document.baseURI);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  base.search = '';
  base.hash = '';
  const ics = new URL(`events/${encodeURIComponent(occurrence.event_id)}/event.ics`, base);
  if (scope === 'session') ics.searchParams.set('occurrence', occurrence.local_start);
  ics.searchParams.set('lang', lang);

  const details = [occurrence.summary, occurrence.online_url].filter(Boolean).join('\n\n');
  const where = locationLine(occurrence);

  const google = new URL('https://calendar.google.com/calendar/render');
  google.search = new URLSearchParams({
    action: 'TEMPLATE',
    text: occurrence.title,
    dates: `${googleTime(occurrence.start)}/${googleTime(occurrence.end)}`,
    details,
    location: where,
    ctz: occurrence.timezone,
  }).toString();

  const outlook = new URL('https://outlook.live.com/calendar/0/action/compose');
  outlook.search = new URLSearchParams({
    subject: occurrence.title,
    startdt: isoUtc(occurrence.start),
    enddt: isoUtc(occurrence.end),
    body: details,
    location: where,
  }).toString();

  return { ics: ics.href, google: google.href, outlook: outlook.href };
}

export interface AddToCalendarOptions {
  /** The download's file name; the server's own name when omitted. */
  filename?: string;
}

/**
 * Three links in a named group: the .ics download, Google Calendar and
 * Outlook (the last two open in a new tab, which they say).
 */
export function renderAddToCalendar(links: CalendarLinks, options: AddToCalendarOptions = {}): TemplateResult {
  const newTab = html`<span class="visually-hidden"
    >${msg('(opens in a new tab)', { id: 'calendar.add.new-tab' })}</span
  >`;
  return html`<div
    part="add-to-calendar"
    class="add-to-calendar"
    role="group"
    aria-label=${msg('Add to my calendar', { id: 'calendar.add.label' })}
  >
    <span class="add-to-calendar__label" aria-hidden="true"
      >${msg('Add to my calendar', { id: 'calendar.add.label' })}</span
    >
    <a part="calendar-link" href=${links.ics} download=${options.filename ?? ''}
      >${msg('Download (.ics)', { id: 'calendar.add.ics' })}</a
    >
    <a part="calendar-link" href=${links.google} target="_blank" rel="noopener noreferrer"
      >${msg('Google Calendar', { id: 'calendar.add.google' })}${newTab}</a
    >
    <a part="calendar-link" href=${links.outlook} target="_blank" rel="noopener noreferrer"
      >${msg('Outlook', { id: 'calendar.add.outlook' })}${newTab}</a
    >
  </div>`;
}

export const addToCalendarStyles = css`
  .add-to-calendar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
  }
  .add-to-calendar__label {
    font-weight: 600;
    inline-size: 100%;
  }
  .add-to-calendar a {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
    min-inline-size: 24px;
    padding-block: var(--_space-xs);
    color: var(--_color-primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .add-to-calendar a:hover {
    text-decoration-thickness: 2px;
  }
  @media (forced-colors: active) {
    .add-to-calendar a {
      color: LinkText;
    }
  }
`;
