import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg } from '../../../core/localize.js';
import { monthOnlyName, yearName } from './format.js';

export interface MonthFieldOptions {
  /** `from` or `to`: the ids of the two selects are `<name>-month` and `<name>-year`. */
  name: string;
  /** What the month is for ("From", "To"): the group's visible legend. */
  legend: string;
  /** `YYYY-MM`; shown even when outside `min`..`max` (a page's attribute may ask for any month). */
  value: string;
  /** The first and last month a visitor can choose, `YYYY-MM`. */
  min: string;
  max: string;
  locale: string;
  /** The id of the message saying what is wrong with this month, when something is. */
  error?: string | undefined;
  /** A month was chosen, `YYYY-MM`. A new year may leave it outside `min`..`max`: the caller says so. */
  onChange: (month: string) => void;
}

/** An option whose selection follows the state even after the visitor changed it; its text without spaces around. */
export const option = (value: string, label: string, selected: boolean, disabled = false): TemplateResult =>
  html`<option value=${value} .selected=${live(selected)} ?disabled=${disabled}>${label}</option>`;

const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

/**
 * A month chosen with two labelled selects, month and year, in a fieldset
 * whose legend names it. A native month input shows its months in the
 * browser's language whatever the page's; these show them in the widget's
 * locale, and any keyboard, screen reader or forced-colors theme knows how to
 * use a select. Months outside `min`..`max` are there but disabled.
 */
export function monthField(o: MonthFieldOptions): TemplateResult {
  const [year, month] = [o.value.slice(0, 4), o.value.slice(5, 7)];
  const first = Math.min(Number(o.min.slice(0, 4)), Number(year));
  const last = Math.max(Number(o.max.slice(0, 4)), Number(year));
  const years = Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
  const outside = (m: string) => m < o.min || m > o.max;
  const part = (id: string, label: string, options: TemplateResult[], change: (value: string) => string) =>
    html`<div class="month-part">
      <label for=${id}>${label}</label>
      <select
        id=${id}
        aria-invalid=${o.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(o.error)}
        @change=${(e: Event) => o.onChange(change((e.target as HTMLSelectElement).value))}
      >
        ${options}
      </select>
    </div>`;
  return html`<fieldset class="month-field">
    <legend>${o.legend}</legend>
    <div class="month-parts">
      ${part(
        `${o.name}-month`,
        msg('Month', { id: 'stats.field.month' }),
        MONTHS.map((m) => option(m, monthOnlyName(`${year}-${m}`, o.locale), m === month, outside(`${year}-${m}`))),
        (m) => `${year}-${m}`,
      )}
      ${part(
        `${o.name}-year`,
        msg('Year', { id: 'stats.field.year' }),
        years.map((y) => option(y, yearName(Number(y), o.locale), y === year)),
        (y) => `${y}-${month}`,
      )}
    </div>
  </fieldset>`;
}
