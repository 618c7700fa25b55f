/**
 * 9. Values are validated before a 200: whatever records an upstream sends,
 * the handler answers either a body that satisfies the OpenAPI contract or a
 * typed 503, never a 500 and never a UPRN of "undefined", a latitude of 999 or
 * an address with no lines. Property-based: fast-check generates the records,
 * mixing plausible values with hostile ones, for each vendor.
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openApiChecker } from '@council-components/testing/openapi-responses.js';
import type { AddressProvider } from './address-provider.js';
import { createAddressesHandler } from './addresses-handler.js';
import { createGetAddressProvider } from './getaddress-provider.js';
import { createIdealPostcodesProvider } from './ideal-postcodes-provider.js';
import { createOsPlacesProvider } from './os-places-provider.js';

const check = openApiChecker(fileURLToPath(new URL('../../openapi/addresses.openapi.json', import.meta.url)));
const RUNS = 400;

/** What upstreams have been seen to put in a field, and what an attacker would. */
const hostile = fc.oneof(
  fc.constantFrom(null, '', '   ', 'undefined', 'null', 'not-a-uprn<script>', '<img src=x onerror=alert(1)>', '\u0000'),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(999, -999, 1e308, 2 ** 64),
  fc.boolean(),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
);
const text = (...plausible: string[]) => fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...plausible) }, hostile);
const digits = fc.oneof(fc.bigInt({ min: 1n, max: 999_999_999_999n }).map(String), fc.nat(), hostile);
const latitude = fc.oneof(
  fc.double({ min: 49, max: 61, noNaN: true }),
  fc.double({ min: 49, max: 61 }).map(String),
  hostile,
);
const longitude = fc.oneof(fc.double({ min: -8, max: 2, noNaN: true }), hostile);

/** A record whose every field may be missing, plausible or hostile. */
const record = <T extends Record<string, fc.Arbitrary<unknown>>>(fields: T) =>
  fc.oneof(fc.record(fields, { requiredKeys: [] }), hostile);

const dpa = record({
  UPRN: digits,
  ORGANISATION_NAME: text('Ordnance Survey'),
  SUB_BUILDING_NAME: text('Flat 2'),
  BUILDING_NAME: text('Harbour View'),
  BUILDING_NUMBER: fc.oneof(fc.nat(200), text('4', '12A')),
  THOROUGHFARE_NAME: text('ADANAC DRIVE', 'CASTLE STREET'),
  DEPENDENT_LOCALITY: text('NURSLING'),
  POST_TOWN: text('SOUTHAMPTON', 'SWANSEA'),
  POSTCODE: text('SO16 0AS', 'SA1 1DP'),
  LAT: latitude,
  LNG: longitude,
  LANGUAGE: text('EN', 'CY'),
});
const lpi = record({
  UPRN: digits,
  SAO_TEXT: text('FLAT 1'),
  PAO_START_NUMBER: fc.oneof(fc.nat(200), text('7')),
  PAO_TEXT: text('THE OLD SCHOOL'),
  STREET_DESCRIPTION: text('HEOL Y CASTELL', 'CASTLE STREET'),
  TOWN_NAME: text('ABERTAWE', 'SWANSEA'),
  POSTCODE_LOCATOR: text('SA1 1DP'),
  LAT: latitude,
  LNG: longitude,
  LANGUAGE: text('EN', 'CY'),
  LPI_LOGICAL_STATUS_CODE: fc.oneof(fc.constantFrom(1, '1', 6, 8), hostile),
  CLASSIFICATION_CODE: text('RD04', 'CO01', 'PP'),
});
const osPlacesBody = fc
  .array(
    fc.oneof(
      dpa.map((DPA) => ({ DPA })),
      lpi.map((LPI) => ({ LPI })),
      hostile,
    ),
    { maxLength: 12 },
  )
  .map((results) => ({ header: { totalresults: results.length }, results }));

const idealBody = fc
  .array(
    record({
      postcode: text('ID1 1QD'),
      post_town: text('LONDON'),
      line_1: text('Kingsley Hall', '2 Barons Court Road'),
      line_2: text('Powis Road'),
      line_3: text(''),
      organisation_name: text('Kingsley Hall'),
      county: text('London'),
      uprn: digits,
      latitude: latitude,
      longitude: longitude,
    }),
    { maxLength: 12 },
  )
  .map((result) => ({ code: 2000, message: 'Success', result }));

const getAddressBody = fc
  .array(
    record({
      line_1: text('1 Castle Street'),
      line_2: text(''),
      line_3: text(''),
      line_4: text(''),
      locality: text(''),
      town_or_city: text('Swansea'),
      county: text('West Glamorgan'),
    }),
    { maxLength: 12 },
  )
  .map((addresses) => ({ postcode: 'SA1 1DP', latitude: 51.62, longitude: -3.94, addresses }));

const answering =
  (body: unknown): typeof fetch =>
  () =>
    Promise.resolve(new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }));
const quiet = { onRejectedRecords: () => undefined };

const vendors: [string, fc.Arbitrary<unknown>, (fetch: typeof globalThis.fetch) => AddressProvider][] = [
  ['OS Places', osPlacesBody, (fetch) => createOsPlacesProvider({ key: 'k', fetch, ...quiet })],
  ['Ideal Postcodes', idealBody, (fetch) => createIdealPostcodesProvider({ apiKey: 'k', fetch, ...quiet })],
  ['getAddress.io', getAddressBody, (fetch) => createGetAddressProvider({ apiKey: 'k', fetch, ...quiet })],
];

describe('9. values are validated before a 200', () => {
  for (const [name, body, providerFor] of vendors) {
    it(`answers ${RUNS} random ${name} answers with the contract’s body or a typed 503, never a 500`, async () => {
      let served = 0;
      await fc.assert(
        fc.asyncProperty(body, fc.constantFrom('en', 'cy'), async (upstreamBody, lang) => {
          const handler = createAddressesHandler({
            provider: providerFor(answering(upstreamBody)),
            onProviderError: () => undefined,
            onRejectedAddresses: () => undefined,
          });
          const response = await handler(new Request(`http://x/api/addresses?postcode=SA1%201DP&lang=${lang}`), {
            clientAddress: '192.0.2.1',
          });
          const answer = (await response.json()) as { addresses?: unknown[] };
          expect([200, 503]).toContain(response.status);
          expect(check('/api/addresses', 'GET', response.status, answer)).toEqual([]);
          if (response.status === 200) served += answer.addresses?.length ?? 0;
        }),
        { numRuns: RUNS },
      );
      // The generator is not so hostile that nothing is ever served: the property tested both paths.
      expect(served).toBeGreaterThan(0);
    });
  }
});
