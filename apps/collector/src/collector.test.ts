// The collector on both engines, each test on an empty database of its own, through its real HTTP server: beacons in,
// rollups, the read API out (JSON and CSV, by council), refusals, CORS, rate limits, bots and retention. Nothing is
// mocked; the clock is the collector's own option.
import { testEngines, type TestDatabase } from '@council-components/testing/test-databases.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  beacon,
  CHROME,
  checkOperation,
  collectorOn,
  sendBeacon,
  storedCounts,
  type CollectorUnderTest,
} from './collector.test.support.ts';
import type { AdoptionOverview, PackageAdoption } from './adoption-reports.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

describe.each(testEngines())('the collector on $engine', ({ skip, fresh }) => {
  let database: TestDatabase;
  const running: CollectorUnderTest[] = [];
  const start = async (options: Parameters<typeof collectorOn>[1] = {}): Promise<CollectorUnderTest> => {
    const started = await collectorOn(database.url, options);
    running.push(started);
    return started;
  };

  beforeEach(async () => {
    database = await fresh();
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((collector) => collector.close()));
    await database.drop();
  });

  /** GETs a report and checks it against the OpenAPI document. */
  async function report<Body>(url: string, path: string, documented: string): Promise<Body> {
    const response = await fetch(`${url}${path}`);
    const body = (await response.json()) as Body;
    expect(checkOperation(documented, 'GET', response.status, body)).toEqual([]);
    expect(response.status).toBe(200);
    return body;
  }

  describe.skipIf(skip)('ingest, rollups and the read API', () => {
    it('beacons roll up by package, version, origin and hour, weighted by 1 / sample, and the API names the councils', async () => {
      const { url, storage, clock } = await start();
      const sent = [
        beacon(),
        beacon(),
        beacon({ origin: 'https://forms.cardiff.gov.uk', sample: 0.5, elements: { 'council-booking': 2 } }),
        beacon({ origin: 'https://www.glasgow.gov.uk', version: '0.3.0', delivery: 'loader' }),
        beacon({ origin: 'https://www.example.org' }),
        beacon({
          package: '@council-components/address-lookup',
          version: '0.2.0',
          elements: { 'council-address-lookup': 1 },
        }),
      ];
      for (const one of sent) {
        const response = await sendBeacon(url, one);
        expect(response.status).toBe(202);
        expect(await response.text()).toBe('');
      }
      // Another hour: a row of its own.
      clock.now += HOUR;
      expect((await sendBeacon(url, beacon({ sample: 0.3 }))).status).toBe(202);

      const hourly = await storage.db
        .selectFrom('adoption_hourly')
        .select(['package', 'version', 'delivery', 'origin', 'hour', 'beacons', 'page_views_milli'])
        .where('origin', '=', 'https://www.cardiff.gov.uk')
        .where('package', '=', '@council-components/booking')
        .orderBy('hour')
        .execute();
      expect(
        hourly.map((row) => ({ ...row, beacons: Number(row.beacons), page_views_milli: Number(row.page_views_milli) })),
      ).toEqual([
        {
          package: '@council-components/booking',
          version: '0.3.1',
          delivery: 'script-tag',
          origin: 'https://www.cardiff.gov.uk',
          hour: '2026-12-04T09',
          beacons: 2,
          page_views_milli: 2000,
        },
        {
          package: '@council-components/booking',
          version: '0.3.1',
          delivery: 'script-tag',
          origin: 'https://www.cardiff.gov.uk',
          hour: '2026-12-04T10',
          beacons: 1,
          page_views_milli: 3333,
        },
      ]);
      const forms = await storage.db
        .selectFrom('adoption_element_hourly')
        .select(['tag', 'beacons', 'page_views_milli', 'elements_milli'])
        .where('origin', '=', 'https://forms.cardiff.gov.uk')
        .executeTakeFirstOrThrow();
      expect({
        ...forms,
        beacons: Number(forms.beacons),
        page_views_milli: Number(forms.page_views_milli),
        elements_milli: Number(forms.elements_milli),
      }).toEqual({
        tag: 'council-booking',
        beacons: 1,
        page_views_milli: 2000,
        elements_milli: 4000,
      });
      const counts = await storedCounts(storage);
      expect(counts).toEqual({
        events: 7,
        eventPageViewsMilli: 10_333,
        hourlyBeacons: 7,
        hourlyPageViewsMilli: 10_333,
      });

      const overview = await report<AdoptionOverview>(url, '/v1/adoption', '/v1/adoption');
      expect(overview.since).toBe('2026-11-04T10');
      const booking = overview.packages.find((summary) => summary.package === '@council-components/booking');
      expect(booking).toEqual({
        package: '@council-components/booking',
        latestVersion: '0.3.1',
        councils: 2,
        sites: 4,
        unknownSites: 1,
        pageViews: 9,
        versions: [
          { version: '0.3.1', sites: 3, pageViews: 8 },
          { version: '0.3.0', sites: 1, pageViews: 1 },
        ],
      });
      expect(overview.packages.map((summary) => [summary.package, summary.sites])).toEqual([
        ['@council-components/address-lookup', 1],
        ['@council-components/bin-collections', 0],
        ['@council-components/booking', 4],
        ['@council-components/payment', 0],
        ['@council-components/core', 0],
        ['@council-components/loader', 0],
        ['@council-components/react', 0],
      ]);
      expect(
        overview.packages.find((summary) => summary.package === '@council-components/payment')?.latestVersion,
      ).toBeNull();

      const adoption = await report<PackageAdoption>(url, '/v1/adoption/booking', '/v1/adoption/{package}');
      expect(adoption.councils).toEqual([
        {
          name: 'Cardiff Council',
          gss: 'W06000015',
          sites: ['https://forms.cardiff.gov.uk', 'https://www.cardiff.gov.uk'],
          pageViews: 7,
        },
        { name: 'Glasgow City Council', gss: 'S12000049', sites: ['https://www.glasgow.gov.uk'], pageViews: 1 },
      ]);
      expect(adoption.unknownSites).toBe(1);
      // The unknown site's origin is counted, never listed.
      expect(JSON.stringify(adoption)).not.toContain('example.org');
      expect(adoption.daily).toHaveLength(90);
      expect(adoption.daily.at(-1)).toEqual({ date: '2026-12-04', sites: 4, pageViews: 9 });
      expect(adoption.daily.at(0)).toEqual({ date: '2026-09-06', sites: 0, pageViews: 0 });
      expect(adoption.daily.slice(0, -1).every((day) => day.sites === 0 && day.pageViews === 0)).toBe(true);
      // Its full name, percent-encoded, is the same package.
      expect(await report(url, '/v1/adoption/%40council-components%2Fbooking', '/v1/adoption/{package}')).toEqual(
        adoption,
      );

      const csv = await fetch(`${url}/v1/adoption?format=csv`);
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const lines = (await csv.text()).split('\r\n');
      expect(lines[0]).toBe(
        'component,latest_version,councils,sites,unknown_sites,page_views,version,version_sites,version_page_views',
      );
      // Short names: a spreadsheet would take `@council-components/booking` for a formula.
      expect(lines).toContain('booking,0.3.1,2,4,1,9,0.3.1,3,8');
      expect(lines).toContain('booking,0.3.1,2,4,1,9,0.3.0,1,1');
      expect(lines).toContain('payment,,0,0,0,0,,,');
      const councilsCsv = await fetch(`${url}/v1/adoption/booking`, { headers: { Accept: 'text/csv' } });
      expect(await councilsCsv.text()).toBe(
        'council,gss_code,sites,page_views\r\n' +
          'Cardiff Council,W06000015,https://forms.cardiff.gov.uk https://www.cardiff.gov.uk,7\r\n' +
          'Glasgow City Council,S12000049,https://www.glasgow.gov.uk,1\r\n',
      );
    });

    it('"in use" is the last 30 days; the latest version is the highest ever seen, in semver order', async () => {
      const { url, clock } = await start();
      for (const version of ['1.0.0-beta.2', '0.10.0', '0.9.1', '1.0.0-beta.10']) {
        expect((await sendBeacon(url, beacon({ version }))).status).toBe(202);
      }
      clock.now += 31 * DAY;
      expect((await sendBeacon(url, beacon({ version: '0.9.1', origin: 'https://www.leeds.gov.uk' }))).status).toBe(
        202,
      );
      const overview = await report<AdoptionOverview>(url, '/v1/adoption', '/v1/adoption');
      expect(overview.packages.find((summary) => summary.package === '@council-components/booking')).toMatchObject({
        latestVersion: '1.0.0-beta.10',
        councils: 1,
        sites: 1,
        versions: [{ version: '0.9.1', sites: 1, pageViews: 1 }],
      });
      const adoption = await report<PackageAdoption>(url, '/v1/adoption/booking', '/v1/adoption/{package}');
      expect(adoption.councils.map((council) => council.name)).toEqual(['Leeds City Council']);
      // Use over time still shows the first day, 31 days back.
      expect(adoption.daily.filter((day) => day.pageViews > 0)).toEqual([
        { date: '2026-12-04', sites: 1, pageViews: 4 },
        { date: '2027-01-04', sites: 1, pageViews: 1 },
      ]);
    });

    it('reports are cacheable: Cache-Control, an ETag, 304 for it, a new ETag when the counts change; HEAD; 404, 400', async () => {
      const { url } = await start();
      await sendBeacon(url, beacon());
      const first = await fetch(`${url}/v1/adoption`);
      await first.text();
      expect(first.headers.get('cache-control')).toBe('public, max-age=300');
      expect(first.headers.get('vary')).toBe('Accept');
      expect(first.headers.get('access-control-allow-origin')).toBe('*');
      const etag = first.headers.get('etag') ?? '';
      expect(etag).toMatch(/^"[\w-]{32}"$/);
      const again = await fetch(`${url}/v1/adoption`, { headers: { 'If-None-Match': `W/"other", ${etag}` } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('etag')).toBe(etag);
      // The CSV is another answer with another tag.
      const csv = await fetch(`${url}/v1/adoption?format=csv`, { headers: { 'If-None-Match': etag } });
      expect(csv.status).toBe(200);
      await csv.text();
      await sendBeacon(url, beacon({ origin: 'https://www.leeds.gov.uk' }));
      const changed = await fetch(`${url}/v1/adoption`, { headers: { 'If-None-Match': etag } });
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).not.toBe(etag);
      await changed.text();

      const head = await fetch(`${url}/v1/adoption/booking`, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(await head.text()).toBe('');
      for (const [path, status, code] of [
        ['/v1/adoption/not-ours', 404, 'not-found'],
        ['/v1/adoption/%40evil%2Fbooking', 404, 'not-found'],
        ['/v1/adoption/%E0%A4%A', 404, 'not-found'],
        ['/v1/adoption?format=xml', 400, 'bad-request'],
        ['/v1/nothing', 404, 'not-found'],
      ] as const) {
        const response = await fetch(`${url}${path}`);
        expect([path, response.status, ((await response.json()) as { error: { code: string } }).error.code]).toEqual([
          path,
          status,
          code,
        ]);
      }
    });
  });

  describe.skipIf(skip)('refusals', () => {
    const valid = JSON.stringify(beacon());
    const cases: {
      name: string;
      body: string | Uint8Array;
      headers?: Record<string, string>;
      status: number;
      code: string;
    }[] = [
      {
        name: 'an HTML form post',
        body: valid,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        status: 415,
        code: 'unsupported-media-type',
      },
      {
        name: 'text/html',
        body: valid,
        headers: { 'Content-Type': 'text/html' },
        status: 415,
        code: 'unsupported-media-type',
      },
      {
        name: 'a charset other than UTF-8',
        body: valid,
        headers: { 'Content-Type': 'text/plain; charset=iso-8859-1' },
        status: 415,
        code: 'unsupported-media-type',
      },
      {
        name: 'over the size cap',
        body: JSON.stringify(beacon({ version: `1.0.0-${'a'.repeat(1100)}` })),
        status: 413,
        code: 'body-too-large',
      },
      {
        name: 'invalid UTF-8',
        body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
        status: 400,
        code: 'bad-request',
      },
      { name: 'not JSON', body: '{"v":1,', status: 400, code: 'bad-request' },
      { name: 'empty', body: '', status: 400, code: 'bad-request' },
      { name: 'an array', body: '[1]', status: 400, code: 'beacon-invalid' },
      {
        name: 'an extra field',
        body: JSON.stringify({ ...beacon(), path: '/bins/123' }),
        status: 400,
        code: 'beacon-invalid',
      },
      {
        name: 'a __proto__ key',
        body: valid.replace('{', '{"__proto__":{"polluted":1},'),
        status: 400,
        code: 'beacon-invalid',
      },
      {
        name: 'a __proto__ tag',
        body: JSON.stringify(beacon()).replace('"council-booking"', '"__proto__"'),
        status: 400,
        code: 'beacon-invalid',
      },
      {
        name: 'a field missing',
        body: JSON.stringify({ ...beacon(), sample: undefined }),
        status: 400,
        code: 'beacon-invalid',
      },
      { name: 'schema version 2', body: JSON.stringify({ ...beacon(), v: 2 }), status: 400, code: 'beacon-invalid' },
      {
        name: 'a version that is not semver',
        body: JSON.stringify(beacon({ version: '1.2' })),
        status: 400,
        code: 'beacon-invalid',
      },
      {
        name: 'a count that is not whole',
        body: JSON.stringify(beacon({ elements: { 'council-booking': 1.5 } })),
        status: 400,
        code: 'beacon-invalid',
      },
      { name: 'a sample of 0', body: JSON.stringify(beacon({ sample: 0 })), status: 400, code: 'beacon-invalid' },
      {
        name: 'a package not ours',
        body: JSON.stringify(beacon({ package: '@council-components/secret' })),
        status: 400,
        code: 'package-unknown',
      },
      {
        name: 'an http origin',
        body: JSON.stringify(beacon({ origin: 'http://www.cardiff.gov.uk' })),
        status: 400,
        code: 'origin-refused',
      },
      {
        name: 'an origin with a path',
        body: JSON.stringify(beacon({ origin: 'https://www.cardiff.gov.uk/bins' })),
        status: 400,
        code: 'beacon-invalid',
      },
      {
        name: 'an origin with the default port',
        body: JSON.stringify(beacon({ origin: 'https://www.cardiff.gov.uk:443' })),
        status: 400,
        code: 'origin-refused',
      },
      {
        name: 'an origin of dots',
        body: JSON.stringify(beacon({ origin: 'https://..' })),
        status: 400,
        code: 'origin-refused',
      },
    ];

    it.each(cases)('$name: $status $code, nothing stored', async ({ body, headers, status, code }) => {
      const { url, storage } = await start();
      const response = await sendBeacon(url, body, headers);
      expect(response.status).toBe(status);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(code);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(await storedCounts(storage)).toEqual({
        events: 0,
        eventPageViewsMilli: 0,
        hourlyBeacons: 0,
        hourlyPageViewsMilli: 0,
      });
      expect(Object.prototype).not.toHaveProperty('polluted');
    });

    it('an oversize body without Content-Length is cut off as it streams; a wrong method is 405', async () => {
      const { url, storage } = await start();
      let pulled = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          // 64 KiB in 1 KiB chunks, unless the collector stops reading.
          if (pulled++ < 64) controller.enqueue(new Uint8Array(1024).fill(0x20));
          else controller.close();
        },
      });
      const response = await fetch(`${url}/v1/beacons`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain', 'User-Agent': CHROME },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(413);
      const wrong = await fetch(`${url}/v1/beacons`);
      expect([wrong.status, wrong.headers.get('allow')]).toEqual([405, 'POST, OPTIONS']);
      expect((await storedCounts(storage)).events).toBe(0);
    });

    it('http origins are taken when the collector allows them (the sandbox on localhost)', async () => {
      const { url, storage } = await start({ allowHttpOrigins: true });
      expect((await sendBeacon(url, beacon({ origin: 'http://localhost:4100' }))).status).toBe(202);
      expect((await storedCounts(storage)).events).toBe(1);
    });
  });

  describe.skipIf(skip)('CORS and cookies', () => {
    it('answers the preflight, allows any origin without credentials, and never sets a cookie', async () => {
      const { url } = await start();
      const preflight = await fetch(`${url}/v1/beacons`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://www.cardiff.gov.uk',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type',
        },
      });
      expect(preflight.status).toBe(204);
      expect(Object.fromEntries(preflight.headers)).toMatchObject({
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'POST, OPTIONS',
        'access-control-allow-headers': 'Content-Type',
        'access-control-max-age': '86400',
      });
      const reads = await fetch(`${url}/v1/adoption/booking`, { method: 'OPTIONS' });
      expect([reads.status, reads.headers.get('access-control-allow-methods')]).toEqual([204, 'GET, HEAD, OPTIONS']);
      const answers = [
        preflight,
        reads,
        await sendBeacon(url, beacon(), { Origin: 'https://www.cardiff.gov.uk', Cookie: 'session=1' }),
        await sendBeacon(url, '{', { Origin: 'https://www.cardiff.gov.uk' }),
        await fetch(`${url}/v1/adoption`, { headers: { Origin: 'https://docs.example' } }),
      ];
      for (const answer of answers) {
        expect(answer.headers.get('access-control-allow-origin')).toBe('*');
        expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
        expect(answer.headers.getSetCookie()).toEqual([]);
      }
      expect(answers[2]?.status).toBe(202);
      // As fetch sends it, after the preflight.
      expect((await sendBeacon(url, beacon(), { 'Content-Type': 'application/json' })).status).toBe(202);
    });
  });

  describe.skipIf(skip)('rate limits', () => {
    it('per client (its address, in memory) and per origin; refused beacons are not stored; the allowance refills', async () => {
      const { url, storage, clock } = await start({
        trustedProxies: ['loopback'],
        limits: { perClient: { perMinute: 60, burst: 3 }, perOrigin: { perMinute: 60, burst: 5 } },
      });
      const from = (client: string, body = beacon()) => sendBeacon(url, body, { 'X-Forwarded-For': client });
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await from('203.0.113.7')).status);
      expect(statuses).toEqual([202, 202, 202, 429]);
      const refused = await from('203.0.113.7');
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('1');
      // The same /64 is the same client.
      expect((await from('2001:db8:1:2::a')).status).toBe(202);
      expect((await from('2001:db8:1:2::a')).status).toBe(202);
      // Another client, the same origin: the origin has had 5.
      expect((await from('198.51.100.1')).status).toBe(429);
      expect((await from('198.51.100.1', beacon({ origin: 'https://www.leeds.gov.uk' }))).status).toBe(202);
      clock.now += 60_000;
      expect((await from('203.0.113.7')).status).toBe(202);
      expect((await storedCounts(storage)).events).toBe(7);
      // The address is nowhere in the database.
      const events = await storage.db.selectFrom('adoption_events').selectAll().execute();
      expect(JSON.stringify(events)).not.toMatch(/203\.0\.113|198\.51|2001:db8/);
    });
  });

  describe.skipIf(skip)('bots', () => {
    it('crawlers, headless browsers, monitors and HTTP libraries are answered 202, not counted, and not charged to the origin', async () => {
      const { url, storage } = await start({
        limits: { perClient: { perMinute: 600, burst: 100 }, perOrigin: { perMinute: 1, burst: 3 } },
      });
      const agents = [
        'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
        'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/142.0.0.0 Safari/537.36',
        'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/135.0.0.0 Mobile Safari/537.36 Chrome-Lighthouse',
        'Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)',
        'Mozilla/5.0 (compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)',
        'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
        'curl/8.5.0',
        'python-requests/2.32.3',
        'Go-http-client/2.0',
        ' ',
      ];
      for (const agent of agents)
        expect([agent, (await sendBeacon(url, beacon(), { 'User-Agent': agent })).status]).toEqual([agent, 202]);
      expect((await storedCounts(storage)).events).toBe(0);
      for (const agent of [
        CHROME,
        'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
      ]) {
        expect((await sendBeacon(url, beacon(), { 'User-Agent': agent })).status).toBe(202);
      }
      // The bots took nothing of the origin's allowance (3): the three browsers were all counted.
      expect((await storedCounts(storage)).events).toBe(3);
    });
  });

  describe.skipIf(skip)('retention', () => {
    it('raw events go after 30 days (at the interval and on start); the hourly counts stay', async () => {
      const { url, storage, clock, collector } = await start();
      await sendBeacon(url, beacon());
      await sendBeacon(url, beacon());
      clock.now += 20 * DAY;
      await sendBeacon(url, beacon({ origin: 'https://www.leeds.gov.uk' }));
      // 29 days 22 hours on: the first two are not yet due.
      clock.now += 9 * DAY + 22 * HOUR;
      expect(await collector.purge()).toBe(0);
      // Past 29 days 23 hours (30 days less the purge interval), so none outlives 30 days before the next purge.
      clock.now += HOUR + 1;
      expect(await collector.purge()).toBe(2);
      expect(await storage.db.selectFrom('adoption_events').select('origin').execute()).toEqual([
        { origin: 'https://www.leeds.gov.uk' },
      ]);
      const { hourlyBeacons } = await storedCounts(storage);
      expect(hourlyBeacons).toBe(3);

      // A collector starting 30 days after the last beacon purges before it takes any.
      const later = await start({ startAt: new Date(clock.now + 20 * DAY).toISOString() });
      expect((await storedCounts(later.storage)).events).toBe(0);
      expect((await storedCounts(later.storage)).hourlyBeacons).toBe(3);
    });

    it('the purge runs on its interval', async () => {
      const { url, storage, clock } = await start({ purgeIntervalMs: 20 });
      await sendBeacon(url, beacon());
      expect((await storedCounts(storage)).events).toBe(1);
      clock.now += 30 * DAY;
      const deadline = Date.now() + 5_000;
      while ((await storedCounts(storage)).events > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(await storedCounts(storage)).toEqual({
        events: 0,
        eventPageViewsMilli: 0,
        hourlyBeacons: 1,
        hourlyPageViewsMilli: 1000,
      });
    });
  });
});
