import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { convert, TABLE_OF, type RowOf, type TableEntity } from './convert.js';
import type { Dataset, Entity, SourceRow } from './dataset.js';
import type { ImportProblem } from './errors.js';
import { Fields, type Ref } from './fields.js';
import { ourId } from './ids.js';

interface Item<E extends TableEntity = TableEntity> {
  source: SourceRow;
  fields: Fields;
  row: RowOf<E>;
  /** Phones only: the service_at_location they belong to, which is not a column of ours. */
  via?: string | null;
  skip?: string;
}

type Items = { [E in TableEntity]: Item<E>[] };

/** What to write, or why not. */
export interface Plan {
  rows: { [E in TableEntity]: RowOf<E>[] };
  /** Accessibility text for locations already in the database. */
  accessibility: Map<string, string>;
  problems: ImportProblem[];
  warnings: ImportProblem[];
  /** HSDS fields that held values we have no column for, by entity. */
  notKept: Record<string, string[]>;
  /** How many schedules and locations named no time zone and took the import's. */
  zoneless: { schedules: number; locations: number };
}

const ENTITIES = Object.keys(TABLE_OF) as TableEntity[];

/**
 * Converts every row, then checks what rows alone cannot: that references
 * name rows of the data set or the database, and that pairs our tables keep
 * unique stay unique. A dangling optional link is dropped with a warning; a
 * dangling required one makes the row bad.
 */
export async function planImport(db: Kysely<Database>, dataset: Dataset, timeZone: string): Promise<Plan> {
  const { inData, entityOf } = indexIds(dataset);
  const context = { entityOf, timeZone };
  const items = Object.fromEntries(ENTITIES.map((e) => [e, [] as Item[]])) as unknown as Items;
  const firstSeen = new Map<string, SourceRow>();
  for (const entity of ENTITIES) {
    for (const source of dataset.rows[entity]) {
      const fields = new Fields(source.values);
      const row = convert[entity](fields, context);
      const first = firstSeen.get(`${entity}:${row.id}`);
      if (row.id && first) fields.reasons.push(`id repeats ${first.file} row ${first.row}`);
      else firstSeen.set(`${entity}:${row.id}`, source);
      const item: Item = { source, fields, row };
      if (entity === 'phone') item.via = fields.ref('service_at_location_id', 'service_at_location');
      (items[entity] as Item[]).push(item);
    }
  }
  const accessibility = dataset.rows.accessibility.map((source) => {
    const fields = new Fields(source.values);
    const locationId = fields.ref('location_id', 'location', true);
    const text = [fields.text('description'), fields.text('details')].filter(Boolean).join(' ');
    return { source, fields, locationId, text };
  });

  const all = () => ENTITIES.flatMap((e) => items[e] as Item[]);
  const inDb = await existingIds(db, [...all(), ...accessibility], inData);
  const skipped = new Set<string>();
  const exists = (ref: Ref) =>
    (inData.get(ref.entity)?.has(ref.id) && !skipped.has(`${ref.entity}:${ref.id}`)) ||
    inDb.get(ref.entity)?.has(ref.id);
  const checkRefs = (fields: Fields, onDangling: (ref: Ref) => void) => {
    for (const ref of fields.refs) {
      if (exists(ref)) continue;
      const message = `${ref.field} ${ref.raw} names no ${ref.entity} in this data set or the database`;
      if (ref.required) fields.reasons.push(message);
      else {
        fields.notes.push(`${message}; left empty`);
        onDangling(ref);
      }
    }
  };

  const placements = await placementsOf(db, items, inDb);
  for (const entity of ENTITIES) {
    for (const item of items[entity] as Item[]) {
      const row = item.row as Record<string, unknown>;
      checkRefs(item.fields, (ref) => {
        if (ref.field in row) row[ref.field] = null;
        else item.via = null;
      });
      // A schedule or phone of a service_at_location also belongs to its service and its location.
      const sal = placements.get(String((entity === 'phone' ? item.via : row.service_at_location_id) ?? ''));
      if (sal && (entity === 'phone' || entity === 'schedule')) {
        row.service_id ??= sal.service_id;
        row.location_id ??= sal.location_id;
      }
      item.skip = orphanReason(entity, row, item);
      if (item.skip) skipped.add(`${entity}:${row.id}`);
    }
  }
  for (const a of accessibility) checkRefs(a.fields, () => {});

  checkUnique(items);
  await checkUniqueInDb(db, items, inData);
  const zoneless = fillLocations(items, accessibility, timeZone);

  const problems = [...dataset.problems];
  const warnings = [...dataset.warnings];
  const at = (source: SourceRow, text: string) => ({
    file: source.file,
    row: source.row,
    reason: source.at && source.at !== '/' ? `${source.at}: ${text}` : text,
  });
  for (const { source, fields, skip } of [...all(), ...accessibility.map((a) => ({ ...a, skip: undefined }))]) {
    if (fields.reasons.length) problems.push(at(source, fields.reasons.join('; ')));
    for (const note of fields.notes) warnings.push(at(source, note));
    if (skip) warnings.push(at(source, skip));
  }
  // In file order, as a person fixing the files reads them.
  const byPlace = (a: ImportProblem, b: ImportProblem) => a.file.localeCompare(b.file) || a.row - b.row;
  problems.sort(byPlace);
  warnings.sort(byPlace);
  const notKept: Record<string, Set<string>> = {};
  for (const entity of [...ENTITIES, 'accessibility'] as const) {
    const list = entity === 'accessibility' ? accessibility : (items[entity] as Item[]);
    for (const { fields } of list) {
      for (const name of fields.unread()) (notKept[entity] ??= new Set()).add(name);
    }
  }
  const locationsInData = inData.get('location')!;
  return {
    rows: Object.fromEntries(
      ENTITIES.map((e) => [e, (items[e] as Item[]).filter((item) => !item.skip).map((item) => item.row)]),
    ) as Plan['rows'],
    accessibility: new Map(
      accessibility
        .filter((a) => a.locationId && a.text && !locationsInData.has(a.locationId))
        .map((a) => [a.locationId!, a.text]),
    ),
    problems,
    warnings,
    notKept: Object.fromEntries(Object.entries(notKept).map(([entity, names]) => [entity, [...names].sort()])),
    zoneless,
  };
}

