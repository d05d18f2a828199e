import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { seedTaxonomies, termId } from '../../seed/seed.js';
import { stableId } from '../../seed/ids.js';
import { BADGES_TAXONOMY_ID, TOPICS_TAXONOMY_ID } from '../taxonomy.js';
import { EditRefusal } from './outcome.js';
import type { ServiceEditInputT } from './schemas.js';

type Tx = Transaction<Database>;

/**
 * What the editor calls each row it wrote (`phones[0]`, `locations[1].address`), by the row's id: how a fault the
 * HSDS schema finds in the exported object is named in the editor's terms.
 */
export type EditorPaths = Map<string, string>;

/** The service's phones: kept by id (their translated descriptions stay), new ones added, the rest removed. */
async function savePhones(tx: Tx, serviceId: string, phones: ServiceEditInputT['phones'], paths: EditorPaths) {
  const existing = new Set(
    (await tx.selectFrom('phones').select('id').where('service_id', '=', serviceId).execute()).map((p) => p.id),
  );
  const kept: string[] = [];
  for (const [index, phone] of phones.entries()) {
    const values = { number: phone.number, type: phone.type, description: phone.description };
    let id = phone.id;
    if (id && existing.has(id) && !kept.includes(id)) {
      await tx.updateTable('phones').set(values).where('id', '=', id).execute();
    } else {
      id = randomUUID();
      await tx
        .insertInto('phones')
        .values({ id, organization_id: null, service_id: serviceId, location_id: null, ...values })
        .execute();
    }
    kept.push(id);
    paths.set(id, `phones[${index}]`);
  }
  const all = [...new Set([...existing, ...kept])];
  if (all.length) await tx.deleteFrom('languages').where('phone_id', 'in', all).execute();
  const gone = [...existing].filter((id) => !kept.includes(id));
  if (gone.length) {
    await tx.deleteFrom('translations').where('entity', '=', 'phone').where('entity_id', 'in', gone).execute();
    await tx.deleteFrom('phones').where('id', 'in', gone).execute();
  }
  for (const [index, phone] of phones.entries()) {
    for (const [at, code] of [...new Set(phone.languages)].entries()) {
      const id = randomUUID();
      paths.set(id, `phones[${index}].languages[${at}]`);
      await tx
        .insertInto('languages')
        .values({ id, service_id: null, location_id: null, phone_id: kept[index]!, code, kind: 'staff', note: null })
        .execute();
    }
  }
}

