// The council back end's address handler answering a postcode it has cached, as most lookups are (residents of one
// street ask for one postcode; the handler keeps a postcode's addresses 5 minutes): requests a second and p99 over
// real HTTP on localhost, through the deployed path (createNodeServer → createRouter → createAddressesHandler with
// OS Places behind it, the upstream being the OS Places fake reached in process, as in apps/sandbox). Anchor, the
// ceiling: a bare node:http server answering the very same status, headers and body bytes (chunked, as the adapter
// writes them), so the ratio is what the handler, the router and the adapter cost over Node itself.
//
// Both servers run in child processes of their own, so the load generator here does not share their event loop.
// Same load for both: 32 requests in flight on keep-alive connections for 5 s, after a warm-up; the two alternate
// (ABBA) over 3 rounds, and the medians of the rounds are reported. Not gated: it reports.
//
//   node bench/server.bench.mjs [--json FILE]
//   (in a child: node bench/server.bench.mjs --serve council | --serve bare RESPONSE_FILE)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { benchRow, jsonFileOf } from './report.mjs';
import { median, quantile } from './stats.mjs';

const IN_FLIGHT = Number(process.env.IN_FLIGHT ?? 32);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 5);
const WARM_UP_SECONDS = Number(process.env.WARM_UP_SECONDS ?? 2);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const POSTCODE = 'SO16 0AS';
const PATH = `/api/addresses?postcode=${encodeURIComponent(POSTCODE)}&lang=en`;
const SELF = fileURLToPath(import.meta.url);
/** Headers Node writes itself for each response; the rest are copied to the bare server. */
const PER_CONNECTION = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

// ---- The servers (run in child processes) ----

/** The council's address back end as a council deploys it, with the OS Places fake as its upstream. */
async function serveCouncil() {
  const { createAddressesHandler } = await import('../packages/server/dist/addresses/addresses-handler.js');
  const { createOsPlacesProvider } = await import('../packages/server/dist/addresses/os-places-provider.js');
  const { createRouter } = await import('../packages/server/dist/http/router.js');
  const { createNodeServer } = await import('../packages/server/dist/node/node-adapter.js');
  const { createOsPlacesFake } = await import('../packages/testing/src/fakes/os-places-fake.ts');
  const { fetchVia } = await import('../packages/testing/src/fakes/in-process-fetch.ts');
  const osPlaces = createOsPlacesFake();
  const handler = createAddressesHandler({
    provider: createOsPlacesProvider({
      key: 'sandbox-os-key',
      baseUrl: 'https://api.os.uk/search/places/v1/',
      fetch: fetchVia(osPlaces.handler),
    }),
  });
  listen('council', createNodeServer(createRouter([{ method: 'GET', path: '/api/addresses', handler }])));
}

/** node:http alone, answering what the council server answered, byte for byte. */
function serveBare(/** @type {string} */ responseFile) {
  const { status, headers, body } = JSON.parse(readFileSync(responseFile, 'utf8'));
  const bytes = Buffer.from(body, 'base64');
  listen(
    'bare',
    createServer((req, res) => {
      req.resume();
      res.writeHead(status, headers);
      res.write(bytes);
      res.end();
    }),
  );
}

