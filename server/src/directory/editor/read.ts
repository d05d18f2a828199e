import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { FieldCrypto } from '../../lib/field-crypto.js';
import { UI_LOCALES } from '../../lib/ui-locales.js';
import { BADGES_TAXONOMY_ID, TOPICS_TAXONOMY_ID } from '../taxonomy.js';
import { readVerificationPolicy, verificationState } from '../verification-policy.js';
import { actorNames } from './actors.js';
import { SERVICE_STATUSES, TEXT_FIELDS, type ServiceEditT, type TextField } from './schemas.js';

type Db = Kysely<Database>;
type Texts = ServiceEditT['texts'][TextField];

const iso = (value: Date | string) => new Date(value).toISOString();

/** Every text field in every UI locale (and any other stored), with its state and who reviewed it. */
async function readTexts(db: Db, service: Record<TextField, string | null> & { id: string; source_locale: string }) {
  const rows = await db
    .selectFrom('translations')
    .select(['field', 'locale', 'value', 'method', 'reviewed_by', 'reviewed_at'])
    .where('entity', '=', 'service')
    .where('entity_id', '=', service.id)
    .where('field', 'in', [...TEXT_FIELDS])
    .execute();
  const names = await actorNames(
    db,
    rows.map((r) => r.reviewed_by),
  );
  const texts = Object.fromEntries(TEXT_FIELDS.map((field) => [field, {} as Texts])) as ServiceEditT['texts'];
  const locales = [...new Set([...UI_LOCALES, service.source_locale, ...rows.map((r) => r.locale)])];
  for (const field of TEXT_FIELDS) {
    for (const locale of locales) {
      const source = service[field];
      if (locale === service.source_locale) {
        texts[field][locale] = {
          value: source ?? '',
          state: source ? 'source' : 'missing',
          reviewed_by: null,
          reviewed_at: null,
        };
        continue;
      }
      const row = rows.find((r) => r.field === field && r.locale === locale);
      texts[field][locale] = row
        ? {
            value: row.value,
            state: row.method === 'human' ? 'reviewed' : 'machine',
            reviewed_by: row.reviewed_by ? (names.get(row.reviewed_by) ?? row.reviewed_by) : null,
            reviewed_at: row.reviewed_at ? iso(row.reviewed_at) : null,
          }
        : { value: '', state: 'missing', reviewed_by: null, reviewed_at: null };
    }
  }
  return texts;
}

/** The service's places, each with its address and this service's hours there. */
async function readLocations(db: Db, serviceId: string): Promise<ServiceEditT['locations']> {
  const places = await db
    .selectFrom('service_at_location as sal')
    .innerJoin('locations as l', 'l.id', 'sal.location_id')
    .select(['l.id', 'l.name', 'l.latitude', 'l.longitude', 'l.timezone'])
    .where('sal.service_id', '=', serviceId)
    .orderBy('l.name')
    .orderBy('l.id')
    .execute();
  if (places.length === 0) return [];
  const ids = places.map((p) => p.id);
  const [addresses, schedules] = await Promise.all([
    db.selectFrom('addresses').selectAll().where('location_id', 'in', ids).orderBy('id').execute(),
    db
      .selectFrom('schedules')
      .selectAll()
      .where('service_id', '=', serviceId)
      .where('location_id', 'in', ids)
      .orderBy('id')
      .execute(),
  ]);
  return places.map((p) => {
    const address = addresses.find((a) => a.location_id === p.id);
    return {
      id: p.id,
      name: p.name,
      address: {
        address_1: address?.address_1 ?? '',
        address_2: address?.address_2 ?? null,
        city: address?.city ?? '',
        state_province: address?.state_province ?? '',
        postal_code: address?.postal_code ?? '',
        country: address?.country ?? '',
      },
      latitude: p.latitude,
      longitude: p.longitude,
      timezone: p.timezone,
      schedules: schedules
        .filter((s) => s.location_id === p.id)
        .map((s) => ({
          id: s.id,
          freq: s.freq === 'MONTHLY' ? ('MONTHLY' as const) : ('WEEKLY' as const),
          byday: s.byday,
          opens_at: s.opens_at,
          closes_at: s.closes_at,
          valid_from: s.valid_from,
          valid_to: s.valid_to,
          description: s.description,
        })),
    };
  });
}

