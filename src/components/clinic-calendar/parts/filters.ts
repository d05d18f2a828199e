import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../../../core/localize.js';
import type { CalendarQuery, EventList } from '../clinic-calendar.api.js';
import { isolate } from '../../../core/bidi.js';
import { endonym } from '../../../core/endonym.js';
import { formatNumber } from '../../../core/number-format.js';
import { EVENT_TYPES, typeName } from './format.js';

export interface FilterContext {
  locale: string;
  query: CalendarQuery;
  facets: EventList['facets'] | undefined;
  /** Places seen so far, by id; null when the widget is preset to one. */
  locations: Map<string, string> | null;
  onChange: (patch: Partial<CalendarQuery>) => void;
}

type Option = [value: string, label: string, lang?: string];

function select(
  id: keyof CalendarQuery,
  label: string,
  any: string,
  options: Option[],
  ctx: FilterContext,
  name: (code: string) => string,
): TemplateResult {
  const value = ctx.query[id];
  // A preset of several values ("es,bn") is offered as one choice.
  if (value && !options.some(([v]) => v === value))
    options.unshift([
      value,
      value
        .split(',')
        .map((v) => isolate(name(v)))
        .join(', '),
    ]);
  return html`<div class="field">
    <label for="f-${id}" class="label">${label}</label>
    <select
      id="f-${id}"
      class="input"
      @change=${(e: Event) => ctx.onChange({ [id]: (e.target as HTMLSelectElement).value })}
    >
      <option value="" ?selected=${!value}>${any}</option>
      ${options.map(([v, text, lang]) => html`<option value=${v} lang=${ifDefined(lang)} ?selected=${v === value}>${text}</option>`)}
    </select>
  </div>`;
}

const withCount = (label: string, count: number | undefined, locale: string) =>
  count === undefined ? label : `${label} (${formatNumber(count, locale)})`;

/** Type (with counts), language, and place when the widget is not preset to one. */
export function renderFilters(ctx: FilterContext): TemplateResult {
  const { facets, locale } = ctx;
  const codes = new Set([...Object.keys(facets?.languages ?? {}), ...ctx.query.languages.split(',').filter(Boolean)]);
  return html`<div part="filters" class="filters" role="group" aria-label=${msg('Filters', { id: 'calendar.filters' })}>
    ${select(
      'types',
      msg('Type of event', { id: 'calendar.filter-type' }),
      msg('All types', { id: 'calendar.filter-type-any' }),
      EVENT_TYPES.map((t) => [t, withCount(typeName(t), facets?.types[t], locale)]),
      ctx,
      typeName,
    )}
    ${select(
      'languages',
      msg('Language', { id: 'calendar.filter-language' }),
      msg('Any language', { id: 'calendar.filter-language-any' }),
      // Each name isolated: "English (3)" would read "(English (3" on a right-to-left page.
      [...codes].map((c) => [c, withCount(isolate(endonym(c)), facets?.languages[c], locale), c]),
      ctx,
      endonym,
    )}
    ${
      ctx.locations
        ? select(
            'locationId',
            msg('Place', { id: 'calendar.filter-place' }),
            msg('All places', { id: 'calendar.filter-place-any' }),
            [...ctx.locations]
              .sort((a, b) => a[1].localeCompare(b[1], locale))
              .map(([id, name]): Option => [id, isolate(name)]),
            ctx,
            (id) => ctx.locations?.get(id) ?? id,
          )
        : nothing
    }
  </div>`;
}
