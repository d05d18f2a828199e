import type { Insertable } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Entity } from './dataset.js';
import type { Fields } from './fields.js';
import { ourId } from './ids.js';

/** Where each HSDS object we hold goes (accessibility is folded into its location). */
export const TABLE_OF = {
  taxonomy: 'taxonomies',
  taxonomy_term: 'taxonomy_terms',
  organization: 'organizations',
  service: 'services',
  location: 'locations',
  address: 'addresses',
  service_at_location: 'service_at_location',
  phone: 'phones',
  language: 'languages',
  schedule: 'schedules',
  attribute: 'attributes',
  required_document: 'required_documents',
} as const satisfies Partial<Record<Entity, keyof Database>>;

export type TableEntity = keyof typeof TABLE_OF;
export type RowOf<E extends TableEntity> = Insertable<Database[(typeof TABLE_OF)[E]]>;

export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;
export const LOCATION_TYPES = ['physical', 'postal', 'virtual'] as const;
const FREQUENCIES = ['WEEKLY', 'MONTHLY'] as const;
const BYDAY = /^(-?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)(,(-?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU))*$/;

/** What a row alone does not say. */
export interface ConvertContext {
  /** Which entity holds an HSDS id in this data set, for attributes that do not say. */
  entityOf: (rawId: string) => Entity | undefined;
  /** The IANA zone of schedules that name none (HSDS `timezone` is optional). */
  timeZone: string;
}

