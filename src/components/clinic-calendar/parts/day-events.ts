import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../core/localize.js';
import { formatNumber } from '../../../core/number-format.js';
import type { EventOccurrence } from '../clinic-calendar.api.js';
import { dayLabel, eventCount } from './format.js';
import type { DayKey } from './range.js';

/** A day of the month grid, named with its count of events: "Tuesday, March 10, 2 events". */
export const eventDayName = (day: DayKey, items: EventOccurrence[], locale: string): string =>
  msg(str`${dayLabel(day, locale)}, ${eventCount(items.length, locale)}`, { id: 'calendar.day-name' });

/** The first two events of a day in its cell, then "+N". */
export const renderDayEvents = (items: EventOccurrence[], locale: string): TemplateResult | typeof nothing =>
  html`<span class="day__events" aria-hidden="true"
    >${items
      .slice(0, 2)
      .map(
        (o) =>
          html`<span class="day__event type-${o.type}${o.past ? ' day__event--past' : ''}"
            ><span class="dot"></span><span class="day__event-title" dir="auto">${o.title}</span></span
          >`,
      )}${items.length > 2 ? html`<span class="day__more" dir="ltr">+${formatNumber(items.length - 2, locale)}</span>` : nothing}</span
  >`;
