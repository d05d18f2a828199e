import {
  AbortedError,
  ApiError,
  ConfigError,
  HttpError,
  MalformedResponseError,
  NetworkError,
  TimeoutError,
  type ProblemDetails,
} from './errors.js';

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, QueryValue>;
  /** Sent as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Aborts the request, for instance when the widget leaves the page. */
  signal?: AbortSignal | undefined;
  /** Per attempt. */
  timeoutMs?: number;
  /** Further attempts after a retryable failure; GET only, whatever is passed. */
  retries?: number;
  /** First back-off delay; doubles on each retry. */
  retryDelayMs?: number;
}

export interface ApiClientOptions {
  endpoint: string;
  /** UI locale: sent as `lang` and `Accept-Language`. */
  locale: string;
  timeoutMs?: number;
  retries?: number;
  retryDelayMs?: number;
}

const DEFAULTS = { timeoutMs: 15_000, retries: 2, retryDelayMs: 400 };
const MAX_RETRY_AFTER_MS = 10_000;

/**
 * The one way widgets talk to a backend. Requests go only to the configured
 * endpoint, never carry cookies or the page address, and fail with a typed
 * {@link ApiError}.
 */
export class ApiClient {
  private readonly base: URL;

  constructor(private readonly options: ApiClientOptions) {
    this.base = endpointUrl(options.endpoint);
  }

  get<T>(path: string, options: Omit<RequestOptions, 'method' | 'body'> = {}): Promise<T> {
    return this.request<T>(path, { ...options, method: 'GET' });
  }

  post<T>(path: string, body: unknown, options: Omit<RequestOptions, 'method' | 'body'> = {}): Promise<T> {
    return this.request<T>(path, { ...options, method: 'POST', body });
  }

  /** The absolute URL a path resolves to; throws when it would leave the endpoint. */
  url(path: string, query: Record<string, QueryValue> = {}): URL {
    const url = new URL(path.replace(/^\/+/, ''), this.base);
    if (url.origin !== this.base.origin || !url.pathname.startsWith(this.base.pathname)) {
      throw new ConfigError(`"${path}" is outside the configured endpoint`);
    }
    for (const [key, value] of Object.entries({ ...query, lang: this.options.locale })) {
      appendQuery(url, key, value);
    }
    return url;
  }

  async request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const method = options.method ?? 'GET';
    const url = this.url(path, options.query);
    const retries = method === 'GET' ? (options.retries ?? this.options.retries ?? DEFAULTS.retries) : 0;
    const baseDelay = options.retryDelayMs ?? this.options.retryDelayMs ?? DEFAULTS.retryDelayMs;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.attempt<T>(url, method, options);
      } catch (error) {
        const apiError = error instanceof ApiError ? error : new NetworkError(String(error));
        if (attempt >= retries || !apiError.retryable) throw apiError;
        await sleep(retryDelay(apiError, attempt, baseDelay), options.signal);
      }
    }
  }

  private async attempt<T>(url: URL, method: string, options: RequestOptions): Promise<T> {
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs ?? DEFAULTS.timeoutMs;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const cancel = () => controller.abort();
    if (options.signal?.aborted) throw new AbortedError('Request cancelled');
    options.signal?.addEventListener('abort', cancel, { once: true });

    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      'Accept-Language': acceptLanguage(this.options.locale),
      ...options.headers,
    };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';

    try {
      let response: Response;
      try {
        response = await fetch(url, {
          method,
          headers,
          body: options.body === undefined ? null : JSON.stringify(options.body),
          credentials: 'omit',
          referrerPolicy: 'no-referrer',
          mode: 'cors',
          signal: controller.signal,
        });
      } catch (error) {
        if (timedOut) throw new TimeoutError(timeoutMs);
        if (options.signal?.aborted) throw new AbortedError('Request cancelled');
        throw new NetworkError(error instanceof Error ? error.message : String(error));
      }
      return await readResponse<T>(response, () => {
        if (timedOut) return new TimeoutError(timeoutMs);
        if (options.signal?.aborted) return new AbortedError('Request cancelled');
        return undefined;
      });
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', cancel);
    }
  }
}

async function readResponse<T>(response: Response, cancelled: () => ApiError | undefined): Promise<T> {
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw cancelled() ?? new NetworkError(error instanceof Error ? error.message : String(error));
  }
  const type = response.headers.get('Content-Type') ?? '';
  const isJson = /^application\/([\w.+-]+\+)?json\b/i.test(type);
  if (!response.ok) {
    throw new HttpError(response.status, isJson ? parseProblem(text) : undefined, retryAfterSeconds(response));
  }
  if (response.status === 204 || text === '') return undefined as T;
  if (!isJson) throw new MalformedResponseError(`Expected JSON, got "${type || 'no content type'}"`);
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new MalformedResponseError('The response is not valid JSON');
  }
}

function parseProblem(text: string): ProblemDetails | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as ProblemDetails) : undefined;
  } catch {
    return undefined;
  }
}

function retryAfterSeconds(response: Response): number | undefined {
  const header = response.headers.get('Retry-After');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}

function retryDelay(error: ApiError, attempt: number, baseDelay: number): number {
  if (error instanceof HttpError && error.retryAfter !== undefined) {
    return Math.min(error.retryAfter * 1000, MAX_RETRY_AFTER_MS);
  }
  // Exponential back-off with jitter, so many visitors do not retry in step.
  return baseDelay * 2 ** attempt * (0.75 + Math.random() * 0.5);
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortedError('Request cancelled'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortedError('Request cancelled'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function endpointUrl(endpoint: string): URL {
  let url: URL;
  try {
    url = new URL(endpoint, document.baseURI);
  } catch {
    throw new ConfigError(`"${endpoint}" is not a valid endpoint URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(`"${endpoint}" is not an http(s) endpoint`);
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

function appendQuery(url: URL, key: string, value: QueryValue): void {
  if (value === undefined || value === null || value === '') return;
  if (Array.isArray(value)) {
    for (const item of value) url.searchParams.append(key, String(item));
  } else {
    url.searchParams.set(key, String(value));
  }
}

/** `zh-Hant` → `zh-Hant, zh;q=0.9, en;q=0.5`: the server falls back sensibly. */
function acceptLanguage(locale: string): string {
  const language = locale.split('-')[0] ?? locale;
  const parts = [locale];
  if (language !== locale) parts.push(`${language};q=0.9`);
  if (language !== 'en') parts.push('en;q=0.5');
  return parts.join(', ');
}