/** Our ids of every row in the data set, and which entity holds a raw HSDS id. */
function indexIds(dataset: Dataset) {
  const inData = new Map<Entity, Set<string>>();
  const byRaw = new Map<string, Entity>();
  for (const [entity, rows] of Object.entries(dataset.rows) as [Entity, SourceRow[]][]) {
    const ids = new Set<string>();
    for (const { values } of rows) {
      const raw = values.id == null ? '' : String(values.id).trim();
      if (!raw) continue;
      ids.add(ourId(entity, raw));
      if (!byRaw.has(raw)) byRaw.set(raw, entity);
    }
    inData.set(entity, ids);
  }
  return { inData, entityOf: (raw: string) => byRaw.get(raw.trim()) };
}

/** Of the ids referenced but absent from the data set, those the database holds. */
async function existingIds(db: Kysely<Database>, items: { fields: Fields }[], inData: Map<Entity, Set<string>>) {
  const wanted = new Map<TableEntity, Set<string>>();
  for (const { fields } of items) {
    for (const ref of fields.refs) {
      if (inData.get(ref.entity)?.has(ref.id) || !(ref.entity in TABLE_OF)) continue;
      const set = wanted.get(ref.entity as TableEntity) ?? new Set<string>();
      wanted.set(ref.entity as TableEntity, set.add(ref.id));
    }
  }
  const found = new Map<Entity, Set<string>>();
  for (const [entity, ids] of wanted) {
    const rows = await db
      .selectFrom(TABLE_OF[entity] as 'services')
      .select('id')
      .where('id', 'in', [...ids])
      .execute();
    found.set(entity, new Set(rows.map((r) => r.id)));
  }
  return found;
}

/** Service and location of each service_at_location a phone or schedule names. */
async function placementsOf(db: Kysely<Database>, items: Items, inDb: Map<Entity, Set<string>>) {
  const map = new Map<string, { service_id: string; location_id: string }>();
  for (const { row } of items.service_at_location) map.set(row.id, row);
  const stored = [...(inDb.get('service_at_location') ?? [])];
  if (stored.length) {
    const rows = await db
      .selectFrom('service_at_location')
      .select(['id', 'service_id', 'location_id'])
      .where('id', 'in', stored)
      .execute();
    for (const row of rows) map.set(row.id, row);
  }
  return map;
}

