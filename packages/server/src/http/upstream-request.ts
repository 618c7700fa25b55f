import type { ErrorCode } from '@council-components/http/error-codes.js';
import { isJsonMediaType, type HttpMethod } from '@council-components/http/methods.js';
import { parseRetryAfter } from '@council-components/http/retry-after.js';
import { ShapeError, type Check } from '@council-components/http/shape.js';

/**
 * Why an upstream service (OS Places, GOV.UK Pay, a council's bin system…)
 * could not give a handler what it needed, in terms the handler can answer:
 *
 * - `timeout`: no whole answer within the time allowed (the request's own, or the handler's budget)
 * - `unreachable`: no connection, or it broke
 * - `misconfigured`: our side is wrong: the key was refused (401, 403), or a request the handler should never send
 * - `rate-limited`: the upstream is limiting the council (429); `retryAfterSeconds` when it said
 * - `unavailable`: the upstream failed (5xx) or answered a status the adapter does not expect
 * - `bad-answer`: a body that is not the JSON promised, of the wrong shape, with nothing usable, or too large
 * - `rejected-input`: the upstream says what the resident gave is not valid (a postcode it does not accept)
 */
export type UpstreamFailure =
  'timeout' | 'unreachable' | 'misconfigured' | 'rate-limited' | 'unavailable' | 'bad-answer' | 'rejected-input';

/**
 * A failure of one named upstream. Its message is for the council's logs: it
 * never holds a URL (which may carry a key) or anything the upstream said.
 */
export class UpstreamError extends Error {
  override name = 'UpstreamError';
  /** The upstream's HTTP status, when it answered. */
  readonly status: number | undefined;
  /** How long the upstream asked us to wait, when it said (a 429's `Retry-After`). */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    /** The upstream's name for logs: "OS Places", "GOV.UK Pay". */
    readonly upstream: string,
    readonly failure: UpstreamFailure,
    detail: string,
    details: { status?: number; retryAfterSeconds?: number | undefined } = {},
  ) {
    super(`${upstream}: ${detail}`);
    this.status = details.status;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

const CODE_OF_FAILURE: Readonly<Record<Exclude<UpstreamFailure, 'rejected-input'>, ErrorCode>> = {
  timeout: 'provider-timeout',
  unreachable: 'provider-unavailable',
  misconfigured: 'provider-misconfigured',
  'rate-limited': 'provider-rate-limited',
  unavailable: 'provider-unavailable',
  'bad-answer': 'provider-unavailable',
};

/** The error code a handler answers an upstream failure with; `rejectedInput` names what the resident gave. */
export function errorCodeOfUpstream(error: UpstreamError, rejectedInput: ErrorCode = 'bad-request'): ErrorCode {
  return error.failure === 'rejected-input' ? rejectedInput : CODE_OF_FAILURE[error.failure];
}

export interface UpstreamOptions {
  /** Replaces the global fetch: tests and the sandbox pass one that reaches the fakes. */
  fetch?: typeof fetch;
  /** The most one request may take, answer and body included. Default 5 s, well under a component's 8 s. */
  timeoutMs?: number;
  /** The largest body read from the upstream. Default 4 MiB: an answer larger than that is a fault. */
  maxBodyBytes?: number;
}

export interface UpstreamRequest {
  method?: HttpMethod;
  headers?: Readonly<Record<string, string>>;
  /** Sent as JSON. */
  json?: unknown;
  /** Makes a POST safe to repeat: sent as `Idempotency-Key` (GOV.UK Pay and others honour it). */
  idempotencyKey?: string;
  /** The handler's own deadline (its time budget): when it ends, the request is given up as a timeout. */
  signal?: AbortSignal;
}

/** An upstream's answer, whatever its status: adapters decide what each status means for them. */
export interface UpstreamAnswer {
  status: number;
  headers: Headers;
  /** The parsed body when the upstream sent JSON; undefined otherwise (an HTML error page, invalid JSON). */
  body: unknown;
}

export const DEFAULT_UPSTREAM_TIMEOUT_MS = 5_000;
export const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;

/**
 * One request to an upstream, bounded in time and in size: the request's own
 * timeout and the handler's budget both end it (as a `timeout`), and a body
 * larger than `maxBodyBytes` is given up as it streams in, never held whole.
 * Every failure to get an answer is an UpstreamError; the URL never appears
 * in one.
 */
export async function upstreamRequest(
  upstream: string,
  url: URL,
  request: UpstreamRequest,
  options: UpstreamOptions = {},
): Promise<UpstreamAnswer> {
  const own = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_UPSTREAM_TIMEOUT_MS);
  const signal = request.signal ? AbortSignal.any([request.signal, own]) : own;
  const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
  if (request.json !== undefined) headers['Content-Type'] = 'application/json';
  if (request.idempotencyKey !== undefined) headers['Idempotency-Key'] = request.idempotencyKey;
  const failed = (failure: UpstreamFailure, detail: string, status?: number): UpstreamError =>
    new UpstreamError(upstream, failure, detail, status === undefined ? {} : { status });
  // Stopped by a deadline (its own, or the handler's), or by the network.
  const stopped = (status?: number): UpstreamError =>
    signal.aborted
      ? failed('timeout', 'did not answer in time', status)
      : failed('unreachable', 'could not be reached', status);

  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      method: request.method ?? 'GET',
      headers,
      body: request.json === undefined ? null : JSON.stringify(request.json),
      signal,
      redirect: 'error',
    });
  } catch {
    throw stopped();
  }

  const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  let text: string;
  try {
    text = await readText(response, maxBytes, signal);
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      throw failed('bad-answer', `sent a body over ${maxBytes} bytes`, response.status);
    }
    throw stopped(response.status);
  }
  let body: unknown = undefined;
  if (isJsonMediaType(response.headers.get('content-type'))) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  return { status: response.status, headers: response.headers, body };
}

class BodyTooLarge extends Error {}

/**
 * The body as text, read as it streams in: given up past `maxBytes`, or when
 * `signal` ends, whether or not the fetch in use ties its body to the signal.
 */
async function readText(response: Response, maxBytes: number, signal: AbortSignal): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new BodyTooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const stop = (): void => {
    reader.cancel(signal.reason).catch(() => undefined);
  };
  signal.addEventListener('abort', stop, { once: true });
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      signal.throwIfAborted();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new BodyTooLarge();
      }
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    signal.removeEventListener('abort', stop);
  }
  return text + decoder.decode();
}

/**
 * The usual meaning of a status an adapter has no special meaning for:
 * 401 and 403 are our key, 429 a rate limit (with `Retry-After` read in either
 * form), anything else the upstream's failure.
 */
export function failureOfStatus(upstream: string, answer: UpstreamAnswer): UpstreamError {
  const { status } = answer;
  if (status === 401 || status === 403) {
    return new UpstreamError(upstream, 'misconfigured', `refused the key (${status})`, { status });
  }
  if (status === 429) {
    return new UpstreamError(upstream, 'rate-limited', 'rate limit reached', {
      status,
      retryAfterSeconds: parseRetryAfter(answer.headers.get('retry-after')),
    });
  }
  return new UpstreamError(upstream, 'unavailable', `answered ${status}`, { status });
}

/** The answer's body checked against `shape`: an answer of the wrong shape is a `bad-answer`, naming the path. */
export function bodyOf<T>(upstream: string, answer: UpstreamAnswer, shape: Check<T>): T {
  try {
    return shape(answer.body);
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    throw new UpstreamError(upstream, 'bad-answer', `answered with an unexpected body (${error.message})`, {
      status: answer.status,
    });
  }
}