function listen(/** @type {string} */ name, /** @type {import('node:http').Server} */ server) {
  server.listen(0, '127.0.0.1', () => {
    const address = /** @type {import('node:net').AddressInfo} */ (server.address());
    console.log(`${name}: listening on http://127.0.0.1:${String(address.port)} `);
  });
  process.on('SIGTERM', () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}

// ---- The load generator (this process) ----

/** Starts a server process and resolves with its address once it says it listens. */
async function startServer(/** @type {string[]} */ args) {
  const child = spawn(process.execPath, [SELF, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  for await (const line of createInterface({ input: child.stdout })) {
    const url = /listening on (http:\/\/\S+) /.exec(line)?.[1];
    if (url) return { child, url: new URL(url) };
  }
  throw new Error(`server ${args.join(' ')} did not start`);
}

async function stopServer(/** @type {import('node:child_process').ChildProcess} */ child) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/**
 * One GET; resolves with its status, headers and body.
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, body: Buffer }>}
 */
function get(/** @type {Agent | undefined} */ agent, /** @type {URL} */ url) {
  return new Promise((resolve, reject) => {
    const req = request({ agent, host: url.hostname, port: url.port, path: PATH }, (res) => {
      /** @type {Buffer[]} */
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** A GET whose body is read and dropped; resolves with its status. */
function hit(/** @type {Agent} */ agent, /** @type {URL} */ url) {
  return new Promise((resolve, reject) => {
    const req = request({ agent, host: url.hostname, port: url.port, path: PATH }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** IN_FLIGHT senders on keep-alive connections for `seconds`: requests a second, p50 and p99 in ms. */
async function load(/** @type {URL} */ url, /** @type {number} */ seconds) {
  const agent = new Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
  /** @type {number[]} */
  const times = [];
  let failed = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (performance.now() < end) {
        const before = performance.now();
        const status = await hit(agent, url);
        times.push(performance.now() - before);
        if (status !== 200) failed++;
      }
    }),
  );
  const totalMs = performance.now() - started;
  agent.destroy();
  if (failed > 0) throw new Error(`${url.href}: ${String(failed)} of ${String(times.length)} answers were not 200`);
  return {
    perSecond: (times.length / totalMs) * 1000,
    p50: median(times),
    p99: quantile(times, 0.99),
    requests: times.length,
  };
}

/** The cached answer as the council server sends it: asked twice, so the second is the cache's. */
async function cachedAnswer(/** @type {URL} */ url) {
  const miss = await get(undefined, url);
  const cached = await get(undefined, url);
  if (miss.status !== 200 || cached.status !== 200 || cached.headers['x-cache'] !== 'hit') {
    throw new Error(
      `the council server did not answer ${POSTCODE} from its cache: ${String(cached.status)} ${String(cached.headers['x-cache'])}`,
    );
  }
  /** @type {Record<string, string | string[]>} */
  const headers = {};
  for (const [name, value] of Object.entries(cached.headers)) {
    if (value !== undefined && !PER_CONNECTION.has(name)) headers[name] = value;
  }
  return { status: cached.status, headers, body: cached.body };
}

/** The bare server must answer what the council server answers, or the comparison means nothing. */
async function checkSameAnswer(
  /** @type {URL} */ url,
  /** @type {{ status: number, headers: Record<string, string | string[]>, body: Buffer }} */ expected,
) {
  const answer = await get(undefined, url);
  const same =
    answer.status === expected.status &&
    answer.body.equals(expected.body) &&
    answer.headers['transfer-encoding'] === 'chunked' &&
    Object.entries(expected.headers).every(([name, value]) => String(answer.headers[name]) === String(value));
  if (!same) throw new Error('the bare server does not answer the same bytes as the council server');
}

async function measure() {
  const council = await startServer(['--serve', 'council']);
  const folder = mkdtempSync(join(tmpdir(), 'server-bench-'));
  /** @type {{ child: import('node:child_process').ChildProcess, url: URL } | undefined} */
  let bare;
  try {
    const answer = await cachedAnswer(council.url);
    const responseFile = join(folder, 'response.json');
    writeFileSync(responseFile, JSON.stringify({ ...answer, body: answer.body.toString('base64') }));
    bare = await startServer(['--serve', 'bare', responseFile]);
    await checkSameAnswer(bare.url, answer);

    await load(bare.url, WARM_UP_SECONDS);
    await load(council.url, WARM_UP_SECONDS);
    /** @type {{ bare: Awaited<ReturnType<typeof load>>[], council: Awaited<ReturnType<typeof load>>[] }} */
    const rounds = { bare: [], council: [] };
    for (let round = 0; round < ROUNDS; round++) {
      // ABBA: neither server always goes first, when the machine may be warmer or busier.
      const order = round % 2 === 0 ? ['bare', 'council'] : ['council', 'bare'];
      for (const name of order) {
        const result = await load(name === 'bare' ? bare.url : council.url, SECONDS);
        rounds[/** @type {'bare' | 'council'} */ (name)].push(result);
        console.log(
          `round ${String(round + 1)} ${name}: ${Math.round(result.perSecond).toLocaleString('en-GB')} req/s, p99 ${result.p99.toFixed(2)} ms`,
        );
      }
    }
    return { rounds, bodyBytes: answer.body.length };
  } finally {
    if (bare) await stopServer(bare.child);
    await stopServer(council.child);
    rmSync(folder, { recursive: true, force: true });
  }
}

async function main() {
  const { rounds, bodyBytes } = await measure();
  const summary = (/** @type {Awaited<ReturnType<typeof load>>[]} */ results) => ({
    perSecond: median(results.map((result) => result.perSecond)),
    p50: median(results.map((result) => result.p50)),
    p99: median(results.map((result) => result.p99)),
  });
  const council = summary(rounds.council);
  const bare = summary(rounds.bare);
  const anchor = 'bare node:http, the same bytes (the ceiling)';
  const results = [
    benchRow({
      id: 'server.addresses.cached',
      label: `Address handler, a cached postcode: requests a second (${String(IN_FLIGHT)} in flight)`,
      section: 'Back end',
      unit: 'req/s',
      ours: Math.round(council.perSecond),
      anchor,
      anchorValue: Math.round(bare.perSecond),
      better: 'higher',
      runs: ROUNDS,
    }),
    benchRow({
      id: 'server.addresses.cached.p99',
      label: `Address handler, a cached postcode: p99 latency (${String(IN_FLIGHT)} in flight)`,
      section: 'Back end',
      unit: 'ms',
      ours: Number(council.p99.toFixed(2)),
      anchor,
      anchorValue: Number(bare.p99.toFixed(2)),
      better: 'lower',
      runs: ROUNDS,
    }),
  ];
  const notes = [
    `Back end: GET ${PATH} through createNodeServer → createRouter → createAddressesHandler (OS Places, its fake upstream in process), ` +
      `answered from the handler's cache; ${String(bodyBytes)} B of JSON, chunked. The anchor answers the same status, headers and body, chunked. ` +
      `${String(IN_FLIGHT)} requests in flight on keep-alive connections, ${String(SECONDS)} s a round after a ${String(WARM_UP_SECONDS)} s warm-up each, ` +
      `${String(ROUNDS)} rounds alternating ABBA, medians of the rounds. The load generator is one Node process on the same machine: ` +
      'on a 2-core machine it takes a core, so the ceiling is partly its own.',
  ];

  console.log(`| Server | Req/s | p50 (ms) | p99 (ms) | × anchor |`);
  console.log(`| --- | ---: | ---: | ---: | ---: |`);
  for (const [name, row] of [
    ['bare node:http, same bytes (anchor)', bare],
    ['council address handler, cached', council],
  ]) {
    const figures = /** @type {typeof bare} */ (row);
    console.log(
      `| ${String(name)} | ${Math.round(figures.perSecond).toLocaleString('en-GB')} | ${figures.p50.toFixed(2)} | ${figures.p99.toFixed(2)} | ${(figures.perSecond / bare.perSecond).toFixed(2)} |`,
    );
  }
  const jsonFile = jsonFileOf(process.argv);
  if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify({ results, notes }, null, 2)}\n`);
}

const serveAt = process.argv.indexOf('--serve');
if (serveAt === -1) await main();
else if (process.argv[serveAt + 1] === 'council') await serveCouncil();
else serveBare(process.argv[serveAt + 2]);
