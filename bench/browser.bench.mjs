// Our components in Chromium beside the components and libraries councils would pick instead (issue 17).
//
//   node bench/browser.bench.mjs [--runs N] [--json FILE] [--only startup,search,heap]
//
// What it measures, and why each anchor:
// - Bytes: brotli of what a page downloads for each component, beside Ideal Postcodes' postcode-lookup (bundled
//   here with rolldown, minified, as a council ships it) for the address lookup, and govuk-frontend's minified CSS
//   and JS (the nearest thing giving the same look) for the others; and each bundle beside Lit alone, the floor.
// - Start-up, at 4× CPU throttling: from the script tag's start to every widget ready (ours: upgraded and rendered
//   with its Find address button; postcode-lookup: set up with its input and button), with 1 and 50 on a page; the
//   long tasks and layout shift meanwhile. Each other component beside govuk-frontend's initAll() on GOV.UK markup.
// - Search, at 4× CPU throttling: from the click on the find button to the list of N addresses shown (and, for
//   ours, the live region saying so), N = 10, 137, 1000, and the total blocking time meanwhile for 1000.
// - Memory: JS heap per instance with 50 on a page, after garbage collection, against the same page with none.
//
// Every API is local: one server (bench/browser/server.mjs) serves the pages, the scripts, our back end's real
// address handler and a fake of Ideal Postcodes' API with the same N addresses for both widgets. Runs are
// interleaved (ours, anchor, ours, anchor…), each in a fresh browser context; medians and p90s are reported.
// Timings are taken inside the page (bench/browser/probe.js), so Playwright's round trips never count.
// With --json FILE it writes { results: Row[], notes: string[] } for bench/run.mjs. Run after the build. --only runs
// just those groups of browser rows (startup: the address lookup's; components: the others'; search; heap), for a
// quick look while working on one of them; bench/run.mjs always runs them all.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { brotliCompressSync } from 'node:zlib';
import { buildLitAlone, buildPostcodeLookupBundle, readGovukFrontend } from './browser/anchors.mjs';
import { idealPostcodesAnswers, POSTCODE_OF_SIZE } from './browser/fake-addresses.mjs';
import {
  CPU_SLOWDOWN,
  heapRun,
  inFreshPage,
  launchBenchChromium,
  offsiteRequests,
  searchRun,
  startupOf,
} from './browser/measure.mjs';
import {
  govukAnchorPage,
  OTHER_COMPONENTS,
  ourAddressPage,
  ourComponentPage,
  SCRIPT_PATHS,
  theirAddressPage,
} from './browser/pages.mjs';
import { startBenchServer } from './browser/server.mjs';
import { SECTIONS, sectionTable } from './report.mjs';
import { fixedRow, median, measuredRow } from './stats.mjs';

/** @typedef {import('./report.mjs').Row} Row */
/** @typedef {import('playwright').Browser} Browser */

const KIB = 1024;
const INSTANCES = 50;
/**
 * Pairs of the address lookup's start-up pages in each run. A start-up takes about a second, and its pairs spread the
 * most of any browser row (their own ratios from about 0.6 to 1.7 across a run of 25): four pairs a run give the
 * medians four times the samples for about a minute and a half more. The pairs take turns to go first (ours then the
 * anchor, then the anchor then ours), so that neither always loads just after the other's page has closed.
 */
const STARTUP_PAIRS = 4;
/** @type {readonly ('ours' | 'theirs')[]} ours, the anchor, the anchor, ours… */
const STARTUP_ORDER = Array.from({ length: STARTUP_PAIRS }, (_, pair) =>
  pair % 2 === 0 ? /** @type {const} */ (['ours', 'theirs']) : /** @type {const} */ (['theirs', 'ours']),
).flat();
const SIZES = /** @type {const} */ ([10, 137, 1000]);
const POSTCODE_LOOKUP = 'postcode-lookup 3.2.0 (Ideal Postcodes)';
const GOVUK_FRONTEND = 'govuk-frontend 6.6.0';
const LIT_ALONE = 'Lit 3.3.3 alone';

/** Our built script-tag bundles, by component package directory. */
const OUR_BUNDLES = {
  'address-lookup': 'packages/address-lookup/dist/bundle/council-address-lookup.bundle.js',
  'bin-collections': 'packages/bin-collections/dist/bundle/council-bin-collections.bundle.js',
  booking: 'packages/booking/dist/bundle/council-booking.bundle.js',
  payment: 'packages/payment/dist/bundle/council-payment.bundle.js',
};

