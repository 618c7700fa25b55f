/**
 * Every address vendor × every way its API has been seen to fail, over real
 * HTTP: each cell asserts the status and error code the component receives,
 * that the answer fits the OpenAPI contract, and bounds on the time taken and
 * the memory used while answering.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiChecker } from '@council-components/testing/openapi-responses.js';
import {
  FAULT_RETRY_AFTER_SECONDS,
  startFaultyUpstream,
  UPSTREAM_FAULTS,
  type FaultyUpstream,
  type UpstreamFault,
} from '@council-components/testing/fakes/faulty-upstream.js';
import type { UpstreamError } from '../http/upstream-request.js';
import type { AddressProvider } from './address-provider.js';
import { createAddressesHandler } from './addresses-handler.js';
import { createGetAddressProvider } from './getaddress-provider.js';
import { createIdealPostcodesProvider } from './ideal-postcodes-provider.js';
import { createOsPlacesProvider } from './os-places-provider.js';

const TIMEOUT_MS = 400;
const BUDGET_MS = 1_000;
/** Each cell answers within the handler's budget, with room for a loaded CI machine. */
const TIME_BOUND_MS = BUDGET_MS + 750;
/** Peak growth of the heap and buffers while a cell runs: the body cap is 4 MiB, the oversized body 256 MiB. */
const MEMORY_BOUND_BYTES = 48 * 1024 * 1024;

const VENDORS = {
  'os-places': (baseUrl: string) => createOsPlacesProvider({ key: 'k', baseUrl, timeoutMs: TIMEOUT_MS, ...quiet }),
  'ideal-postcodes': (baseUrl: string) =>
    createIdealPostcodesProvider({ apiKey: 'k', baseUrl, timeoutMs: TIMEOUT_MS, ...quiet }),
  getaddress: (baseUrl: string) => createGetAddressProvider({ apiKey: 'k', baseUrl, timeoutMs: TIMEOUT_MS, ...quiet }),
} as const satisfies Record<string, (baseUrl: string) => AddressProvider>;
type Vendor = keyof typeof VENDORS;
const quiet = { onRejectedRecords: () => undefined };

/** What the component receives for each fault: the status, and the error code (none for a 200). */
function expected(vendor: Vendor, fault: UpstreamFault): { status: number; code?: string; retryAfter?: boolean } {
  switch (fault) {
    case 'hang':
    case 'drip':
      return { status: 504, code: 'provider-timeout' };
    case '401':
    case '403':
      return { status: 502, code: 'provider-misconfigured' };
    case '404':
      // getAddress.io answers 404 for a postcode with no addresses; to the others it is a fault.
      return vendor === 'getaddress' ? { status: 200 } : { status: 503, code: 'provider-unavailable' };
    case '429-seconds':
    case '429-date':
      return { status: 503, code: 'provider-rate-limited', retryAfter: true };
    default:
      return { status: 503, code: 'provider-unavailable' };
  }
}

const memoryInUse = (): number => {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};

let upstream: FaultyUpstream;
beforeAll(async () => {
  upstream = await startFaultyUpstream();
});
afterAll(() => upstream.close());

describe('the upstream fault matrix: each vendor × each fault', () => {
  const check = openApiChecker(fileURLToPath(new URL('../../openapi/addresses.openapi.json', import.meta.url)));

  for (const vendor of Object.keys(VENDORS) as Vendor[]) {
    for (const fault of UPSTREAM_FAULTS) {
      const want = expected(vendor, fault);
      it(`${vendor} × ${fault} → ${want.status} ${want.code ?? 'no addresses'}`, async () => {
        const reported: UpstreamError[] = [];
        const handler = createAddressesHandler({
          provider: VENDORS[vendor](upstream.baseFor(fault)),
          budgetMs: BUDGET_MS,
          onProviderError: (error) => reported.push(error),
        });
        const before = memoryInUse();
        let peak = before;
        const sampler = setInterval(() => {
          peak = Math.max(peak, memoryInUse());
        }, 5);
        const started = performance.now();
        const response = await handler(new Request('http://x/api/addresses?postcode=SA1%201DP'), {
          clientAddress: '203.0.113.7',
        });
        const body = (await response.json()) as { error?: { code: string; message?: string } };
        const took = performance.now() - started;
        clearInterval(sampler);
        peak = Math.max(peak, memoryInUse());

        expect(response.status).toBe(want.status);
        expect(body.error?.code).toBe(want.code);
        expect(check('/api/addresses', 'GET', response.status, body)).toEqual([]);
        // Nothing the upstream said reaches the resident's browser.
        expect(JSON.stringify(body)).not.toMatch(/Upstream said|slow down|Sign in|unexpected/);
        if (want.retryAfter) {
          const seconds = Number(response.headers.get('retry-after'));
          expect(seconds).toBeGreaterThanOrEqual(FAULT_RETRY_AFTER_SECONDS - 5);
          expect(seconds).toBeLessThanOrEqual(FAULT_RETRY_AFTER_SECONDS);
        } else expect(response.headers.get('retry-after')).toBeNull();
        if (want.code === 'provider-timeout') expect(reported.map((error) => error.failure)).toEqual(['timeout']);
        expect(took).toBeLessThan(TIME_BOUND_MS);
        expect(peak - before).toBeLessThan(MEMORY_BOUND_BYTES);
        expect(upstream.received.get(fault)).toBeGreaterThan(0);
      });
    }
  }
});
