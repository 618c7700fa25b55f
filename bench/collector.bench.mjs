// The adoption collector's intake: beacons a second and p99 through its real HTTP server (apps/collector/src/main.ts
// in a child process, as deployed) on SQLite and on PostgreSQL, beside a bare Node HTTP server that reads the body
// and answers 202, on the same machine in the same run, under the same load: 64 senders on keep-alive connections,
// each beacon from a client and a site of its own rotation (as real pages are), so the rate limits do not refuse them.
// Every 202 of the collector is a committed beacon; after each run the stored count is checked against them.
// Not gated: it reports. PostgreSQL: COUNCIL_TEST_POSTGRES_URL, or a throwaway server started with
// scripts/test-postgres.sh when PostgreSQL is installed; without either, SQLite only.
//
//   node bench/collector.bench.mjs [--json FILE]   (exits 1 when a 202 was not stored)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { openStorage } from '../packages/server/dist/storage/open-storage.js';
import { onBenchPostgres } from './bench-postgres.mjs';
import { benchRow, jsonFileOf } from './report.mjs';

const BEACONS = Number(process.env.BEACONS ?? 20_000);
const WARM_UP = 500;
const IN_FLIGHT = 64;
const MAIN = fileURLToPath(new URL('../apps/collector/src/main.ts', import.meta.url));

const BARE_SERVER = `
  const server = require('node:http').createServer((req, res) => {
    req.resume();
    req.on('end', () => { res.writeHead(202, { 'Access-Control-Allow-Origin': '*' }); res.end(); });
  });
  server.listen(0, '127.0.0.1', () => console.log('bare: listening on http://127.0.0.1:' + server.address().port + ' '));
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
`;

let serial = 0;
function nextBeacon() {
  const n = serial++;
  return {
    client: `10.${String((n >> 16) & 255)}.${String((n >> 8) & 255)}.${String(n & 255)}`,
    body: JSON.stringify({
      v: 1,
      package: '@council-components/booking',
      version: `0.3.${String(n % 5)}`,
      delivery: 'script-tag',
      elements: { 'council-booking': 1 },
      origin: `https://site${String(n % 200)}.example-council.gov.uk`,
      sample: 1,
    }),
  };
}

/** Starts a server process and resolves with its address once it says it listens. */
async function startServer(args, env) {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  for await (const line of createInterface({ input: child.stdout })) {
    const url = /listening on (http:\/\/\S+) /.exec(line)?.[1];
    if (url) return { child, url: new URL(url) };
  }
  throw new Error(`${args.join(' ')} did not start`);
}

async function stopServer(child) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

function post(agent, url, beacon) {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: '/v1/beacons',
        method: 'POST',
        headers: {
          'Content-Type': 'text/plain;charset=UTF-8',
          'Content-Length': Buffer.byteLength(beacon.body),
          'User-Agent':
            'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
          'X-Forwarded-For': beacon.client,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      },
    );
    req.on('error', reject);
    req.end(beacon.body);
  });
}

async function load(url, count) {
  const agent = new Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
  const times = [];
  const statuses = new Map();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < count) {
        next++;
        const beacon = nextBeacon();
        const before = performance.now();
        const status = await post(agent, url, beacon);
        times.push(performance.now() - before);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  const totalMs = performance.now() - started;
  agent.destroy();
  const sorted = times.sort((a, b) => a - b);
  return {
    perSecond: (count / totalMs) * 1000,
    p99: sorted[Math.min(sorted.length - 1, Math.floor(0.99 * sorted.length))],
    accepted: statuses.get(202) ?? 0,
    statuses,
  };
}

