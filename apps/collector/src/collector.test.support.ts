// What the collector's tests share: a valid beacon to vary, a browser's way of sending one, and a collector started
// on a test's own database with a clock the test moves.
import type { AdoptionBeacon } from '@council-components/http/adoption-beacon.js';
import { fileURLToPath } from 'node:url';
import { openStorage, type Storage } from '@council-components/server/storage/open-storage.js';
import { openApiChecker } from '@council-components/testing/openapi-responses.js';
import { startCollector, type CollectorOptions, type RunningCollector } from './collector-server.ts';

/** Checks an answer against the collector's OpenAPI description (`openapi/adoption.openapi.json`). */
export const checkOperation = openApiChecker(
  fileURLToPath(new URL('../openapi/adoption.openapi.json', import.meta.url)),
);

export const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';

export function beacon(overrides: Partial<AdoptionBeacon> = {}): AdoptionBeacon {
  return {
    v: 1,
    package: '@council-components/booking',
    version: '0.3.1',
    delivery: 'script-tag',
    elements: { 'council-booking': 1 },
    origin: 'https://www.cardiff.gov.uk',
    sample: 1,
    ...overrides,
  };
}

/** Posts a beacon as `navigator.sendBeacon` does: a text/plain string from a browser. */
export function sendBeacon(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/v1/beacons`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain;charset=UTF-8', 'User-Agent': CHROME, ...headers },
    body: typeof body === 'string' ? body : body instanceof Uint8Array ? new Uint8Array(body) : JSON.stringify(body),
  });
}

export interface CollectorUnderTest {
  readonly storage: Storage;
  readonly collector: RunningCollector;
  readonly url: string;
  /** The collector's clock: tests set it. */
  readonly clock: { now: number };
  close(): Promise<void>;
}

export async function collectorOn(
  databaseUrl: string,
  options: Omit<CollectorOptions, 'storage' | 'port' | 'now'> & { startAt?: string } = {},
): Promise<CollectorUnderTest> {
  const clock = { now: Date.parse(options.startAt ?? '2026-12-04T09:30:00Z') };
  const storage = await openStorage({ url: databaseUrl });
  try {
    const collector = await startCollector({ ...options, storage, port: 0, now: () => clock.now });
    return {
      storage,
      collector,
      url: collector.url,
      clock,
      close: async () => {
        await collector.close();
        await storage.close();
      },
    };
  } catch (error) {
    await storage.close();
    throw error;
  }
}

/** Raw events and rollups as the database holds them, as plain numbers. */
export async function storedCounts(storage: Storage): Promise<{
  events: number;
  eventPageViewsMilli: number;
  hourlyBeacons: number;
  hourlyPageViewsMilli: number;
}> {
  const events = await storage.db
    .selectFrom('adoption_events')
    .select([
      (eb) => eb.fn.countAll<string | number>().as('n'),
      (eb) => eb.fn.sum<string | number | null>('page_views_milli').as('milli'),
    ])
    .executeTakeFirstOrThrow();
  const hourly = await storage.db
    .selectFrom('adoption_hourly')
    .select([
      (eb) => eb.fn.sum<string | number | null>('beacons').as('n'),
      (eb) => eb.fn.sum<string | number | null>('page_views_milli').as('milli'),
    ])
    .executeTakeFirstOrThrow();
  return {
    events: Number(events.n),
    eventPageViewsMilli: Number(events.milli ?? 0),
    hourlyBeacons: Number(hourly.n ?? 0),
    hourlyPageViewsMilli: Number(hourly.milli ?? 0),
  };
}
