import { describe, expect, it, vi } from 'vitest';
import { providerFailureStrings } from '../i18n/provider-failure-strings.js';
import { formatMessage } from '../i18n/catalogue.js';
import { requestJson, type ProviderRequest } from './provider-client.js';
import { isProviderError, messageKeyFor, ProviderError } from './provider-error.js';
import { sendJson } from './send-json.js';
import { isNumber, isString, nullable, objectOf, oneOf } from '@council-components/http/shape.js';

/** Routes of the fake upstream mounted by @council-components/testing/misbehaving-upstream. */
const upstream = (route: string, params: Record<string, string | number> = {}): string => {
  const key = `${route.replace(/\W/g, '-')}-${crypto.randomUUID()}`;
  const search = new URLSearchParams({
    key,
    ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
  });
  return `/__upstream/${route}?${search.toString()}`;
};
const attemptsOf = async (url: string): Promise<number> => {
  const key = new URL(url, location.href).searchParams.get('key') ?? '';
  const response = await fetch(`/__upstream/attempts?of=${encodeURIComponent(key)}`);
  return ((await response.json()) as { attempts: number }).attempts;
};

const okShape = objectOf({ ok: oneOf(true), attempt: isNumber });
const fast: Omit<ProviderRequest<unknown>, 'shape'> = { backoffMs: 1 };

async function failureOf(promise: Promise<unknown>): Promise<ProviderError> {
  try {
    await promise;
  } catch (error) {
    if (isProviderError(error)) return error;
    throw new Error(`Expected a ProviderError, got ${String(error)}`, { cause: error });
  }
  throw new Error('Expected the request to fail');
}

