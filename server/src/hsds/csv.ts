/**
 * A small RFC 4180 CSV parser: quoted fields may hold commas, doubled quotes
 * and line breaks; records end with CRLF, LF or CR. Blank lines are skipped,
 * as spreadsheet exports often end with one.
 */

export class CsvError extends Error {
  constructor(
    /** The record at fault, the header being 1 (a spreadsheet's row number when the file has no blank lines). */
    readonly row: number,
    message: string,
  ) {
    super(message);
    this.name = 'CsvError';
  }
}

export interface CsvTable {
  header: string[];
  /** One record per data row, keyed by header; `rows[i]` is record `i + 2`. */
  rows: Record<string, string>[];
}

/** Every record as its list of fields. */
export function parseCsvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  // Whether the current field was quoted: a line holding only "" is a record, not a blank line.
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = '';
    quoted = false;
  };
  const endRecord = () => {
    const blank = record.length === 0 && field === '' && !quoted;
    endField();
    if (!blank) records.push(record);
    record = [];
  };
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"' && field === '' && !quoted) {
      // A quoted field runs to the next quote that is not doubled.
      quoted = true;
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote === -1) throw new CsvError(records.length + 1, 'A quoted field is never closed');
        field += text.slice(from, quote);
        from = quote + 1;
        if (text[from] !== '"') break;
        field += '"';
        from += 1;
      }
      i = from;
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        throw new CsvError(records.length + 1, 'Unexpected text after a closing quote');
      }
    } else if (char === ',') {
      endField();
      i += 1;
    } else if (char === '\r' || char === '\n') {
      endRecord();
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += char;
      i += 1;
    }
  }
  if (field !== '' || quoted || record.length > 0) endRecord();
  return records;
}

/** Records keyed by the header row's names. */
export function parseCsv(text: string): CsvTable {
  const [header = [], ...records] = parseCsvRecords(text);
  const names = header.map((name) => name.trim());
  const rows = records.map((fields, index) => {
    if (fields.length !== names.length) {
      throw new CsvError(index + 2, `Has ${fields.length} fields where the header has ${names.length}`);
    }
    return Object.fromEntries(names.map((name, column) => [name, fields[column]!]));
  });
  return { header: names, rows };
}
