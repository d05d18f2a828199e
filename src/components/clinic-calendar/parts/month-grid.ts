import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { renderHeading } from '../../../core/heading.js';
import { formatNumber } from '../../../core/number-format.js';
import { dayLabel, monthLabel } from './day-label.js';
import { monthOf, toDate, type DayKey } from './range.js';

/**
 * A month of days as a WAI-ARIA grid, for any kind of item per day: the
 * calendar's events, the appointment booking's free times. The words are the
 * caller's (its own message ids), so the grid loads no catalogue of its own.
 */
export interface GridContext<T> {
  locale: string;
  level: number;
  month: DayKey;
  days: DayKey[];
  byDay: Map<DayKey, T[]>;
  /** The day's accessible name: its date and what it holds ("Tuesday, March 10, 2 events"). */
  dayName: (day: DayKey, items: T[]) => string;
  /** What the cell shows of its items (hidden from screen readers: the name says it). */
  renderItems: (items: T[]) => TemplateResult | typeof nothing;
  /** The month buttons' words. */
  previousLabel: string;
  nextLabel: string;
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

function renderDay<T>(day: DayKey, ctx: GridContext<T>): TemplateResult {
  const items = ctx.byDay.get(day) ?? [];
  const inMonth = monthOf(day) === ctx.month;
  const name = ctx.dayName(day, items);
  return html`<td
    class="day${inMonth ? '' : ' day--outside'}${items.length ? ' day--busy' : ''}"
    data-day=${day}
    tabindex=${ifDefined(inMonth ? (day === ctx.focus ? 0 : -1) : undefined)}
    aria-selected=${ifDefined(inMonth ? (day === ctx.selected ? 'true' : 'false') : undefined)}
    aria-current=${ifDefined(day === ctx.today ? 'date' : undefined)}
  >
    <span class="visually-hidden">${name}</span>
    <span class="day__number" aria-hidden="true">${formatNumber(toDate(day).getUTCDate(), ctx.locale)}</span>
    ${items.length ? ctx.renderItems(items) : nothing}
  </td>`;
}

/** The month as a WAI-ARIA grid: one tab stop, arrows by day and week, pages by month. */
export function renderMonthGrid<T>(ctx: GridContext<T>): TemplateResult {
  const weeks: DayKey[][] = [];
  for (let i = 0; i < ctx.days.length; i += 7) weeks.push(ctx.days.slice(i, i + 7));
  const title = monthLabel(ctx.month, ctx.locale);
  return html`<div part="month" class="month">
    <div class="month__bar">
      <button type="button" class="button month__step" data-step="-1" @click=${() => ctx.onMonth(-1)}>
        <span class="arrow" aria-hidden="true">←</span> ${ctx.previousLabel}
      </button>
      ${renderHeading(ctx.level, title, { class: 'heading month__title' })}
      <button type="button" class="button month__step" data-step="1" @click=${() => ctx.onMonth(1)}>
        ${ctx.nextLabel} <span class="arrow" aria-hidden="true">→</span>
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

/** The grid's days, shared by every element that shows one; `--_accent` marks today and the chosen day. */
export const monthGridStyles = css`
  .grid {
    inline-size: 100%;
    table-layout: fixed;
    border-collapse: collapse;
  }
  .day {
    block-size: var(--ww-clinic-calendar-cell-size, 5em);
    padding: var(--_space-xs);
    vertical-align: top;
    border: 1px solid var(--_color-border);
    cursor: pointer;
    overflow: hidden;
  }
  .day:hover,
  .day[aria-selected='true'] {
    background: var(--_color-surface-hover);
  }
  .day:focus-visible {
    outline-offset: -3px;
  }
  .day--outside {
    background: color-mix(in srgb, var(--_color-border) 12%, var(--_color-surface));
  }
  .day[aria-selected='true'] {
    box-shadow: inset 0 0 0 2px var(--_accent, var(--_color-primary));
  }
  .day__number {
    display: inline-grid;
    place-items: center;
    min-inline-size: 1.8em;
    min-block-size: 1.8em;
    border-radius: 50%;
  }
  [aria-current='date'] .day__number {
    font-weight: 700;
    color: var(--ww-color-on-primary, #fff);
    background: var(--_accent, var(--_color-primary));
  }
  @media (forced-colors: active) {
    .day {
      border-color: ButtonText;
    }
    [aria-current='date'] .day__number {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
    .day[aria-selected='true'] {
      outline: 2px solid Highlight;
      outline-offset: -4px;
    }
  }
`;
