import type { MatchGroup } from '../query-plan.js';
import type { SearchWord } from '../query-words.js';
import { localMoment, openAtMoment, type LocalMoment } from '../schedule.js';
import type { SearchIndex, ServiceSet } from './build.js';
import { distanceKm } from '../distance.js';

/** The filters other than the words, and the page wanted. */
export interface IndexFilters {
  topics?: readonly string[] | undefined;
  languages?: readonly string[] | undefined;
  locationId?: string | undefined;
  free?: boolean | undefined;
  walkIn?: boolean | undefined;
  /** Only services taking new clients. */
  accepting?: boolean | undefined;
  /** Badge codes: services with any of them. */
  badges?: readonly string[] | undefined;
  /** Only services open at this instant, in their own time zones. */
  openAt?: Date | undefined;
  near?: { latitude: number; longitude: number } | undefined;
  radiusKm?: number | undefined;
  sort: 'relevance' | 'distance' | 'name';
  limit: number;
  offset: number;
}

export interface IndexResult {
  total: number;
  /** The most groups one service matched (equal to the number of groups when some service matched them all). */
  bestHits: number;
  ids: { id: string; distanceKm: number | null }[];
  facets: { topics: Record<string, number>; languages: Record<string, number> };
}

/**
 * Each service scored per group (2: the words as typed or the phrase; 1: a correction only), kept when it matches
 * every group or, when none does, any of them; then ordered (best-matching, then ts_rank's rank, distance, name),
 * paged, counted and counted by facet. What one SQL statement did, from memory.
 */
export function searchIndex(index: SearchIndex, groups: readonly MatchGroup[], filters: IndexFilters): IndexResult {
  const count = index.ids.length;
  const allowed = allowedServices(index, filters);
  const distances = filters.near ? nearestPlaces(index, allowed, filters.near, filters.radiusKm) : null;
  const scores = groups.map((group) => groupScores(index, group));
  const rank = groups.length && filters.sort === 'relevance' ? ranks(index, groups) : null;

  const hits = new Uint8Array(count);
  const score = new Uint16Array(count);
  const candidates: number[] = [];
  let best = 0;
  for (let n = 0; n < count; n++) {
    if (!allowed[n]) continue;
    let h = 0;
    let s = 0;
    for (const group of scores) {
      if (group[n]) {
        h++;
        s += group[n]!;
      }
    }
    if (groups.length && h === 0) continue;
    hits[n] = h;
    score[n] = s;
    if (h > best) best = h;
    candidates.push(n);
  }
  const least = best === groups.length ? best : 1;
  const matched = candidates.filter((n) => hits[n]! >= least);

  const topics: Record<string, number> = {};
  const languages: Record<string, number> = {};
  for (const n of matched) {
    for (const code of index.topicCodes[n]!) topics[code] = (topics[code] ?? 0) + 1;
    for (const code of index.languageCodes[n]!) languages[code] = (languages[code] ?? 0) + 1;
  }

  const distance = (n: number) => (distances && !Number.isNaN(distances[n]!) ? distances[n]! : Infinity);
  const byDistance = (a: number, b: number) => distance(a) - distance(b) || a - b;
  const order =
    filters.sort === 'distance'
      ? byDistance
      : filters.sort === 'name'
        ? (a: number, b: number) => a - b
        : (a: number, b: number) =>
            hits[b]! - hits[a]! || score[b]! - score[a]! || (rank ? rank[b]! - rank[a]! : 0) || byDistance(a, b);
  const page = firstInOrder(matched, order, filters.offset + filters.limit).slice(filters.offset);
  return {
    total: matched.length,
    bestHits: best,
    ids: page.map((n) => ({
      id: index.ids[n]!,
      distanceKm: distances && !Number.isNaN(distances[n]!) ? distances[n]! : null,
    })),
    facets: { topics, languages },
  };
}

/**
 * The first `count` items in `order`, without sorting them all: a page of 20 out of thousands of matches keeps a
 * sorted list of the best so far, and most items are turned away by one comparison with its last.
 */
function firstInOrder(items: number[], order: (a: number, b: number) => number, count: number): number[] {
  if (items.length <= count * 4) return items.sort(order).slice(0, count);
  const best: number[] = [];
  for (const item of items) {
    if (best.length === count && order(item, best[count - 1]!) >= 0) continue;
    let at = best.length === count ? count - 1 : best.length;
    while (at > 0 && order(item, best[at - 1]!) < 0) at--;
    best.splice(at, 0, item);
    if (best.length > count) best.pop();
  }
  return best;
}

