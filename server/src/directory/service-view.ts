import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { ServiceDetailT, ServiceSummaryT } from '../schemas.js';
import { distanceKm as kmBetween } from './distance.js';
import { cachedRecords } from './record-cache.js';
import { appliesOn, openAt } from './schedule.js';
import { loadRecordRows } from './record-rows.js';
import { BADGES_TAXONOMY_ID, TOPICS_TAXONOMY_ID } from './taxonomy.js';
import { indexTranslations, pick, recordTexts } from './translate.js';
import { verificationState, type VerificationPolicy } from './verification-policy.js';
import { webUrl } from '../lib/web-url.js';

const groupBy = <T, K>(rows: readonly T[], key: (row: T) => K) => {
  const map = new Map<K, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
};

export interface ViewOptions {
  detail: boolean;
  near?: { latitude: number; longitude: number } | undefined;
  at?: Date;
  /**
   * The office's re-verification policy and its calendar day (YYYY-MM-DD, in its zone): whether a listing is
   * overdue depends on the day, so it is applied per request, never kept with the record.
   */
  verification: { policy: VerificationPolicy; today: string };
  /** The directory version the hits come from: records are then kept in memory for it (record-cache.ts). */
  version?: string | undefined;
}

/**
 * Full records for services, in the order given, with every text in the best
 * language of `locales` (falling back to the record's source language), open now and distances for `at` and `near`.
 */
export async function loadServiceViews(
  db: Kysely<Database>,
  hits: readonly { id: string; distanceKm: number | null }[],
  locales: readonly string[],
  options: ViewOptions,
): Promise<ServiceDetailT[]> {
  const ids = hits.map((h) => h.id);
  if (ids.length === 0) return [];
  const records = options.version
    ? await cachedRecords(db, options.version, ids, locales, options.detail, loadRecords)
    : await loadRecords(db, ids, locales, options.detail);
  const at = options.at ?? new Date();
  return hits.flatMap(({ id, distanceKm }) => {
    const record = records.get(id);
    return record ? [atMoment(record, at, options.near, distanceKm, options.verification)] : [];
  });
}

/**
 * A record as it is at an instant and from a place: open now, today's hours, distances, whether its verification is
 * overdue. The rest of a record depends only on the directory and the languages, and is what the record cache keeps.
 */
function atMoment(
  record: ServiceDetailT,
  at: Date,
  near: { latitude: number; longitude: number } | undefined,
  distanceKm: number | null,
  { policy, today }: ViewOptions['verification'],
): ServiceDetailT {
  const schedules = record.schedules;
  const badgeCodes = record.badges.map((badge) => badge.code);
  const verification = verificationState(record.last_verified, badgeCodes, policy, today);
  return {
    ...record,
    verification,
    badges: record.badges.map((badge) => ({ ...badge, overdue: verification.overdue })),
    open_now: schedules.length ? schedules.some((rule) => openAt(rule, at)) : null,
    hours_today: schedules
      .filter((rule) => rule.opens_at && rule.closes_at && appliesOn(rule, at))
      .map((rule) => ({ opens_at: rule.opens_at!, closes_at: rule.closes_at!, location_id: rule.location_id })),
    distance_km: distanceKm === null ? null : round(distanceKm),
    locations: record.locations.map((l) => ({
      ...l,
      distance_km:
        near && l.latitude !== null && l.longitude !== null
          ? round(kmBetween(near.latitude, near.longitude, l.latitude, l.longitude))
          : null,
    })),
  };
}

