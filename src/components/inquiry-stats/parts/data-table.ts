import { html, type TemplateResult } from 'lit';
import { cellText } from './format.js';

/**
 * The numbers of one section, as rows × columns: what the chart draws, the
 * table shows and the CSV file holds. `null` is a suppressed count ("fewer than 5").
 */
export interface Table {
  /** Column headings: the first names the rows (Month, Topic…), the rest the counts. */
  head: string[];
  /** One row per month, topic, language…: its label and one count per column. */
  rows: { label: string; cells: (number | null)[] }[];
}

/** An accessible table: a caption, column and row headers, "fewer than 5" where a count is hidden. */
export const renderTable = (t: Table, caption: string, id: string, locale: string): TemplateResult =>
  html`<table part="table">
    <caption id=${id}>
      ${caption}
    </caption>
    <thead>
      <tr>
        ${t.head.map((h) => html`<th scope="col">${h}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${t.rows.map(
        (r) =>
          html`<tr>
            <th scope="row"><bdi>${r.label}</bdi></th>
            ${r.cells.map((c) => html`<td class=${c === null ? 'small' : ''}>${cellText(c, locale)}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;
