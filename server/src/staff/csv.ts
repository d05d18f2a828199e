/**
 * Writes RFC 4180 CSV for spreadsheets: CRLF line ends, a field quoted when it
 * holds a comma, quote or line break, quotes doubled, and a byte-order mark so
 * Excel reads UTF-8 (Bengali, Chinese, Arabic) instead of guessing a code page.
 */

export type CsvValue = string | number | null | undefined;

const BOM = '\uFEFF';

/**
 * A cell a spreadsheet would run as a formula (= + - @, or a tab or carriage
 * return that some programs strip first) gets a leading apostrophe: staff type
 * referrals and codes, and an export must not turn text into a command (OWASP
 * "CSV injection"). Numbers we write ourselves are left alone.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvText(header: readonly string[], rows: readonly CsvValue[][]): string {
  const line = (cells: readonly CsvValue[]) => cells.map(csvCell).join(',');
  return BOM + [line(header), ...rows.map(line)].map((l) => `${l}\r\n`).join('');
}
