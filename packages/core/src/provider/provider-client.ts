import { ProviderError, type ProviderErrorKind } from './provider-error.js';
import { parseRetryAfter } from './retry-after.js';
import { ShapeError, type Check } from './shape.js';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ProviderRequest<T> {
  /** The shape the JSON response must have. */
  shape: Check<T>;
  method?: HttpMethod;
  /** Sent as JSON. */
  body?: unknown;
  headers?: Readonly<Record<string, string>>;
  /** Per attempt. Default 10 s: old phones on poor connections are slow, but a resident must never wait for ever. */
  timeoutMs?: number;
  /** Cancels the request and any pending retry. */
  signal?: AbortSignal;
  /** Extra attempts after the first, for idempotent requests only. Default 2. */
  retries?: number;
  /** Makes a POST or PATCH safe to retry; sent as the `Idempotency-Key` header. */
  idempotencyKey?: string;
  /** Base of the exponential backoff between attempts. Default 300 ms. */
  backoffMs?: number;
  /** Longest `Retry-After` worth waiting for inside one request. Default 5 s; longer waits fail at once with the delay. */
  maxRetryAfterSeconds?: number;
  /** For tests and server-side use; defaults to the global `fetch`. */
  fetch?: typeof fetch;
}

const IDEMPOTENT_METHODS: ReadonlySet<HttpMethod> = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

class AttemptAbort {
  constructor(readonly reason: 'timeout' | 'aborted') {}
}

/**
 * Fetches JSON from a provider (in practice, the council's own back end)
 * and returns it checked against `shape`. Every failure becomes a
 * ProviderError; nothing is ever parsed as HTML.
 */
export async function requestJson<T>(url: string | URL, request: ProviderRequest<T>): Promise<T> {
  const method = request.method ?? 'GET';
  const retryable = IDEMPOTENT_METHODS.has(method) || request.idempotencyKey !== undefined;
  const maxAttempts = 1 + (retryable ? Math.max(0, request.retries ?? 2) : 0);
  const backoffMs = request.backoffMs ?? 300;

  for (let attempt = 1; ; attempt++) {
    throwIfAborted(request.signal);
    try {
      return await attemptOnce(url, method, request);
    } catch (error) {
      if (!(error instanceof ProviderError) || attempt >= maxAttempts || !shouldRetry(error, request)) throw error;
      const delayMs =
        error.retryAfterSeconds !== undefined
          ? error.retryAfterSeconds * 1000
          : backoffMs * 2 ** (attempt - 1) + Math.random() * backoffMs;
      await sleep(delayMs, request.signal);
    }
  }
}

function shouldRetry(error: ProviderError, request: ProviderRequest<unknown>): boolean {
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  if (error.status === undefined || !RETRYABLE_STATUSES.has(error.status)) return false;
  if (error.retryAfterSeconds !== undefined) return error.retryAfterSeconds <= (request.maxRetryAfterSeconds ?? 5);
  return error.status !== 429;
}

async function attemptOnce<T>(url: string | URL, method: HttpMethod, request: ProviderRequest<T>): Promise<T> {
  const controller = new AbortController();
  const onAbort = (): void => controller.abort(new AttemptAbort('aborted'));
  request.signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => controller.abort(new AttemptAbort('timeout')), request.timeoutMs ?? 10_000);

  const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  if (request.idempotencyKey !== undefined) headers['Idempotency-Key'] = request.idempotencyKey;

  try {
    let response: Response;
    let text: string;
    try {
      response = await (request.fetch ?? globalThis.fetch)(url, {
        method,
        headers,
        body: request.body === undefined ? null : JSON.stringify(request.body),
        // Credentials: the fetch default, same-origin only.
        signal: controller.signal,
      });
      text = await response.text();
    } catch (cause) {
      throw failureOfFetch(controller.signal, cause);
    }
    if (!response.ok) throw failureOfStatus(response, text);
    return parseBody(response, text, request.shape);
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', onAbort);
  }
}

function failureOfFetch(signal: AbortSignal, cause: unknown): ProviderError {
  const reason: unknown = signal.reason;
  if (signal.aborted && reason instanceof AttemptAbort) {
    return reason.reason === 'timeout'
      ? new ProviderError('timeout', 'The provider did not answer in time', { cause })
      : cancelled();
  }
  return new ProviderError('network', 'The provider could not be reached', { cause });
}

function kindOfStatus(status: number): ProviderErrorKind {
  if (status === 401 || status === 403) return 'unauthorised';
  if (status === 404) return 'not-found';
  if (status === 408 || status === 504) return 'timeout';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'bad-request';
}

function failureOfStatus(response: Response, text: string): ProviderError {
  return new ProviderError(kindOfStatus(response.status), `The provider answered ${response.status}`, {
    status: response.status,
    code: errorCodeOf(response, text),
    retryAfterSeconds: parseRetryAfter(response.headers.get('Retry-After')),
  });
}

/** The typed code of a back end's `{ "error": { "code": "..." } }` body; never its message. */
function errorCodeOf(response: Response, text: string): string | undefined {
  if (!isJson(response)) return undefined;
  try {
    const body: unknown = JSON.parse(text);
    if (body !== null && typeof body === 'object' && 'error' in body) {
      const { error } = body;
      if (error !== null && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
        return error.code;
      }
    }
  } catch {
    // An unreadable error body adds nothing to the status.
  }
  return undefined;
}

function parseBody<T>(response: Response, text: string, shape: Check<T>): T {
  if (!isJson(response)) {
    throw new ProviderError('unexpected-response', 'The provider did not answer with JSON', {
      status: response.status,
    });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (cause) {
    throw new ProviderError('malformed-response', 'The provider sent JSON that cannot be read', {
      status: response.status,
      cause,
    });
  }
  try {
    return shape(body);
  } catch (cause) {
    if (cause instanceof ShapeError) {
      throw new ProviderError('unexpected-response', `The provider's answer has the wrong shape: ${cause.message}`, {
        status: response.status,
        cause,
      });
    }
    throw cause;
  }
}

function isJson(response: Response): boolean {
  const type = response.headers.get('Content-Type') ?? '';
  return /^application\/([\w.+-]*\+)?json\b/i.test(type.trim());
}

const cancelled = (): ProviderError => new ProviderError('aborted', 'The request was cancelled');

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelled();
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    throwIfAborted(signal);
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
