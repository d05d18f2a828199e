/**
 * Recognises a tabular datapackage of HSDS 1.x or 2.x, which shares file names
 * with 3.0 (organizations.csv, services.csv) but not its shape: importing it as
 * 3.0 would keep the services and lose their addresses, schedules and taxonomy.
 */

/** Tables only HSDS 1.x has: 2.0 folded the schedules into one table, 3.0 the taxonomy links into attributes. */
const TABLES_1X = [
  'regular_schedules.csv',
  'holiday_schedules.csv',
  'services_taxonomy.csv',
  'taxonomy.csv',
  'fees.csv',
  'interpretation_services.csv',
];
/** Tables only HSDS 2.x has (3.0 made them attributes). */
const TABLES_2X = ['service_attributes.csv', 'other_attributes.csv'];
/** Tables of 1.x and 2.x that 3.0 renamed, merged or dropped. */
const TABLES_BEFORE_3 = [
  'services_at_location.csv',
  'physical_addresses.csv',
  'postal_addresses.csv',
  'payments_accepted.csv',
  'eligibility.csv',
  'accessibility_for_disabilities.csv',
];

export interface OlderHsds {
  version: '1.x' | '2.x' | '1.x or 2.x';
  /** Why we think so, for the person importing: the tables or the version that gave it away. */
  evidence: string;
}

export interface DatapackageShape {
  /** File names: those in the folder and those its datapackage.json lists. */
  tables: readonly string[];
  /** datapackage.json's `version`, when the descriptor is HSDS's own template (producers copy it). */
  declaredVersion?: string;
  /** The header of the language table, when there is one. */
  languageColumns?: readonly string[];
}

/** The older HSDS version a datapackage is in; undefined when nothing says it is not 3.0. */
export function olderHsds({ tables, declaredVersion, languageColumns }: DatapackageShape): OlderHsds | undefined {
  const has = (names: string[]) => names.filter((name) => tables.includes(name));
  const only1x = has(TABLES_1X);
  if (only1x.length) return { version: '1.x', evidence: tablesOf(only1x, 'HSDS 1.x') };
  const only2x = has(TABLES_2X);
  if (only2x.length) return { version: '2.x', evidence: tablesOf(only2x, 'HSDS 2.x') };
  const major = /^([12])\./.exec(declaredVersion ?? '')?.[1];
  if (major)
    return { version: `${major as '1' | '2'}.x`, evidence: `datapackage.json says version ${declaredVersion}` };
  const before3 = has(TABLES_BEFORE_3);
  if (before3.length) return { version: '1.x or 2.x', evidence: tablesOf(before3, 'HSDS 1.x and 2.x') };
  if (languageColumns?.includes('language') && !languageColumns.includes('code')) {
    return { version: '1.x or 2.x', evidence: 'languages.csv has the column language where HSDS 3.0 has code' };
  }
  return undefined;
}

const tablesOf = (names: string[], version: string) =>
  `${names.join(', ')} ${names.length === 1 ? 'is an' : 'are'} ${version} table${names.length === 1 ? '' : 's'}`;
