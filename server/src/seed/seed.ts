import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { refreshSearchText } from '../directory/search.js';
import { BADGES_TAXONOMY_ID, TOPICS_TAXONOMY_ID } from '../directory/taxonomy.js';
import { REFERRAL_ENTITY, referralDestinationId } from '../stats/published-values.js';
import { withDrafts } from './drafts.js';
import { stableId } from './ids.js';
import { referralNames } from './referral-names.js';
import { seedSearchConcepts } from './search-concepts.js';
import { badgeNames, topicNames } from './terms.js';
import type { SeedDirectory, Text } from './types.js';

type Tx = Transaction<Database>;

/** The topic and badge taxonomies, with their names in many languages; safe to run again. */
export async function seedTaxonomies(db: Kysely<Database> | Tx): Promise<void> {
  await db
    .insertInto('taxonomies')
    .values([
      {
        id: TOPICS_TAXONOMY_ID,
        name: 'Welcome Widgets topics',
        description: 'What a visitor needs help with.',
        uri: null,
        version: '1',
      },
      {
        id: BADGES_TAXONOMY_ID,
        name: 'Welcome Widgets badges',
        description: 'Facts shown on service cards.',
        uri: null,
        version: '1',
      },
    ])
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  for (const [taxonomy, names] of [
    [TOPICS_TAXONOMY_ID, topicNames],
    [BADGES_TAXONOMY_ID, badgeNames],
  ] as const) {
    for (const [code, text] of Object.entries(names)) {
      const id = termId(taxonomy, code);
      await db
        .insertInto('taxonomy_terms')
        .values({ id, taxonomy_id: taxonomy, code, name: text.en, description: null, parent_id: null })
        .onConflict((oc) => oc.column('id').doUpdateSet({ name: text.en }))
        .execute();
      await saveTranslations(db, 'taxonomy_term', id, 'name', text);
    }
  }
}

export const termId = (taxonomy: string, code: string) => stableId(`term:${taxonomy}:${code}`);

/**
 * Drafts of the referral destinations' names (the list migration 0004 made) in every UI language; safe to run
 * again. A destination an office renamed or added keeps its own name only: a draft of another name would be wrong.
 */
export async function seedReferralNames(db: Kysely<Database> | Tx): Promise<void> {
  const stored = await db.selectFrom('referral_destinations').select(['code', 'name']).execute();
  for (const { code, name } of stored) {
    const label = referralNames[code];
    if (label?.en === name) await saveTranslations(db, REFERRAL_ENTITY, referralDestinationId(code), 'name', label);
  }
}

async function saveTranslations(
  db: Kysely<Database> | Tx,
  entity: string,
  id: string,
  field: string,
  text: Text | undefined,
) {
  if (!text) return;
  const rows = Object.entries(withDrafts(text))
    .filter(([locale, value]) => locale !== 'en' && value)
    .map(([locale, value]) => ({ entity, entity_id: id, field, locale, value, method: 'machine' as const }));
  if (rows.length === 0) return;
  await db
    .insertInto('translations')
    .values(rows)
    .onConflict((oc) =>
      oc
        .columns(['entity', 'entity_id', 'field', 'locale'])
        .doUpdateSet((eb) => ({ value: eb.ref('excluded.value') }))
        // A draft a person has reviewed since is theirs: a newer draft never replaces it.
        .where('translations.method', '=', 'machine'),
    )
    .execute();
}

