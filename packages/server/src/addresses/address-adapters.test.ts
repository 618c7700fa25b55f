/**
 * The address adapters of @council-components/server against the fakes of
 * their upstreams: paging, both "no results" shapes, English and Welsh, every
 * error shape, and the handler's typed answers checked against the OpenAPI
 * document.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../http/upstream-request.js';
import type { AddressProvider } from './address-provider.js';
import { createAddressesHandler } from './addresses-handler.js';
import { createGazetteerProvider, GazetteerIndex } from './gazetteer-provider.js';
import { createGetAddressProvider } from './getaddress-provider.js';
import { createIdealPostcodesProvider } from './ideal-postcodes-provider.js';
import { createOsPlacesProvider } from './os-places-provider.js';
import { openApiChecker } from '@council-components/testing/openapi-responses.js';
import { fakeGazetteerCsv } from '@council-components/testing/fakes/fake-gazetteer-csv.js';
import { SCENARIO_POSTCODES } from '@council-components/testing/fakes/fake-properties.js';
import { createGetAddressFake } from '@council-components/testing/fakes/getaddress-fake.js';
import { createIdealPostcodesFake } from '@council-components/testing/fakes/ideal-postcodes-fake.js';
import { fetchVia } from '@council-components/testing/fakes/in-process-fetch.js';
import { createOsPlacesFake } from '@council-components/testing/fakes/os-places-fake.js';

const signal = new AbortController().signal;
const en = { language: 'en' as const, signal };
const cy = { language: 'cy' as const, signal };

async function failureOf(promise: Promise<unknown>): Promise<UpstreamError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UpstreamError) return error;
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

  it('answers no addresses for a postcode OS Places does not take as one (GIR 0AA)', async () => {
    expect(await osPlaces().provider.find('GIR 0AA', en)).toEqual([]);
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
    expect(error.failure).toBe('misconfigured');
    expect(error.message).not.toContain('stolen-key-123');
  });

  it('maps 400 (a request the handler should never send), 429, 500, 503 and a timeout to typed failures', async () => {
    const { provider } = osPlaces();
    const badRequest = createOsPlacesProvider({
      key: 'k',
      fetch: () =>
        Promise.resolve(
          Response.json(
            { error: { statuscode: 400, message: 'Requested maxresults must be within range [1, 100].' } },
            {
              status: 400,
            },
          ),
        ),
    });
    expect((await failureOf(badRequest.find('SO16 0AS', en))).failure).toBe('misconfigured');
    const limited = await failureOf(provider.find(SCENARIO_POSTCODES.rateLimited, en));
    expect(limited).toMatchObject({ failure: 'rate-limited', retryAfterSeconds: 30 });
    expect((await failureOf(provider.find(SCENARIO_POSTCODES.serverError, en))).failure).toBe('unavailable');
    expect((await failureOf(provider.find(SCENARIO_POSTCODES.unavailable, en))).failure).toBe('unavailable');
    expect((await failureOf(provider.find(SCENARIO_POSTCODES.slow, en))).failure).toBe('timeout');
  });

  it('is rate-limited by the fake past the per-minute allowance, as OS Places does', async () => {
    const { provider } = osPlaces({ perMinute: 2, now: () => 30_000 });
    await provider.find('SO16 0AS', en);
    await provider.find('SO16 0AS', en);
    expect(await failureOf(provider.find('SO16 0AS', en))).toMatchObject({
      failure: 'rate-limited',
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
    expect((await failureOf(provider('wrong').find('ID1 1QD', en))).failure).toBe('misconfigured');
  });

  it('maps rate limiting and outages', async () => {
    expect((await failureOf(provider().find(SCENARIO_POSTCODES.rateLimited, en))).failure).toBe('rate-limited');
    expect((await failureOf(provider().find(SCENARIO_POSTCODES.unavailable, en))).failure).toBe('unavailable');
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
    expect((await failureOf(provider('nope').find('SA1 1DP', en))).failure).toBe('misconfigured');
    expect((await failureOf(provider().find('NOT A POSTCODE', en))).failure).toBe('rejected-input');
    expect((await failureOf(provider().find(SCENARIO_POSTCODES.rateLimited, en))).failure).toBe('rate-limited');
  });
});

describe('the addresses handler over each source', () => {
  const check = openApiChecker(fileURLToPath(new URL('../../openapi/addresses.openapi.json', import.meta.url)));
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

describe('every adapter checks what its upstream sends', () => {
  /** A fetch that answers every request with `body` as JSON. */
  const answering =
    (body: unknown): typeof fetch =>
    () =>
      Promise.resolve(new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }));
  const quietly = { onRejectedRecords: () => undefined };
  const good = {
    ideal: { postcode: 'ID1 1QD', post_town: 'LONDON', line_1: 'Kingsley Hall', uprn: '10091959021' },
    getAddress: { line_1: '1 Castle Street', town_or_city: 'Swansea' },
    dpa: { UPRN: '100100000001', POST_TOWN: 'SWANSEA', POSTCODE: 'SA1 1DP', THOROUGHFARE_NAME: 'CASTLE STREET' },
  };

  it('leaves out records with missing, null or wrong fields, and keeps the rest', async () => {
    const rejected: number[] = [];
    const report = { onRejectedRecords: (_: string, bad: readonly unknown[]) => rejected.push(bad.length) };
    const ideal = createIdealPostcodesProvider({
      apiKey: 'k',
      fetch: answering({
        code: 2000,
        result: [{ line_1: 'x' }, null, { ...good.ideal, uprn: 'not-a-uprn<script>' }, good.ideal],
      }),
      ...report,
    });
    expect((await ideal.find('ID1 1QD', en)).map((a) => a.uprn)).toEqual(['10091959021']);

    const getAddress = createGetAddressProvider({
      apiKey: 'k',
      fetch: answering({ postcode: 'SA1 1DP', addresses: [{ line_1: null }, good.getAddress] }),
      ...report,
    });
    expect(await getAddress.find('SA1 1DP', en)).toHaveLength(1);

    const os = createOsPlacesProvider({
      key: 'k',
      fetch: answering({
        header: { totalresults: 3 },
        results: [{ DPA: { UPRN: '1', POSTCODE: 'SA1 1DP' } }, { DPA: { ...good.dpa, LAT: 999 } }, { DPA: good.dpa }],
      }),
      ...report,
    });
    expect((await os.find('SA1 1DP', en)).map((a) => a.uprn)).toEqual(['100100000001']);
    expect(rejected).toEqual([3, 1, 2]);
  });

  it('fails as unavailable, not with a crash, when nothing usable came back', async () => {
    const providers: AddressProvider[] = [
      createIdealPostcodesProvider({ apiKey: 'k', fetch: answering({ result: [{ line_1: 'x' }] }), ...quietly }),
      createIdealPostcodesProvider({ apiKey: 'k', fetch: answering({ result: 'none' }), ...quietly }),
      createGetAddressProvider({ apiKey: 'k', fetch: answering({ addresses: [good.getAddress] }), ...quietly }),
      createOsPlacesProvider({ key: 'k', fetch: answering({ results: [] }), ...quietly }),
      createOsPlacesProvider({
        key: 'k',
        fetch: answering({ header: { totalresults: 1 }, results: [{ XYZ: {} }] }),
        ...quietly,
      }),
    ];
    for (const provider of providers) {
      const error = await failureOf(provider.find('SA1 1DP', en));
      expect(error.failure, provider.name).toBe('bad-answer');
      const handler = createAddressesHandler({ provider, onProviderError: () => undefined });
      const response = await handler(new Request('http://x/api/addresses?postcode=SA1%201DP'), { clientAddress: 'a' });
      expect(response.status, provider.name).toBe(503);
      expect(await response.json()).toEqual({ error: { code: 'provider-unavailable' } });
    }
  });
});
