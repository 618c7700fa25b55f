/**
 * The beacon route as the internet sees it: 10,000 generated malformed beacons, on each engine, sent over HTTP to
 * the real collector: random JSON, a valid beacon with one field of the wrong type or shape, a field missing or one
 * too many (prototype-pollution keys among them), bad origins, huge strings, bytes that are not UTF-8, bodies over
 * the cap (declared or streamed), wrong media types. Every answer must be a documented 400, 413 or 415 (never a 5xx,
 * never a 202), nothing may be stored, nothing logged, and the collector must still take a good beacon afterwards.
 */
import fc from 'fast-check';
import { testEngines, type TestDatabase } from '@council-components/testing/test-databases.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  beacon,
  CHROME,
  checkOperation,
  collectorOn,
  sendBeacon,
  storedCounts,
  type CollectorUnderTest,
} from './collector.test.support.ts';
import { COMPONENT_PACKAGES } from './component-packages.ts';

const PAYLOADS = 10_000;

const FIELDS = ['v', 'package', 'version', 'delivery', 'elements', 'origin', 'sample'] as const;

const notAString = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);
const huge = fc.integer({ min: 1_100, max: 20_000 }).map((length) => 'x'.repeat(length));
const almostHuge = fc.integer({ min: 500, max: 900 }).map((length) => 'x'.repeat(length));

/** One field replaced by a value that field can never take. */
const wrongField = fc.oneof(
  fc.record({
    field: fc.constant('v'),
    value: fc.oneof(
      fc.integer().filter((n) => n !== 1),
      fc.string(),
      notAString.filter((value) => value !== 1),
    ),
  }),
  fc.record({
    field: fc.constant('package'),
    value: fc.oneof(
      notAString,
      fc.string({ maxLength: 80 }).filter((name) => !(COMPONENT_PACKAGES as readonly string[]).includes(name)),
      fc.stringMatching(/^[a-z-]{1,20}$/).map((tail) => `@council-components/x${tail}`),
      fc.constantFrom(
        '@council-components/server',
        '@COUNCIL-COMPONENTS/booking',
        'booking',
        '@council-components/booking ',
      ),
      huge,
    ),
  }),
  fc.record({
    field: fc.constant('version'),
    // Semver begins with three dot-separated numbers: none of these do.
    value: fc.oneof(
      notAString,
      fc.string().filter((text) => !/^\d+\.\d+\.\d+/.test(text)),
      fc.constantFrom('01.0.0', '1.0', 'v1.0.0', '1.0.0.0', '1.0.0-', '1.0.0-01'),
      huge,
    ),
  }),
  fc.record({
    field: fc.constant('delivery'),
    value: fc.oneof(
      notAString,
      fc.string().filter((text) => !['npm', 'script-tag', 'loader'].includes(text)),
      fc.constantFrom('NPM', 'cdn'),
    ),
  }),
  fc.record({
    field: fc.constant('elements'),
    value: fc.oneof(
      fc.constantFrom({}, [], 'council-booking', 1, null),
      fc.dictionary(
        fc.string({ maxLength: 20 }).filter((tag) => !tag.startsWith('council-')),
        fc.integer({ min: 1, max: 5 }),
        { minKeys: 1, maxKeys: 3 },
      ),
      fc.record({
        'council-booking': fc.oneof(
          fc.constantFrom(0, -1, 1.5, 10_001, '1', null, true),
          fc.double({ min: 10_000.5, noNaN: true }),
        ),
      }),
      fc.dictionary(fc.stringMatching(/^council-[a-z]{1,8}$/), fc.constant(1), { minKeys: 17, maxKeys: 20 }),
      fc.constantFrom({ __proto__: 1 }, { constructor: 1 }, { 'council-Booking': 1 }, { 'council-': 1 }),
    ),
  }),
  fc.record({
    field: fc.constant('origin'),
    value: fc.oneof(
      notAString,
      fc.constantFrom(
        'http://www.cardiff.gov.uk',
        'https://www.cardiff.gov.uk/',
        'https://www.cardiff.gov.uk/bins?uprn=1',
        'https://WWW.CARDIFF.GOV.UK',
        'https://www.cardiff.gov.uk:443',
        'https://..',
        'https://.cardiff.gov.uk',
        'https://cardiff.gov.uk.',
        'https://a..b',
        'https://[::1',
        'javascript:alert(1)',
        'data:text/html,x',
        'null',
        '',
        'file://',
        'https://user@www.cardiff.gov.uk',
        'wss://www.cardiff.gov.uk',
      ),
      fc.webUrl({ withQueryParameters: true, withFragments: true }).map((url) => `${url}/page`),
      fc.string().filter((text) => !text.startsWith('https://')),
      huge.map((text) => `https://${text}.gov.uk`),
    ),
  }),
  fc.record({
    field: fc.constant('sample'),
    value: fc.oneof(
      fc.double({ max: 0.000099, noNaN: true }),
      fc.double({ min: 1.000001, noNaN: true }),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, '1', null, true, [1]),
    ),
  }),
);