/** 1 for each service every filter lets through. */
function allowedServices(index: SearchIndex, filters: IndexFilters): Uint8Array {
  const allowed = new Uint8Array(index.ids.length).fill(1);
  const keepOnly = (sets: (ServiceSet | undefined)[]) => {
    const any = new Uint8Array(allowed.length);
    for (const set of sets) if (set) for (const n of set) any[n] = 1;
    for (let n = 0; n < allowed.length; n++) allowed[n]! &= any[n]!;
  };
  if (filters.topics?.length) keepOnly(filters.topics.map((code) => index.byTopic.get(code)));
  if (filters.languages?.length) keepOnly(filters.languages.map((code) => index.byLanguage.get(code)));
  if (filters.locationId) keepOnly([index.byLocation.get(filters.locationId)]);
  if (filters.free) keepOnly([index.byBadge.get('free')]);
  if (filters.walkIn) keepOnly([index.byBadge.get('walk-in')]);
  if (filters.badges?.length) keepOnly(filters.badges.map((code) => index.byBadge.get(code)));
  if (filters.accepting) keepOnly([index.accepting]);
  if (filters.openAt) {
    const at = filters.openAt;
    const moments = new Map<string, LocalMoment>();
    const momentIn = (zone: string) => {
      let moment = moments.get(zone);
      if (!moment) moments.set(zone, (moment = localMoment(at, zone)));
      return moment;
    };
    for (let n = 0; n < allowed.length; n++) {
      if (allowed[n] && !index.schedules[n]?.some((rule) => openAtMoment(rule, momentIn(rule.timezone))))
        allowed[n] = 0;
    }
  }
  return allowed;
}

/** Each allowed service's nearest place (NaN: none with a position); with a radius, services beyond it are dropped. */
function nearestPlaces(
  index: SearchIndex,
  allowed: Uint8Array,
  near: { latitude: number; longitude: number },
  radiusKm: number | undefined,
): Float64Array {
  const distances = new Float64Array(allowed.length).fill(NaN);
  for (let n = 0; n < allowed.length; n++) {
    if (!allowed[n]) continue;
    for (const place of index.places[n] ?? []) {
      const km = distanceKm(near.latitude, near.longitude, place.latitude, place.longitude);
      if (!(km >= distances[n]!)) distances[n] = km;
    }
    if (radiusKm !== undefined && !(distances[n]! <= radiusKm)) allowed[n] = 0;
  }
  return distances;
}

/** The numbers of the index's words equal to `word`, or starting with it. */
function wordsMatching(index: SearchIndex, { word, prefix }: SearchWord): number[] {
  let low = 0;
  let high = index.words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (index.words[middle]! < word) low = middle + 1;
    else high = middle;
  }
  const found: number[] = [];
  for (let w = low; w < index.words.length; w++) {
    const candidate = index.words[w]!;
    if (candidate === word || (prefix && candidate.startsWith(word))) found.push(w);
    else break;
  }
  return found;
}

/** 1 for each service that has every one of the words. */
function servicesWithAll(index: SearchIndex, words: readonly SearchWord[], into: Uint8Array): void {
  const seen = new Int32Array(into.length);
  words.forEach((word, k) => {
    for (const w of wordsMatching(index, word)) {
      for (const n of index.postings[w]!) if (seen[n] === k) seen[n] = k + 1;
    }
  });
  for (let n = 0; n < into.length; n++) if (seen[n] === words.length) into[n] = 1;
}

/** The services (by number) that use any of the words as a whole word. */
export function servicesWithAny(index: SearchIndex, words: readonly string[]): number[] {
  const found = new Uint8Array(index.ids.length);
  for (const word of words) {
    for (const w of wordsMatching(index, { word, prefix: false })) for (const n of index.postings[w]!) found[n] = 1;
  }
  const services: number[] = [];
  found.forEach((hit, n) => hit && services.push(n));
  return services;
}

/** Per service: 2 when it matches the group as typed, by a phrase's topics or terms, 1 by a correction only, else 0. */
function groupScores(index: SearchIndex, group: MatchGroup): Uint8Array {
  const direct = new Uint8Array(index.ids.length);
  servicesWithAll(index, group.typed, direct);
  for (const terms of group.terms) servicesWithAll(index, terms, direct);
  for (const code of group.topics) for (const n of index.byTopic.get(code) ?? []) direct[n] = 1;
  if (group.substrings.length) {
    index.unspacedTexts.forEach((text, n) => {
      if (text && group.substrings.some((part) => text.includes(part))) direct[n] = 1;
    });
  }
  const scores = new Uint8Array(direct.length);
  for (const n of servicesWithAny(index, group.corrected)) scores[n] = 1;
  for (let n = 0; n < direct.length; n++) if (direct[n]) scores[n] = 2;
  return scores;
}

/** ts_rank of each service for the typed words of every group (its calc_rank_or: shares summed, over the words). */
function ranks(index: SearchIndex, groups: readonly MatchGroup[]): Float64Array {
  const rank = new Float64Array(index.ids.length);
  const operands = new Map<string, SearchWord>();
  for (const group of groups) for (const word of group.typed) operands.set(`${word.prefix}:${word.word}`, word);
  for (const operand of operands.values()) {
    for (const w of wordsMatching(index, operand)) {
      const postings = index.postings[w]!;
      const shares = index.ranks[w]!;
      for (let j = 0; j < postings.length; j++) rank[postings[j]!]! += shares[j]!;
    }
  }
  for (let n = 0; n < rank.length; n++) rank[n]! /= operands.size;
  return rank;
}
