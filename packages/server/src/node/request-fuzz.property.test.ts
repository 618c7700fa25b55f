/**
 * The back end as the internet sees it: 10,000 generated requests, sent as raw
 * bytes to the node adapter, the router and the addresses handler mounted as a
 * council mounts them. Hostile methods, request targets (dot segments, encoded
 * or not; `//a:b/x`; absolute and authority forms), Host headers, forwarded
 * chains, queries and bodies. Every answer must be a typed JSON answer the
 * OpenAPI contract documents, none a 5xx, and nothing may reach the logs.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ERROR_STATUS, isErrorCode } from '@council-components/http/error-codes.js';
import { fakeProperties } from '@council-components/testing/fakes/fake-properties.js';
import { fetchVia } from '@council-components/testing/fakes/in-process-fetch.js';
import { createOsPlacesFake } from '@council-components/testing/fakes/os-places-fake.js';
import { openApiChecker, openApiSchemaChecker } from '@council-components/testing/openapi-responses.js';
import { rawRequest } from '@council-components/testing/raw-http.js';
import { createAddressesHandler } from '../addresses/addresses-handler.js';
import { createOsPlacesProvider } from '../addresses/os-places-provider.js';
import { jsonResponse } from '../http/json-response.js';
import { createRouter } from '../http/router.js';
import { createNodeServer } from './node-adapter.js';

const REQUESTS = 10_000;
const documentPath = fileURLToPath(new URL('../../openapi/addresses.openapi.json', import.meta.url));
const checkOperation = openApiChecker(documentPath);
const checkErrorBody = openApiSchemaChecker(documentPath, 'ErrorBody');

let server: Server;
let port: number;

beforeAll(async () => {
  const osPlaces = createOsPlacesFake({ perMinute: 1_000_000 });
  const handler = createRouter([
    {
      method: 'GET',
      path: '/api/addresses',
      handler: createAddressesHandler({
        provider: createOsPlacesProvider({ key: 'sandbox-os-key', fetch: fetchVia(osPlaces.handler) }),
      }),
    },
    {
      method: 'POST',
      path: '/api/echo',
      handler: async (request) => jsonResponse({ length: (await request.text()).length }),
    },
  ]);
  server = createNodeServer(handler, { trustedProxies: ['loopback'], bodyLimit: 4 * 1024 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Text that can stand in a request line or header value: visible ASCII and spaces, no line breaks. */
const lineText = (maxLength: number) =>
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength });

const postcode = fc.oneof(
  fc.constantFrom(...new Set(fakeProperties.map((property) => property.postcode))),
  fc.constantFrom('so16 0as', 'SO160AS', '(SO16) 0-AS.', 'SO16', 'GIR 0AA', 'BFPO 1234', 'JE2 3AB', 'SO16 9ZZ'),
  lineText(40),
  fc.constantFrom('SO16 0AS'.padEnd(40, '.'), '%00', '%ff%fe', '%E2%80%AE', '<script>', '..%2f..%2f'),
);
const query = fc
  .record(
    { postcode, lang: fc.oneof(fc.constantFrom('en', 'cy', 'CY', ''), lineText(8)), extra: lineText(10) },
    { requiredKeys: [] },
  )
  .map((fields) =>
    Object.entries(fields)
      .map(([name, value]) => `${name}=${encodeURIComponent(value).replace(/%25([0-9A-F]{2})/gi, '%$1')}`)
      .join('&'),
  );
