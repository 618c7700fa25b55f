import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { PropertyCollections } from '@council-components/collections/collections.js';
import { FAKE_SERVICES, FAKE_UKBCD_MAPPING } from '@council-components/testing/fakes/fake-collections.js';
import { fetchVia } from '@council-components/testing/fakes/in-process-fetch.js';
import { createUkbcdFake, UKBCD_UPRNS } from '@council-components/testing/fakes/ukbcd-fake.js';
import { openApiChecker } from '@council-components/testing/openapi-responses.js';
import { UpstreamError } from '../http/upstream-request.js';
import { createCollectionsHandlers } from './collections-handler.js';
import { councilEndpointSource, roundsSource, ukbcdSource, type CollectionsSource } from './collections-sources.js';

const check = openApiChecker(fileURLToPath(new URL('../../openapi/collections.openapi.json', import.meta.url)));
const context = { clientAddress: '192.0.2.1' };
const { refuse, recycling } = FAKE_SERVICES;
const mapping = FAKE_UKBCD_MAPPING;
/** 23:30 UTC on 15 July 2026: already the 16th in London. */
const SUMMER_NIGHT = Date.parse('2026-07-15T23:30:00Z');
const rounds = roundsSource({
  rounds: [
    { id: 'THU-REFUSE', service: refuse, everyWeeks: 1, firstDate: '2026-01-01' },
    { id: 'THU-RECYCLING', service: recycling, everyWeeks: 2, firstDate: '2026-01-01' },
  ],
  properties: new Map([['200010019924', ['THU-REFUSE', 'THU-RECYCLING']]]),
  changes: { bankHolidays: ['2026-08-31'], bankHolidayShift: 'rest-of-week', exceptions: new Map() },
});

async function get(
  handler: ReturnType<typeof createCollectionsHandlers>['json'],
  query: string,
  path = '/api/collections',
) {
  const response = await handler(new Request(`https://council.example${path}?${query}`), context);
  const body: unknown = response.headers.get('content-type')?.startsWith('application/json')
    ? await response.json()
    : await response.text();
  return { response, body, problems: check('/api/collections', 'get', response.status, body) };
}

