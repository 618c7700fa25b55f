// Where the address lookup's time goes, for issue 17's work on start-up and the first search: a sampled CPU
// profile in Chromium at the bench's 4× CPU throttling, each sample counted once for every function on its stack
// (inclusive time), mapped through the bundle's source map to our source files. A tool, not a benchmark: it prints
// a table and no ratio (`pnpm bench` writes the report).
//
//   node bench/profile.mjs startup [--count 50] [--runs 8]   script tag added → every element rendered
//   node bench/profile.mjs search [--size 10] [--delay 0] [--runs 8]   click on Find address → the list shown
//   --self   time on top of the stack (the browser's own functions, `importNode` or `(garbage collector)`, included)
//
// `--delay` waits that many ms after start-up before the search (the bench's own search starts about 150 ms after
// start-up). Run after the build; the page, the back end and the fake of Ideal Postcodes are the bench's own.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { parseArgs } from 'node:util';
import { idealPostcodesAnswers, POSTCODE_OF_SIZE } from './browser/fake-addresses.mjs';
import { CPU_SLOWDOWN, launchBenchChromium } from './browser/measure.mjs';
import { startBenchServer } from './browser/server.mjs';

const BUNDLE = 'packages/address-lookup/dist/bundle/council-address-lookup.bundle.js';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    count: { type: 'string', default: '1' },
    runs: { type: 'string', default: '8' },
    size: { type: 'string', default: '10' },
    delay: { type: 'string', default: '0' },
    top: { type: 'string', default: '40' },
    self: { type: 'boolean', default: false },
  },
});
const what = positionals[0] === 'search' ? 'search' : 'startup';
const count = what === 'search' ? 1 : Number(values.count);
const runs = Number(values.runs);
const size = /** @type {keyof typeof POSTCODE_OF_SIZE} */ (Number(values.size));
if (!POSTCODE_OF_SIZE[size]) throw new Error(`--size is one of ${Object.keys(POSTCODE_OF_SIZE).join(', ')}`);

const map = new SourceMap(JSON.parse(readFileSync(`${BUNDLE}.map`, 'utf8')));
const elements = Array.from(
  { length: count },
  (_, i) =>
    `<p>Question ${i + 1}</p><council-address-lookup endpoint="/api/addresses" name="address-${i + 1}" label="What is address ${i + 1}?"></council-address-lookup>`,
).join('\n');
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Profile</title></head>
<body><main><form action="/submitted" method="post">${elements}<button>Continue</button></form></main>
<script type="module" src="/bundle.js"></script></body></html>`;
const server = await startBenchServer({
  files: new Map([
    ['/', { body: page, type: 'text/html; charset=utf-8' }],
    ['/bundle.js', { body: readFileSync(BUNDLE), type: 'text/javascript' }],
  ]),
  answers: idealPostcodesAnswers(),
});
const browser = await launchBenchChromium();

/** Every element rendered with its Find address button. */
function rendered(expected) {
  return (
    [...document.querySelectorAll('council-address-lookup button')].filter(
      (button) => button.textContent?.trim() === 'Find address',
    ).length === expected
  );
}

/** In the page: the search, timed from the click to the list of `size` addresses shown and announced. */
function searchInPage({ postcode, size: wanted }) {
  const host = /** @type {HTMLElement} */ (document.querySelector('council-address-lookup'));
  const input = /** @type {HTMLInputElement} */ (host.querySelector('input[autocomplete="postal-code"]'));
  const button = /** @type {HTMLButtonElement} */ (
    [...host.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === 'Find address')
  );
  input.value = postcode;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const start = performance.now();
  button.click();
  return new Promise((resolve) => {
    const shown = () => {
      const select = host.querySelector('select');
      const said = (host.querySelector('[role="status"]')?.textContent ?? '').replace(/(\d),(\d)/g, '$1$2');
      return select?.options.length === wanted + 1 && said.includes(`${wanted} addresses found`);
    };
    const observer = new MutationObserver(() => {
      if (shown()) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    });
    observer.observe(host, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

/** Our source position of a frame of the bundle, or null for anything else (the browser's own work). */
function sourceOf(frame) {
  if (!frame.url.endsWith('/bundle.js')) return null;
  const entry = map.findEntry(frame.lineNumber, frame.columnNumber);
  // Lit's own code has no source in the bundle's map: its minified names stand.
  if (!entry.originalSource) return `${frame.functionName || '(anonymous)'}  (Lit, or no source)`;
  const file = entry.originalSource.replace(/^(\.\.\/)+/, '');
  return `${frame.functionName || '(anonymous)'}  ${file}:${String((entry.originalLine ?? 0) + 1)}`;
}

/** @type {Map<string, number>} µs per function, inclusive */
const inclusive = new Map();
/** @type {Map<string, number>} µs per function, self: the function on top of the stack, the browser's own included */
const own = new Map();

/** A frame by name: ours through the source map, anything else (the browser's DOM, `(garbage collector)`) as named. */
function nameOf(frame) {
  const ours = sourceOf(frame);
  if (ours) return ours;
  const file = frame.url ? frame.url.slice(frame.url.lastIndexOf('/') + 1) : '';
  return `${frame.functionName || '(anonymous)'}  ${file || '(the browser)'}`;
}
/** @type {number[]} */
const timings = [];
let sampled = 0;
try {
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    if (what === 'startup') await cdp.send('Profiler.start');
    const started = Date.now();
    await tab.goto(`${server.origin}/`);
    await tab.waitForFunction(rendered, count, { polling: 'raf' });
    if (what === 'startup') timings.push(Date.now() - started);
    else {
      await tab.waitForTimeout(Number(values.delay));
      await cdp.send('Profiler.start');
      timings.push(await tab.evaluate(searchInPage, { postcode: POSTCODE_OF_SIZE[size], size }));
    }
    const { profile } = await cdp.send('Profiler.stop');
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const parents = new Map(profile.nodes.flatMap((node) => (node.children ?? []).map((child) => [child, node.id])));
    profile.samples.forEach((id, index) => {
      const micros = profile.timeDeltas[index] ?? 0;
      sampled += micros;
      const top = nameOf(nodes.get(id).callFrame);
      own.set(top, (own.get(top) ?? 0) + micros);
      const counted = new Set();
      for (let at = id; at !== undefined; at = parents.get(at)) {
        const name = sourceOf(nodes.get(at).callFrame);
        if (name && !counted.has(name)) {
          counted.add(name);
          inclusive.set(name, (inclusive.get(name) ?? 0) + micros);
        }
      }
    });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const ms = (micros) => (micros / runs / 1000).toFixed(1).padStart(7);
const sorted = [...timings].sort((a, b) => a - b);
console.log(
  `${what === 'startup' ? `start-up, ${String(count)} on a page (navigation included)` : `search, ${String(size)} addresses, ${values.delay ?? '0'} ms after start-up`}, ${String(CPU_SLOWDOWN)}× CPU, ${String(runs)} runs: median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0) ?? '?'} ms (${timings.map((t) => t.toFixed(0)).join(' ')})`,
);
console.log(`${ms(sampled)} ms sampled a run, all threads' work on the page's main thread included\n`);
console.log(`ms a run, ${values.self ? 'self' : 'inclusive'}  function  source`);
for (const [name, micros] of [...(values.self ? own : inclusive)]
  .sort((a, b) => b[1] - a[1])
  .slice(0, Number(values.top))) {
  console.log(`${ms(micros)}  ${name}`);
}
