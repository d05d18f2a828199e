import { createHash } from 'node:crypto';

/** A whole public answer, as sent: the JSON text and its strong ETag. Never anything personal. */
export interface CachedAnswer {
  body: string;
  etag: string;
}

/** A strong ETag for an answer's text (the same text under a newer version keeps its tag, so a CDN gets 304). */
export const answerEtag = (body: string) => `"${createHash('sha1').update(body).digest('base64url')}"`;

/**
 * The key of a public directory answer: the directory version, the minute it was computed for, the negotiated
 * content locales, the route, and its parameters in a normal form (names sorted, defaults filled by the route's
 * schema, list values sorted and without repeats, `lang` left out: the locales say what it changed).
 */
export function answerKey(
  version: string,
  minute: number,
  locales: readonly string[],
  route: string,
  params: Record<string, unknown>,
): string {
  const normal = Object.keys(params)
    .filter((name) => name !== 'lang' && params[name] !== undefined)
    .sort()
    .map((name) => {
      const value = params[name];
      return [name, Array.isArray(value) ? [...new Set(value.map(String))].sort() : value];
    });
  return JSON.stringify([version, minute, locales, route, normal]);
}

/**
 * Whole answers in memory, least recently used dropped first once their text passes `maxChars`.
 * Keys begin with the directory version, so an answer from before a write is never looked up after it.
 */
export class AnswerCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private chars = 0;
  /**
   * Answers being computed, by key: a request that misses while another computes the same key waits for it instead
   * of computing it again (the same key means the same version, so the other's answer is as new as its own).
   */
  readonly computing = new Map<string, Promise<CachedAnswer | undefined>>();
  /** Counters for the bench and tests: answers served from memory, and answers computed. */
  hits = 0;
  misses = 0;

  constructor(private readonly maxChars = 16 * 1024 * 1024) {}

  get(key: string): CachedAnswer | undefined {
    const answer = this.entries.get(key);
    if (!answer) {
      this.misses++;
      return undefined;
    }
    // Most recently used last: Map keeps insertion order.
    this.entries.delete(key);
    this.entries.set(key, answer);
    this.hits++;
    return answer;
  }

  set(key: string, answer: CachedAnswer): void {
    const size = key.length + answer.body.length;
    if (size > this.maxChars) return;
    this.delete(key);
    this.entries.set(key, answer);
    this.chars += size;
    for (const [oldest] of this.entries) {
      if (this.chars <= this.maxChars) break;
      this.delete(oldest);
    }
  }

  /** Frees the answers of every other version: a newer one has been committed, they can never be served again. */
  keepOnly(version: string): void {
    const prefix = JSON.stringify([version]).slice(0, -1) + ',';
    for (const key of this.entries.keys()) if (!key.startsWith(prefix)) this.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }

  private delete(key: string): void {
    const answer = this.entries.get(key);
    if (!answer) return;
    this.entries.delete(key);
    this.chars -= key.length + answer.body.length;
  }
}
