import type { ImportProblem } from './errors.js';

/** The HSDS objects we hold, named as HSDS names them (datapackage resource names). */
export const HELD = [
  'taxonomy',
  'taxonomy_term',
  'organization',
  'service',
  'location',
  'address',
  'accessibility',
  'service_at_location',
  'phone',
  'language',
  'schedule',
  'attribute',
  'required_document',
] as const;
export type Entity = (typeof HELD)[number];

/** The tabular files of HSDS 3.0, by resource name. */
export const CSV_FILES: Record<string, string> = {
  organization: 'organizations.csv',
  service: 'services.csv',
  location: 'locations.csv',
  address: 'addresses.csv',
  accessibility: 'accessibility.csv',
  service_at_location: 'service_at_location.csv',
  phone: 'phones.csv',
  language: 'languages.csv',
  schedule: 'schedules.csv',
  taxonomy: 'taxonomies.csv',
  taxonomy_term: 'taxonomy_terms.csv',
  attribute: 'attributes.csv',
  required_document: 'required_documents.csv',
  contact: 'contacts.csv',
  cost_option: 'cost_options.csv',
  funding: 'funding.csv',
  metadata: 'metadata.csv',
  meta_table_description: 'meta_table_descriptions.csv',
  organization_identifier: 'organization_identifiers.csv',
  program: 'programs.csv',
  service_area: 'service_areas.csv',
};

/** One HSDS object as read, with where it came from. */
export interface SourceRow {
  file: string;
  row: number;
  /** JSON only: the object's JSON pointer within the top-level object. */
  at?: string;
  /** CSV gives strings ('' when empty); JSON gives what it holds. */
  values: Record<string, unknown>;
}

/** What a reader found: rows we hold, counts of those we cannot hold, and bad rows. */
export interface Dataset {
  rows: Record<Entity, SourceRow[]>;
  /** HSDS objects with no table here (contacts, funding, ...), by resource name: how many were left out. */
  notHeld: Record<string, number>;
  problems: ImportProblem[];
  warnings: ImportProblem[];
}

export function emptyDataset(): Dataset {
  return {
    rows: Object.fromEntries(HELD.map((entity) => [entity, []])) as unknown as Dataset['rows'],
    notHeld: {},
    problems: [],
    warnings: [],
  };
}

export const isHeld = (name: string): name is Entity => (HELD as readonly string[]).includes(name);
