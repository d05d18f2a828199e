import { html, type TemplateResult } from 'lit';
import { dateTimeFormat } from '../../../core/intl.js';

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** An ISO weekday (1 Monday … 7 Sunday) named in `locale`: 2024-01-01 was a Monday. */
export const weekdayName = (weekday: number, locale: string): string =>
  dateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, weekday, 12)));

/** A wall-clock time (`HH:MM`) as people of `locale` read it. */
export const clockTime = (time: string, locale: string): string => {
  const [h, m] = time.split(':').map(Number);
  return dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1, h ?? 0, m ?? 0)),
  );
};

export const hoursText = (from: string, to: string, locale: string): string =>
  `${clockTime(from, locale)}–${clockTime(to, locale)}`;

/** The weekdays as a select's options, `value` chosen. */
export const weekdayOptions = (value: string, locale: string): TemplateResult[] =>
  WEEKDAYS.map(
    (d) => html`<option value=${String(d)} ?selected=${String(d) === value}>${weekdayName(d, locale)}</option>`,
  );

export const isClock = (value: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