const segment = fc.oneof(
  fc.constantFrom('api', 'addresses', 'echo', '..', '.', '%2e%2e', '%2E.', '%2e', '__errors', '', '%00', '%2f', 'a:b'),
  lineText(12).map((text) => encodeURIComponent(text)),
);
const target = fc.oneof(
  { weight: 6, arbitrary: query.map((text) => `/api/addresses?${text}`) },
  { weight: 3, arbitrary: fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => `/${parts.join('/')}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '//a:b/x',
      '*',
      'council.example:443',
      'http://evil.example/api/addresses?postcode=SO16%200AS',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom('/api/addresses/', '//', '/\\'), lineText(30)).map((p) => p.join('')),
  },
);
const host = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('localhost', `127.0.0.1`, 'council.example:8080', '[::1]:80') },
  { weight: 1, arbitrary: fc.constantFrom('a:b', 'u@evil', '', 'a b', 'x'.repeat(300), 'evil/x', '[zz]') },
  { weight: 1, arbitrary: lineText(30) },
);
const address = fc.oneof(fc.ipV4(), fc.ipV6(), lineText(20));
const forwardedFor = fc.array(address, { maxLength: 5 }).map((hops) => hops.join(', '));
const method = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('GET', 'HEAD') },
  {
    weight: 2,
    arbitrary: fc.constantFrom('POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'CONNECT', 'PROPFIND'),
  },
);
const body = fc.oneof(fc.constant(''), lineText(100), fc.constant('x'.repeat(5_000)));

const request = fc.record({
  method,
  target,
  host: fc.option(host, { nil: undefined }),
  forwardedFor: fc.option(forwardedFor, { nil: undefined }),
  extraHeader: fc.option(fc.tuple(fc.constantFrom('Accept', 'Cookie', 'X-Odd', 'Content-Type'), lineText(50))),
  body,
  chunked: fc.boolean(),
});

type GeneratedRequest = typeof request extends fc.Arbitrary<infer T> ? T : never;

function bytesOf(generated: GeneratedRequest): { head: string; body: string } {
  const lines = [`${generated.method} ${generated.target} HTTP/1.1`];
  if (generated.host !== undefined) lines.push(`Host: ${generated.host}`);
  if (generated.forwardedFor !== undefined) lines.push(`X-Forwarded-For: ${generated.forwardedFor}`);
  if (generated.extraHeader) lines.push(`${generated.extraHeader[0]}: ${generated.extraHeader[1]}`);
  let sent = '';
  if (generated.body !== '') {
    if (generated.chunked) {
      lines.push('Transfer-Encoding: chunked');
      sent = `${generated.body.length.toString(16)}\r\n${generated.body}\r\n0\r\n\r\n`;
    } else {
      lines.push(`Content-Length: ${generated.body.length}`);
      sent = generated.body;
    }
  }
  lines.push('Connection: close');
  return { head: `${lines.join('\r\n')}\r\n\r\n`, body: sent };
}

/** The path the router sees, when the adapter lets the request through. */
const pathOf = (target: string): string => {
  try {
    return new URL(target, 'http://localhost').pathname;
  } catch {
    return '';
  }
};

describe('the back end under fuzz', () => {
  it(`answers ${REQUESTS.toLocaleString('en-GB')} generated requests with documented, typed answers, none a 5xx`, async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const statuses = new Map<number, number>();
    try {
      await fc.assert(
        fc.asyncProperty(request, async (generated) => {
          const { head, body: sent } = bytesOf(generated);
          const answer = await rawRequest(port, head, sent === '' ? {} : { body: sent });
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          expect(answer.status, head).toBeGreaterThanOrEqual(200);
          expect(answer.status, head).toBeLessThan(500);
          expect(answer.headers['content-type'], head).toBe('application/json; charset=utf-8');
          expect(answer.headers['x-content-type-options'], head).toBe('nosniff');
          if (answer.headers['retry-after'] !== undefined) expect(answer.headers['retry-after']).toMatch(/^[0-9]+$/);
          // A HEAD the adapter answers has no body; one Node could not parse is answered as any other.
          if (generated.method === 'HEAD' && answer.body === '') return;
          const parsed = JSON.parse(answer.body) as unknown;
          const addresses = generated.method === 'GET' && pathOf(generated.target) === '/api/addresses';
          if (addresses && answer.status !== 400) {
            expect(checkOperation('/api/addresses', 'GET', answer.status, parsed), head).toEqual([]);
            return;
          }
          if (answer.status === 200) {
            // Only the echo route (the shape of a POST handler) answers anything else with a 200.
            expect(pathOf(generated.target), head).toBe('/api/echo');
            expect(parsed, head).toEqual({ length: expect.any(Number) as number });
            return;
          }
          // Anything else is a typed error whose code goes with its status.
          expect(checkErrorBody(parsed), head).toEqual([]);
          const code = (parsed as { error: { code: string } }).error.code;
          expect(isErrorCode(code) && ERROR_STATUS[code], head).toBe(answer.status);
          if (answer.status === 405) expect(answer.headers.allow ?? 'none', head).toMatch(/^(GET|POST|none)$/);
        }),
        { numRuns: REQUESTS },
      );
      expect(error.mock.calls).toEqual([]);
      expect(warn.mock.calls).toEqual([]);
    } finally {
      error.mockRestore();
      warn.mockRestore();
    }
    // The generator reached every kind of answer, not only refusals.
    for (const status of [200, 400, 404, 405, 413]) expect(statuses.get(status) ?? 0, `${status}`).toBeGreaterThan(0);
  }, 300_000);
});