/** The languages the service's staff speak and interpret: replaced. */
async function saveLanguages(tx: Tx, serviceId: string, languages: ServiceEditInputT['languages'], paths: EditorPaths) {
  await tx.deleteFrom('languages').where('service_id', '=', serviceId).execute();
  const seen = new Set<string>();
  for (const [index, language] of languages.entries()) {
    const key = `${language.code}|${language.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const id = randomUUID();
    paths.set(id, `languages[${index}]`);
    await tx
      .insertInto('languages')
      .values({
        id,
        service_id: serviceId,
        location_id: null,
        phone_id: null,
        code: language.code,
        kind: language.kind,
        note: null,
      })
      .execute();
  }
}

/** Topics and badges as attributes of the service (a badge's date is the attribute's value). */
async function saveTerms(tx: Tx, serviceId: string, input: ServiceEditInputT, paths: EditorPaths) {
  const terms = await tx
    .selectFrom('taxonomy_terms')
    .select('id')
    .where('taxonomy_id', 'in', [TOPICS_TAXONOMY_ID, BADGES_TAXONOMY_ID])
    .execute();
  await tx
    .deleteFrom('attributes')
    .where('link_id', '=', serviceId)
    .where(
      'taxonomy_term_id',
      'in',
      terms.map((t) => t.id),
    )
    .execute();
  const rows = [
    ...[...new Set(input.topics)].map((code, index) => ({
      taxonomy: TOPICS_TAXONOMY_ID,
      code,
      value: null as string | null,
      path: `topics[${index}]`,
    })),
    ...input.badges.map((badge, index) => ({
      taxonomy: BADGES_TAXONOMY_ID,
      code: badge.code as string,
      value: badge.verified,
      path: `badges[${index}]`,
    })),
  ];
  const known = new Set(terms.map((t) => t.id));
  // A directory loaded from a file alone may not have our two taxonomies yet.
  if (rows.some((row) => !known.has(termId(row.taxonomy, row.code)))) await seedTaxonomies(tx);
  const written = new Set<string>();
  for (const row of rows) {
    const id = stableId(`attribute:${serviceId}:${row.taxonomy}:${row.code}`);
    if (written.has(id)) throw new EditRefusal({ kind: 'invalid', field: row.path, message: 'Listed twice' });
    written.add(id);
    paths.set(id, row.path);
    await tx
      .insertInto('attributes')
      .values({
        id,
        link_id: serviceId,
        link_type: 'service',
        link_entity: 'service',
        taxonomy_term_id: termId(row.taxonomy, row.code),
        value: row.value,
      })
      .execute();
  }
}

type LocationInput = ServiceEditInputT['locations'][number];

/** A place's own row and its (first) address: a new place belongs to the service's organization. */
async function saveLocation(tx: Tx, organizationId: string, location: LocationInput, index: number) {
  const values = {
    name: location.name,
    latitude: location.latitude,
    longitude: location.longitude,
    timezone: location.timezone,
  };
  let id = location.id;
  if (id) {
    const found = await tx.updateTable('locations').set(values).where('id', '=', id).executeTakeFirst();
    if (Number(found.numUpdatedRows) === 0) {
      throw new EditRefusal({ kind: 'invalid', field: `locations[${index}].id`, message: 'No place has this id' });
    }
  } else {
    id = randomUUID();
    await tx
      .insertInto('locations')
      .values({
        id,
        organization_id: organizationId,
        description: null,
        transportation: null,
        accessibility: null,
        corner_description: null,
        ...values,
      })
      .execute();
  }
  const address = await tx
    .selectFrom('addresses')
    .select('id')
    .where('location_id', '=', id)
    .orderBy('id')
    .executeTakeFirst();
  const addressId = address?.id ?? randomUUID();
  if (address) await tx.updateTable('addresses').set(location.address).where('id', '=', addressId).execute();
  else
    await tx
      .insertInto('addresses')
      .values({ id: addressId, location_id: id, ...location.address })
      .execute();
  return { id, addressId };
}

/** The service's hours at one place: kept by id, new ones added, the rest removed. */
async function saveSchedules(
  tx: Tx,
  serviceId: string,
  placement: { locationId: string; salId: string; timezone: string },
  location: LocationInput,
  base: string,
  paths: EditorPaths,
) {
  const existing = new Set(
    (
      await tx
        .selectFrom('schedules')
        .select('id')
        .where('service_id', '=', serviceId)
        .where('location_id', '=', placement.locationId)
        .execute()
    ).map((s) => s.id),
  );
  const kept: string[] = [];
  for (const [index, schedule] of location.schedules.entries()) {
    const values = {
      freq: schedule.freq,
      interval: 1,
      byday: schedule.byday,
      opens_at: schedule.opens_at,
      closes_at: schedule.closes_at,
      valid_from: schedule.valid_from,
      valid_to: schedule.valid_to,
      description: schedule.description,
      timezone: placement.timezone,
      service_at_location_id: placement.salId,
    };
    let id = schedule.id;
    if (id && existing.has(id) && !kept.includes(id)) {
      await tx.updateTable('schedules').set(values).where('id', '=', id).execute();
    } else {
      id = randomUUID();
      await tx
        .insertInto('schedules')
        .values({ id, service_id: serviceId, location_id: placement.locationId, ...values })
        .execute();
    }
    kept.push(id);
    paths.set(id, `${base}.schedules[${index}]`);
  }
  const gone = [...existing].filter((id) => !kept.includes(id));
  if (gone.length) {
    await tx.deleteFrom('translations').where('entity', '=', 'schedule').where('entity_id', 'in', gone).execute();
    await tx.deleteFrom('schedules').where('id', 'in', gone).execute();
  }
}

/** The places the service is at, their addresses, and its hours at each; places left out are no longer its. */
async function saveLocations(
  tx: Tx,
  serviceId: string,
  organizationId: string,
  locations: ServiceEditInputT['locations'],
  paths: EditorPaths,
) {
  const placements = await tx
    .selectFrom('service_at_location')
    .select(['id', 'location_id'])
    .where('service_id', '=', serviceId)
    .execute();
  const kept: string[] = [];
  for (const [index, location] of locations.entries()) {
    const base = `locations[${index}]`;
    if (location.id && kept.includes(location.id)) {
      throw new EditRefusal({ kind: 'invalid', field: `${base}.id`, message: 'This place is listed twice' });
    }
    const { id, addressId } = await saveLocation(tx, organizationId, location, index);
    kept.push(id);
    let salId = placements.find((p) => p.location_id === id)?.id;
    if (!salId) {
      salId = randomUUID();
      await tx
        .insertInto('service_at_location')
        .values({ id: salId, service_id: serviceId, location_id: id })
        .execute();
    }
    paths.set(id, base).set(salId, base).set(addressId, `${base}.address`);
    await saveSchedules(tx, serviceId, { locationId: id, salId, timezone: location.timezone }, location, base, paths);
  }
  const gone = placements.filter((p) => !kept.includes(p.location_id));
  if (gone.length) {
    const goneLocations = gone.map((p) => p.location_id);
    await tx
      .deleteFrom('schedules')
      .where('service_id', '=', serviceId)
      .where('location_id', 'in', goneLocations)
      .execute();
    await tx
      .deleteFrom('service_at_location')
      .where(
        'id',
        'in',
        gone.map((p) => p.id),
      )
      .execute();
  }
}

/** Everything that hangs from the service, as the editor sent it. */
export async function saveChildren(
  tx: Tx,
  serviceId: string,
  organizationId: string,
  input: ServiceEditInputT,
): Promise<EditorPaths> {
  const paths: EditorPaths = new Map([
    [serviceId, 'fields'],
    [organizationId, 'organization'],
  ]);
  await savePhones(tx, serviceId, input.phones, paths);
  await saveLanguages(tx, serviceId, input.languages, paths);
  await saveTerms(tx, serviceId, input, paths);
  await saveLocations(tx, serviceId, organizationId, input.locations, paths);
  return paths;
}
