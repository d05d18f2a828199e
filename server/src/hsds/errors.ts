/** One bad row of an import: where it is and what is wrong with it. */
export interface ImportProblem {
  /** The file, such as `services.csv` or `service_full.json`. */
  file: string;
  /** CSV: the record's number, the header being 1. JSON: the top-level object's position, from 1 (the reason starts with the path within it). */
  row: number;
  reason: string;
}

/** Thrown when any row is bad; nothing has been written. */
export class ImportError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(`${problems.length} bad row${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ImportError';
  }
}

/**
 * Thrown when the input is not HSDS 3.0 at all: an older version of HSDS, or
 * JSON of another shape. Nothing has been read into the database.
 */
export class UnsupportedInputError extends Error {
  constructor(
    /** The file or folder, as named to the person importing. */
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'UnsupportedInputError';
  }
}

export const formatProblem = (p: ImportProblem) => `${p.file}, row ${p.row}: ${p.reason}`;
