// The collector's promise that a 202 is never lost: the real entry point (src/main.ts) in a child process, under load
// from concurrent senders, killed with SIGKILL mid-load, twice, then stopped with SIGTERM mid-load; after each, every
// beacon that got a 202 is in the database, and the rollups equal the raw events. Each beacon carries a version of
// its own, so "every acknowledged beacon is stored" is checked beacon by beacon, not as a count.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { openStorage } from '@council-components/server/storage/open-storage.js';
import { testEngines, type TestDatabase } from '@council-components/testing/test-databases.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { beacon, sendBeacon } from './collector.test.support.ts';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const SENDERS = 32;
const SAMPLES = [1, 0.5, 0.25, 0.3] as const;

interface Round {
  /** Versions (one per beacon) that were answered 202. */
  acknowledged: string[];
  /** Beacons sent and not answered 202: refused, rate limited, or cut off by the kill. */
  unacknowledged: number;
  exit: { code: number | null; signal: NodeJS.Signals | null };
  stderr: string;
}

describe.each(testEngines())('the collector killed mid-load on $engine', ({ skip, fresh }) => {
  let database: TestDatabase;
  const children: ChildProcess[] = [];

  beforeEach(async () => {
    database = await fresh();
  });
  afterEach(async () => {
    for (const child of children.splice(0))
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await database.drop();
  });

  it.skipIf(skip)(
    'SIGKILL twice and SIGTERM once under 32 concurrent senders: every acknowledged beacon is stored, once, and the rollups equal the events',
    { timeout: 60_000 },
    async () => {
      let serial = 0;
      const rounds: Round[] = [];
      for (const [stop, acks] of [
        ['SIGKILL', 300],
        ['SIGKILL', 500],
        ['SIGTERM', 300],
      ] as const) {
        rounds.push(await loadUntilStopped(database.url, stop, acks, () => serial++, children));
      }
      expect(rounds.map((round) => round.exit)).toEqual([
        { code: null, signal: 'SIGKILL' },
        { code: null, signal: 'SIGKILL' },
        // The graceful stop: in-flight beacons answered and committed, then a clean exit.
        { code: 0, signal: null },
      ]);
      expect(rounds.map((round) => round.stderr)).toEqual(['', '', '']);

      const storage = await openStorage({ url: database.url });
      try {
        const events = await storage.db.selectFrom('adoption_events').select(['version', 'page_views_milli']).execute();
        const stored = new Map<string, number>();
        for (const event of events) stored.set(event.version, (stored.get(event.version) ?? 0) + 1);
        const acknowledged = rounds.flatMap((round) => round.acknowledged);
        expect(acknowledged.length).toBeGreaterThanOrEqual(300 + 500 + 300);
        expect(acknowledged.filter((version) => stored.get(version) !== 1)).toEqual([]);
        expect([...stored.values()].filter((count) => count !== 1)).toEqual([]);
        expect(events.length).toBeGreaterThanOrEqual(acknowledged.length);

        const hourly = await storage.db
          .selectFrom('adoption_hourly')
          .select(['version', 'beacons', 'page_views_milli'])
          .execute();
        const rolled = new Map(hourly.map((row) => [row.version, [Number(row.beacons), Number(row.page_views_milli)]]));
        const raw = new Map(events.map((event) => [event.version, [1, Number(event.page_views_milli)]]));
        expect(rolled).toEqual(raw);
        const elements = await storage.db
          .selectFrom('adoption_element_hourly')
          .select((eb) => eb.fn.sum<number | string>('beacons').as('beacons'))
          .executeTakeFirstOrThrow();
        expect(Number(elements.beacons)).toBe(events.length);
        console.info(
          `crash test: ${String(acknowledged.length)} acknowledged, ${String(events.length)} stored, ${String(
            rounds.reduce((sum, round) => sum + round.unacknowledged, 0),
          )} unacknowledged across ${String(rounds.length)} runs`,
        );
      } finally {
        await storage.close();
      }
    },
  );
});

/**
 * Starts the collector, has 32 senders (each its own origin) post beacons as fast as it answers, and once `acks`
 * beacons have been acknowledged sends `signal`; returns what was acknowledged and how the process ended.
 */
async function loadUntilStopped(
  url: string,
  signal: 'SIGKILL' | 'SIGTERM',
  acks: number,
  nextSerial: () => number,
  children: ChildProcess[],
): Promise<Round> {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, DATABASE_URL: url, PORT: '0', HOST: '127.0.0.1', COLLECTOR_TRUSTED_PROXIES: 'loopback' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<Round['exit']>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let base: string | undefined;
  for await (const line of createInterface({ input: child.stdout })) {
    base = /^collector: listening on (http:\/\/\S+) /.exec(line)?.[1];
    if (base !== undefined) break;
  }
  if (base === undefined) throw new Error(`the collector did not start: ${stderr}`);
  const collector = base;

  const acknowledged: string[] = [];
  let unacknowledged = 0;
  let stopping = false;
  const deadline = Date.now() + 15_000;
  const sender = async (index: number): Promise<void> => {
    // Each sender a client and a site of its own, as the rate limits expect of real pages.
    const origin = `https://site${String(index)}.example-council.gov.uk`;
    const client = { 'X-Forwarded-For': `10.0.${String(index)}.1` };
    while (!stopping) {
      const serial = nextSerial();
      const version = `0.0.${String(serial)}`;
      const sent = beacon({ version, origin, sample: SAMPLES[serial % SAMPLES.length] ?? 1 });
      const answer = await sendBeacon(collector, sent, client).then(
        (response) => response.status,
        () => 0,
      );
      if (answer === 202) acknowledged.push(version);
      else unacknowledged++;
      // A collector that stops answering must fail the test, not hang it.
      if ((acknowledged.length >= acks || Date.now() > deadline) && !stopping) {
        stopping = true;
        child.kill(signal);
      }
    }
  };
  // Senders run until the signal; those mid-request then see their connection end (SIGKILL) or their answer (SIGTERM).
  await Promise.all(Array.from({ length: SENDERS }, (_, index) => sender(index)));
  const exit = await exited;
  return { acknowledged, unacknowledged, exit, stderr };
}
