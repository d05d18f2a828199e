import { emptyQuery, type FinderQuery } from '../service-finder.api.js';

/**
 * The finder's search in the address bar, so that Back and shared links work.
 * It lives in one key of the hash (`#ww-finder=…`); anything else the host page
 * keeps in the hash (a route, an anchor, its own keys) is left as it was.
 */
const KEY = 'ww-finder';
const PATTERN = new RegExp(`(^|[&#])${KEY}=([^&]*)`);

export function queryToHash(query: FinderQuery, hash: string): string {
  const params = new URLSearchParams();
  if (query.q.trim()) params.set('q', query.q.trim());
  if (query.topics.length) params.set('topics', query.topics.join(','));
  if (query.language) params.set('language', query.language);
  if (query.postcode) params.set('zip', query.postcode);
  if (query.openNow) params.set('open', '1');
  if (query.free) params.set('free', '1');
  if (query.walkIn) params.set('walkin', '1');
  if (query.accepting) params.set('accepting', '1');
  const value = params.toString();
  const current = hash.replace(/^#/, '');
  const without = current.replace(PATTERN, '').replace(/^&/, '');
  const ours = value ? `${KEY}=${encodeURIComponent(value)}` : '';
  const joined = [without, ours].filter(Boolean).join('&');
  return joined ? `#${joined}` : '';
}

/** The search stored in `hash`, or undefined when the hash holds none. */
export function queryFromHash(hash: string, base: FinderQuery): FinderQuery | undefined {
  const match = PATTERN.exec(hash.replace(/^#/, ''));
  if (!match) return undefined;
  const params = new URLSearchParams(decodeURIComponent(match[2] ?? ''));
  return {
    ...emptyQuery(),
    locationId: base.locationId,
    near: '',
    q: params.get('q') ?? '',
    topics: (params.get('topics') ?? '').split(',').filter(Boolean),
    language: params.get('language') ?? '',
    postcode: params.get('zip') ?? '',
    openNow: params.get('open') === '1',
    free: params.get('free') === '1',
    walkIn: params.get('walkin') === '1',
    accepting: params.get('accepting') === '1',
  };
}

/**
 * A link to `query` on this page, with the host page's own hash kept: what a
 * suggestion ("Did you mean …") points to, so that it can be opened in a new
 * tab or shared, and what the address holds once it is followed.
 */
export function hrefFor(query: FinderQuery): string {
  return `${location.pathname}${location.search}${queryToHash(query, location.hash)}`;
}
