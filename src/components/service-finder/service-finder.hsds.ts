import type { ApiClient } from '../../core/api-client.js';
import type { FinderQuery, ServiceDetail, ServiceList } from './service-finder.api.js';

/**
 * Reading any Open Referral HSDS 3.0 API (`source="hsds"`): its `/services`
 * page envelope, mapped onto the finder's own records. HSDS has no topics of
 * ours, no "open now" and no content language, so those stay empty; search is
 * the standard `search` parameter.
 */
interface HsdsAddress {
  address_1?: string;
  address_2?: string | null;
  city?: string;
  state_province?: string;
  postal_code?: string;
  country?: string;
}
interface HsdsService {
  id: string;
  name?: string;
  description?: string | null;
  url?: string | null;
  email?: string | null;
  eligibility_description?: string | null;
  fees_description?: string | null;
  application_process?: string | null;
  assured_date?: string | null;
  organization?: { id?: string; name?: string } | null;
  phones?: { number?: string; description?: string | null; languages?: { code?: string }[] }[];
  languages?: { code?: string | null }[];
  required_documents?: { document?: string | null }[];
  schedules?: {
    freq?: string | null;
    byday?: string | null;
    opens_at?: string | null;
    closes_at?: string | null;
    description?: string | null;
  }[];
  service_at_locations?: {
    location?: {
      id?: string;
      name?: string | null;
      latitude?: number | null;
      longitude?: number | null;
      addresses?: HsdsAddress[];
    } | null;
  }[];
}
interface HsdsPage {
  total_items?: number;
  contents?: HsdsService[];
}

const hhmm = (time: string | null | undefined) => (time ? time.slice(0, 5) : null);

export function fromHsds(service: HsdsService): ServiceDetail {
  const locations = (service.service_at_locations ?? [])
    .map((sal) => sal.location)
    .filter((l): l is NonNullable<typeof l> => Boolean(l))
    .map((l, index) => {
      const a = l.addresses?.[0];
      return {
        id: l.id ?? `location-${index}`,
        name: l.name ?? '',
        address: a?.address_1
          ? {
              address_1: a.address_1,
              address_2: a.address_2 ?? null,
              city: a.city ?? '',
              state_province: a.state_province ?? '',
              postal_code: a.postal_code ?? '',
              country: a.country ?? '',
            }
          : null,
        latitude: l.latitude ?? null,
        longitude: l.longitude ?? null,
        timezone: 'UTC',
        corner: false,
        distance_km: null,
        description: null,
        accessibility: null,
        transportation: null,
        corner_description: null,
      };
    });
  return {
    id: service.id,
    name: service.name ?? '',
    description: service.description ?? '',
    content: { locale: '', method: 'source', fallback: false },
    organization: { id: service.organization?.id ?? '', name: service.organization?.name ?? '' },
    topics: [],
    badges: [],
    languages: (service.languages ?? []).flatMap((l) => (l.code ? [{ code: l.code, kind: 'staff' as const }] : [])),
    locations,
    phones: (service.phones ?? []).flatMap((p) =>
      p.number
        ? [
            {
              number: p.number,
              description: p.description ?? null,
              languages: (p.languages ?? []).flatMap((l) => (l.code ? [l.code] : [])),
            },
          ]
        : [],
    ),
    url: service.url ?? null,
    email: service.email ?? null,
    open_now: null,
    hours_today: [],
    distance_km: null,
    last_verified: service.assured_date ?? null,
    // HSDS says nothing of new clients or a re-verification policy.
    availability: { status: 'accepting', since: null, until: null },
    verification: { verified: service.assured_date ?? null, due: null, overdue: false },
    eligibility: service.eligibility_description ?? null,
    fees: service.fees_description ?? null,
    application_process: service.application_process ?? null,
    required_documents: (service.required_documents ?? []).flatMap((d) => (d.document ? [d.document] : [])),
    schedules: (service.schedules ?? []).map((s) => ({
      location_id: null,
      freq: s.freq ?? null,
      byday: s.byday ?? null,
      opens_at: hhmm(s.opens_at),
      closes_at: hhmm(s.closes_at),
      timezone: 'UTC',
      description: s.description ?? null,
    })),
  };
}

export async function searchHsds(
  api: ApiClient,
  query: FinderQuery,
  page: number,
  pageSize: number,
  signal: AbortSignal,
): Promise<{ list: ServiceList; records: ServiceDetail[] }> {
  const answer = await api.get<HsdsPage>('services', {
    signal,
    query: { search: query.q.trim() || undefined, page, per_page: pageSize },
  });
  const records = (answer.contents ?? []).map(fromHsds);
  return {
    records,
    list: {
      total: answer.total_items ?? records.length,
      page,
      page_size: pageSize,
      items: records,
      facets: { topics: {}, languages: {} },
      // Another office's HSDS API says nothing of corrections or nearby topics.
      suggested_topics: [],
    },
  };
}