/** The groups of browser measurements, in the order a run takes them. */
const GROUPS = /** @type {const} */ (['startup', 'components', 'search', 'heap']);
/** @typedef {(typeof GROUPS)[number]} Group */

/** @returns {{ runs: number, json: string | undefined, only: ReadonlySet<Group> }} */
function options() {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '25' }, json: { type: 'string' }, only: { type: 'string' } },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1, not ${values.runs}`);
  const only = values.only?.split(',').map((group) => group.trim()) ?? [...GROUPS];
  const unknown = only.filter((group) => !(/** @type {readonly string[]} */ (GROUPS).includes(group)));
  if (unknown.length > 0) throw new Error(`--only takes ${GROUPS.join(', ')}; not ${unknown.join(', ')}`);
  if (values.only !== undefined && values.json) throw new Error('--only is for a quick look: --json writes every row');
  return { runs, json: values.json, only: new Set(/** @type {Group[]} */ (only)) };
}

/** @param {Uint8Array | string} bytes @returns {number} KiB after brotli (quality 11, as CDNs serve scripts) */
const brotliKib = (bytes) => brotliCompressSync(typeof bytes === 'string' ? Buffer.from(bytes) : bytes).length / KIB;

/**
 * The files the server serves: our bundles, the anchors, and every page.
 * @param {{ postcodeLookup: string, govuk: { css: Buffer, js: Buffer }, ours: Record<string, Buffer> }} scripts
 */
function benchFiles({ postcodeLookup, govuk, ours }) {
  const js = 'text/javascript; charset=utf-8';
  const html = 'text/html; charset=utf-8';
  /** @type {Map<string, import('./browser/server.mjs').StaticFile>} */
  const files = new Map([
    [SCRIPT_PATHS.addressLookup, { type: js, body: ours['address-lookup'] }],
    [SCRIPT_PATHS.binCollections, { type: js, body: ours['bin-collections'] }],
    [SCRIPT_PATHS.booking, { type: js, body: ours.booking }],
    [SCRIPT_PATHS.payment, { type: js, body: ours.payment }],
    [SCRIPT_PATHS.postcodeLookup, { type: js, body: postcodeLookup }],
    [SCRIPT_PATHS.govukCss, { type: 'text/css; charset=utf-8', body: govuk.css }],
    [SCRIPT_PATHS.govukJs, { type: js, body: govuk.js }],
  ]);
  for (const count of [0, 1, INSTANCES]) {
    files.set(pagePath('ours', count), { type: html, body: ourAddressPage(count) });
    files.set(pagePath('theirs', count), { type: html, body: theirAddressPage(count) });
  }
  for (const name of OTHER_COMPONENTS) {
    files.set(`/pages/${name}-ours.html`, { type: html, body: ourComponentPage(name) });
    files.set(`/pages/${name}-govuk.html`, { type: html, body: govukAnchorPage(name) });
  }
  return files;
}

/** @param {'ours' | 'theirs'} widget @param {number} count */
const pagePath = (widget, count) => `/pages/address-${widget}-${count}.html`;

/**
 * The byte rows: brotli of what each page downloads, beside its anchor, and beside Lit alone.
 * @param {{ postcodeLookup: string, govuk: { css: Buffer, js: Buffer }, litAlone: string, ours: Record<string, Buffer> }} built
 * @returns {Row[]}
 */
function byteRows({ postcodeLookup, govuk, litAlone, ours }) {
  const govukKib = brotliKib(govuk.css) + brotliKib(govuk.js);
  const litKib = brotliKib(litAlone);
  /** @type {Row[]} */
  const rows = [];
  for (const [name, bundle] of Object.entries(ours)) {
    const kib = brotliKib(bundle);
    const addressLookup = name === 'address-lookup';
    rows.push(
      fixedRow({
        id: `bytes.${name}`,
        label: `${name}: script-tag bundle, styles included`,
        section: 'Bytes',
        unit: 'KiB',
        ours: kib,
        anchor: addressLookup ? `${POSTCODE_LOOKUP}, minified bundle` : `${GOVUK_FRONTEND}: min CSS + min JS`,
        anchorValue: addressLookup ? brotliKib(postcodeLookup) : govukKib,
      }),
    );
  }
  for (const [name, bundle] of Object.entries(ours)) {
    rows.push(
      fixedRow({
        id: `bytes.${name}.lit`,
        label: `${name}: bundle beside Lit alone (the floor)`,
        section: 'Bytes',
        unit: 'KiB',
        ours: brotliKib(bundle),
        anchor: LIT_ALONE,
        anchorValue: litKib,
      }),
    );
  }
  return rows;
}

/**
 * Collects numbers by key across interleaved runs.
 * @returns {{ add: (key: string, value: number) => void, get: (key: string) => number[] }}
 */
function samples() {
  /** @type {Map<string, number[]>} */
  const byKey = new Map();
  return {
    add: (key, value) => {
      if (!Number.isFinite(value)) throw new Error(`${key}: measured ${value}`);
      byKey.set(key, [...(byKey.get(key) ?? []), value]);
    },
    get: (key) => {
      const values = byKey.get(key);
      if (!values?.length) throw new Error(`no samples of ${key}`);
      return values;
    },
  };
}

/**
 * One run of every browser measurement, ours then the anchor each time.
 * @param {Browser} browser
 * @param {string} origin
 * @param {ReturnType<typeof samples>} collected
 * @param {ReadonlySet<Group>} only
 */
async function oneRun(browser, origin, collected, only) {
  for (const count of only.has('startup') ? [1, INSTANCES] : []) {
    for (const widget of STARTUP_ORDER) {
      const what = `start-up, ${widget === 'ours' ? 'council-address-lookup' : 'postcode-lookup'} × ${count}`;
      const timing = await inFreshPage(browser, origin + pagePath(widget, count), { throttle: true, what }, (page) =>
        startupOf(page, what),
      );
      collected.add(`startup.${count}.${widget}`, timing.ms);
      collected.add(`startup.${count}.longtasks.${widget}`, timing.longTaskMs);
      collected.add(`startup.${count}.cls.${widget}`, timing.cls);
    }
  }
  for (const name of only.has('components') ? OTHER_COMPONENTS : []) {
    for (const widget of /** @type {const} */ (['ours', 'govuk'])) {
      const what = `start-up, ${name} (${widget === 'ours' ? 'ours' : 'govuk-frontend initAll'})`;
      const timing = await inFreshPage(
        browser,
        `${origin}/pages/${name}-${widget}.html`,
        { throttle: true, what },
        (page) => startupOf(page, what),
      );
      collected.add(`startup.${name}.${widget}`, timing.ms);
    }
  }
  for (const size of only.has('search') ? SIZES : []) {
    for (const widget of /** @type {const} */ (['ours', 'theirs'])) {
      const result = await searchRun(browser, origin + pagePath(widget, 1), {
        widget,
        postcode: POSTCODE_OF_SIZE[size],
        size,
      });
      collected.add(`search.${size}.${widget}`, result.ms);
      collected.add(`tbt.${size}.${widget}`, result.blockingMs);
    }
  }
  for (const widget of only.has('heap') ? /** @type {const} */ (['ours', 'theirs']) : []) {
    const name = widget === 'ours' ? 'council-address-lookup' : 'postcode-lookup';
    const none = await heapRun(browser, origin + pagePath(widget, 0), `heap, ${name} × 0`);
    const many = await heapRun(browser, origin + pagePath(widget, INSTANCES), `heap, ${name} × ${INSTANCES}`);
    collected.add(`heap.${widget}`, (many.usedBytes - none.usedBytes) / INSTANCES / KIB);
    if (many.embedderBytes !== undefined && none.embedderBytes !== undefined) {
      collected.add(`heap.embedder.${widget}`, (many.embedderBytes - none.embedderBytes) / INSTANCES / KIB);
    }
  }
}

/**
 * The rows of the browser measurements.
 * @param {ReturnType<typeof samples>} collected
 * @param {ReadonlySet<Group>} only
 * @returns {Row[]}
 */
function browserRows(collected, only) {
  const pair = (/** @type {string} */ key, /** @type {string} */ anchorKey = 'theirs') => [
    collected.get(`${key}.ours`),
    collected.get(`${key}.${anchorKey}`),
  ];
  /** @type {Row[]} */
  const rows = [];
  const startup = 'Start-up';
  for (const count of only.has('startup') ? [1, INSTANCES] : []) {
    const shape = count === 1 ? 'one on a page' : `${count} on a page`;
    const anchor = `${POSTCODE_LOOKUP}, ${shape}`;
    rows.push(
      measuredRow(
        {
          id: `startup.${count}`,
          label: `Address lookup, ${shape}: script start to interactive, 4× CPU`,
          section: startup,
          unit: 'ms',
          anchor,
        },
        ...pair(`startup.${count}`),
      ),
      measuredRow(
        {
          id: `startup.${count}.longtasks`,
          label: `Address lookup, ${shape}: long tasks meanwhile, 4× CPU`,
          section: startup,
          unit: 'ms',
          anchor,
        },
        ...pair(`startup.${count}.longtasks`),
      ),
      measuredRow(
        {
          id: `startup.${count}.cls`,
          label: `Address lookup, ${shape}: layout shift (CLS)`,
          section: startup,
          unit: 'CLS',
          anchor,
        },
        ...pair(`startup.${count}.cls`),
      ),
    );
  }
  for (const name of only.has('components') ? OTHER_COMPONENTS : []) {
    rows.push(
      measuredRow(
        {
          id: `startup.${name}`,
          label: `${name}, one on a page: script start to first render, 4× CPU`,
          section: startup,
          unit: 'ms',
          anchor: `${GOVUK_FRONTEND} initAll() on the same screen's GOV.UK markup`,
        },
        ...pair(`startup.${name}`, 'govuk'),
      ),
    );
  }
  const search = 'Search';
  for (const size of only.has('search') ? SIZES : []) {
    rows.push(
      measuredRow(
        {
          id: `search.${size}`,
          label: `Find address to ${size} addresses listed, 4× CPU`,
          section: search,
          unit: 'ms',
          anchor: POSTCODE_LOOKUP,
        },
        ...pair(`search.${size}`),
      ),
    );
  }
  if (only.has('search'))
    rows.push(
      measuredRow(
        {
          id: 'tbt.1000',
          label: 'Total blocking time, Find address to 1000 addresses listed, 4× CPU',
          section: search,
          unit: 'ms',
          anchor: POSTCODE_LOOKUP,
        },
        ...pair('tbt.1000'),
      ),
    );
  if (only.has('heap'))
    rows.push(
      measuredRow(
        {
          id: `heap.${INSTANCES}`,
          label: `JS heap per instance, ${INSTANCES} on a page`,
          section: 'Memory',
          unit: 'KiB per instance',
          anchor: POSTCODE_LOOKUP,
        },
        ...pair('heap'),
      ),
    );
  return rows;
}

