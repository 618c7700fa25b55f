/**
 * What a fuzz and fault run against the back end found, one test per finding,
 * each named after it and each run the way it was found: over real HTTP, with
 * the node adapter, the router and the addresses handler as a council mounts
 * them. (The gazetteer file findings are in addresses/gazetteer-provider.test.ts;
 * the property-based checks in addresses/addresses-contract.property.test.ts
 * and node/request-fuzz.property.test.ts.)
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createOsPlacesFake } from '@council-components/testing/fakes/os-places-fake.js';
import { fetchVia } from '@council-components/testing/fakes/in-process-fetch.js';
import { startFaultyUpstream, type FaultyUpstream } from '@council-components/testing/fakes/faulty-upstream.js';
import { rawRequest } from '@council-components/testing/raw-http.js';
import { createAddressesHandler } from './addresses/addresses-handler.js';
import { createOsPlacesProvider } from './addresses/os-places-provider.js';
import { createIdealPostcodesProvider } from './addresses/ideal-postcodes-provider.js';
import { createGetAddressProvider } from './addresses/getaddress-provider.js';
import { jsonResponse } from './http/json-response.js';
import { createRouter } from './http/router.js';
import type { UpstreamError } from './http/upstream-request.js';
import { answerClientError, toNodeListener } from './node/node-adapter.js';

let server: Server;
let port: number;
let upstream: FaultyUpstream;

/** 40 full postcodes that no one has looked up, so that none is answered from the cache. */
const uncachedPostcodes = (count: number, area: string): string[] =>
  Array.from({ length: count }, (_, n) => `${area} ${n % 10}${'ABDEFGHJLN'[Math.floor(n / 10) % 10] ?? 'A'}Z`);

