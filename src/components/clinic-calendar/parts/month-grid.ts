import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../../../core/localize.js';
import type { EventOccurrence } from '../clinic-calendar.api.js';
import { renderHeading } from '../../../core/heading.js';
import { formatNumber } from '../../../core/number-format.js';
import { dayLabel, eventCount, monthLabel } from './format.js';
import { monthOf, toDate, type DayKey } from './range.js';

export interface GridContext {
  locale: string;
  level: number;
  month: DayKey;
  days: DayKey[];
  byDay: Map<DayKey, EventOccurrence[]>;
  /** The day holding the roving tabindex. */
  focus: DayKey;
  selected: DayKey;
  today: DayKey;
  busy: boolean;
  onKey: (e: KeyboardEvent) => void;
  onPick: (day: DayKey) => void;
  onMonth: (step: number) => void;
}

const weekdayNames = (days: DayKey[], locale: string) =>
  days.slice(0, 7).map((d) => [dayLabel(d, locale, { weekday: 'short' }), dayLabel(d, locale, { weekday: 'long' })]);

function renderDay(day: DayKey, ctx: GridContext): TemplateResult {
  const items = ctx.byDay.get(day) ?? [];
  const inMonth = monthOf(day) === ctx.month;
  const name = msg(str`${dayLabel(day, ctx.locale)}, ${eventCount(items.length, ctx.locale)}`, {
    id: 'calendar.day-name',
  });
  return html`<td
    class="day${inMonth ? '' : ' day--outside'}${items.length ? ' day--busy' : ''}"
    data-day=${day}
    tabindex=${ifDefined(inMonth ? (day === ctx.focus ? 0 : -1) : undefined)}
    aria-selected=${ifDefined(inMonth ? (day === ctx.selected ? 'true' : 'false') : undefined)}
    aria-current=${ifDefined(day === ctx.today ? 'date' : undefined)}
  >
    <span class="visually-hidden">${name}</span>
    <span class="day__number" aria-hidden="true">${formatNumber(toDate(day).getUTCDate(), ctx.locale)}</span>
    ${
      items.length
        ? html`<span class="day__events" aria-hidden="true"
            >${items
              .slice(0, 2)
              .map(
                (o) =>
                  html`<span class="day__event type-${o.type}${o.past ? ' day__event--past' : ''}"
                    ><span class="dot"></span><span class="day__event-title" dir="auto">${o.title}</span></span
                  >`,
              )}${items.length > 2 ? html`<span class="day__more" dir="ltr">+${formatNumber(items.length - 2, ctx.locale)}</span>` : nothing}</span
          >`
        : nothing
    }
  </td>`;
}

/** The month as a WAI-ARIA grid: one tab stop, arrows by day and week, pages by month. */
export function renderMonthGrid(ctx: GridContext): TemplateResult {
  const weeks: DayKey[][] = [];
  for (let i = 0; i < ctx.days.length; i += 7) weeks.push(ctx.days.slice(i, i + 7));
  const title = monthLabel(ctx.month, ctx.locale);
  return html`<div part="month" class="month">
    <div class="month__bar">
      <button type="button" class="button month__step" data-step="-1" @click=${() => ctx.onMonth(-1)}>
        <span class="arrow" aria-hidden="true">←</span> ${msg('Previous month', { id: 'calendar.month-previous' })}
      </button>
      ${renderHeading(ctx.level, title, { class: 'heading month__title' })}
      <button type="button" class="button month__step" data-step="1" @click=${() => ctx.onMonth(1)}>
        ${msg('Next month', { id: 'calendar.month-next' })} <span class="arrow" aria-hidden="true">→</span>
      </button>
    </div>
    <table
      part="grid"
      class="grid"
      role="grid"
      aria-label=${title}
      aria-busy=${ctx.busy ? 'true' : 'false'}
      @keydown=${ctx.onKey}
      @click=${(e: Event) => {
        const day = (e.target as HTMLElement).closest<HTMLElement>('[data-day]')?.dataset['day'];
        if (day) ctx.onPick(day);
      }}
    >
      <thead>
        <tr>
          ${weekdayNames(ctx.days, ctx.locale).map(
            ([short, long]) =>
              html`<th scope="col">
                <span aria-hidden="true">${short}</span><span class="visually-hidden">${long}</span>
              </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${weeks.map(
          (week) =>
            html`<tr>
              ${week.map((day) => renderDay(day, ctx))}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