/** The notes that go with the figures. @param {number} runs */
function notesOf(runs) {
  return [
    `Every browser figure is the median (and p90) of ${runs} interleaved run(s), ours then the anchor, each in a fresh browser context; timings at ${CPU_SLOWDOWN}× CPU throttling (CDP Emulation.setCPUThrottlingRate), taken inside the page. The address lookup's start-up rows take ${STARTUP_PAIRS} pairs a run (${runs * STARTUP_PAIRS} samples each), which take turns to go first: ours then the anchor, then the anchor then ours.`,
    'bytes.<package>.lit rows are above 1.0 by design: Lit is the floor every one of our bundles is built on.',
    "bytes.payment's anchor is govuk-frontend's min CSS + min JS, the nearest thing giving the same look: GOV.UK Pay's own page weight cannot be measured offline.",
    "bytes.bin-collections and bytes.booking are also beside govuk-frontend's min CSS + min JS. Our bundles carry their styles; the anchor's page needs its stylesheet besides.",
    'The postcode-lookup anchor is its ESM package (with core-axios, axios, jsutil) bundled by rolldown, minified, one classic script setting window.IdealPostcodes, as postcode-lookup-bundled ships it; set up with checkKey: false, so its default key check (a request before it shows anything) is not in its start-up: the anchor at its fastest.',
    'Start-up starts when the page adds the script tag (a start script at the end of the body) and ends when every widget is ready: ours defined and rendered with its Find address button, postcode-lookup set up (onLoaded) with its input and button; the fetch from the local server is included for both. Each page writes its timing to its console, where the bench reads it: nothing of Playwright’s runs in a page while it is timed (its helper script, about 40 ms at 4× CPU, once fell inside either widget’s time).',
    "startup.bin-collections, startup.booking and startup.payment: ours to its first render (.ccuk-root in the element; booking's slots are asked for after it), beside govuk-frontend's initAll() on the same screen's GOV.UK markup, already in the page with its stylesheet: the anchor's HTML and CSS are not in its time, ours are (our components render their own).",
    "Long tasks: the total duration of long tasks overlapping start to ready. CLS: layout shift from page start to two frames after ready, with a question above and a Continue button below each widget. Our element is empty until it upgrades, then renders its question, so what is below it moves; postcode-lookup's page already holds the fields it fills, and it adds one row: the CLS rows depend on that page shape. A ratio is null (n/a) where the anchor measured 0.",
    `Search: both widgets are given the same N addresses for a postcode (${Object.entries(POSTCODE_OF_SIZE)
      .map(([size, postcode]) => `${postcode}: ${size}`)
      .join(
        ', ',
      )}), ours through our back end's real address handler (packages/server, over the same fake Ideal Postcodes API), postcode-lookup from that fake directly; both on one local server. Timed from the click dispatched in the page to a visible select with all N options (and, for ours, the live region saying "N addresses found"), seen by a MutationObserver.`,
    'tbt.1000: the sum over long tasks overlapping click to list shown of their time past 50 ms.',
    `heap.${INSTANCES}: JS heap (CDP HeapProfiler.collectGarbage ×3, then Runtime.getHeapUsage usedSize) of a page with ${INSTANCES} widgets minus the same page with the script and none, ÷ ${INSTANCES}; DOM nodes live outside the JS heap.`,
  ];
}

