import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openApiChecker } from '@council-components/testing/openapi-responses.js';
import { createAddressesHandler } from './addresses-handler.js';
import { fakeGazetteerCsv } from '@council-components/testing/fakes/fake-gazetteer-csv.js';
import { createGazetteerProvider, GazetteerIndex } from './gazetteer-provider.js';

const checkResponse = openApiChecker(fileURLToPath(new URL('../../openapi/addresses.openapi.json', import.meta.url)));
const provider = createGazetteerProvider(GazetteerIndex.fromText(fakeGazetteerCsv()));

async function get(handler: ReturnType<typeof createAddressesHandler>, query: string, client = '192.0.2.1') {
  const response = await handler(new Request(`http://council.example/api/addresses?${query}`), {
    clientAddress: client,
  });
  const body = (await response.json()) as unknown;
  expect(checkResponse('/api/addresses', 'GET', response.status, body)).toEqual([]);
  return { status: response.status, headers: response.headers, body };
}

describe('the addresses handler', () => {
  it('answers a postcode in any format with the documented body, in natural order', async () => {
    const handler = createAddressesHandler({ provider });
    const { status, body } = await get(handler, 'postcode=%28so14-3hv%29.');
    expect(status).toBe(200);
    const { postcode, addresses } = body as { postcode: string; addresses: { lines: string[] }[] };
    expect(postcode).toBe('SO14 3HV');
    const lines = addresses.map((a) => a.lines[0]);
    expect(lines.slice(0, 3)).toEqual([
      'Flat 1, Harbour View, 1 Quay Street',
      'Flat 2, Harbour View, 1 Quay Street',
      'Flat 3, Harbour View, 1 Quay Street',
    ]);
    expect(lines.indexOf('Flat 10, Harbour View, 1 Quay Street')).toBe(9);
  });

  it('prefers Welsh records when asked', async () => {
    const handler = createAddressesHandler({ provider });
    const { body } = await get(handler, 'postcode=SA11DP&lang=cy');
    expect((body as { addresses: { town: string }[] }).addresses.map((a) => a.town)).toContain('Abertawe');
  });

  it('answers no addresses with an empty list', async () => {
    const handler = createAddressesHandler({ provider });
    expect((await get(handler, 'postcode=ZZ1 1ZZ')).body).toEqual({ postcode: 'ZZ1 1ZZ', addresses: [] });
  });

  it('refuses a missing or partial postcode before asking the provider', async () => {
    const handler = createAddressesHandler({ provider });
    expect(await get(handler, '')).toMatchObject({ status: 400, body: { error: { code: 'postcode-missing' } } });
    expect(await get(handler, 'postcode=SA1')).toMatchObject({
      status: 400,
      body: { error: { code: 'postcode-invalid' } },
    });
  });

  it('caches a postcode for a while', async () => {
    let clock = 0;
    const handler = createAddressesHandler({ provider, now: () => clock, cacheTtlMs: 1000 });
    expect((await get(handler, 'postcode=SA1 1DP')).headers.get('x-cache')).toBe('miss');
    expect((await get(handler, 'postcode=sa11dp')).headers.get('x-cache')).toBe('hit');
    clock = 1001;
    expect((await get(handler, 'postcode=SA1 1DP')).headers.get('x-cache')).toBe('miss');
  });

  it('limits each client, saying when to come back, without affecting others', async () => {
    let clock = 0;
    const handler = createAddressesHandler({ provider, now: () => clock, rateLimit: { perMinute: 6, burst: 2 } });
    expect((await get(handler, 'postcode=SA1 1DP', 'a')).status).toBe(200);
    expect((await get(handler, 'postcode=SO14 3HV', 'a')).status).toBe(200);
    const limited = await get(handler, 'postcode=ZZ1 1ZZ', 'a');
    expect(limited).toMatchObject({ status: 429, body: { error: { code: 'rate-limited' } } });
    expect(limited.headers.get('retry-after')).toBe('10');
    // A postcode already looked up costs the provider nothing, so it is not limited.
    expect((await get(handler, 'postcode=SA1 1DP', 'a')).status).toBe(200);
    expect((await get(handler, 'postcode=ZZ1 1ZZ', 'b')).status).toBe(200);
    clock = 10_000;
    expect((await get(handler, 'postcode=ZZ2 2ZZ', 'a')).status).toBe(200);
  });

  it('shares one provider lookup between residents asking for the same postcode at once', async () => {
    let calls = 0;
    const counting = {
      ...provider,
      find: (...args: Parameters<typeof provider.find>) => (calls++, provider.find(...args)),
    };
    const handler = createAddressesHandler({ provider: counting });
    const answers = await Promise.all(['a', 'b', 'c'].map((client) => get(handler, 'postcode=SO14 3HV', client)));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(calls).toBe(1);
  });
});
