// Two builds of the address lookup side by side, by the main thread's CPU time as they start: from the bundle
// starting to evaluate to every lookup on the page ready, read from Chromium's trace (its thread times), without CPU
// throttling, in interleaved pairs. A tool for choosing between two builds, not a benchmark: it writes no row.
// Start-up timed at 4× CPU (`pnpm bench`) moves too much from run to run to tell a change of a tenth; this does not
// (one build against itself comes out within a few per cent over 40 pairs).
//
//   node bench/startup-cpu.mjs --a before.bundle.js [--b after.bundle.js] [--count 50] [--pairs 40]
//
// `--b` defaults to the built bundle (packages/address-lookup/dist/bundle/council-address-lookup.bundle.js).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { idealPostcodesAnswers } from './browser/fake-addresses.mjs';
import { inFreshPage, launchBenchChromium, startupOf } from './browser/measure.mjs';
import { ourAddressPage, READY_MARK } from './browser/pages.mjs';
import { startBenchServer } from './browser/server.mjs';
import { median } from './stats.mjs';

const BUILT = 'packages/address-lookup/dist/bundle/council-address-lookup.bundle.js';
const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string', default: BUILT },
    count: { type: 'string', default: '50' },
    pairs: { type: 'string', default: '40' },
  },
});
if (!values.a) throw new Error('--a names the bundle to compare with (a copy of an earlier build)');
const count = Number(values.count);
const builds = /** @type {const} */ (['a', 'b']);
/** @type {Map<string, import('./browser/server.mjs').StaticFile>} */
const files = new Map();
for (const build of builds) {
  files.set(`/${build}.html`, { type: 'text/html; charset=utf-8', body: ourAddressPage(count, `/${build}.js`) });
  files.set(`/${build}.js`, { type: 'text/javascript; charset=utf-8', body: readFileSync(values[build] ?? '') });
}

/**
 * The main thread's CPU time (µs) in the tasks from our module's evaluation to the ready mark: the trace's outermost
 * events with a thread time, each counted once.
 * @param {{ name: string, ph: string, pid: number, tid: number, ts: number, dur?: number, tdur?: number }[]} events
 */
function cpuToReady(events) {
  const ready = events.find((event) => event.name === READY_MARK);
  const start = events.find(
    (event) => event.name === 'v8.evaluateModule' && event.pid === ready?.pid && event.tid === ready?.tid,
  );
  if (!ready || !start) return undefined;
  const onMain = events
    .filter(
      (event) => event.pid === ready.pid && event.tid === ready.tid && event.ph === 'X' && event.tdur !== undefined,
    )
    .sort((x, y) => x.ts - y.ts || (y.dur ?? 0) - (x.dur ?? 0));
  let cpu = 0;
  let coveredUntil = -Infinity;
  for (const event of onMain) {
    if (event.ts < coveredUntil) continue;
    coveredUntil = event.ts + (event.dur ?? 0);
    if (coveredUntil >= start.ts && event.ts <= ready.ts) cpu += event.tdur ?? 0;
  }
  return cpu;
}

const server = await startBenchServer({ files, answers: idealPostcodesAnswers() });
const browser = await launchBenchChromium();
/** @type {Record<'a' | 'b', number[]>} ms of CPU */
const measured = { a: [], b: [] };
try {
  for (let pair = 0; pair < Number(values.pairs); pair += 1) {
    for (const build of pair % 2 === 0 ? builds : [...builds].reverse()) {
      const what = `build ${build}, ${count} lookup(s)`;
      const cpu = await inFreshPage(
        browser,
        `${server.origin}/${build}.html`,
        { throttle: false, what },
        async (page) => {
          await browser.startTracing(page, {
            categories: ['toplevel', 'devtools.timeline', 'blink.user_timing', 'v8.execute'],
          });
          await startupOf(page, what);
          return cpuToReady(JSON.parse((await browser.stopTracing()).toString()).traceEvents);
        },
      );
      // The trace starts once the page has begun to load: a page that ran its script before it is left out.
      if (cpu !== undefined) measured[build].push(cpu / 1000);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
for (const build of builds) {
  const ms = measured[build];
  console.log(`${build}: ${values[build]}: median ${median(ms).toFixed(1)} ms of CPU (${ms.length} pages)`);
}
console.log(`b / a: ${(median(measured.b) / median(measured.a)).toFixed(3)}`);
