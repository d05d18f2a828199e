/**
 * Server-like answers with Latin-script content for the right-to-left tests,
 * under /bidi-api/: what a page in Arabic or Urdu shows when a record has no
 * translation (an English title with a number, an address, a sentence ending
 * in a full stop, a phone number). Three events on the visitor's today, so
 * the month grid shows "+1".
 */
import type { EventDetail, EventOccurrence } from '../../src/components/clinic-calendar/clinic-calendar.api.js';
import type { CornerLocation } from '../../src/components/corner-panel/corner-panel.api.js';
import type { ServiceDetail } from '../../src/components/service-finder/service-finder.api.js';

export const BIDI_API = '/bidi-api/';

export const ADDRESS = '22 Linden Blvd, Brooklyn, NY 11226';
export const PHONE = '212-788-7654';
export const SENTENCE = 'Bring any papers you have.';
/** Long enough to overflow a day of the month grid. */
export const LONG_TITLE = 'Free immigration legal clinic (walk-in)';
/** A number first and a closing bracket last: both jump to the other end when not isolated. */
export const NUMBERED_TITLE = '10 weeks of English (class 2)';
export const NUMBERED_NAME = '3 free legal screenings (walk-in)';
export const PLACE = 'Flatbush Library';

const NY = 'America/New_York';
const content = { locale: 'en', method: 'source', fallback: false } as const;
const address = {
  address_1: '22 Linden Blvd',
  address_2: null,
  city: 'Brooklyn',
  state_province: 'NY',
  postal_code: '11226',
  country: 'US',
};
const place = {
  id: 'l-flatbush',
  name: PLACE,
  address,
  latitude: 40.6523,
  longitude: -73.959,
  timezone: NY,
  corner: true,
  distance_km: null,
};

const corner: CornerLocation = {
  ...place,
  description: SENTENCE,
  corner_description: 'Free guides on citizenship and English classes.',
  accessibility: 'Step-free entrance.',
  transportation: null,
  languages: [{ code: 'en', kind: 'staff' }],
  service_count: 1,
  hours_today: [],
  content,
  open_now: null,
} as unknown as CornerLocation;

const service = {
  id: 's1',
  name: NUMBERED_NAME,
  description: SENTENCE,
  content,
  organization: { id: 'o1', name: 'Brooklyn Public Library' },
  topics: [],
  badges: [],
  languages: [],
  locations: [{ ...place, description: null, accessibility: null, transportation: null, corner_description: null }],
  phones: [{ number: PHONE, description: null, languages: [] }],
  url: null,
  email: null,
  open_now: null,
  hours_today: [],
  distance_km: null,
  last_verified: null,
  availability: { status: 'accepting', since: null, until: null },
  verification: { verified: null, due: null, overdue: false },
  eligibility: null,
  fees: null,
  application_process: null,
  required_documents: [],
  schedules: [],
} as unknown as ServiceDetail;

/** Today at `hour` in the visitor's zone (the calendar opens on the visitor's today). */
function occurrence(id: string, title: string, hour: number): EventOccurrence {
  const start = new Date();
  start.setHours(hour, 0, 0, 0);
  const end = new Date(start.getTime() + 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const local = `${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}T${pad(hour)}:00`;
  return {
    id: `${id}/${local}`,
    event_id: id,
    local_start: local,
    start: start.toISOString(),
    end: end.toISOString(),
    timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    title,
    summary: SENTENCE,
    content,
    type: 'legal-clinic',
    type_name: 'Legal clinic',
    location: place,
    location_text: null,
    online_url: null,
    languages: ['en'],
    free: true,
    cost: null,
    registration: { mode: 'none', open: false, url: null },
    availability: { capacity: null, taken: 0, available: null, waitlisted: 0, full: false },
    series: null,
    status: 'scheduled',
    moved_from: null,
    moved_to: null,
    past: false,
  } as unknown as EventOccurrence;
}

const events = () => [
  occurrence('e1', LONG_TITLE, 9),
  occurrence('e2', NUMBERED_TITLE, 11),
  occurrence('e3', 'Know your rights', 13),
];

function detail(id: string): EventDetail | undefined {
  const o = events().find((e) => e.event_id === id);
  return (
    o && {
      ...o,
      description: SENTENCE,
      organizer: 'Brooklyn Public Library',
      accessibility: null,
      recurrence: null,
      occurrences: [
        {
          local_start: o.local_start,
          start: o.start,
          end: o.end,
          past: false,
          availability: o.availability,
          status: 'scheduled',
          moved_from: null,
          moved_to: null,
        },
      ],
    }
  );
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** Puts the stand-in in front of `fetch`; returns what puts the real one back. */
export function useBidiApi(): () => void {
  const real = window.fetch;
  window.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!url.pathname.startsWith(BIDI_API)) return real(input, init);
    const path = url.pathname.slice(BIDI_API.length);
    if (path === 'topics' || path === 'languages') return json({ items: [] });
    if (path === 'services') {
      return json({ total: 1, page: 1, page_size: 10, items: [service], facets: { topics: {}, languages: {} } });
    }
    if (path.startsWith('services/')) return json(service);
    if (path.startsWith('locations/')) return json(corner);
    if (path === 'events') {
      const items = events();
      return json({
        from: url.searchParams.get('from'),
        to: url.searchParams.get('to'),
        total: items.length,
        truncated: false,
        items,
        next: null,
        facets: { types: { 'legal-clinic': items.length }, languages: { en: items.length } },
      });
    }
    const event = path.startsWith('events/') && detail(decodeURIComponent(path.slice('events/'.length)));
    return event ? json(event) : json({ title: 'Not found', status: 404 }, 404);
  };
  return () => (window.fetch = real);
}