/** Why a row that links to nothing we hold is left out (not an error: HSDS allows it). */
function orphanReason(entity: TableEntity, row: Record<string, unknown>, item: Item): string | undefined {
  if (item.fields.reasons.length) return undefined;
  const linked = (...columns: string[]) => columns.some((c) => row[c]);
  if (entity === 'phone' && !linked('organization_id', 'service_id', 'location_id')) {
    return 'Left out: the phone belongs to no organization, service or location we hold (contacts are not kept)';
  }
  if (entity === 'language' && !row.code) return 'Left out: the language has no code';
  if (entity === 'language' && !linked('service_id', 'location_id', 'phone_id')) {
    return 'Left out: the language belongs to no service, location or phone we hold';
  }
  if (entity === 'schedule' && !linked('service_id', 'location_id', 'service_at_location_id')) {
    return 'Left out: the schedule belongs to no service, location or service_at_location we hold';
  }
  return undefined;
}

/** Pairs our tables keep unique: a service at a location, a term code in a taxonomy. */
function checkUnique(items: Items) {
  const once = <T extends Item>(list: T[], key: (item: T) => string | null, message: (first: SourceRow) => string) => {
    const seen = new Map<string, SourceRow>();
    for (const item of list) {
      const k = key(item);
      if (k === null || item.skip) continue;
      const first = seen.get(k);
      if (first) item.fields.reasons.push(message(first));
      else seen.set(k, item.source);
    }
  };
  once(
    items.service_at_location,
    (i) => `${i.row.service_id}|${i.row.location_id}`,
    (first) => `the same service and location as ${first.file} row ${first.row}`,
  );
  once(
    items.taxonomy_term,
    (i) => (i.row.taxonomy_id ? `${i.row.taxonomy_id}|${i.row.code}` : null),
    (first) => `the same taxonomy and code as ${first.file} row ${first.row}`,
  );
}

async function checkUniqueInDb(db: Kysely<Database>, items: Items, inData: Map<Entity, Set<string>>) {
  const services = [...new Set(items.service_at_location.map((i) => i.row.service_id).filter(Boolean))];
  if (services.length) {
    const stored = await db
      .selectFrom('service_at_location')
      .select(['id', 'service_id', 'location_id'])
      .where('service_id', 'in', services)
      .execute();
    for (const item of items.service_at_location) {
      const other = stored.find(
        (s) =>
          s.service_id === item.row.service_id &&
          s.location_id === item.row.location_id &&
          !inData.get('service_at_location')!.has(s.id),
      );
      if (other)
        item.fields.reasons.push(`the service is already at this location, as service_at_location ${other.id}`);
    }
  }
  const codes = [...new Set(items.taxonomy_term.filter((i) => i.row.taxonomy_id).map((i) => i.row.code))];
  if (codes.length) {
    const stored = await db
      .selectFrom('taxonomy_terms')
      .select(['id', 'taxonomy_id', 'code'])
      .where('code', 'in', codes)
      .execute();
    for (const item of items.taxonomy_term) {
      const other = stored.find(
        (t) =>
          t.taxonomy_id === item.row.taxonomy_id && t.code === item.row.code && !inData.get('taxonomy_term')!.has(t.id),
      );
      if (other) item.fields.reasons.push(`code "${item.row.code}" is already term ${other.id} of this taxonomy`);
    }
  }
}

/**
 * A location's time zone comes from its schedules, else it is the import's;
 * its accessibility text comes from accessibility rows. Counts what took the import's zone.
 */
function fillLocations(
  items: Items,
  accessibility: { locationId: string | null; text: string }[],
  timeZone: string,
): Plan['zoneless'] {
  const zones = new Map<string, string>();
  let schedules = 0;
  for (const { row, source, skip } of items.schedule) {
    if (skip) continue;
    const zone = new Fields(source.values).timezone('timezone');
    if (!zone) schedules++;
    else if (row.location_id && !zones.has(row.location_id)) zones.set(row.location_id, zone);
  }
  let locations = 0;
  for (const { row } of items.location) {
    if (!zones.has(row.id)) locations++;
    row.timezone = zones.get(row.id) ?? timeZone;
    const texts = accessibility.filter((a) => a.locationId === row.id && a.text).map((a) => a.text);
    row.accessibility = texts.length ? texts.join('\n') : null;
  }
  return { schedules, locations };
}