beforeAll(async () => {
  upstream = await startFaultyUpstream();
  const osPlaces = createOsPlacesFake();
  const handler = createRouter([
    {
      method: 'GET',
      path: '/api/addresses',
      handler: createAddressesHandler({
        provider: createOsPlacesProvider({ key: 'sandbox-os-key', fetch: fetchVia(osPlaces.handler) }),
        rateLimit: { perMinute: 10, burst: 10 },
      }),
    },
    {
      method: 'GET',
      path: '/api/who',
      handler: (_request, context) => jsonResponse({ client: context.clientAddress }),
    },
    {
      method: 'POST',
      path: '/api/echo',
      handler: async (request) => jsonResponse({ length: (await request.text()).length }),
    },
    // A route that a proxy forwarding only /api/* is meant to keep from the internet.
    { method: 'GET', path: '/__errors', handler: () => jsonResponse({ internal: true }) },
  ]);
  // Behind one load balancer on this machine, as the run was.
  server = createServer(toNodeListener(handler, { trustedProxies: ['loopback'], bodyLimit: 64 * 1024 }));
  server.on('clientError', answerClientError);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await upstream.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

afterEach(() => {
  vi.restoreAllMocks();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`http://127.0.0.1:${port}${path}`, { headers });

/** The console, watched: client errors must leave nothing in the council's logs. */
function watchLogs(): { calls: () => unknown[][] } {
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  return { calls: () => [...error.mock.calls, ...warn.mock.calls] };
}

describe('the back end under attack and under faults: each finding', () => {
  it('1. the per-client limit cannot be bypassed behind a proxy by writing X-Forwarded-For', async () => {
    const statuses: number[] = [];
    for (const [n, postcode] of uncachedPostcodes(40, 'SO16').entries()) {
      const response = await get(`/api/addresses?postcode=${encodeURIComponent(postcode)}`, {
        // What the client wrote, then what the load balancer appended: the address it saw.
        'X-Forwarded-For': `198.51.100.${n}, 203.0.113.7`,
      });
      statuses.push(response.status);
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(30);

    // The bucket key is the address the proxy saw, however long the header the client wrote.
    const long = Array.from({ length: 1_000 }, (_, n) => `10.0.${n % 250}.${n % 250}`).join(', ');
    const who = (await (await get('/api/who', { 'X-Forwarded-For': `${long}, 203.0.113.9` })).json()) as {
      client: string;
    };
    expect(who.client).toBe('203.0.113.9');
    const junk = (await (await get('/api/who', { 'X-Forwarded-For': 'x'.repeat(15_000) })).json()) as {
      client: string;
    };
    expect(junk.client).toBe('127.0.0.1');
  });

  it('2. upstream bodies have a size limit: a 256 MiB body is refused as it streams, within the budget', async () => {
    const handler = createAddressesHandler({
      provider: createOsPlacesProvider({ key: 'k', baseUrl: upstream.baseFor('oversized-body') }),
      onProviderError: () => undefined,
    });
    const before = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const started = performance.now();
    const responses = await Promise.all(
      Array.from({ length: 4 }, async (_, n) =>
        handler(new Request(`http://x/api/addresses?postcode=SO16%20${n}AS`), { clientAddress: `192.0.2.${n}` }),
      ),
    );
    const took = performance.now() - started;
    const grew = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers - before;
    for (const response of responses) {
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ error: { code: 'provider-unavailable' } });
    }
    expect(took).toBeLessThan(6_000);
    expect(grew).toBeLessThan(64 * 1024 * 1024);
  });

  it('3. records with missing or null fields do not give 500, for any vendor', async () => {
    const base = upstream.baseFor('missing-fields');
    const quiet = { onRejectedRecords: () => undefined };
    for (const provider of [
      createOsPlacesProvider({ key: 'k', baseUrl: base, ...quiet }),
      createIdealPostcodesProvider({ apiKey: 'k', baseUrl: base, ...quiet }),
      createGetAddressProvider({ apiKey: 'k', baseUrl: base, ...quiet }),
    ]) {
      const handler = createAddressesHandler({ provider, onProviderError: () => undefined });
      const response = await handler(new Request('http://x/api/addresses?postcode=SA1%201DP'), { clientAddress: 'a' });
      expect(response.status, provider.name).toBe(503);
      expect(await response.json()).toEqual({ error: { code: 'provider-unavailable' } });
    }
  });

  it('4. hostile request lines are answered 400 or 405 before routing, with no stack trace in the logs', async () => {
    const logs = watchLogs();
    const cases: [string, number][] = [
      ['GET /api/addresses?postcode=SO16%200AS HTTP/1.1\r\nHost: a:b\r\n', 400],
      ['GET /api/addresses?postcode=SO16%200AS HTTP/1.1\r\nHost: u@evil\r\n', 400],
      ['TRACE /api/addresses HTTP/1.1\r\nHost: localhost\r\n', 405],
      ['GET //a:b/x HTTP/1.1\r\nHost: localhost\r\n', 400],
      ['GET /\\evil.example/x HTTP/1.1\r\nHost: localhost\r\n', 400],
      ['GET * HTTP/1.1\r\nHost: localhost\r\n', 400],
      ['GET /api/addresses HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n', 400],
    ];
    for (const [head, status] of cases) {
      const answer = await rawRequest(port, `${head}Connection: close\r\n\r\n`);
      expect(answer.status, head).toBe(status);
      expect(JSON.parse(answer.body), head).toEqual({
        error: { code: status === 405 ? 'method-not-allowed' : 'bad-request' },
      });
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    }
    expect(logs.calls()).toEqual([]);
  });

  it('6. timeouts are reported as timeouts: 504 provider-timeout, logged as not answering in time', async () => {
    for (const fault of ['hang', 'drip'] as const) {
      const reported: UpstreamError[] = [];
      const handler = createAddressesHandler({
        provider: createOsPlacesProvider({ key: 'k', baseUrl: upstream.baseFor(fault), timeoutMs: 300 }),
        onProviderError: (error) => reported.push(error),
      });
      const response = await handler(new Request('http://x/api/addresses?postcode=SA1%201DP'), { clientAddress: 'a' });
      expect(response.status, fault).toBe(504);
      expect(await response.json()).toEqual({ error: { code: 'provider-timeout' } });
      expect(reported.map((error) => [error.failure, error.message])).toEqual([
        ['timeout', 'OS Places: did not answer in time'],
      ]);
    }
    // The handler's own budget ending while OS Places pages are still coming.
    const reported: UpstreamError[] = [];
    const handler = createAddressesHandler({
      provider: createOsPlacesProvider({ key: 'k', baseUrl: upstream.baseFor('hang'), timeoutMs: 5_000 }),
      budgetMs: 300,
      onProviderError: (error) => reported.push(error),
    });
    const response = await handler(new Request('http://x/api/addresses?postcode=SA1%201DP'), { clientAddress: 'a' });
    expect(response.status).toBe(504);
    expect(reported.map((error) => error.failure)).toEqual(['timeout']);
  });

  it('7. residents sharing one in-flight lookup are charged once against the rate limit', async () => {
    let upstreamCalls = 0;
    const fake = createOsPlacesFake();
    const slowFetch: typeof fetch = async (input, init) => {
      upstreamCalls += 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return fetchVia(fake.handler)(input, init);
    };
    const handler = createAddressesHandler({
      provider: createOsPlacesProvider({ key: 'sandbox-os-key', fetch: slowFetch }),
      rateLimit: { perMinute: 30, burst: 10 },
    });
    // 500 residents behind one council network (one address) ask for one postcode at once.
    const responses = await Promise.all(
      Array.from({ length: 500 }, async () =>
        handler(new Request('http://x/api/addresses?postcode=SO16%200AS'), { clientAddress: '203.0.113.7' }),
      ),
    );
    expect(upstreamCalls).toBe(1);
    expect(responses.map((response) => response.status).filter((status) => status !== 200)).toEqual([]);
    // The network's allowance was charged once: nine more different lookups still go through.
    const next = await Promise.all(
      uncachedPostcodes(10, 'SO15').map(async (postcode) =>
        handler(new Request(`http://x/api/addresses?postcode=${encodeURIComponent(postcode)}`), {
          clientAddress: '203.0.113.7',
        }),
      ),
    );
    expect(next.map((response) => response.status)).toEqual([...Array<number>(9).fill(200), 429]);
  });

  it('8. Retry-After is read in both forms, clamped to a day and passed on as whole seconds', async () => {
    const answering =
      (retryAfter: string): typeof fetch =>
      () =>
        Promise.resolve(
          new Response('{}', {
            status: 429,
            headers: { 'Content-Type': 'application/json', 'Retry-After': retryAfter },
          }),
        );
    const retryAfterFor = async (header: string): Promise<string | null> => {
      const handler = createAddressesHandler({
        provider: createOsPlacesProvider({ key: 'k', fetch: answering(header) }),
        onProviderError: () => undefined,
      });
      const response = await handler(new Request('http://x/api/addresses?postcode=SA1%201DP'), { clientAddress: 'a' });
      expect(response.status).toBe(503);
      return response.headers.get('retry-after');
    };
    expect(await retryAfterFor('1'.repeat(23))).toBe('86400');
    const inTwoMinutes = Number(await retryAfterFor(new Date(Date.now() + 120_000).toUTCString()));
    expect(inTwoMinutes).toBeGreaterThanOrEqual(115);
    expect(inTwoMinutes).toBeLessThanOrEqual(120);
    expect(await retryAfterFor('soon')).toBeNull();
  });

  it('10. encoded dot segments are refused, so /api/* cannot reach another route', async () => {
    expect((await get('/__errors')).status).toBe(200);
    for (const target of [
      '/api/addresses/%2e%2e/%2e%2e/__errors',
      '/api/addresses/%2E%2E/%2e%2E/__errors',
      '/api/addresses/.%2e/.%2e/__errors',
      '/api/addresses/../../__errors',
      '/api/./addresses?postcode=SO16%200AS',
      '/api/addresses/%2e%2e/who',
    ]) {
      const answer = await rawRequest(port, `GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
      expect(answer.status, target).toBe(400);
      expect(JSON.parse(answer.body)).toEqual({ error: { code: 'bad-request' } });
    }
  });

  it('also: a postcode longer than the contract’s 32 characters is refused', async () => {
    // Full stops, hyphens and brackets are allowed in a postcode as typed, and were stripped before the check.
    const response = await get(`/api/addresses?postcode=SO16%200AS${'.'.repeat(5_995)}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'postcode-invalid' } });
  });

  it('also: the adapter’s own 413 and 500 answers are not sniffed or cached', async () => {
    const big = await fetch(`http://127.0.0.1:${port}/api/echo`, { method: 'POST', body: 'x'.repeat(70_000) });
    expect(big.status).toBe(413);
    expect(big.headers.get('x-content-type-options')).toBe('nosniff');
    expect(big.headers.get('cache-control')).toBe('no-store');
    expect(await big.json()).toEqual({ error: { code: 'body-too-large' } });

    // A body with no Content-Length that grows past the limit as it streams is a 413 too, not a 500.
    const logs = watchLogs();
    const chunk = `${(16 * 1024).toString(16)}\r\n${'x'.repeat(16 * 1024)}\r\n`;
    const answer = await rawRequest(
      port,
      'POST /api/echo HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\nContent-Type: text/plain\r\n\r\n',
      { body: `${chunk.repeat(5)}0\r\n\r\n` },
    );
    expect(answer.status).toBe(413);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(logs.calls()).toEqual([]);
  });

  it('also: after a chunked 1 MB POST to a GET route the connection closes at once', async () => {
    const chunk = `${(64 * 1024).toString(16)}\r\n${'x'.repeat(64 * 1024)}\r\n`;
    const answer = await rawRequest(
      port,
      'POST /api/addresses HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n',
      { body: `${chunk.repeat(16)}0\r\n\r\n`, closeAfterMs: 5_000 },
    );
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET');
    expect(answer.closedByServer).toBe(true);
    expect(answer.closedAfterMs).toBeLessThan(2_000);
  });
});
