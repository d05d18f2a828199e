import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { emptyDataset, type Dataset, type Entity, type SourceRow } from './dataset.js';
import { UnsupportedInputError } from './errors.js';

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const idOf = (value: unknown) => (isObject(value) && value.id != null ? String(value.id) : undefined);

/** Fields only an HSDS 3.0 service has (`status` is required). */
const SERVICE_FIELDS = [
  'status',
  'organization',
  'service_at_locations',
  'program',
  'required_documents',
  'cost_options',
];
/** Fields only an HSDS 3.0 organization has. */
const ORGANIZATION_FIELDS = ['services', 'website', 'tax_status', 'tax_id', 'legal_status', 'organization_identifiers'];
const SHAPES =
  'a service or an organization (as service_full.json and organization_full.json have them), ' +
  'a list of them, or an API page of them (contents)';

/**
 * Reads HSDS 3.0 JSON: a service (service_full shape), an organization with
 * or without its services (organization_full shape), an array of either, or
 * an API page (`contents`). Nested objects become rows linked to their parent;
 * an object repeated under several parents (a phone under the service, its
 * location and its organization) becomes one row holding every link. Throws
 * UnsupportedInputError for JSON that holds neither.
 */
export function readJson(path: string): Dataset {
  const dataset = emptyDataset();
  const file = basename(path);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UnsupportedInputError(file, `not JSON: ${(error as Error).message}`);
  }
  const items: unknown[] = Array.isArray(data)
    ? data
    : isObject(data) && Array.isArray(data.contents)
      ? data.contents
      : [data];
  const kinds = items.map(kindOf);
  if (items.length && kinds.every((kind) => kind === undefined)) {
    throw new UnsupportedInputError(
      file,
      `not an HSDS 3.0 service, organization or list of them: ${describe(data)}. Expected ${SHAPES}.`,
    );
  }
  const walker = new Walker(dataset, file);
  items.forEach((item, index) => {
    walker.row = index + 1;
    const kind = kinds[index];
    if (!isObject(item) || !kind) {
      dataset.problems.push({
        file,
        row: index + 1,
        reason: `Not an HSDS 3.0 service or organization: ${describe(item)}`,
      });
    } else if (kind === 'organization') walker.organization(item, '', Array.isArray(item.services));
    else walker.service(item, '', {});
  });
  dataset.notHeld = Object.fromEntries([...walker.notHeld].map(([name, ids]) => [name, ids.size]));
  return dataset;
}

function kindOf(item: unknown): 'service' | 'organization' | undefined {
  if (!isObject(item)) return undefined;
  if (Array.isArray(item.services)) return 'organization';
  if (SERVICE_FIELDS.some((field) => field in item)) return 'service';
  if (ORGANIZATION_FIELDS.some((field) => field in item)) return 'organization';
  return undefined;
}

/** What a value is, in a few words, for a message. */
function describe(value: unknown): string {
  if (Array.isArray(value)) return value.length ? `a list whose first item is ${describe(value[0])}` : 'an empty list';
  if (isObject(value)) {
    if (Array.isArray(value.contents)) return `a page whose first item is ${describe(value.contents[0])}`;
    const fields = Object.keys(value);
    if (!fields.length) return 'an empty object';
    const shown = fields.slice(0, 6).join(', ');
    return `an object with the fields ${shown}${fields.length > 6 ? ', …' : ''}`;
  }
  return value === null ? 'null' : `a ${typeof value}`;
}

class Walker {
  row = 1;
  readonly notHeld = new Map<string, Set<string>>();
  private readonly seen = new Map<string, SourceRow>();

  constructor(
    private readonly dataset: Dataset,
    private readonly file: string,
  ) {}

  organization(org: Obj, at: string, withServices: boolean) {
    const id = this.add('organization', org, at, {});
    this.each(org.phones, `${at}/phones`, (phone, path) => this.phone(phone, path, { organization_id: id }));
    this.each(org.locations, `${at}/locations`, (loc, path) => this.location(loc, path, { organization_id: id }));
    if (withServices) {
      this.each(org.services, `${at}/services`, (svc, path) => this.service(svc, path, { organization_id: id }));
    }
    this.skip(org, ['funding', 'contacts', 'programs', 'organization_identifiers']);
  }

