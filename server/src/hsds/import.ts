import { statSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { refreshSearchText } from '../directory/search.js';
import { bumpDirectoryVersion } from '../directory/version.js';
import type { Dataset } from './dataset.js';
import { ImportError, type ImportProblem } from './errors.js';
import { planImport } from './plan.js';
import { readDatapackage } from './read-datapackage.js';
import { readJson } from './read-json.js';
import { writePlan } from './write.js';

export { ImportError, UnsupportedInputError, type ImportProblem } from './errors.js';

export interface ImportOptions {
  /** The IANA zone of schedules and locations that name none: the office's, as a rule. */
  timeZone: string;
}

export interface ImportSummary {
  /** Rows written (inserted or updated) per table of ours. */
  counts: Record<string, number>;
  /** HSDS objects we have no table for, by HSDS name, with how many were left out. */
  notHeld: Record<string, number>;
  /** HSDS fields that held values we have no column for, by HSDS object name. */
  notKept: Record<string, string[]>;
  /** Rows kept without some value, or left out, and why. */
  warnings: ImportProblem[];
  /** The zone given to schedules and locations that named none, and how many took it. */
  defaultZone: { zone: string; schedules: number; locations: number };
}

/**
 * Reads an HSDS 3.0 tabular datapackage folder or a JSON file, touching no
 * database. Throws UnsupportedInputError when it is not HSDS 3.0 at all.
 */
export function readHsds(path: string): Dataset {
  return statSync(path).isDirectory() ? readDatapackage(path) : readJson(path);
}

/**
 * Imports what readHsds read into our tables, in one transaction: when any row
 * is bad, nothing is written and an ImportError lists every bad row. Rows are
 * upserted by id, so importing the same data again leaves one copy.
 */
export async function importDataset(
  db: Kysely<Database>,
  dataset: Dataset,
  { timeZone }: ImportOptions,
): Promise<ImportSummary> {
  return db.transaction().execute(async (tx) => {
    const plan = await planImport(tx, dataset, timeZone);
    if (plan.problems.length) throw new ImportError(plan.problems);
    const counts = await writePlan(tx, plan);
    const serviceIds = plan.rows.service.map((s) => s.id);
    // Places, phones and hours show in service answers too: any import is a new directory version.
    if (serviceIds.length) await refreshSearchText(tx, serviceIds);
    else await bumpDirectoryVersion(tx);
    return {
      counts,
      notHeld: dataset.notHeld,
      notKept: plan.notKept,
      warnings: plan.warnings,
      defaultZone: { zone: timeZone, ...plan.zoneless },
    };
  });
}

/** readHsds, then importDataset. */
export async function importHsds(db: Kysely<Database>, path: string, options: ImportOptions): Promise<ImportSummary> {
  return importDataset(db, readHsds(path), options);
}
