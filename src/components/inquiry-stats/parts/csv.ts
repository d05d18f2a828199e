import type { Table } from './data-table.js';

/** A cell a spreadsheet must not run as a formula is written with a leading apostrophe. */
const guard = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
const quote = (v: string) => (/[",\r\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * The table as CSV (RFC 4180, UTF-8 with a byte order mark so that spreadsheet
 * programs read accented names): a header row, counts as plain numbers, "<5"
 * for suppressed cells.
 */
export const toCsv = (t: Table): string =>
  '\uFEFF' +
  [t.head, ...t.rows.map((r) => [r.label, ...r.cells.map((c) => (c === null ? '<5' : String(c)))])]
    .map((line) => line.map((v) => quote(guard(v))).join(','))
    .join('\r\n') +
  '\r\n';

/** Offers `text` as a file download, built in the browser (nothing is sent anywhere). */
export function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
