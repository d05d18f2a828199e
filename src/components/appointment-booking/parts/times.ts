import { html, type TemplateResult } from 'lit';
import { renderHeading } from '../../../core/heading.js';
import { plural } from '../../../core/intl.js';
import { msg, str } from '../../../core/localize.js';
import { formatNumber } from '../../../core/number-format.js';
import { dayLabel } from '../../clinic-calendar/parts/day-label.js';
import type { DayKey } from '../../clinic-calendar/parts/range.js';
import type { Slot } from '../appointment-booking.api.js';
import { slotTime } from './when.js';

/** "3 free times" with the locale's plural rules. */
export function timesCount(n: number, locale: string): string {
  const count = formatNumber(n, locale);
  return plural(n, locale, {
    zero: () => msg(str`${count} free times`, { id: 'appointment.count.zero' }),
    one: () => msg(str`${count} free time`, { id: 'appointment.count.one' }),
    two: () => msg(str`${count} free times`, { id: 'appointment.count.two' }),
    few: () => msg(str`${count} free times`, { id: 'appointment.count.few' }),
    many: () => msg(str`${count} free times`, { id: 'appointment.count.many' }),
    other: () => msg(str`${count} free times`, { id: 'appointment.count.other' }),
  });
}

/** A day of the grid, named with its free times: "Tuesday, March 10, 3 free times". */
export const dayName = (day: DayKey, count: number, locale: string): string =>
  msg(str`${dayLabel(day, locale)}, ${timesCount(count, locale)}`, { id: 'appointment.day-name' });

/** A mark in a day's cell that it has free times (the name says how many). */
export const renderDaySlots = (count: number, locale: string): TemplateResult =>
  html`<span class="day__slots" aria-hidden="true">${formatNumber(count, locale)}</span>`;

export interface TimesContext {
  level: number;
  locale: string;
  timeZone: string;
  day: DayKey;
  slots: Slot[];
  /** The start of the time chosen (and held). */
  chosen: string | undefined;
  onPick: (slot: Slot) => void;
}

/** The free times of a day: one button each, the chosen one pressed. */
export function renderTimes(ctx: TimesContext): TemplateResult {
  const title = msg(str`Times on ${dayLabel(ctx.day, ctx.locale)}`, { id: 'appointment.times-heading' });
  // A repeated hour (clocks going back) gives two slots with one wall-clock time: the zone's name tells them apart.
  const walls = ctx.slots.map((s) => s.local_start);
  const repeated = new Set(walls.filter((wall, i) => walls.indexOf(wall) !== i));
  return html`<section part="times" class="times" aria-labelledby="times-heading">
    ${renderHeading(ctx.level, title, { id: 'times-heading' })}
    ${
      ctx.slots.length
        ? html`<ul class="times__list">
            ${ctx.slots.map(
              (s) =>
                html`<li>
                  <button
                    part="time"
                    class="button time"
                    type="button"
                    data-start=${s.start}
                    aria-pressed=${ctx.chosen === s.start ? 'true' : 'false'}
                    @click=${() => ctx.onPick(s)}
                  >
                    ${slotTime(s, ctx.timeZone, ctx.locale, repeated.has(s.local_start))}
                  </button>
                </li>`,
            )}
          </ul>`
        : html`<p class="note">${msg('No free times on this day.', { id: 'appointment.day-empty' })}</p>`
    }
  </section>`;
}
