import {
  AbortedError,
  HttpError,
  MalformedResponseError,
  NetworkError,
  TimeoutError,
  type ProblemDetails,
} from '../../core/errors.js';

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface DeskRequest {
  query?: Query;
  /** Sent as JSON. */
  body?: unknown;
  /** `"v<n>"`: the version the edit was made on. */
  ifMatch?: string | undefined;
  idempotencyKey?: string | undefined;
  signal?: AbortSignal | undefined;
}

export interface DeskResponse<T> {
  data: T;
  /** The answer's `ETag` (an inquiry's version), when it has one. */
  etag: string | null;
}

/**
 * A problem the desk's server answered (RFC 9457), with its type's last path
 * segment as `code` (`stale`, `csrf`, `session-expired`, `forbidden`…).
 */
export class DeskError extends HttpError {
  readonly code: string;
  constructor(status: number, problem: ProblemDetails | undefined, retryAfter: number | undefined) {
    super(status, problem, retryAfter);
    this.code = problem?.type?.split('/').pop() || String(status);
  }
}

/** 401: no session, or it expired (idle or too old). The person signs in again; nothing typed is lost. */
export class SignedOutError extends DeskError {}

/** 412: someone saved the record since it was read. */
export class StaleError extends DeskError {
  get changedBy(): string {
    return typeof this.problem?.['changed_by'] === 'string' ? this.problem['changed_by'] : '';
  }
  get changedAt(): string | undefined {
    return typeof this.problem?.['changed_at'] === 'string' ? this.problem['changed_at'] : undefined;
  }
}

export interface DeskApiOptions {
  /** Where the server is: the page's own origin by default (the desk is served by it). */
  base?: string;
  /** The UI language, sent as `Accept-Language`. */
  locale: () => string;
  /** A `/v1/staff/` call found no session (401): the desk shows the sign-in. */
  onSignedOut?: (error: SignedOutError) => void;
  timeoutMs?: number;
}

const WRITE_TIMEOUT_MS = 20_000;

/**
 * The desk's one way to its server: same origin, with the session cookie
 * (`credentials: 'same-origin'`), the CSRF token on every write, problems as
 * typed errors. Writes are never retried on their own; a 403 `csrf` (another
 * tab signed in anew, so the token changed) re-reads the token once and sends again.
 */
export class DeskApi {
  /** From `/v1/staff/me` or a sign-in's answer. */
  csrfToken: string | null = null;
  private readonly base: URL;

  constructor(private readonly options: DeskApiOptions) {
    this.base = new URL(options.base ?? '/', document.baseURI);
  }

  async get<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> {
    return (await this.request<T>('GET', path, { query, signal })).data;
  }

  post<T>(path: string, body?: unknown, options: Omit<DeskRequest, 'body'> = {}): Promise<DeskResponse<T>> {
    return this.request<T>('POST', path, { ...options, body });
  }

  patch<T>(path: string, body: unknown, options: Omit<DeskRequest, 'body'> = {}): Promise<DeskResponse<T>> {
    return this.request<T>('PATCH', path, { ...options, body });
  }

  put<T>(path: string, body: unknown, options: Omit<DeskRequest, 'body'> = {}): Promise<DeskResponse<T>> {
    return this.request<T>('PUT', path, { ...options, body });
  }

  delete<T>(path: string, body?: unknown, options: Omit<DeskRequest, 'body'> = {}): Promise<DeskResponse<T>> {
    return this.request<T>('DELETE', path, { ...options, body });
  }

  /** The address of a path on the server, with a query (for links such as the OIDC sign-in). */
  url(path: string, query: Query = {}): URL {
    const url = new URL(path.replace(/^\/+/, ''), this.base);
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
    }
    return url;
  }

  async request<T>(method: string, path: string, request: DeskRequest = {}): Promise<DeskResponse<T>> {
    try {
      return await this.attempt<T>(method, path, request);
    } catch (error) {
      if (!(error instanceof DeskError && error.code === 'csrf' && method !== 'GET')) throw error;
      const me = await this.attempt<{ csrf_token: string | null }>('GET', 'v1/staff/me', { signal: request.signal });
      this.csrfToken = me.data.csrf_token;
      return this.attempt<T>(method, path, request);
    }
  }

  private async attempt<T>(method: string, path: string, request: DeskRequest): Promise<DeskResponse<T>> {
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      'Accept-Language': this.options.locale(),
    };
    if (request.body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && this.csrfToken) headers['X-CSRF-Token'] = this.csrfToken;
    if (request.ifMatch) headers['If-Match'] = request.ifMatch;
    if (request.idempotencyKey) headers['Idempotency-Key'] = request.idempotencyKey;
    const timeoutMs = this.options.timeoutMs ?? WRITE_TIMEOUT_MS;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await fetch(this.url(path, request.query), {
        method,
        headers,
        body: request.body === undefined ? null : JSON.stringify(request.body),
        credentials: 'same-origin',
        cache: 'no-store',
        redirect: 'error',
        signal,
      });
    } catch (error) {
      if (request.signal?.aborted) throw new AbortedError('Request cancelled');
      if (timeout.aborted) throw new TimeoutError(timeoutMs);
      throw new NetworkError(error instanceof Error ? error.message : String(error));
    }
    const text = await response.text().catch(() => '');
    const type = response.headers.get('Content-Type') ?? '';
    const json = /^application\/([\w.+-]+\+)?json\b/i.test(type);
    if (!response.ok) throw this.problem(path, response, json ? parse(text) : undefined);
    let data: T = undefined as T;
    if (response.status !== 204 && text) {
      if (!json) throw new MalformedResponseError(`Expected JSON, got "${type || 'no content type'}"`);
      const parsed = parse(text);
      if (parsed === undefined) throw new MalformedResponseError('The answer is not JSON');
      data = parsed as T;
    }
    return { data, etag: response.headers.get('ETag') };
  }

  private problem(path: string, response: Response, body: unknown): DeskError {
    const problem = body && typeof body === 'object' && !Array.isArray(body) ? (body as ProblemDetails) : undefined;
    const retryAfter = Number(response.headers.get('Retry-After')) || undefined;
    if (response.status === 412) return new StaleError(412, problem, retryAfter);
    if (response.status === 401 && path.replace(/^\/+/, '').startsWith('v1/staff/')) {
      const error = new SignedOutError(401, problem, retryAfter);
      this.options.onSignedOut?.(error);
      return error;
    }
    return new DeskError(response.status, problem, retryAfter);
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The problem code of a failure (`stale`, `no-email`…), or undefined for anything that is not a server's problem. */
export const problemCode = (error: unknown): string | undefined =>
  error instanceof DeskError ? error.code : undefined;