describe('requestJson', () => {
  it('returns JSON checked against the expected shape, dropping unexpected fields', async () => {
    await expect(requestJson(upstream('ok'), { shape: okShape })).resolves.toEqual({ ok: true, attempt: 1 });
    const onlyOk = await requestJson(upstream('ok'), { shape: objectOf({ ok: oneOf(true) }) });
    expect(onlyOk).toEqual({ ok: true });
  });

  it('times out a provider that does not answer, retrying GETs, then says so', async () => {
    const url = upstream('slow', { ms: 3000 });
    const error = await failureOf(requestJson(url, { ...fast, shape: okShape, timeoutMs: 150, retries: 1 }));
    expect(error.kind).toBe('timeout');
    expect(await attemptsOf(url)).toBe(2);
    expect(messageKeyFor(error)).toBe('timeout');
  });

  it('stops at once when the component aborts, and does not retry', async () => {
    const url = upstream('slow', { ms: 3000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await failureOf(requestJson(url, { ...fast, shape: okShape, signal: controller.signal }));
    expect(error.kind).toBe('aborted');
    expect(messageKeyFor(error)).toBeUndefined();
    expect(await attemptsOf(url)).toBe(1);
  });

  it('stops waiting between retries when aborted', async () => {
    const url = upstream('flaky', { fail: 5, status: 503 });
    const controller = new AbortController();
    const pending = requestJson(url, { shape: okShape, backoffMs: 5000, signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const error = await failureOf(pending);
    expect(error.kind).toBe('aborted');
    expect(await attemptsOf(url)).toBe(1);
  });

  it('reports a network failure as such', async () => {
    // Port 9 (discard) is closed on loopback: the connection is refused.
    const error = await failureOf(requestJson('http://127.0.0.1:9/nothing', { ...fast, shape: okShape, retries: 0 }));
    expect(error.kind).toBe('network');
    expect(messageKeyFor(error)).toBe('network');
  });

  it('tells the developer, once per other origin, that a request failed with no answer: usually CORS', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const blocked = (): Promise<Response> => Promise.reject(new TypeError('Failed to fetch'));
    try {
      for (const url of ['https://api.council.example/a', 'https://api.council.example/b', upstream('ok')]) {
        const error = await failureOf(requestJson(url, { ...fast, shape: okShape, fetch: blocked }));
        expect(error.kind).toBe('network');
      }
      expect(warn).toHaveBeenCalledTimes(1);
      const message = String(warn.mock.calls[0]?.[0]);
      expect(message).toContain('No answer from https://api.council.example');
      expect(message).toContain(`its allowedOrigins must list ${location.origin}`);
    } finally {
      warn.mockRestore();
    }
  });

  it('retries a GET through passing 5xx failures with backoff', async () => {
    const url = upstream('flaky', { fail: 2, status: 503 });
    await expect(requestJson(url, { ...fast, shape: okShape })).resolves.toEqual({ ok: true, attempt: 3 });
  });

  it('gives up after the retries and reports a 5xx as the service being unavailable', async () => {
    const url = upstream('status/500');
    const error = await failureOf(requestJson(url, { ...fast, shape: okShape, retries: 2 }));
    expect(error).toMatchObject({ kind: 'server', status: 500, code: 'upstream-500' });
    expect(await attemptsOf(url)).toBe(3);
    expect(messageKeyFor(error)).toBe('unavailable');
  });

  it('never retries a POST without an idempotency key: no double payments', async () => {
    const url = upstream('flaky', { fail: 1, status: 503 });
    const error = await failureOf(sendJson(url, { ...fast, shape: okShape, method: 'POST', body: { amount: 100 } }));
    expect(error.kind).toBe('server');
    expect(await attemptsOf(url)).toBe(1);
  });

  it('retries a POST that carries an idempotency key', async () => {
    const url = upstream('flaky', { fail: 1, status: 503 });
    const result = await sendJson(url, {
      ...fast,
      shape: okShape,
      method: 'POST',
      body: { amount: 100 },
      idempotencyKey: 'payment-123',
    });
    expect(result.attempt).toBe(2);
  });

  it('sends a JSON body with its Content-Type and Idempotency-Key; a GET sends neither', async () => {
    const echoShape = objectOf({
      ok: oneOf(true),
      received: objectOf({
        method: isString,
        contentType: nullable(isString),
        idempotencyKey: nullable(isString),
        body: isString,
      }),
    });
    const sent = await sendJson(upstream('echo'), {
      shape: echoShape,
      method: 'POST',
      body: { amount: 100, description: 'Treth y cyngor' },
      idempotencyKey: 'payment-123',
    });
    expect(sent.received).toEqual({
      method: 'POST',
      contentType: 'application/json',
      idempotencyKey: 'payment-123',
      body: '{"amount":100,"description":"Treth y cyngor"}',
    });
    const read = await requestJson(upstream('echo'), { shape: echoShape });
    expect(read.received).toEqual({ method: 'GET', contentType: null, idempotencyKey: null, body: '' });
  });

  it('honours a short Retry-After on 429 before trying again', async () => {
    const url = upstream('rate-limited', { retryAfter: 1 });
    const started = performance.now();
    const result = await requestJson(url, { ...fast, shape: okShape });
    expect(result.attempt).toBe(2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('does not sit waiting for a long Retry-After: it fails at once and says how long to wait', async () => {
    const url = upstream('rate-limited', { retryAfter: 30 });
    const error = await failureOf(requestJson(url, { ...fast, shape: okShape }));
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterSeconds: 30 });
    expect(await attemptsOf(url)).toBe(1);
    const key = messageKeyFor(error);
    expect(key).toBe('rateLimitedWait');
    expect(formatMessage(providerFailureStrings.en.rateLimitedWait, 'en', { count: 30 })).toBe(
      'There have been too many requests. Wait 30 seconds and try again.',
    );
    expect(formatMessage(providerFailureStrings.cy.rateLimitedWait, 'cy', { count: 2 })).toContain(
      'Arhoswch ddwy eiliad',
    );
  });

  it('honours Retry-After on a gateway timeout too: a 504 asking for an hour is not retried at once', async () => {
    const url = upstream('status/504', { retryAfter: 3600 });
    const error = await failureOf(requestJson(url, { ...fast, shape: okShape }));
    expect(error).toMatchObject({ kind: 'timeout', status: 504, retryAfterSeconds: 3600 });
    expect(await attemptsOf(url)).toBe(1);
    // Without Retry-After, a 504 is tried again.
    const plain = upstream('status/504');
    await failureOf(requestJson(plain, { ...fast, shape: okShape, retries: 1 }));
    expect(await attemptsOf(plain)).toBe(2);
  });

  it('never tells a resident to wait 0 seconds', () => {
    expect(messageKeyFor(new ProviderError('rate-limited', '', { status: 429, retryAfterSeconds: 0 }))).toBe(
      'rateLimited',
    );
    expect(messageKeyFor(new ProviderError('rate-limited', '', { status: 429, retryAfterSeconds: 1 }))).toBe(
      'rateLimitedWait',
    );
    expect(messageKeyFor(new ProviderError('rate-limited', '', { status: 429, retryAfterSeconds: 121 }))).toBe(
      'rateLimited',
    );
  });

  it.each([
    [400, 'bad-request'],
    [401, 'unauthorised'],
    [403, 'unauthorised'],
    [404, 'not-found'],
    [422, 'bad-request'],
  ] as const)('maps a %i to %s without retrying, keeping the typed error code', async (status, kind) => {
    const url = upstream(`status/${status}`);
    const error = await failureOf(requestJson(url, { ...fast, shape: okShape }));
    expect(error).toMatchObject({ kind, status, code: `upstream-${status}` });
    expect(await attemptsOf(url)).toBe(1);
    expect(messageKeyFor(error)).toBe('problem');
  });

  it('reports malformed JSON', async () => {
    const error = await failureOf(requestJson(upstream('malformed'), { ...fast, shape: okShape }));
    expect(error.kind).toBe('malformed-response');
    expect(messageKeyFor(error)).toBe('problem');
  });

  it('reports JSON of the wrong shape, naming the field', async () => {
    const error = await failureOf(requestJson(upstream('wrong-shape'), { ...fast, shape: okShape }));
    expect(error.kind).toBe('unexpected-response');
    expect(error.message).toContain('$.ok');
  });

  it('treats an HTML error page from a proxy as the service being down, and never renders it', async () => {
    const url = upstream('html-error');
    const error = await failureOf(requestJson(url, { ...fast, shape: okShape, retries: 1 }));
    expect(error).toMatchObject({ kind: 'server', status: 502, code: undefined });
    expect(error.message).not.toContain('<');
    expect(document.querySelector('h1')).toBeNull();
  });

  it('treats an HTML page with status 200 (a captive portal) as an unexpected answer', async () => {
    const error = await failureOf(requestJson(upstream('html-ok'), { ...fast, shape: okShape }));
    expect(error.kind).toBe('unexpected-response');
  });
});