/** JSON text of a beacon with one thing wrong. */
const malformedJson = fc.oneof(
  { weight: 3, arbitrary: fc.json({ maxDepth: 3 }) },
  { weight: 8, arbitrary: wrongField.map(({ field, value }) => JSON.stringify({ ...beacon(), [field]: value })) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(...FIELDS)
      .map((missing) =>
        JSON.stringify(Object.fromEntries(Object.entries(beacon()).filter(([field]) => field !== missing))),
      ),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.oneof(
          fc.constantFrom('__proto__', 'constructor', 'prototype', 'path', 'title', 'referrer', 'uid'),
          fc.string({ maxLength: 20 }).filter((key) => !(FIELDS as readonly string[]).includes(key)),
        ),
        fc.jsonValue({ maxDepth: 2 }),
      )
      // Written into the text: an object literal's __proto__ would set the prototype instead of adding a key.
      .map(([key, value]) =>
        JSON.stringify(beacon()).replace('{', `{${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'},`),
      ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(almostHuge, fc.constantFrom(...FIELDS))
      .map(([text, field]) => JSON.stringify({ ...beacon(), [field]: text })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      'null',
      'true',
      '[]',
      '{}',
      '"beacon"',
      '{"v":1',
      JSON.stringify([beacon()]),
      `${JSON.stringify(beacon())}x`,
      JSON.stringify(beacon()).replace('{', '{"__proto__":{"polluted":1},'),
      '{"constructor":{"prototype":{"polluted":1}}}',
    ),
  },
);

type Payload = { body: Uint8Array; contentType: string | undefined; stream: boolean };

const validTypes = fc.constantFrom(
  'text/plain;charset=UTF-8',
  'text/plain',
  'application/json',
  'application/json; charset=utf-8',
);
const payload: fc.Arbitrary<Payload> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.record({
      body: malformedJson.map((text) => new TextEncoder().encode(text)),
      contentType: validTypes,
      stream: fc.constant(false),
    }),
  },
  {
    // Bytes that are not UTF-8 spliced into a good beacon (every good beacon is ASCII, so any splice spoils it).
    weight: 2,
    arbitrary: fc
      .tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 4, min: 0x80, max: 0xff }))
      .map(([at, bytes]) => {
        const good = new TextEncoder().encode(JSON.stringify(beacon()));
        const cut = at % (good.length + 1);
        return {
          body: new Uint8Array([...good.subarray(0, cut), ...bytes, ...good.subarray(cut)]),
          contentType: 'text/plain;charset=UTF-8',
          stream: false,
        };
      }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      body: fc.uint8Array({ maxLength: 300 }),
      contentType: validTypes,
      stream: fc.constant(false),
    }),
  },
  {
    // Over the cap, declared or streamed without a length.
    weight: 1,
    arbitrary: fc.record({
      body: fc.integer({ min: 1_025, max: 100_000 }).map((length) => new Uint8Array(length).fill(0x20)),
      contentType: validTypes,
      stream: fc.boolean(),
    }),
  },
  {
    // A good beacon with a media type that is not one.
    weight: 1,
    arbitrary: fc.record({
      body: fc.constant(new TextEncoder().encode(JSON.stringify(beacon()))),
      contentType: fc.oneof(
        fc.constant(undefined),
        fc.constantFrom(
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'text/html',
          'text/plain; charset=latin1',
          'application/json; charset=utf-16',
          'text/plainx',
          '',
        ),
        fc.string({ maxLength: 30 }).filter((text) => !/^\s*(text\/plain|application\/json)\s*(;|$)/i.test(text)),
      ),
      stream: fc.constant(false),
    }),
  },
);

function send(url: string, { body, contentType, stream }: Payload): Promise<Response> {
  const headers: Record<string, string> = { 'User-Agent': CHROME };
  if (contentType !== undefined) headers['Content-Type'] = contentType;
  const init: RequestInit & { duplex?: 'half' } = { method: 'POST', headers };
  if (stream) {
    init.body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < body.length; at += 4096) controller.enqueue(body.slice(at, at + 4096));
        controller.close();
      },
    });
    init.duplex = 'half';
  } else {
    // A body with no type of its own: fetch would otherwise add text/plain.
    init.body = new Blob([new Uint8Array(body)]);
  }
  return fetch(`${url}/v1/beacons`, init);
}

describe.each(testEngines())('malformed beacons on $engine', ({ skip, fresh }) => {
  let database: TestDatabase;
  let collector: CollectorUnderTest;
  const errors: unknown[] = [];

  beforeAll(async () => {
    database = await fresh();
    collector = await collectorOn(database.url, {
      limits: { perClient: { perMinute: 1e9, burst: 1e9 }, perOrigin: { perMinute: 1e9, burst: 1e9 } },
      onError: (error) => errors.push(error),
    });
  });
  afterAll(async () => {
    await collector.close();
    await database.drop();
  });

  it.skipIf(skip)(
    `answers ${PAYLOADS.toLocaleString('en-GB')} malformed beacons with 400, 413 or 415, stores none, and stays up`,
    { timeout: 120_000 },
    async () => {
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(payload, async (generated) => {
          const response = await send(collector.url, generated);
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          const body: unknown = await response.json();
          const shown = new TextDecoder().decode(generated.body.subarray(0, 200));
          expect([400, 413, 415], shown).toContain(response.status);
          expect(checkOperation('/v1/beacons', 'POST', response.status, body), shown).toEqual([]);
        }),
        { numRuns: PAYLOADS },
      );
      expect(errors).toEqual([]);
      expect(await storedCounts(collector.storage)).toEqual({
        events: 0,
        eventPageViewsMilli: 0,
        hourlyBeacons: 0,
        hourlyPageViewsMilli: 0,
      });
      expect(Object.prototype).not.toHaveProperty('polluted');
      // Every kind of refusal was exercised.
      expect([...statuses.keys()].sort()).toEqual([400, 413, 415]);
      expect((await sendBeacon(collector.url, beacon())).status).toBe(202);
      expect((await storedCounts(collector.storage)).events).toBe(1);
    },
  );
});
