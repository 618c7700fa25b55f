import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PropertyCollections } from '@council-components/collections/collections.js';
import { londonDate } from '@council-components/collections/local-date.js';
import { createRouter } from '@council-components/server/http/router.js';
import { COUNCIL_SYSTEM_UPRNS } from '@council-components/testing/fakes/council-collections-fake.js';
import { UKBCD_UPRNS } from '@council-components/testing/fakes/ukbcd-fake.js';
import { openApiChecker } from '@council-components/testing/openapi-responses.js';
import { collectionRoutes } from './collection-backends.ts';

const check = openApiChecker(
  fileURLToPath(new URL('../../../packages/server/openapi/collections.openapi.json', import.meta.url)),
);
const router = createRouter(collectionRoutes());
const get = async (path: string): Promise<{ status: number; body: unknown; type: string | null }> => {
  const response = await router(new Request(`http://sandbox.test${path}`), { clientAddress: '127.0.0.1' });
  const type = response.headers.get('content-type');
  return {
    status: response.status,
    type,
    body: type?.includes('json') ? await response.json() : await response.text(),
  };
};

describe('the sandbox’s bin collections back end', () => {
  it('answers from the rounds spreadsheet: a property’s days from today in London, every answer as the contract says', async () => {
    const { status, body } = await get('/api/collections?uprn=200010019924');
    expect(status).toBe(200);
    expect(check('/api/collections', 'get', status, body)).toEqual([]);
    const found = body as PropertyCollections;
    expect(found.status).toBe('ok');
    expect(found.days[0]?.date.localeCompare(londonDate(new Date()))).toBeGreaterThanOrEqual(0);
    expect(new Set(found.days.flatMap(({ services }) => services.map(({ id }) => id)))).toEqual(
      new Set(['refuse', 'recycling', 'food']),
    );
  });

  it('has each state a resident may meet: not a property, outside the area, unavailable, partial', async () => {
    const states = await Promise.all(
      [
        '/api/collections?uprn=100090000000',
        '/api/collections?uprn=123',
        `/api/collections/ukbcd?uprn=${UKBCD_UPRNS.blocked}`,
        `/api/collections/ukbcd?uprn=${UKBCD_UPRNS.empty}`,
        `/api/collections/ukbcd?uprn=${UKBCD_UPRNS.refuseOnly}`,
        `/api/collections/council?uprn=${COUNCIL_SYSTEM_UPRNS.normal}`,
        `/api/collections/council?uprn=${COUNCIL_SYSTEM_UPRNS.untranslated}`,
        `/api/collections/council?uprn=${COUNCIL_SYSTEM_UPRNS.down}`,
        '/api/collections/council?uprn=999',
        `/api/collections/council?uprn=${COUNCIL_SYSTEM_UPRNS.notProperty}`,
        `/api/collections/council?uprn=${COUNCIL_SYSTEM_UPRNS.none}`,
      ].map(async (path) => {
        const { status, body } = await get(path);
        expect(check('/api/collections', 'get', status, body), path).toEqual([]);
        return status === 200 ? (body as PropertyCollections).status : (body as { error: { code: string } }).error.code;
      }),
    );
    expect(states).toEqual([
      'not-a-property',
      'outside-area',
      'unavailable',
      'unavailable',
      'partial',
      'ok',
      'partial',
      'unavailable',
      'outside-area',
      'not-a-property',
      'ok',
    ]);
  });

  it('serves the calendar file', async () => {
    const { status, type, body } = await get('/api/collections/calendar.ics?uprn=100100000001&lang=cy');
    expect([status, type]).toEqual([200, 'text/calendar; charset=utf-8']);
    expect(String(body)).toContain('Casgliad biniau: Bin du (gwastraff cyffredinol)');
  });
});
