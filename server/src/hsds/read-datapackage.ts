import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import { CsvError, parseCsv } from './csv.js';
import { CSV_FILES, emptyDataset, isHeld, type Dataset } from './dataset.js';
import { UnsupportedInputError } from './errors.js';
import { olderHsds } from './older-version.js';

/**
 * Reads an HSDS 3.0 tabular datapackage folder. File names come from
 * datapackage.json when it lists its resources, else from the standard names.
 * Throws UnsupportedInputError for a datapackage of HSDS 1.x or 2.x.
 */
export function readDatapackage(folder: string): Dataset {
  const dataset = emptyDataset();
  const descriptor = readDescriptor(folder, dataset);
  const files = { ...CSV_FILES, ...descriptor.paths };
  const known = new Set(Object.values(files));
  const languageColumns: string[] = [];
  for (const [resource, file] of Object.entries(files)) {
    const path = join(folder, file);
    if (!existsSync(path)) continue;
    let table: ReturnType<typeof parseCsv>;
    try {
      table = parseCsv(readFileSync(path, 'utf8'));
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      dataset.problems.push({ file, row: error.row, reason: error.message });
      continue;
    }
    if (resource === 'language') languageColumns.push(...table.header);
    if (!isHeld(resource)) {
      if (table.rows.length) dataset.notHeld[resource] = (dataset.notHeld[resource] ?? 0) + table.rows.length;
      continue;
    }
    table.rows.forEach((values, index) => dataset.rows[resource].push({ file, row: index + 2, values }));
  }
  const present = readdirSync(folder);
  const older = olderHsds({
    tables: [...present, ...Object.values(descriptor.paths).map((path) => basename(path))],
    declaredVersion: descriptor.version,
    languageColumns,
  });
  if (older) {
    throw new UnsupportedInputError(
      basename(folder),
      `this is HSDS ${older.version}; 3.0 expected (${older.evidence}). Convert it to HSDS 3.0 first.`,
    );
  }
  for (const file of present) {
    if (file.endsWith('.csv') && !known.has(file)) {
      dataset.warnings.push({ file, row: 1, reason: 'Not an HSDS 3.0 table; left out' });
    }
  }
  return dataset;
}

interface Descriptor {
  /** `{ resource name: path }` of the resources it lists. */
  paths: Record<string, string>;
  /** Its `version`, when it is HSDS's own descriptor (whose version is the specification's). */
  version?: string;
}

/** What datapackage.json says, when there is a readable one. */
function readDescriptor(folder: string, dataset: Dataset): Descriptor {
  const path = join(folder, 'datapackage.json');
  if (!existsSync(path)) return { paths: {} };
  try {
    const descriptor = JSON.parse(readFileSync(path, 'utf8')) as {
      resources?: unknown;
      name?: unknown;
      version?: unknown;
    };
    const resources = descriptor.resources;
    if (!Array.isArray(resources)) throw new Error('no resources');
    const paths = Object.fromEntries(
      resources
        .filter((r): r is { name: string; path: string } => typeof r?.name === 'string' && typeof r?.path === 'string')
        // Only files inside the folder: no URLs, no absolute paths, no climbing out.
        .filter((r) => !isAbsolute(r.path) && !r.path.includes('..') && !r.path.includes(':'))
        .map((r) => [r.name, r.path]),
    );
    const hsds = descriptor.name === 'human_services_data' && typeof descriptor.version === 'string';
    return { paths, version: hsds ? (descriptor.version as string) : undefined };
  } catch {
    // The published example's datapackage.json is a bare symlink target; the standard names still apply.
    dataset.warnings.push({
      file: 'datapackage.json',
      row: 1,
      reason: 'Not a readable datapackage; the standard HSDS file names were used',
    });
    return { paths: {} };
  }
}
