import type { ProviderFailureStringKey } from '../i18n/provider-failure-strings.js';

/**
 * What went wrong when talking to a provider, in terms a component can act on.
 *
 * - `timeout`: no answer in time (or a 408/504 from a gateway)
 * - `aborted`: the component cancelled the request (a newer search replaced it)
 * - `network`: no connection at all
 * - `rate-limited`: 429; `retryAfterSeconds` says how long to wait, when known
 * - `unauthorised`: 401/403, a configuration problem the resident cannot fix
 * - `not-found`: 404
 * - `bad-request`: another 4xx; `code` carries the back end's typed error code
 * - `server`: 5xx, including proxies' HTML error pages
 * - `malformed-response`: a 2xx whose body is not valid JSON
 * - `unexpected-response`: a 2xx that is not JSON at all, or JSON of the wrong shape
 */
export type ProviderErrorKind =
  | 'timeout'
  | 'aborted'
  | 'network'
  | 'rate-limited'
  | 'unauthorised'
  | 'not-found'
  | 'bad-request'
  | 'server'
  | 'malformed-response'
  | 'unexpected-response';

export interface ProviderErrorDetails {
  status?: number | undefined;
  code?: string | undefined;
  retryAfterSeconds?: number | undefined;
  cause?: unknown;
}

export class ProviderError extends Error {
  readonly kind: ProviderErrorKind;
  /** The HTTP status, when there was a response. */
  readonly status: number | undefined;
  /** The back end's typed error code (`{ "error": { "code": "..." } }`), when it sent one. */
  readonly code: string | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(kind: ProviderErrorKind, message: string, details: ProviderErrorDetails = {}) {
    super(message, { cause: details.cause });
    this.name = 'ProviderError';
    this.kind = kind;
    this.status = details.status;
    this.code = details.code;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

export function isProviderError(error: unknown): error is ProviderError {
  return error instanceof ProviderError;
}

/**
 * The message a resident sees for a failure, as a key into `providerFailureStrings`
 * (`aborted` shows nothing). Components use this for failures they have no
 * more specific message for.
 */
export function messageKeyFor(error: ProviderError): ProviderFailureStringKey | undefined {
  switch (error.kind) {
    case 'aborted':
      return undefined;
    case 'timeout':
      return 'timeout';
    case 'network':
      return 'network';
    case 'rate-limited':
      return error.retryAfterSeconds !== undefined && error.retryAfterSeconds <= 120
        ? 'rateLimitedWait'
        : 'rateLimited';
    case 'server':
      return 'unavailable';
    case 'unauthorised':
    case 'not-found':
    case 'bad-request':
    case 'malformed-response':
    case 'unexpected-response':
      return 'problem';
  }
}