  service(svc: Obj, at: string, links: Obj) {
    if (isObject(svc.organization)) this.organization(svc.organization, `${at}/organization`, false);
    const id = this.add('service', svc, at, {
      organization_id: idOf(svc.organization) ?? links.organization_id,
    });
    this.each(svc.phones, `${at}/phones`, (phone, path) => this.phone(phone, path, { service_id: id }));
    this.each(svc.schedules, `${at}/schedules`, (s, path) => this.add('schedule', s, path, { service_id: id }));
    this.each(svc.service_at_locations, `${at}/service_at_locations`, (sal, path) => {
      if (isObject(sal.location)) this.location(sal.location, `${path}/location`, {});
      const salId = this.add('service_at_location', sal, path, { service_id: id, location_id: idOf(sal.location) });
      const link = { service_at_location_id: salId };
      this.each(sal.schedules, `${path}/schedules`, (s, p) => this.add('schedule', s, p, link));
      this.each(sal.phones, `${path}/phones`, (phone, p) => this.phone(phone, p, link));
      this.skip(sal, ['contacts']);
    });
    this.each(svc.languages, `${at}/languages`, (l, path) => this.add('language', l, path, { service_id: id }));
    this.each(svc.required_documents, `${at}/required_documents`, (d, path) =>
      this.add('required_document', d, path, { service_id: id }),
    );
    this.skip(svc, ['contacts', 'funding', 'cost_options', 'service_areas']);
    if (isObject(svc.program)) this.skip({ programs: [svc.program] }, ['programs']);
  }

  private location(loc: Obj, at: string, links: Obj) {
    const id = this.add('location', loc, at, links);
    const link = { location_id: id };
    this.each(loc.addresses, `${at}/addresses`, (a, path) => this.add('address', a, path, link));
    this.each(loc.accessibility, `${at}/accessibility`, (a, path) => this.add('accessibility', a, path, link));
    this.each(loc.languages, `${at}/languages`, (l, path) => this.add('language', l, path, link));
    this.each(loc.phones, `${at}/phones`, (phone, path) => this.phone(phone, path, link));
    this.each(loc.schedules, `${at}/schedules`, (s, path) => this.add('schedule', s, path, link));
    this.skip(loc, ['contacts']);
  }

  private phone(phone: Obj, at: string, links: Obj) {
    const id = this.add('phone', phone, at, links);
    this.each(phone.languages, `${at}/languages`, (l, path) => this.add('language', l, path, { phone_id: id }));
  }

  private term(term: Obj, at: string) {
    const detail = term.taxonomy_detail;
    if (isObject(detail)) this.add('taxonomy', detail, `${at}/taxonomy_detail`, {});
    return this.add('taxonomy_term', term, at, { taxonomy_id: idOf(detail) });
  }

  /** Adds (or completes) one row: its own scalar fields win over links from its parent. */
  private add(entity: Entity, obj: Obj, at: string, links: Obj): string | undefined {
    const values: Obj = {};
    for (const source of [links, obj]) {
      for (const [key, value] of Object.entries(source)) {
        if (value !== null && value !== undefined && typeof value !== 'object') values[key] = value;
      }
    }
    const id = idOf(obj);
    const key = `${entity}:${id}`;
    const known = id === undefined ? undefined : this.seen.get(key);
    if (known) {
      for (const [field, value] of Object.entries(values)) {
        if (known.values[field] === undefined || known.values[field] === '') known.values[field] = value;
      }
    } else {
      const row: SourceRow = { file: this.file, row: this.row, at: at || '/', values };
      this.dataset.rows[entity].push(row);
      if (id !== undefined) this.seen.set(key, row);
    }
    this.each(obj.attributes, `${at}/attributes`, (attribute, path) => {
      const termId = isObject(attribute.taxonomy_term)
        ? this.term(attribute.taxonomy_term, `${path}/taxonomy_term`)
        : undefined;
      this.add('attribute', attribute, path, { link_id: id, link_entity: entity, taxonomy_term_id: termId });
    });
    this.skip(obj, ['metadata']);
    return id;
  }

  private each(list: unknown, at: string, visit: (item: Obj, at: string) => void) {
    if (!Array.isArray(list)) return;
    list.forEach((item, index) => {
      if (isObject(item)) visit(item, `${at}/${index}`);
      else this.dataset.problems.push({ file: this.file, row: this.row, reason: `${at}/${index}: not an object` });
    });
  }

  /** Counts objects we have no table for, once each however often they repeat. */
  private skip(obj: Obj, fields: string[]) {
    for (const field of fields) {
      const list = obj[field];
      if (!Array.isArray(list)) continue;
      const name = field === 'funding' || field === 'metadata' ? field : field.replace(/s$/, '');
      const ids = this.notHeld.get(name) ?? new Set<string>();
      list.forEach((item, index) => ids.add(idOf(item) ?? `${this.row}${field}${index}`));
      this.notHeld.set(name, ids);
    }
  }
}
