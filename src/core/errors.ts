/** An RFC 9457 problem details object, as the reference server sends them. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  /** Field-level problems: `path` names the field, `message` says what is wrong. */
  errors?: { path: string; message: string }[];
  [extension: string]: unknown;
}

export type ApiErrorKind = 'config' | 'network' | 'timeout' | 'http' | 'malformed' | 'aborted';

/** Every failure of a backend call, typed so that a widget can say what happened. */
export abstract class ApiError extends Error {
  abstract readonly kind: ApiErrorKind;
  /** Whether trying again later can succeed. */
  abstract readonly retryable: boolean;
}

/** No endpoint is configured, or the path would leave it. */
export class ConfigError extends ApiError {
  readonly kind = 'config';
  readonly retryable = false;
}

/** The request never got an answer: offline, DNS, CORS, connection reset. */
export class NetworkError extends ApiError {
  readonly kind = 'network';
  readonly retryable = true;
}

export class TimeoutError extends ApiError {
  readonly kind = 'timeout';
  readonly retryable = true;
  constructor(readonly timeoutMs: number) {
    super(`No answer within ${timeoutMs} ms`);
  }
}

/** The element went away or the caller cancelled; widgets show nothing for it. */
export class AbortedError extends ApiError {
  readonly kind = 'aborted';
  readonly retryable = false;
}

/** The server answered with a status outside 2xx. */
export class HttpError extends ApiError {
  readonly kind = 'http';
  constructor(
    readonly status: number,
    readonly problem: ProblemDetails | undefined,
    /** Seconds from a `Retry-After` header, when the server sent one. */
    readonly retryAfter: number | undefined,
  ) {
    super(problem?.title ?? `HTTP ${status}`);
  }
  get retryable(): boolean {
    return this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

/** A 2xx answer whose body is not the JSON the widget expected. */
export class MalformedResponseError extends ApiError {
  readonly kind = 'malformed';
  readonly retryable = false;
}
