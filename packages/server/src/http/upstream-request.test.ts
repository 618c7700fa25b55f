import { describe, expect, it, vi } from 'vitest';
import { eachOf, isString, objectOf } from '@council-components/http/shape.js';
import {
  bodyOf,
  errorCodeOfUpstream,
  failureOfStatus,
  upstreamRequest,
  UpstreamError,
  type UpstreamAnswer,
} from './upstream-request.js';
import { usableRecords } from './usable-records.js';

const URL_WITH_KEY = new URL('https://upstream.example/v1/thing?api_key=secret-key-123');
const json = (body: unknown, init: ResponseInit = {}): Response => {
  const headers = new Headers(init.headers);
  headers.set('Content-Type', 'application/json');
  return new Response(JSON.stringify(body), { ...init, headers });
};

/** A fetch that records what it was asked and answers with `answer`. */
function fakeFetch(answer: (request: Request) => Response | Promise<Response>) {
  const requests: Request[] = [];
  const fetch = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request);
    return Promise.resolve(answer(request));
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, requests };
}

/** A fetch that never answers, until the request's signal gives up. */
const hangingFetch = ((_input: RequestInfo | URL, init?: RequestInit) =>
  new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => {
      reject(new DOMException('aborted', 'AbortError'));
    });
  })) as typeof fetch;

/** A body that sends one byte every `ms`, for ever: a dripping upstream. */
function drip(ms: number): ReadableStream<Uint8Array> {
  return new ReadableStream({
    async pull(controller) {
      await new Promise((resolve) => setTimeout(resolve, ms));
      controller.enqueue(new Uint8Array([32]));
    },
  });
}

async function failureOf(promise: Promise<unknown>): Promise<UpstreamError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UpstreamError) return error;
    throw error;
  }
  throw new Error('expected an UpstreamError');
}

