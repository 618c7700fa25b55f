import { errorCodeOf } from '@council-components/http/error-codes.js';
import { isJsonMediaType, type HttpMethod } from '@council-components/http/methods.js';
import { parseRetryAfter } from '@council-components/http/retry-after.js';
import { ShapeError, type Check } from '@council-components/http/shape.js';
import { ProviderError, type ProviderErrorKind } from './provider-error.js';

export interface ProviderRequest<T> {
  /** The shape the JSON response must have. */
  shape: Check<T>;
  /** Per attempt. Default 10 s: old phones on poor connections are slow, but a resident must never wait for ever. */
  timeoutMs?: number;
  /** Cancels the request and any pending retry. */
  signal?: AbortSignal;
  /** Extra attempts after the first, for requests that can be repeated only. Default 2. */
  retries?: number;
  /** Base of the exponential backoff between attempts. Default 300 ms. */
  backoffMs?: number;
  /** Longest `Retry-After` worth waiting for inside one request. Default 5 s; longer waits fail at once with the delay. */
  maxRetryAfterSeconds?: number;
  /** For tests and server-side use; defaults to the global `fetch`. */
  fetch?: typeof fetch;
}

/**
 * What a request sends besides `Accept: application/json`. A GET sends
 * nothing; `sendJson` (`send-json.ts`) builds the rest, so a component that
 * only reads carries none of it.
 */
export interface Outgoing {
  method: HttpMethod;
  headers: Readonly<Record<string, string>>;
  body: string | null;
  /** Whether sending it twice cannot do its thing twice: only then is a failed attempt tried again. */
  repeatable: boolean;
}

const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

/**
 * Fetches JSON from a provider (in practice, the council's own back end)
 * and returns it checked against `shape`. Every failure becomes a
 * ProviderError; nothing is ever parsed as HTML.
 */
export async function requestJson<T>(url: string | URL, request: ProviderRequest<T>, outgoing?: Outgoing): Promise<T> {
  const { signal, backoffMs = 300 } = request;
  const attempts = outgoing?.repeatable === false ? 1 : 1 + Math.max(0, request.retries ?? 2);
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw cancelled();
    try {
      return await attemptOnce(url, outgoing, request);
    } catch (error) {
      const wait = attempt < attempts && error instanceof ProviderError ? retryDelay(error, request) : undefined;
      if (wait === undefined) throw error;
      await sleep(wait ?? backoffMs * 2 ** (attempt - 1) + Math.random() * backoffMs, signal);
    }
  }
}

/**
 * Whether a failure is worth another attempt: no connection, no answer in
 * time, or a passing failure (408, 429, 5xx). Resolves to the wait the
 * provider asked for in ms (a `Retry-After` no longer than
 * `maxRetryAfterSeconds`), null for the usual backoff, or undefined for no retry.
 */
function retryDelay(error: ProviderError, request: ProviderRequest<unknown>): number | null | undefined {
  const { kind, status, retryAfterSeconds: after } = error;
  // No answer at all: no connection, or none in time.
  if (status === undefined) return kind === 'network' || kind === 'timeout' ? null : undefined;
  // An answer (a gateway's 504 too) may say how long to wait.
  if (!RETRYABLE_STATUSES.has(status)) return undefined;
  if (after !== undefined) return after <= (request.maxRetryAfterSeconds ?? 5) ? after * 1000 : undefined;
  return status === 429 ? undefined : null;
}

const cancelled = (): ProviderError => new ProviderError('aborted', 'Cancelled');

/** Why an attempt was stopped when its own timer stopped it (rather than the component). */
const TIMED_OUT = Symbol('timed out');

async function attemptOnce<T>(
  url: string | URL,
  outgoing: Outgoing | undefined,
  request: ProviderRequest<T>,
): Promise<T> {
  const { signal } = request;
  const controller = new AbortController();
  const abort = (): void => {
    controller.abort();
  };
  signal?.addEventListener('abort', abort, { once: true });
  const timer = setTimeout(() => {
    controller.abort(TIMED_OUT);
  }, request.timeoutMs ?? 10_000);
  try {
    let response: Response;
    let text: string;
    try {
      // Credentials: the fetch default, same-origin only.
      response = await (request.fetch ?? fetch)(url, {
        method: outgoing?.method,
        headers: { Accept: 'application/json', ...outgoing?.headers },
        body: outgoing?.body,
        signal: controller.signal,
      });
      text = await response.text();
    } catch (cause) {
      if (!controller.signal.aborted) {
        if (cause instanceof TypeError) warnIfBlocked(url);
        throw new ProviderError('network', 'Could not be reached', { cause });
      }
      throw controller.signal.reason === TIMED_OUT
        ? new ProviderError('timeout', 'No answer in time', { cause })
        : cancelled();
    }
    const { status } = response;
    const isJson = isJsonMediaType(response.headers.get('Content-Type'));
    let json: unknown;
    let readable = false;
    try {
      json = isJson ? JSON.parse(text) : undefined;
      readable = isJson;
    } catch {
      // Unreadable: a failure below.
    }
    if (!response.ok) {
      throw new ProviderError(kindOfStatus(status), `Answered ${status}`, {
        status,
        // The typed code of a back end's `{ "error": { "code": "..." } }` body; never its message.
        code: readable ? errorCodeOf(json) : undefined,
        retryAfterSeconds: parseRetryAfter(response.headers.get('Retry-After')),
      });
    }
    if (!readable) {
      throw new ProviderError(isJson ? 'malformed-response' : 'unexpected-response', 'The answer is not JSON', {
        status,
      });
    }
    try {
      return request.shape(json);
    } catch (cause) {
      if (!(cause instanceof ShapeError)) throw cause;
      throw new ProviderError('unexpected-response', `Wrong shape: ${cause.message}`, { status, cause });
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

/** Other origins a request failed to reach with no answer: each is warned about once a page. */
const blocked = new Set<string>();

/**
 * For the council's developer, once per origin: a request to another origin that failed before any answer is
 * most often one its back end does not allow (CORS), which the browser hides from the page.
 */
function warnIfBlocked(url: string | URL): void {
  try {
    const page = location.origin;
    const { origin } = new URL(url, page);
    if (origin !== page && blocked.size < blocked.add(origin).size)
      console.warn(
        `[council-components] No answer from ${origin}. If CORS: its allowedOrigins must list ${page} (@council-components/server). Else CSP connect-src`,
      );
  } catch {
    // No page (a server), or an address no browser could fetch: nothing to say.
  }
}

function kindOfStatus(status: number): ProviderErrorKind {
  if (status === 401 || status === 403) return 'unauthorised';
  if (status === 404) return 'not-found';
  if (status === 408 || status === 504) return 'timeout';
  if (status === 429) return 'rate-limited';
  return status >= 500 ? 'server' : 'bad-request';
}

/** Waits `ms`; rejects as a cancelled request (`aborted`) as soon as `signal` is aborted. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(cancelled());
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(cancelled());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
