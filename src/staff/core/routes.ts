import type { Role } from './types.js';

/**
 * The desk's screens, each at `#<name>` (an inquiry at `#inquiry/<id>`, an event's roster at `#roster/<eventId>?session=<key>`,
 * a day of appointments at `#appointments?location=<id>&date=YYYY-MM-DD`, a directory service at `#service/<id>`,
 * reported problems at `#reports?status=open`).
 */
export const SCREENS = [
  'queue',
  'inquiry',
  'log-call',
  'outreach',
  'outbox',
  'referrals',
  'templates',
  'search-words',
  'accounts',
  'audit',
  'account',
  'events',
  'event',
  'roster',
  'appointments',
  'appointment-setup',
  'directory',
  'service',
  'review',
  'reports',
  'verification',
] as const;
export type Screen = (typeof SCREENS)[number];

/** Every signed-in person, whatever their roles (a token too: the screen then says it has no account). */
export const ANYONE = 'anyone';

/** Who may open each screen (no role implies another). */
export const SCREEN_ROLES: Record<Screen, readonly Role[] | typeof ANYONE> = {
  queue: ['desk'],
  inquiry: ['desk'],
  'log-call': ['desk'],
  outreach: ['desk'],
  outbox: ['desk'],
  referrals: ['admin'],
  templates: ['admin'],
  'search-words': ['editor', 'admin'],
  accounts: ['admin'],
  audit: ['admin'],
  account: ANYONE,
  events: ['organizer', 'admin'],
  event: ['organizer', 'admin'],
  roster: ['organizer', 'admin'],
  appointments: ['organizer', 'admin'],
  'appointment-setup': ['organizer', 'admin'],
  directory: ['editor', 'admin'],
  service: ['editor', 'admin'],
  review: ['editor', 'admin'],
  reports: ['editor', 'admin'],
  verification: ['editor', 'admin'],
};

export interface Route {
  screen: Screen | 'unknown';
  /** `#inquiry/<id>`: the id. */
  id?: string;
  /** `#queue?status=new&page=2`: the screen's state. */
  params: URLSearchParams;
}

/** The route a location hash names (`#queue?status=new`, `#inquiry/<id>`); empty → the first screen `fallback`. */
export function parseRoute(hash: string, fallback: Screen): Route {
  const raw = hash.replace(/^#/, '');
  const [path = '', query = ''] = raw.split('?', 2);
  const [name, id] = path.split('/', 2);
  const params = new URLSearchParams(query);
  if (!name) return { screen: fallback, params };
  const screen = (SCREENS as readonly string[]).includes(name) ? (name as Screen) : 'unknown';
  return id ? { screen, id: decodeURIComponent(id), params } : { screen, params };
}

/** The hash of a route: `#queue?status=new`. Empty parameters are left out. */
export function routeHash(screen: Screen, params: Record<string, string | undefined> = {}, id?: string): string {
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1])).toString();
  return `#${screen}${id ? `/${encodeURIComponent(id)}` : ''}${query ? `?${query}` : ''}`;
}

/** Hash fragments the sign-in reads once: `#setup=<token>`, `#demo=<token>`, `#sign-in-error=<code>`. */
export function signInFragment(hash: string): { kind: 'setup' | 'demo' | 'sign-in-error'; value: string } | undefined {
  const match = /^#(setup|demo|sign-in-error)=([^&]*)/.exec(hash);
  return match
    ? { kind: match[1] as 'setup' | 'demo' | 'sign-in-error', value: decodeURIComponent(match[2]!) }
    : undefined;
}

export function mayOpen(screen: Screen, roles: readonly Role[]): boolean {
  const allowed = SCREEN_ROLES[screen];
  return allowed === ANYONE || allowed.some((role) => roles.includes(role));
}
