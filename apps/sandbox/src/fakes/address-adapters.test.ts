/**
 * The address adapters of @council-components/server against the fakes of
 * their upstreams: paging, both "no results" shapes, English and Welsh, every
 * error shape, and the handler's typed answers checked against the OpenAPI
 * document.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AddressProviderError, type AddressProvider } from '@council-components/server/addresses/address-provider.js';
import { createAddressesHandler } from '@council-components/server/addresses/addresses-handler.js';
import { createGazetteerProvider, GazetteerIndex } from '@council-components/server/addresses/gazetteer-provider.js';
import { createGetAddressProvider } from '@council-components/server/addresses/getaddress-provider.js';
import { createIdealPostcodesProvider } from '@council-components/server/addresses/ideal-postcodes-provider.js';
import { createOsPlacesProvider } from '@council-components/server/addresses/os-places-provider.js';
import { openApiChecker } from '@council-components/testing/openapi-responses.js';
import { fakeGazetteerCsv } from './fake-gazetteer-csv.ts';
import { SCENARIO_POSTCODES } from './fake-properties.ts';
import { createGetAddressFake } from './getaddress-fake.ts';
import { createIdealPostcodesFake } from './ideal-postcodes-fake.ts';
import { fetchVia } from './in-process-fetch.ts';
import { createOsPlacesFake } from './os-places-fake.ts';

const signal = new AbortController().signal;
const en = { language: 'en' as const, signal };
const cy = { language: 'cy' as const, signal };

async function failureOf(promise: Promise<unknown>): Promise<AddressProviderError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AddressProviderError) return error;
    throw error;
  }
  throw new Error('expected the lookup to fail');
}

const osPlaces = (fakeOptions: Parameters<typeof createOsPlacesFake>[0] = {}, key = 'sandbox-os-key') => {
  const fake = createOsPlacesFake(fakeOptions);
  return { fake, provider: createOsPlacesProvider({ key, fetch: fetchVia(fake.handler), timeoutMs: 200 }) };
};

describe('OS Places adapter', () => {
  it('finds the documentation example', async () => {
    const { provider } = osPlaces();
    const addresses = await provider.find('SO16 0AS', en);
    const example = addresses.find((a) => a.uprn === '200010019924');
    expect(example).toEqual({
      uprn: '200010019924',
      organisation: 'Ordnance Survey',
      lines: ['4 Adanac Drive', 'Nursling'],
      town: 'Southampton',
      county: null,
      postcode: 'SO16 0AS',
      coordinates: { latitude: 50.9383, longitude: -1.4708 },
      language: 'en',
    });
  });

  it('keeps a new build that only the gazetteer (LPI) knows', async () => {
    const { provider } = osPlaces();
    const addresses = await provider.find('SO16 0AS', en);
    expect(addresses.map((a) => a.uprn)).toContain('200010019940');
    expect(addresses).toHaveLength(5);
  });

  it('pages past 100 results to get every flat in a block', async () => {
    const { fake, provider } = osPlaces();
    const addresses = await provider.find('SO14 3HV', en);
    expect(addresses).toHaveLength(130);
    expect(new Set(addresses.map((a) => a.uprn)).size).toBe(130);
    // 130 DPA + 130 LPI records: three pages of 100.
    expect(fake.requestedUrls.map((url) => new URL(url).searchParams.get('offset'))).toEqual(['0', '100', '200']);
  });

  it('merges English and Welsh records by UPRN in the resident’s language', async () => {
    const { provider } = osPlaces();
    const english = await provider.find('SA1 1DP', en);
    const welsh = await provider.find('SA1 1DP', cy);
    expect(english).toHaveLength(4);
    expect(welsh).toHaveLength(4);
    expect(english.find((a) => a.uprn === '100100000001')).toMatchObject({
      lines: ['1 Castle Street'],
      town: 'Swansea',
    });
    expect(welsh.find((a) => a.uprn === '100100000001')).toMatchObject({
      lines: ['1 Stryd y Castell'],
      town: 'Abertawe',
      language: 'cy',
    });
    expect(english.find((a) => a.uprn === '100100000002')?.organisation).toBe('Marks & Spencer');
    expect(english.find((a) => a.uprn === '100100000003')?.lines[0]).toBe("Flat 1, St. John's Court, Castle Street");
  });

  it('answers no addresses for both "no results" shapes', async () => {
    expect(await osPlaces({ noResults: 'absent' }).provider.find('SO16 9ZZ', en)).toEqual([]);
    expect(await osPlaces({ noResults: 'empty' }).provider.find('SO16 9ZZ', en)).toEqual([]);
  });

  it('sends the key as a header, never in the URL, and never in an error', async () => {
    const { fake, provider } = osPlaces();
    await provider.find('SO16 0AS', en);
    expect(fake.requestedUrls.every((url) => !url.includes('sandbox-os-key'))).toBe(true);
    const wrongKey = osPlaces({}, 'stolen-key-123');
    const error = await failureOf(wrongKey.provider.find('SO16 0AS', en));
    expect(error.failure).toBe('provider-misconfigured');
    expect(error.message).not.toContain('stolen-key-123');
  });

  it('maps 400 (a request the handler should never send), 429, 500, 503 and a timeout to typed failures', async () => {
    const { provider } = osPlaces();
    expect((await failureOf(provider.find('S', en))).failure).toBe('provider-misconfigured');
    const limited = await failureOf(provider.find(SCENARIO_POSTCODES.rateLimited, en));
    expect(limited).toMatchObject({ failure: 'provider-rate-limited', retryAfterSeconds: 30 });
    expect((await failureOf(provider.find(SCENARIO_POSTCODES.serverError, en))).failure).toBe('provider-unavailable');
    expect((await failureOf(provider.find(SCENARIO_POSTCODES.unavailable, en))).failure).toBe('provider-unavailable');
    expect((await failureOf(provider.find(SCENARIO_POSTCODES.slow, en))).failure).toBe('provider-timeout');
  });

  it('is rate-limited by the fake past the per-minute allowance, as OS Places does', async () => {
    const { provider } = osPlaces({ perMinute: 2, now: () => 30_000 });
    await provider.find('SO16 0AS', en);
    await provider.find('SO16 0AS', en);
    expect(await failureOf(provider.find('SO16 0AS', en))).toMatchObject({
      failure: 'provider-rate-limited',
      retryAfterSeconds: 30,
    });
  });
});

describe('Ideal Postcodes adapter', () => {
  const provider = (apiKey = 'iddqd', keys?: Record<string, string[]>) =>
    createIdealPostcodesProvider({ apiKey, fetch: fetchVia(createIdealPostcodesFake(keys ? { keys } : {})) });

  it('finds its test postcode, including a premise it has no position for', async () => {
    const [address, annexe] = await provider().find('ID1 1QD', en);
    expect(address).toMatchObject({
      uprn: '10091959021',
      lines: ['Kingsley Hall', 'Powis Road'],
      town: 'LONDON',
      county: 'London',
    });
    expect(annexe).toMatchObject({ uprn: '10091959022', coordinates: null });
  });

  it('answers 4040 with no addresses, and 4010 or 4011 as misconfiguration', async () => {
    expect(await provider().find('SO16 9ZZ', en)).toEqual([]);
    expect((await failureOf(provider('wrong').find('ID1 1QD', en))).failure).toBe('provider-misconfigured');
  });

  it('maps rate limiting and outages', async () => {
    expect((await failureOf(provider().find(SCENARIO_POSTCODES.rateLimited, en))).failure).toBe(
      'provider-rate-limited',
    );
    expect((await failureOf(provider().find(SCENARIO_POSTCODES.unavailable, en))).failure).toBe('provider-unavailable');
  });
});

describe('getAddress.io adapter', () => {
  const provider = (apiKey = 'sandbox-getaddress-key') =>
    createGetAddressProvider({ apiKey, fetch: fetchVia(createGetAddressFake()) });

  it('finds addresses, without UPRNs', async () => {
    const addresses = await provider().find('SA1 1DP', en);
    expect(addresses).toHaveLength(4);
    expect(addresses[1]).toMatchObject({ uprn: null, lines: ['Marks & Spencer', '2 Castle Street'], town: 'Swansea' });
  });

  it('maps 404, 401, 400 and 429', async () => {
    expect(await provider().find('SO16 9ZZ', en)).toEqual([]);
    expect((await failureOf(provider('nope').find('SA1 1DP', en))).failure).toBe('provider-misconfigured');
    expect((await failureOf(provider().find('NOT A POSTCODE', en))).failure).toBe('postcode-invalid');
    expect((await failureOf(provider().find(SCENARIO_POSTCODES.rateLimited, en))).failure).toBe(
      'provider-rate-limited',
    );
  });
});

describe('the addresses handler over each source', () => {
  const check = openApiChecker(
    fileURLToPath(new URL('../../../../packages/server/openapi/addresses.openapi.json', import.meta.url)),
  );
  const sources: Record<string, AddressProvider> = {
    'os-places': osPlaces().provider,
    'ideal-postcodes': createIdealPostcodesProvider({ apiKey: 'iddqd', fetch: fetchVia(createIdealPostcodesFake()) }),
    getaddress: createGetAddressProvider({ apiKey: 'sandbox-getaddress-key', fetch: fetchVia(createGetAddressFake()) }),
    gazetteer: createGazetteerProvider(GazetteerIndex.fromText(fakeGazetteerCsv())),
    'os-places with a wrong key': osPlaces({}, 'wrong').provider,
  };

  for (const [name, provider] of Object.entries(sources)) {
    it(`answers every case with a documented body: ${name}`, async () => {
      const handler = createAddressesHandler({ provider, onProviderError: () => undefined });
      const statuses: number[] = [];
      for (const postcode of ['SA1 1DP', 'SO16 9ZZ', ...Object.values(SCENARIO_POSTCODES).slice(0, 3)]) {
        const response = await handler(new Request(`http://x/api/addresses?postcode=${encodeURIComponent(postcode)}`), {
          clientAddress: '127.0.0.1',
        });
        const body = (await response.json()) as unknown;
        expect(check('/api/addresses', 'GET', response.status, body), `${name} ${postcode}`).toEqual([]);
        statuses.push(response.status);
      }
      expect(statuses.length).toBe(5);
      if (name.includes('wrong key')) expect(statuses).toEqual([502, 502, 502, 502, 502]);
      else if (name === 'gazetteer') expect(statuses).toEqual([200, 200, 200, 200, 200]);
      else expect(statuses).toEqual([200, 200, 503, 503, 503]);
    });
  }

  it('answers 504 when the provider does not answer in time', async () => {
    const handler = createAddressesHandler({ provider: osPlaces().provider, onProviderError: () => undefined });
    const response = await handler(new Request(`http://x/api/addresses?postcode=${SCENARIO_POSTCODES.slow}`), {
      clientAddress: '127.0.0.1',
    });
    expect(response.status).toBe(504);
    expect(await response.json()).toEqual({ error: { code: 'provider-timeout' } });
  });
});