describe('the bin collections endpoint', () => {
  it('gives a property’s collections from today in London (already tomorrow at 23:30 UTC in summer), as the contract says', async () => {
    const { json } = createCollectionsHandlers({ source: rounds, domain: 'council.example', now: () => SUMMER_NIGHT });
    const { response, body, problems } = await get(json, 'uprn=200010019924');
    expect(response.status).toBe(200);
    expect(problems).toEqual([]);
    const found = body as PropertyCollections;
    // Thursday 16 July (London): refuse every week, recycling every other week.
    expect(found.days.slice(0, 3).map(({ date, services }) => [date, services.map(({ id }) => id)])).toEqual([
      ['2026-07-16', ['refuse', 'recycling']],
      ['2026-07-23', ['refuse']],
      ['2026-07-30', ['refuse', 'recycling']],
    ]);
    // The bank holiday week: Monday 31 August moves Thursday's collection to Friday, showing the usual day.
    expect(found.days.find(({ date }) => date === '2026-09-04')?.originalDate).toBe('2026-09-03');
  });

  it('says what is wrong with the UPRN asked for, and that one outside the council’s area is not its', async () => {
    const { json } = createCollectionsHandlers({ source: rounds, domain: 'council.example' });
    for (const [query, status, code] of [
      ['', 400, 'uprn-missing'],
      ['uprn=12345678901234', 400, 'uprn-invalid'],
      ['uprn=10A', 400, 'uprn-invalid'],
      ['uprn=999', 404, 'outside-area'],
    ] as const) {
      const { response, body, problems } = await get(json, query);
      expect([response.status, body, problems]).toEqual([status, { error: { code } }, []]);
    }
  });

  it('reads UKBinCollectionData through its fake: merged, mapped, unknown types by name; empty, blocked or broken is unavailable', async () => {
    const reported: string[] = [];
    const source = ukbcdSource((uprn) => new URL(`https://ukbcd.example/bins/${uprn}`), mapping, {
      fetch: fetchVia(createUkbcdFake(() => '2026-11-26')),
    });
    const { json } = createCollectionsHandlers({
      source,
      domain: 'council.example',
      now: () => Date.parse('2026-11-26T10:00:00Z'),
      onProviderError: (error: UpstreamError) => reported.push(error.failure),
    });
    const normal = await get(json, `uprn=${UKBCD_UPRNS.normal}`);
    expect([normal.response.status, (normal.body as PropertyCollections).status, normal.problems]).toEqual([
      200,
      'ok',
      [],
    ]);
    const awkward = (await get(json, `uprn=${UKBCD_UPRNS.awkward}`)).body as PropertyCollections;
    expect(awkward.days.map(({ date, services }) => [date, services.map(({ id }) => id)])).toEqual([
      ['2026-11-27', ['refuse', 'other:textiles bag']],
      ['2026-12-04', ['recycling']],
    ]);
    for (const uprn of [UKBCD_UPRNS.empty, UKBCD_UPRNS.blocked, UKBCD_UPRNS.broken]) {
      const { response, body, problems } = await get(json, `uprn=${uprn}`);
      expect([response.status, body, problems, response.headers.get('cache-control')]).toEqual([
        200,
        { uprn, status: 'unavailable', missingServices: [], days: [] },
        [],
        'no-store',
      ]);
    }
    // The blocked and broken scrapers are in the council's logs; the empty list is the scraper's own answer.
    expect(reported).toEqual(['misconfigured', 'unavailable']);
  });

  it('keeps a property’s collections for the day, shares one lookup, and never keeps an unavailable answer', async () => {
    let calls = 0;
    let answer: 'ok' | 'fail' = 'fail';
    let clock = Date.parse('2026-11-26T10:00:00Z');
    const counting: CollectionsSource = {
      name: 'counting',
      find(uprn, options) {
        calls++;
        if (answer === 'fail') throw new UpstreamError('counting', 'unavailable', 'down');
        return rounds
          .find('200010019924', options)
          .then((found) => (typeof found === 'string' ? found : { ...found, uprn }));
      },
    };
    const { json } = createCollectionsHandlers({
      source: counting,
      domain: 'council.example',
      now: () => clock,
      onProviderError: () => undefined,
    });
    await get(json, 'uprn=1');
    answer = 'ok';
    await Promise.all([get(json, 'uprn=1'), get(json, 'uprn=1')]);
    const today = (await get(json, 'uprn=1')).body as PropertyCollections;
    expect(calls).toBe(2);
    clock += 24 * 60 * 60_000;
    const tomorrow = (await get(json, 'uprn=1')).body as PropertyCollections;
    expect(calls).toBe(3);
    // Thursday's collection is today's on Thursday 26 November, and next week's on Friday.
    expect([today.days[0]?.date, tomorrow.days[0]?.date]).toEqual(['2026-11-26', '2026-12-03']);
  });

  it('takes a council endpoint already in the contract’s shape, in date order, leaving out a service without its Welsh label', async () => {
    const endpoint = (request: Request): Response => {
      const uprn = new URL(request.url).searchParams.get('uprn');
      if (uprn !== '200010019924') return new Response('{}', { status: 404 });
      return Response.json({
        uprn,
        status: 'ok',
        missingServices: [],
        days: [
          { date: '2026-12-04', originalDate: null, services: [refuse] },
          { date: '2026-11-20', originalDate: null, services: [refuse] },
          { date: '2026-11-27', originalDate: null, services: [refuse, { ...recycling, labelCy: '' }] },
          { date: '2026-11-27', originalDate: null, services: [refuse] },
        ],
      });
    };
    const source = councilEndpointSource((uprn) => new URL(`https://bins.council.example/api?uprn=${uprn}`), {
      fetch: fetchVia(endpoint),
    });
    const { json } = createCollectionsHandlers({
      source,
      domain: 'council.example',
      now: () => Date.parse('2026-11-26T10:00:00Z'),
    });
    const { body, problems } = await get(json, 'uprn=200010019924');
    expect(problems).toEqual([]);
    expect(body).toEqual({
      uprn: '200010019924',
      status: 'partial',
      missingServices: [],
      days: [
        { date: '2026-11-27', originalDate: null, services: [refuse] },
        { date: '2026-12-04', originalDate: null, services: [refuse] },
      ],
    });
    expect((await get(json, 'uprn=123')).response.status).toBe(404);
  });

  it('serves the calendar file in English or Welsh, and a 503 when the source cannot say', async () => {
    const { calendar } = createCollectionsHandlers({
      source: rounds,
      domain: 'council.example',
      now: () => SUMMER_NIGHT,
    });
    const response = await calendar(
      new Request('https://council.example/api/collections/calendar.ics?uprn=200010019924&lang=cy'),
      context,
    );
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const parsed: unknown = ICAL.parse(await response.text());
    if (!Array.isArray(parsed)) throw new Error('not one calendar');
    const first = new ICAL.Event(new ICAL.Component(parsed).getFirstSubcomponent('vevent') ?? undefined);
    expect([first.startDate.toString(), first.summary]).toEqual([
      '2026-07-16',
      'Casgliad biniau: Bin du (gwastraff cyffredinol), Bin glas (ailgylchu)',
    ]);
    const failing = createCollectionsHandlers({
      source: ukbcdSource((uprn) => new URL(`https://ukbcd.example/bins/${uprn}`), mapping, {
        fetch: fetchVia(createUkbcdFake(() => '2026-07-16')),
      }),
      domain: 'council.example',
      onProviderError: () => undefined,
    });
    const unavailable = await failing.calendar(
      new Request(`https://council.example/api/collections/calendar.ics?uprn=${UKBCD_UPRNS.blocked}`),
      context,
    );
    const unavailableBody: unknown = await unavailable.json();
    expect([unavailable.status, unavailableBody]).toEqual([503, { error: { code: 'provider-unavailable' } }]);
    expect(check('/api/collections/calendar.ics', 'get', 503, unavailableBody)).toEqual([]);
  });
});