/** The records of `ids` by id, in the best language of `locales`, without what depends on an instant or a place. */
async function loadRecords(
  db: Kysely<Database>,
  ids: readonly string[],
  locales: readonly string[],
  detail: boolean,
): Promise<Map<string, ServiceDetailT>> {
  const { services, terms, languages, placements, phones, schedules, documents, ...rows } = await loadRecordRows(
    db,
    ids,
    locales,
    detail,
  );
  const translations = indexTranslations(rows.translations, locales);
  const byId = new Map(services.map((s) => [s.id, s]));
  const termsOf = groupBy(terms, (t) => t.link_id);
  const languagesOf = groupBy(languages, (l) => l.service_id);
  const placementsOf = groupBy(placements, (p) => p.service_id);
  const phonesOf = groupBy(phones, (p) => p.service_id);
  const schedulesOf = groupBy(schedules, (s) => s.service_id);
  const documentsOf = groupBy(documents, (d) => d.service_id);
  // Names are written as their owners write them: picked, never counted as a text in another language.
  const nameOf = (id: string, source: string, sourceLocale: string) =>
    pick(translations, id, 'name', source, sourceLocale, locales)?.value ?? source;

  const records = new Map<string, ServiceDetailT>();
  for (const id of ids) {
    const s = byId.get(id);
    if (!s) continue;
    // What the record is in: its description, the main text (a name is often a proper noun, kept as written).
    const description = pick(translations, id, 'description', s.description, s.source_locale, locales)!;
    const texts = recordTexts(translations, locales);
    const text = (rowId: string, field: string, source: string | null, sourceLocale: string, as = field) =>
      texts.text(rowId, field, source, sourceLocale, as);
    const serviceSchedules = schedulesOf.get(id) ?? [];
    const termName = (t: (typeof terms)[number], as: string) => text(t.id, 'name', t.name, 'en', as) ?? t.name;
    const locationsView = (placementsOf.get(id) ?? []).map((l) => ({
      id: l.id,
      name: nameOf(l.id, l.name, l.source_locale),
      address: l.address_1
        ? {
            address_1: l.address_1,
            address_2: l.address_2 ?? null,
            city: l.city ?? '',
            state_province: l.state_province ?? '',
            postal_code: l.postal_code ?? '',
            country: l.country ?? '',
          }
        : null,
      latitude: l.latitude,
      longitude: l.longitude,
      timezone: l.timezone,
      corner: l.is_corner,
      distance_km: null,
      description: text(l.id, 'description', l.description, l.source_locale, 'locations.description'),
      accessibility: text(l.id, 'accessibility', l.accessibility, l.source_locale, 'locations.accessibility'),
      transportation: text(l.id, 'transportation', l.transportation, l.source_locale, 'locations.transportation'),
      corner_description: text(
        l.id,
        'corner_description',
        l.corner_description,
        l.source_locale,
        'locations.corner_description',
      ),
    }));
    const view: ServiceDetailT = {
      id,
      name: nameOf(id, s.name, s.source_locale),
      description: description.value,
      content: {
        locale: description.locale,
        method: description.method,
        fallback: description.locale !== locales[0],
        fallback_fields: [],
      },
      organization: {
        id: s.organization_id,
        name: nameOf(s.organization_id, s.organization_name, s.organization_locale),
      },
      topics: (termsOf.get(id) ?? [])
        .filter((t) => t.taxonomy_id === TOPICS_TAXONOMY_ID)
        .map((t) => ({ code: t.code, name: termName(t, 'topics') })),
      badges: (termsOf.get(id) ?? [])
        .filter((t) => t.taxonomy_id === BADGES_TAXONOMY_ID)
        .map((t) => ({ code: t.code, name: termName(t, 'badges'), verified: t.value, overdue: false })),
      languages: (languagesOf.get(id) ?? []).map((l) => ({ code: l.code, kind: l.kind })),
      locations: locationsView,
      phones: (phonesOf.get(id) ?? []).map((p) => ({
        number: p.number,
        description: text(p.id, 'description', p.description, s.source_locale, 'phones.description'),
        languages: p.languages,
      })),
      url: webUrl(s.url) ?? null,
      email: s.email,
      open_now: null,
      hours_today: [],
      distance_km: null,
      last_verified: s.last_verified,
      availability: { status: s.availability, since: s.availability_since, until: s.availability_until },
      // Depends on the day: set per request (atMoment).
      verification: { verified: s.last_verified, due: null, overdue: false },
      eligibility: text(id, 'eligibility_description', s.eligibility_description, s.source_locale, 'eligibility'),
      fees: text(id, 'fees_description', s.fees_description, s.source_locale, 'fees'),
      application_process: text(id, 'application_process', s.application_process, s.source_locale),
      required_documents: (documentsOf.get(id) ?? []).map((d) =>
        text(d.id, 'document', d.document, s.source_locale, 'required_documents')!,
      ),
      schedules: serviceSchedules.map((rule) => ({
        location_id: rule.location_id,
        freq: rule.freq,
        byday: rule.byday,
        opens_at: rule.opens_at,
        closes_at: rule.closes_at,
        timezone: rule.timezone,
        description: text(rule.id, 'description', rule.description, s.source_locale, 'schedules.description'),
      })),
    };
    view.content.fallback_fields = texts.fallbackFields();
    records.set(id, view);
  }
  return records;
}

/** The list view: the same record without the detail-only fields. */
export function toSummary(view: ServiceDetailT): ServiceSummaryT {
  const {
    eligibility: _e,
    fees: _f,
    application_process: _a,
    required_documents: _r,
    schedules: _s,
    ...summary
  } = view;
  return {
    ...summary,
    content: {
      ...view.content,
      fallback_fields: view.content.fallback_fields?.filter((field) => SUMMARY_FIELDS.has(field)) ?? [],
    },
    locations: view.locations.map(
      ({ description: _d, accessibility: _ac, transportation: _t, corner_description: _c, ...location }) => location,
    ),
  };
}

/** The texts a list item keeps (see `toSummary`). */
const SUMMARY_FIELDS = new Set(['topics', 'badges', 'phones.description']);

const round = (km: number) => Math.round(km * 100) / 100;