/** Loads sample directories in one transaction. Ids derive from keys, so a second run changes nothing. */
export async function seedDirectories(db: Kysely<Database>, directories: SeedDirectory[]): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await seedTaxonomies(tx);
    const serviceIds: string[] = [];
    for (const directory of directories) {
      for (const org of directory.organizations) {
        const id = stableId(`organization:${org.key}`);
        await tx
          .insertInto('organizations')
          .values({
            id,
            name: org.name.en,
            description: org.description.en,
            url: org.url ?? null,
            email: org.email ?? null,
          })
          .onConflict((oc) => oc.column('id').doNothing())
          .execute();
        await saveTranslations(tx, 'organization', id, 'name', org.name);
        await saveTranslations(tx, 'organization', id, 'description', org.description);
      }
      for (const loc of directory.locations) {
        const id = stableId(`location:${loc.key}`);
        await tx
          .insertInto('locations')
          .values({
            id,
            organization_id: stableId(`organization:${loc.organization}`),
            name: loc.name.en,
            description: loc.description?.en ?? null,
            transportation: loc.transportation?.en ?? null,
            accessibility: loc.accessibility?.en ?? null,
            latitude: loc.latitude,
            longitude: loc.longitude,
            timezone: loc.timezone,
            is_corner: Boolean(loc.corner),
            corner_description: loc.corner?.description.en ?? null,
          })
          .onConflict((oc) => oc.column('id').doNothing())
          .execute();
        await tx
          .insertInto('addresses')
          .values({ id: stableId(`address:${loc.key}`), location_id: id, address_2: null, ...loc.address })
          .onConflict((oc) => oc.column('id').doNothing())
          .execute();
        for (const [field, text] of [
          ['name', loc.name],
          ['description', loc.description],
          ['transportation', loc.transportation],
          ['accessibility', loc.accessibility],
          ['corner_description', loc.corner?.description],
        ] as const) {
          await saveTranslations(tx, 'location', id, field, text);
        }
        for (const language of loc.languages ?? []) {
          await addLanguage(
            tx,
            `${loc.key}:${language.code}:${language.kind}`,
            { location_id: id },
            language.code,
            language.kind,
          );
        }
      }
      const timezoneOf = new Map(directory.locations.map((l) => [l.key, l.timezone]));
      for (const svc of directory.services) {
        const id = stableId(`service:${svc.key}`);
        serviceIds.push(id);
        await tx
          .insertInto('services')
          .values({
            id,
            organization_id: stableId(`organization:${svc.organization}`),
            name: svc.name.en,
            alternate_name: null,
            description: svc.description.en,
            url: svc.url ?? null,
            email: svc.email ?? null,
            application_process: svc.application_process?.en ?? null,
            fees_description: svc.fees?.en ?? null,
            eligibility_description: svc.eligibility?.en ?? null,
            last_verified: svc.last_verified,
            ...(svc.availability && {
              availability: svc.availability.status,
              availability_since: svc.availability.since ?? null,
              availability_until: svc.availability.until ?? null,
            }),
          })
          .onConflict((oc) => oc.column('id').doNothing())
          .execute();
        for (const [field, text] of [
          ['name', svc.name],
          ['description', svc.description],
          ['application_process', svc.application_process],
          ['fees_description', svc.fees],
          ['eligibility_description', svc.eligibility],
        ] as const) {
          await saveTranslations(tx, 'service', id, field, text);
        }
        for (const code of svc.topics) {
          await linkTerm(tx, id, TOPICS_TAXONOMY_ID, code, null);
        }
        for (const badge of svc.badges) {
          await linkTerm(tx, id, BADGES_TAXONOMY_ID, badge.code, badge.verified ?? null);
        }
        for (const locationKey of svc.locations) {
          await tx
            .insertInto('service_at_location')
            .values({
              id: stableId(`sal:${svc.key}:${locationKey}`),
              service_id: id,
              location_id: stableId(`location:${locationKey}`),
            })
            .onConflict((oc) => oc.column('id').doNothing())
            .execute();
        }
        for (const language of svc.languages) {
          await addLanguage(
            tx,
            `${svc.key}:${language.code}:${language.kind}`,
            { service_id: id },
            language.code,
            language.kind,
          );
        }
        for (const [index, phone] of svc.phones.entries()) {
          const phoneId = stableId(`phone:${svc.key}:${index}`);
          await tx
            .insertInto('phones')
            .values({
              id: phoneId,
              organization_id: null,
              service_id: id,
              location_id: null,
              number: phone.number,
              description: phone.description?.en ?? null,
            })
            .onConflict((oc) => oc.column('id').doNothing())
            .execute();
          await saveTranslations(tx, 'phone', phoneId, 'description', phone.description);
          for (const code of phone.languages ?? []) {
            await addLanguage(tx, `${phoneId}:${code}`, { phone_id: phoneId }, code, 'staff');
          }
        }
        for (const [index, schedule] of svc.schedules.entries()) {
          const scheduleId = stableId(`schedule:${svc.key}:${index}`);
          await tx
            .insertInto('schedules')
            .values({
              id: scheduleId,
              service_id: id,
              location_id: schedule.location ? stableId(`location:${schedule.location}`) : null,
              service_at_location_id: schedule.location ? stableId(`sal:${svc.key}:${schedule.location}`) : null,
              timezone: (schedule.location && timezoneOf.get(schedule.location)) || 'America/New_York',
              freq: schedule.freq,
              interval: schedule.interval ?? 1,
              byday: schedule.byday,
              opens_at: schedule.opens_at,
              closes_at: schedule.closes_at,
              valid_from: null,
              valid_to: null,
              description: schedule.description?.en ?? null,
            })
            .onConflict((oc) => oc.column('id').doNothing())
            .execute();
          await saveTranslations(tx, 'schedule', scheduleId, 'description', schedule.description);
        }
        for (const [index, document] of (svc.required_documents ?? []).entries()) {
          const documentId = stableId(`document:${svc.key}:${index}`);
          await tx
            .insertInto('required_documents')
            .values({ id: documentId, service_id: id, document: document.en, uri: null })
            .onConflict((oc) => oc.column('id').doNothing())
            .execute();
          await saveTranslations(tx, 'required_document', documentId, 'document', document);
        }
      }
    }
    await seedSearchConcepts(tx);
    await refreshSearchText(tx, serviceIds);
  });
}

/** A language spoken at a place, by a service's staff (or through an interpreter), or on a phone line. */
async function addLanguage(
  tx: Tx,
  key: string,
  owner: { service_id?: string; location_id?: string; phone_id?: string },
  code: string,
  kind: 'staff' | 'interpretation',
) {
  await tx
    .insertInto('languages')
    .values({
      id: stableId(`language:${key}`),
      service_id: null,
      location_id: null,
      phone_id: null,
      ...owner,
      code,
      kind,
      note: null,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

async function linkTerm(tx: Tx, serviceId: string, taxonomy: string, code: string, value: string | null) {
  await tx
    .insertInto('attributes')
    .values({
      id: stableId(`attribute:${serviceId}:${taxonomy}:${code}`),
      link_id: serviceId,
      link_type: 'service',
      link_entity: 'service',
      taxonomy_term_id: termId(taxonomy, code),
      value,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}