/** @param {ReturnType<typeof samples>} collected @returns {string | undefined} */
function embedderNote(collected) {
  try {
    const [ours, theirs] = [collected.get('heap.embedder.ours'), collected.get('heap.embedder.theirs')];
    return `Blink's own heap (Runtime.getHeapUsage embedderHeapUsedSize, the DOM among it) per instance, ${INSTANCES} on a page: ours ${median(ours).toFixed(1)} KiB, postcode-lookup ${median(theirs).toFixed(1)} KiB.`;
  } catch {
    return undefined;
  }
}

async function main() {
  const { runs, json, only } = options();
  const loadBefore = loadavg()[0];
  /** @type {Record<string, Buffer>} */
  const ours = {};
  for (const [name, file] of Object.entries(OUR_BUNDLES)) {
    if (!existsSync(file)) throw new Error(`${file} is missing: build first`);
    ours[name] = readFileSync(file);
  }
  const [postcodeLookup, litAlone] = await Promise.all([buildPostcodeLookupBundle(), buildLitAlone()]);
  const govuk = readGovukFrontend();
  const rows = byteRows({ postcodeLookup, govuk, litAlone, ours });

  const server = await startBenchServer({
    files: benchFiles({ postcodeLookup, govuk, ours }),
    answers: idealPostcodesAnswers(),
  });
  /** @type {Browser | undefined} */
  let browser;
  const collected = samples();
  try {
    browser = await launchBenchChromium();
    for (let run = 1; run <= runs; run += 1) {
      const started = Date.now();
      await oneRun(browser, server.origin, collected, only);
      console.error(`run ${run} of ${runs}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    await browser?.close();
    await server.close();
  }
  rows.push(...browserRows(collected, only));
  const notes = notesOf(runs);
  const embedder = embedderNote(collected);
  if (embedder) notes.push(embedder);
  notes.push(
    `Machine: ${availableParallelism()} core(s); 1-minute load average ${loadBefore.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end. Other work on the machine moves every timing, ours and the anchor's alike: read the ratios, and the p90s for how steady they were.`,
  );
  notes.push(
    offsiteRequests.size === 0
      ? 'No page asked for anything but the local server.'
      : `Requests beyond the local server (refused by the browser's resolver rules): ${[...offsiteRequests].slice(0, 5).join(', ')}${offsiteRequests.size > 5 ? ` and ${offsiteRequests.size - 5} more` : ''}.`,
  );

  for (const section of SECTIONS) {
    const inSection = rows.filter((row) => row.section === section);
    if (inSection.length > 0) console.log(`### ${section}\n\n${sectionTable(inSection)}\n`);
  }
  console.log('');
  for (const note of notes) console.log(`- ${note}`);
  if (json) writeFileSync(json, `${JSON.stringify({ results: rows, notes }, null, 2)}\n`);
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
