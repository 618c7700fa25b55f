import type { ReceivedErrorCode } from '@council-components/http/error-codes.js';
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
  code?: ReceivedErrorCode | undefined;
  retryAfterSeconds?: number | undefined;
  cause?: unknown;
}

export class ProviderError extends Error {
  readonly kind: ProviderErrorKind;
  /** The HTTP status, when there was a response. */
  readonly status: number | undefined;
  /** The back end's typed error code (`{ "error": { "code": "..." } }`), when it sent one. */
  readonly code: ReceivedErrorCode | undefined;
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

/** The longest wait a resident is asked to sit out ("Wait 30 seconds and try again"); longer ones say "later". */
export const MAX_WAIT_SHOWN_SECONDS = 120;

/**
 * What a resident is told about a failure, as a key into `providerFailureStrings`
 * (`aborted` shows nothing). The one rule for every component: those that word
 * their failures themselves map these keys to their own messages. A rate
 * limit is a rate limit whether the back end met it (429) or its provider did
 * (`provider-rate-limited`).
 */
export function messageKeyFor(error: ProviderError): ProviderFailureStringKey | undefined {
  const { kind, retryAfterSeconds: wait } = error;
  if (kind === 'rate-limited' || error.code === 'provider-rate-limited') {
    // "Wait 0 seconds" says nothing: a wait already over is "try again later".
    return wait !== undefined && wait > 0 && wait <= MAX_WAIT_SHOWN_SECONDS ? 'rateLimitedWait' : 'rateLimited';
  }
  if (kind === 'aborted') return undefined;
  return KEY_OF_KIND[kind] ?? 'problem';
}

/** Failures with a message of their own; every other kind is "a problem with the service". */
const KEY_OF_KIND: Partial<Record<ProviderErrorKind, ProviderFailureStringKey>> = {
  timeout: 'timeout',
  network: 'network',
  server: 'unavailable',
};
