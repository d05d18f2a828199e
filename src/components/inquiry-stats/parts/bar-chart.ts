import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Table } from './data-table.js';
import { isolate } from '../../../core/bidi.js';
import { formatNumber } from '../../../core/number-format.js';
import { fewer } from './format.js';

/** Per row: a label line, then the bar. In px, so the text stays readable at any width. */
const ROW = 44;
/** The longest bar's share of the width, leaving room for its count. */
const SPAN = 74;
/** The width of a suppressed segment (empty, with a dashed outline), in % of the chart. */
const SMALL = 2.5;
/** Stroke patterns per series, so that the legend never depends on colour alone. */
const PATHS = ['', 'M-1 7 7-1M-1 1 1-1M5 7 7 5', 'M3 0V6', 'M0 3H6', 'M0 0 6 6M6 0 0 6'];

/** Fill patterns for the series (solid, diagonal, vertical, horizontal, cross), once per widget. */
export const patternDefs = html`<svg class="defs" aria-hidden="true" width="0" height="0">
  <defs>
    ${PATHS.map(
      (d, i) =>
        svg`<pattern id="ww-p${i}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" class="c${i}"/>${d ? svg`<path d=${d} class="pl"/>` : nothing}</pattern>`,
    )}
  </defs>
</svg>`;

const key = (fill: string, cls = 'seg') =>
  html`<svg class="key" aria-hidden="true" width="16" height="16">
    <rect class=${cls} x="1" y="1" width="14" height="14" fill=${fill} />
  </svg>`;

/** The legend: a pattern swatch and a name per series, and what a dashed outline means. */
export const legend = (series: string[], small: boolean, locale: string): TemplateResult =>
  html`<ul class="legend" part="legend">
    ${series.map((s, i) => html`<li>${key(`url(#ww-p${i})`)}${s}</li>`)}
    ${small ? html`<li>${key('none', 'small')}&lt;${formatNumber(5, locale)}: ${fewer()}</li>` : nothing}
  </ul>`;

/** A step of 1, 2 or 5 × 10ⁿ giving about four ticks up to `max`; never under 5, so no tick reads 1 to 4. */
function niceStep(max: number): number {
  const raw = max / 4;
  const p = 10 ** Math.floor(Math.log10(raw));
  return Math.max(5, ([1, 2, 5, 10].find((m) => m * p >= raw) ?? 10) * p);
}

/**
 * Horizontal bars, one per row, stacked by column, drawn by hand in SVG: row
 * labels, counts at the bar ends, a count axis with ticks and a title. Right
 * to left, bars grow from the right. `name` (a text summary) is the image's
 * accessible name; the table beside it has every number.
 */
export function barChart(t: Table, name: string, axis: string, locale: string, rtl: boolean): TemplateResult {
  const sums = t.rows.map((r) => r.cells.reduce<number>((s, c) => s + (c ?? 0), 0));
  const step = niceStep(Math.max(1, ...sums));
  const top = Math.ceil(Math.max(1, ...sums) / step) * step;
  const scale = SPAN / top;
  const X = (p: number) => `${rtl ? 100 - p : p}%`;
  const base = t.rows.length * ROW + 2;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const lessThan5 = `<${formatNumber(5, locale)}`;
  return html`<svg class="chart" part="chart" role="img" aria-label=${name} width="100%" height=${base + 40}>
    ${ticks.map(
      (v) =>
        svg`<line class="grid" x1=${X(v * scale)} x2=${X(v * scale)} y1="0" y2=${base} /><text class="tick" x=${X(v * scale)} y=${base + 16} text-anchor="middle">${formatNumber(v, locale)}</text>`,
    )}
    <line class="axis" x1=${X(0)} x2=${X(SPAN)} y1=${base} y2=${base} />
    <text x=${X(0)} y=${base + 36} class="axis-title">${axis}</text>
    ${t.rows.map((r, i) => {
      const y = i * ROW;
      let at = 0;
      const segments = r.cells.map((c, j) => {
        if (!c && c !== null) return nothing;
        const w = c === null ? SMALL : c * scale;
        const x = rtl ? 100 - at - w : at;
        at += w;
        return c === null
          ? svg`<rect class="small" x="${x}%" y=${y + 21} width="${w}%" height="14" fill="none" />`
          : svg`<rect class="seg" x="${x}%" y=${y + 20} width="${w}%" height="16" fill="url(#ww-p${j})" />`;
      });
      const small = r.cells.includes(null);
      const end = sums[i] ? formatNumber(sums[i]!, locale) + (small ? ` + ${lessThan5}` : '') : small ? lessThan5 : '0';
      // The label isolated: an office's name such as "Public benefits office (HRA, DTA)" keeps its brackets in place.
      return svg`<text x=${X(0)} y=${y + 15}>${isolate(r.label)}</text>${segments}<text x=${X(at)} dx=${rtl ? -6 : 6} y=${y + 33} class="end">${end}</text>`;
    })}
  </svg>`;
}
