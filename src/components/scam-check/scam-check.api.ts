import type { ApiClient } from '../../core/api-client.js';
import type { components } from '../../core/api-schema.js';
import { MalformedResponseError } from '../../core/errors.js';

/** The badges that say a provider may give immigration legal advice: the only ones this check looks for. */
export const ACCREDITED_BADGES = ['doj-recognized-organization', 'doj-accredited-representative', 'attorney'];

/** A badge as the directory gives it; `overdue` when its listing is past its re-verification date. */
export type Badge = components['schemas']['Badge'];
export type Provider = components['schemas']['ServiceSummary'];

export interface AccreditedMatches {
  providers: Provider[];
  /** `all`: every meaningful word matched a provider; `some`: only part of them (the name may differ). */
  match: 'all' | 'some';
}

const accredited = (badge: Badge) => ACCREDITED_BADGES.includes(badge.code);

/**
 * The directory's accredited legal providers matching `q` (one page of 10, best first). The badge filter is the
 * server's; the check here too keeps a provider without such a badge out of the answer whatever a server sends.
 */
export async function searchAccredited(api: ApiClient, q: string, signal: AbortSignal): Promise<AccreditedMatches> {
  const answer = await api.get<{ items: Provider[]; search?: { match?: string } }>('services', {
    signal,
    query: { q, badge: ACCREDITED_BADGES.join(','), page_size: 10 },
  });
  if (!Array.isArray(answer?.items)) throw new MalformedResponseError('Not a list of services');
  return {
    providers: answer.items
      .filter((item) => Array.isArray(item.badges) && item.badges.some(accredited))
      .map((item) => ({ ...item, badges: item.badges.filter(accredited) })),
    match: answer.search?.match === 'some' ? 'some' : 'all',
  };
}