describe('upstreamRequest', () => {
  it('GETs JSON, saying it wants JSON, and gives the status, headers and parsed body', async () => {
    const { fetch, requests } = fakeFetch(() => json({ ok: true }, { headers: { 'X-Trace': '1' } }));
    const answer = await upstreamRequest('Example', URL_WITH_KEY, { headers: { key: 'k' } }, { fetch });
    expect(answer).toMatchObject({ status: 200, body: { ok: true } });
    expect(answer.headers.get('x-trace')).toBe('1');
    expect(requests[0]?.method).toBe('GET');
    expect(requests[0]?.headers.get('accept')).toBe('application/json');
    expect(requests[0]?.headers.get('key')).toBe('k');
  });

  it('POSTs a JSON body with an Idempotency-Key, so a retried payment is not taken twice', async () => {
    const { fetch, requests } = fakeFetch(() => json({ payment_id: 'p1' }, { status: 201 }));
    const answer = await upstreamRequest(
      'GOV.UK Pay',
      new URL('https://pay.example/v1/payments'),
      { method: 'POST', json: { amount: 1450, reference: 'PKN-1' }, idempotencyKey: 'attempt-7' },
      { fetch },
    );
    expect(answer.status).toBe(201);
    const [sent] = requests;
    expect(sent?.method).toBe('POST');
    expect(sent?.headers.get('content-type')).toBe('application/json');
    expect(sent?.headers.get('idempotency-key')).toBe('attempt-7');
    expect(await sent?.json()).toEqual({ amount: 1450, reference: 'PKN-1' });
  });

  it('gives up on an upstream that does not answer, as a timeout, in its own time', async () => {
    const started = Date.now();
    const error = await failureOf(upstreamRequest('Example', URL_WITH_KEY, {}, { fetch: hangingFetch, timeoutMs: 50 }));
    expect(error).toMatchObject({ upstream: 'Example', failure: 'timeout' });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('gives up when the handler’s budget ends, as a timeout', async () => {
    const error = await failureOf(
      upstreamRequest('Example', URL_WITH_KEY, { signal: AbortSignal.timeout(30) }, { fetch: hangingFetch }),
    );
    expect(error.failure).toBe('timeout');
  });

  it('gives up on a body that drips in, as a timeout', async () => {
    const { fetch } = fakeFetch(() => new Response(drip(10), { headers: { 'Content-Type': 'application/json' } }));
    const started = Date.now();
    const error = await failureOf(upstreamRequest('Example', URL_WITH_KEY, {}, { fetch, timeoutMs: 100 }));
    expect(error.failure).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('reports a connection that fails as unreachable', async () => {
    const fetch = (() => Promise.reject(new TypeError('fetch failed'))) as typeof globalThis.fetch;
    expect((await failureOf(upstreamRequest('Example', URL_WITH_KEY, {}, { fetch }))).failure).toBe('unreachable');
  });

  it('refuses a body over the size cap, declared or streamed, without reading it all', async () => {
    const declared = fakeFetch(
      () => new Response('{}', { headers: { 'Content-Type': 'application/json', 'Content-Length': '999999999' } }),
    );
    const big = await failureOf(
      upstreamRequest('Example', URL_WITH_KEY, {}, { fetch: declared.fetch, maxBodyBytes: 1024 }),
    );
    expect(big.failure).toBe('bad-answer');

    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const streamed = fakeFetch(() => new Response(endless, { headers: { 'Content-Type': 'application/json' } }));
    const error = await failureOf(
      upstreamRequest('Example', URL_WITH_KEY, {}, { fetch: streamed.fetch, maxBodyBytes: 10_240 }),
    );
    expect(error.failure).toBe('bad-answer');
    expect(pulled).toBeLessThan(20);
  });

  it('leaves the body undefined when it is not JSON, or not valid JSON', async () => {
    const html = fakeFetch(
      () => new Response('<h1>502 Bad Gateway</h1>', { status: 502, headers: { 'Content-Type': 'text/html' } }),
    );
    expect(await upstreamRequest('Example', URL_WITH_KEY, {}, { fetch: html.fetch })).toMatchObject({
      status: 502,
      body: undefined,
    });
    const cut = fakeFetch(() => new Response('{"result": [', { headers: { 'Content-Type': 'application/json' } }));
    expect((await upstreamRequest('Example', URL_WITH_KEY, {}, { fetch: cut.fetch })).body).toBeUndefined();
  });

  it('never puts the URL, or the key in it, into an error', async () => {
    const errors = [
      await failureOf(upstreamRequest('Example', URL_WITH_KEY, {}, { fetch: hangingFetch, timeoutMs: 10 })),
      await failureOf(
        upstreamRequest('Example', URL_WITH_KEY, {}, { fetch: () => Promise.reject(new TypeError('x')) }),
      ),
    ];
    for (const error of errors) expect(`${error.message} ${String(error.stack)}`).not.toContain('secret-key-123');
  });
});

describe('what an upstream’s answer means', () => {
  const answer = (status: number, headers: Record<string, string> = {}, body?: unknown): UpstreamAnswer => ({
    status,
    headers: new Headers(headers),
    body,
  });

  it('reads the usual statuses: our key, a rate limit (with Retry-After in seconds or as a date), a failure', () => {
    expect(failureOfStatus('X', answer(401)).failure).toBe('misconfigured');
    expect(failureOfStatus('X', answer(403)).failure).toBe('misconfigured');
    expect(failureOfStatus('X', answer(429, { 'Retry-After': '30' }))).toMatchObject({
      failure: 'rate-limited',
      retryAfterSeconds: 30,
    });
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    const dated = failureOfStatus('X', answer(429, { 'Retry-After': inAMinute }));
    expect(dated.retryAfterSeconds).toBeGreaterThanOrEqual(58);
    expect(dated.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(failureOfStatus('X', answer(500)).failure).toBe('unavailable');
    expect(failureOfStatus('X', answer(404)).failure).toBe('unavailable');
  });

  it('checks a body’s shape, and calls a body of the wrong shape a bad answer, naming where', () => {
    const shape = objectOf({ name: isString });
    expect(bodyOf('X', answer(200, {}, { name: 'a', extra: 1 }), shape)).toEqual({ name: 'a' });
    expect(() => bodyOf('X', answer(200, {}, { name: 3 }), shape)).toThrow(/bad|unexpected body.*\$\.name/);
    let thrown: unknown;
    try {
      bodyOf('X', answer(200, {}, undefined), shape);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UpstreamError);
    expect((thrown as UpstreamError).failure).toBe('bad-answer');
  });

  it('gives each failure the error code a handler answers with', () => {
    const code = (failure: UpstreamError['failure']) => errorCodeOfUpstream(new UpstreamError('X', failure, ''));
    expect(code('timeout')).toBe('provider-timeout');
    expect(code('misconfigured')).toBe('provider-misconfigured');
    expect(code('rate-limited')).toBe('provider-rate-limited');
    expect(code('unavailable')).toBe('provider-unavailable');
    expect(code('unreachable')).toBe('provider-unavailable');
    expect(code('bad-answer')).toBe('provider-unavailable');
    expect(code('rejected-input')).toBe('bad-request');
    expect(errorCodeOfUpstream(new UpstreamError('X', 'rejected-input', ''), 'postcode-invalid')).toBe(
      'postcode-invalid',
    );
  });
});

describe('usableRecords', () => {
  const record = objectOf({ line_1: isString });

  it('keeps the records that passed, reports those that did not, and caps how many are taken', () => {
    const reported: [string, string][] = [];
    const options = {
      onRejectedRecords: (upstream: string, rejected: readonly { message: string }[]) =>
        reported.push([upstream, rejected.map((error) => error.message).join('; ')]),
    };
    const pages = [eachOf(record)([{ line_1: 'a' }, { line_1: 7 }]), undefined, eachOf(record)([{ line_1: 'b' }])];
    expect(usableRecords('OS Places', pages, options)).toEqual([{ line_1: 'a' }, { line_1: 'b' }]);
    // The bad record is reported once, naming the upstream and where it went wrong; nothing else is.
    expect(reported).toEqual([['OS Places', expect.stringMatching(/\[1\]\.line_1/)]]);
    const clean: unknown[] = [];
    usableRecords('X', [eachOf(record)([{ line_1: 'a' }])], { onRejectedRecords: (...args) => clean.push(args) });
    expect(clean).toEqual([]);
    const many = eachOf(record)([{ line_1: 'a' }, { line_1: 'b' }, { line_1: 'c' }]);
    expect(usableRecords('X', [many], { maxRecords: 2 })).toEqual([{ line_1: 'a' }, { line_1: 'b' }]);
  });

  it('fails the lookup as a bad answer when records came and none was usable', () => {
    const checked = eachOf(record)([{ line_1: 2 }, {}]);
    const reported: string[] = [];
    expect(() =>
      usableRecords('Ideal Postcodes', [checked], { onRejectedRecords: (upstream) => reported.push(upstream) }),
    ).toThrow(UpstreamError);
    expect(reported).toEqual(['Ideal Postcodes']);
    // No records at all is an answer: nothing there.
    expect(usableRecords('X', [eachOf(record)([])])).toEqual([]);
  });
});