async function readPhones(db: Db, serviceId: string): Promise<ServiceEditT['phones']> {
  const phones = await db.selectFrom('phones').selectAll().where('service_id', '=', serviceId).orderBy('id').execute();
  const languages = phones.length
    ? await db
        .selectFrom('languages')
        .select(['phone_id', 'code'])
        .where(
          'phone_id',
          'in',
          phones.map((p) => p.id),
        )
        .orderBy('code')
        .execute()
    : [];
  return phones.map((p) => ({
    id: p.id,
    number: p.number,
    type: p.type,
    description: p.description,
    languages: languages.filter((l) => l.phone_id === p.id).map((l) => l.code),
  }));
}

/** Topic codes and badges (with their dates) linked to the service. */
async function readTerms(db: Db, serviceId: string) {
  const rows = await db
    .selectFrom('attributes as a')
    .innerJoin('taxonomy_terms as t', 't.id', 'a.taxonomy_term_id')
    .select(['t.code', 't.taxonomy_id', 'a.value'])
    .where('a.link_id', '=', serviceId)
    .orderBy('t.code')
    .execute();
  return {
    topics: rows.filter((r) => r.taxonomy_id === TOPICS_TAXONOMY_ID).map((r) => r.code) as ServiceEditT['topics'],
    badges: rows
      .filter((r) => r.taxonomy_id === BADGES_TAXONOMY_ID)
      .map((r) => ({ code: r.code, verified: r.value || null })) as ServiceEditT['badges'],
  };
}

/**
 * The service as the editor shows it, or null for no such service. `verification_contact` is decrypted: the
 * caller audits the view.
 */
export async function readServiceEdit(
  db: Db,
  crypto: FieldCrypto,
  id: string,
  /** The office's date (YYYY-MM-DD): verification is due or overdue against it. */
  today: string,
): Promise<ServiceEditT | null> {
  const service = await db
    .selectFrom('services as s')
    .innerJoin('organizations as o', 'o.id', 's.organization_id')
    .selectAll('s')
    .select('o.name as organization_name')
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!service) return null;
  const [texts, locations, phones, languages, terms, reports, policy, updatedBy] = await Promise.all([
    readTexts(db, service),
    readLocations(db, id),
    readPhones(db, id),
    db
      .selectFrom('languages')
      .select(['code', 'kind'])
      .where('service_id', '=', id)
      .orderBy('kind desc')
      .orderBy('code')
      .execute(),
    readTerms(db, id),
    db
      .selectFrom('service_reports')
      .select(['id', 'kind', 'created_at'])
      .where('service_id', '=', id)
      .where('status', '=', 'open')
      .orderBy('created_at')
      .execute(),
    readVerificationPolicy(db),
    actorNames(db, [service.updated_by]),
  ]);
  return {
    id: service.id,
    version: service.version,
    updated_by: service.updated_by
      ? { id: service.updated_by, name: updatedBy.get(service.updated_by) ?? service.updated_by }
      : null,
    updated_at: iso(service.last_modified),
    source_locale: service.source_locale,
    organization: { id: service.organization_id, name: service.organization_name },
    fields: {
      name: service.name,
      alternate_name: service.alternate_name,
      description: service.description,
      url: service.url,
      email: service.email,
      application_process: service.application_process,
      fees_description: service.fees_description,
      eligibility_description: service.eligibility_description,
      // As the export says it: a status HSDS does not know is `inactive`.
      status: SERVICE_STATUSES.find((status) => status === service.status) ?? 'inactive',
    },
    texts,
    availability: {
      status: service.availability,
      since: service.availability_since,
      until: service.availability_until,
    },
    verification: verificationState(service.last_verified, service.badge_codes, policy, today),
    verification_contact: crypto.decrypt(service.verification_contact),
    topics: terms.topics,
    badges: terms.badges,
    phones,
    languages,
    locations,
    open_reports: reports.map((r) => ({ id: r.id, kind: r.kind, created_at: iso(r.created_at as unknown as Date) })),
  };
}