async function measureCollector(engine, databaseUrl) {
  const { child, url } = await startServer([MAIN], {
    DATABASE_URL: databaseUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    COLLECTOR_TRUSTED_PROXIES: 'loopback',
  });
  let result;
  let warm;
  try {
    warm = await load(url, WARM_UP);
    result = await load(url, BEACONS);
  } finally {
    await stopServer(child);
  }
  const storage = await openStorage({ url: databaseUrl });
  const stored = Number(
    (
      await storage.db
        .selectFrom('adoption_events')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  await storage.close();
  const acknowledged = warm.accepted + result.accepted;
  const refused = [...result.statuses].filter(([status]) => status !== 202);
  return {
    engine,
    path: 'collector: validate, rate-limit, group commit, 202',
    ...result,
    note: `${acknowledged.toLocaleString('en-GB')} acknowledged, ${stored.toLocaleString('en-GB')} stored${
      refused.length > 0 ? `; other answers ${JSON.stringify(Object.fromEntries(refused))}` : ''
    }`,
    ok: stored >= acknowledged && result.accepted === BEACONS,
  };
}

const results = [];
const bare = await startServer(['-e', BARE_SERVER], {});
try {
  await load(bare.url, WARM_UP);
  results.push({
    engine: '—',
    path: 'bare Node HTTP server, 202 (anchor)',
    ...(await load(bare.url, BEACONS)),
    note: '',
    ok: true,
  });
} finally {
  await stopServer(bare.child);
}

const folder = mkdtempSync(join(tmpdir(), 'collector-bench-'));
try {
  results.push(await measureCollector('SQLite', `file:${join(folder, 'collector.db')}`));
} finally {
  rmSync(folder, { recursive: true, force: true });
}

await onBenchPostgres(async (url) => {
  results.push(await measureCollector('PostgreSQL', url));
});

const anchor = results[0].perSecond;
console.log(`${BEACONS.toLocaleString('en-GB')} beacons, ${String(IN_FLIGHT)} senders on keep-alive connections`);
console.log(`| Engine | Server | Beacons/s | p99 (ms) | × anchor | |`);
console.log(`| --- | --- | ---: | ---: | ---: | --- |`);
for (const row of results) {
  console.log(
    `| ${row.engine} | ${row.path} | ${Math.round(row.perSecond).toLocaleString('en-GB')} | ${row.p99.toFixed(2)} | ${(row.perSecond / anchor).toFixed(2)} | ${row.note} |`,
  );
}
// Not gated on speed; only on the collector's promise: every 202 stored.
const broken = results.filter((row) => !row.ok);

/** The report's rows: the collector on each engine beside the bare server, beacons/s and p99. */
function jsonRows() {
  const [bare, ...collectors] = results;
  const anchor = 'bare Node HTTP server: read the body, 202';
  return collectors.flatMap((row) => {
    const id = `collector.${row.engine === 'SQLite' ? 'sqlite' : 'postgres'}`;
    return [
      benchRow({
        id,
        label: `Collector on ${row.engine}: validate, rate-limit, group commit, 202; beacons/s`,
        section: 'Collector',
        unit: 'beacons/s',
        ours: Math.round(row.perSecond),
        anchor,
        anchorValue: Math.round(bare.perSecond),
        better: 'higher',
      }),
      benchRow({
        id: `${id}.p99`,
        label: `Collector on ${row.engine}: p99 of a beacon`,
        section: 'Collector',
        unit: 'ms',
        ours: Number(row.p99.toFixed(2)),
        anchor,
        anchorValue: Number(bare.p99.toFixed(2)),
        better: 'lower',
      }),
    ];
  });
}

const jsonFile = jsonFileOf(process.argv);
if (jsonFile) {
  const stored = results
    .slice(1)
    .map((row) => `${row.engine}: ${row.note}`)
    .join('; ');
  const unstored = broken.map((row) => row.engine).join(', ');
  const notes = [
    `Collector: ${BEACONS.toLocaleString('en-GB')} beacons, ${String(IN_FLIGHT)} senders on keep-alive connections, ` +
      `apps/collector/src/main.ts in a child process. ${stored}.` +
      (broken.length > 0 ? ` NOT EVERY BEACON ACKNOWLEDGED AND STORED: ${unstored}.` : ''),
  ];
  writeFileSync(jsonFile, `${JSON.stringify({ results: jsonRows(), notes }, null, 2)}\n`);
}
if (broken.length > 0)
  console.log(`NOT EVERY BEACON ACKNOWLEDGED AND STORED: ${broken.map((row) => row.engine).join(', ')}`);
process.exit(broken.length === 0 ? 0 : 1);