/** HSDS row → our row. Links a row can only borrow (from its service_at_location) are read in plan.ts. */
export const convert: { [E in TableEntity]: (f: Fields, context: ConvertContext) => RowOf<E> } = {
  taxonomy: (f) => ({
    id: f.id('taxonomy'),
    name: f.required('name'),
    description: f.text('description'),
    uri: f.url('uri'),
    version: f.text('version'),
  }),
  taxonomy_term: (f) => ({
    id: f.id('taxonomy_term'),
    taxonomy_id: f.ref('taxonomy_id', 'taxonomy'),
    // Our code is required and unique within a taxonomy; HSDS's is optional, its id is not.
    code: f.text('code') ?? f.text('id') ?? '',
    name: f.required('name'),
    description: f.text('description'),
    // No check: a parent may live in a taxonomy this data set does not carry.
    parent_id: f.text('parent_id') ? ourId('taxonomy_term', f.text('parent_id')!) : null,
  }),
  organization: (f) => ({
    id: f.id('organization'),
    name: f.required('name'),
    description: f.text('description') ?? '',
    // HSDS 3.0 says website; 2.0 said url.
    url: f.url('website') ?? f.url('url'),
    email: f.email('email'),
  }),
  service: (f) => ({
    id: f.id('service'),
    organization_id: f.ref('organization_id', 'organization', true) ?? '',
    name: f.required('name'),
    alternate_name: f.text('alternate_name'),
    description: f.text('description') ?? '',
    url: f.url('url'),
    email: f.email('email'),
    status: f.oneOf('status', SERVICE_STATUSES) ?? 'active',
    application_process: f.text('application_process'),
    fees_description: f.text('fees_description'),
    eligibility_description: f.text('eligibility_description'),
    // HSDS: "the date that the information about the service was last checked".
    last_verified: f.date('assured_date'),
    // Kysely types a generated timestamp's insert value oddly; an ISO string is what PostgreSQL takes.
    last_modified: (f.dateTime('last_modified') ?? new Date().toISOString()) as never,
  }),
  location: (f) => {
    const latitude = f.number('latitude');
    const longitude = f.number('longitude');
    // Out-of-range coordinates would break distance sorting for everyone; keep the place, drop the point.
    const valid = latitude !== null && longitude !== null && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
    if (!valid && (latitude !== null || longitude !== null)) {
      f.notes.push(`latitude ${latitude}, longitude ${longitude} is not a point on Earth; coordinates left empty`);
    }
    const name = f.text('name') ?? f.text('alternate_name');
    return {
      id: f.id('location'),
      organization_id: f.ref('organization_id', 'organization'),
      location_type: f.oneOf('location_type', LOCATION_TYPES, 'physical') ?? 'physical',
      name: name ?? f.required('name'),
      description: f.text('description'),
      transportation: f.text('transportation'),
      latitude: valid ? latitude : null,
      longitude: valid ? longitude : null,
      // Filled in plan.ts from the location's schedules and accessibility rows.
      timezone: '',
      accessibility: null,
    };
  },
  address: (f) => ({
    id: f.id('address'),
    location_id: f.ref('location_id', 'location', true) ?? '',
    address_1: f.required('address_1'),
    address_2: f.text('address_2'),
    city: f.required('city'),
    state_province: f.required('state_province'),
    postal_code: f.required('postal_code'),
    country: f.required('country'),
    address_type: f.oneOf('address_type', LOCATION_TYPES, 'physical') ?? 'physical',
  }),
  service_at_location: (f) => ({
    id: f.id('service_at_location'),
    service_id: f.ref('service_id', 'service', true) ?? '',
    location_id: f.ref('location_id', 'location', true) ?? '',
  }),
  phone: (f) => ({
    id: f.id('phone'),
    organization_id: f.ref('organization_id', 'organization'),
    service_id: f.ref('service_id', 'service'),
    location_id: f.ref('location_id', 'location'),
    number: f.required('number'),
    type: f.text('type') ?? 'voice',
    description: f.text('description'),
  }),
  language: (f) => {
    const note = f.text('note');
    // HSDS has no kind: a language is spoken by staff unless the row speaks of interpreting.
    const interpretation = /interpret/i.test(`${f.text('name') ?? ''} ${note ?? ''}`);
    return {
      id: f.id('language'),
      service_id: f.ref('service_id', 'service'),
      location_id: f.ref('location_id', 'location'),
      phone_id: f.ref('phone_id', 'phone'),
      code: f.languageCode('code') ?? '',
      kind: interpretation ? 'interpretation' : 'staff',
      note,
    };
  },
  schedule: (f, { timeZone }) => {
    const byday = f.text('byday')?.replace(/\s+/g, '').toUpperCase() ?? null;
    if (byday && !BYDAY.test(byday)) f.reasons.push(`byday "${byday}" is not a list of days such as MO,TU or 1TH`);
    return {
      id: f.id('schedule'),
      service_id: f.ref('service_id', 'service'),
      location_id: f.ref('location_id', 'location'),
      service_at_location_id: f.ref('service_at_location_id', 'service_at_location'),
      timezone: f.timezone('timezone') ?? timeZone,
      freq: f.text('freq') ? f.oneOf('freq', FREQUENCIES) : null,
      interval: f.number('interval', { min: 1, max: 1000, integer: true }),
      byday,
      opens_at: f.time('opens_at'),
      closes_at: f.time('closes_at'),
      valid_from: f.date('valid_from'),
      valid_to: f.date('valid_to'),
      description: f.text('description'),
    };
  },
  attribute: (f, { entityOf }) => {
    const rawLink = f.required('link_id');
    const entity = f.text('link_entity') ?? entityOf(rawLink);
    if (rawLink && !entity) f.reasons.push('link_entity is empty and link_id names nothing in this data set');
    return {
      id: f.id('attribute'),
      // Not checked: an attribute may describe an object we do not hold (a contact, a cost option).
      link_id: rawLink ? ourId(singular(entity ?? ''), rawLink) : '',
      link_type: f.text('link_type'),
      link_entity: entity ?? '',
      taxonomy_term_id: f.ref('taxonomy_term_id', 'taxonomy_term', true) ?? '',
      value: f.text('value'),
    };
  },
  required_document: (f) => ({
    id: f.id('required_document'),
    service_id: f.ref('service_id', 'service', true) ?? '',
    document: f.required('document'),
    uri: f.url('uri'),
  }),
};

/** `services` → `service`: link_entity names a table, in either form. */
const singular = (name: string) =>
  name === 'taxonomies' ? 'taxonomy' : name === 'addresses' ? 'address' : name.replace(/s$/, '');
