import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { CsvError, parseCsv } from './csv.js';
import { CSV_FILES, emptyDataset, isHeld, type Dataset } from './dataset.js';

/**
 * Reads an HSDS 3.0 tabular datapackage folder. File names come from
 * datapackage.json when it lists its resources, else from the standard names.
 */
export function readDatapackage(folder: string): Dataset {
  const dataset = emptyDataset();
  const files = { ...CSV_FILES, ...resourcePaths(folder, dataset) };
  const known = new Set(Object.values(files));
  for (const [resource, file] of Object.entries(files)) {
    const path = join(folder, file);
    if (!existsSync(path)) continue;
    let rows: Record<string, string>[];
    try {
      rows = parseCsv(readFileSync(path, 'utf8')).rows;
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      dataset.problems.push({ file, row: error.row, reason: error.message });
      continue;
    }
    if (!isHeld(resource)) {
      if (rows.length) dataset.notHeld[resource] = (dataset.notHeld[resource] ?? 0) + rows.length;
      continue;
    }
    rows.forEach((values, index) => dataset.rows[resource].push({ file, row: index + 2, values }));
  }
  for (const file of readdirSync(folder)) {
    if (file.endsWith('.csv') && !known.has(file)) {
      dataset.warnings.push({ file, row: 1, reason: 'Not an HSDS 3.0 table; left out' });
    }
  }
  return dataset;
}

/** `{ resource name: path }` from datapackage.json, when it is a readable datapackage. */
function resourcePaths(folder: string, dataset: Dataset): Record<string, string> {
  const path = join(folder, 'datapackage.json');
  if (!existsSync(path)) return {};
  try {
    const resources = (JSON.parse(readFileSync(path, 'utf8')) as { resources?: unknown }).resources;
    if (!Array.isArray(resources)) throw new Error('no resources');
    return Object.fromEntries(
      resources
        .filter((r): r is { name: string; path: string } => typeof r?.name === 'string' && typeof r?.path === 'string')
        // Only files inside the folder: no URLs, no absolute paths, no climbing out.
        .filter((r) => !isAbsolute(r.path) && !r.path.includes('..') && !r.path.includes(':'))
        .map((r) => [r.name, r.path]),
    );
  } catch {
    // The published example's datapackage.json is a bare symlink target; the standard names still apply.
    dataset.warnings.push({
      file: 'datapackage.json',
      row: 1,
      reason: 'Not a readable datapackage; the standard HSDS file names were used',
    });
    return {};
  }
}
