import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';
import type { OpenDatabase } from '../db/database.js';
import { AnswerCache, answerEtag, answerKey } from '../directory/answer-cache.js';
import { watchDirectoryVersions, type DirectoryVersions } from '../directory/directory-versions.js';
import { searchIndexFor } from '../directory/search-index/indexes.js';
import type { Logger } from '../lib/logger.js';

/** The answer cache of a process and where it learns the directory version. */
export interface PublicAnswers {
  cache: AnswerCache;
  versions: DirectoryVersions;
}

/**
 * A process's answer cache over its database; `versions.close()` when the process ends. The search index of the
 * current version is built before this returns, and again as soon as a new version is heard of, so that no visitor's
 * request waits for it (one that comes first still gets the new version's, see search-index/indexes.ts).
 */
export async function openPublicAnswers(
  database: OpenDatabase,
  options: { logger?: Logger; notificationDelayMs?: number } = {},
): Promise<PublicAnswers> {
  const cache = new AnswerCache();
  const prepare = (version: string) => searchIndexFor(database.db, version).catch(() => undefined);
  const versions = await watchDirectoryVersions(
    database,
    (version) => {
      cache.keepOnly(version);
      void prepare(version);
    },
    options,
  );
  await prepare(await versions.current());
  return { cache, versions };
}

/**
 * What a CDN may do with a directory answer: keep it, but ask every time whether it is still current
 * (`no-cache`; a 304 is cheap here, one version read and a lookup). A max-age would let it serve an answer
 * from before a write after that write, which the directory promises never to do.
 */
const CACHE_CONTROL = 'public, no-cache';
/** The answer depends on Accept-Language; CORS's Allow-Origin on Origin. */
const VARY = 'Accept-Language, Origin';

const MINUTE_MS = 60_000;

/**
 * Serves a public directory answer (`compute` makes it, for an instant, from the directory version the cache read
 * when there is one) with its ETag, from `answers` when given.
 * The answer is computed for the start of the current minute: opening hours are whole minutes, so `open_now`
 * and `hours_today` are right for the whole minute, and one minute is the most an answer is reused across time.
 * Only 200s are kept; the etag middleware turns a matching If-None-Match into a 304.
 */
export async function cachedAnswer<R extends Response>(
  c: Context<AppEnv>,
  answers: PublicAnswers | undefined,
  route: string,
  params: Record<string, unknown>,
  compute: (at: Date, version: string | undefined) => Promise<R>,
): Promise<R> {
  const minute = Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS;
  const at = new Date(minute);
  const headers = { 'Cache-Control': CACHE_CONTROL, Vary: VARY, 'Content-Type': 'application/json' };
  // The route's typed answers, sent as the text they were serialized to.
  const send = (body: string, more: Record<string, string>) =>
    c.body(body, 200, { ...headers, ...more }) as Response as R;
  if (!answers) {
    const response = await compute(at, undefined);
    if (response.status !== 200) return response;
    const body = await response.text();
    return send(body, { ETag: answerEtag(body) });
  }
  // The version first: whatever is computed after it is at least as new, so it may be kept under it.
  const version = await answers.versions.current();
  const key = answerKey(version, minute, c.get('locales'), route, params);
  const cached = answers.cache.get(key);
  if (cached) return send(cached.body, { ETag: cached.etag, 'X-Cache': 'hit' });
  // Checked and claimed with no await in between, so one request computes and the others wait for it.
  const pending = answers.cache.computing.get(key);
  const shared = pending && (await pending);
  if (shared) return send(shared.body, { ETag: shared.etag, 'X-Cache': 'hit' });
  let refusal: R | undefined;
  const computing = (async () => {
    const response = await compute(at, version);
    if (response.status !== 200) {
      refusal = response;
      return undefined;
    }
    const body = await response.text();
    return { body, etag: answerEtag(body) };
  })();
  answers.cache.computing.set(key, computing);
  try {
    const answer = await computing;
    if (!answer) return refusal!;
    answers.cache.set(key, answer);
    return send(answer.body, { ETag: answer.etag, 'X-Cache': 'miss' });
  } finally {
    if (answers.cache.computing.get(key) === computing) answers.cache.computing.delete(key);
  }
}
