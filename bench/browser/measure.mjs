// The Node half of the browser bench: one fresh browser context and page per measurement, CPU throttled through
// CDP, every step with a timeout whose error names the widget, the step and the size.

import { chromium } from 'playwright';
import { READY_MESSAGE } from './pages.mjs';

/** Chromium's CPU throttling for timings: a mid-range phone's speed on a laptop's core, as Lighthouse does. */
export const CPU_SLOWDOWN = 4;

/** Debian's Chromium (or `CHROMIUM_PATH`), every host name but loopback resolving to nothing, no calls home. */
export function launchBenchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1 , EXCLUDE [::1]',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
const STEP_TIMEOUT_MS = 45_000;

/**
 * Requests a page made anywhere but the local server, by what was being measured: none should be made, and the
 * browser's resolver rules fail any that are, so nothing leaves the machine.
 * @type {Set<string>}
 */
export const offsiteRequests = new Set();

/**
 * @typedef {import('playwright').Browser} Browser
 * @typedef {import('playwright').Page} Page
 * @typedef {import('playwright').CDPSession} CDPSession
 * @typedef {{ ms: number, longTaskMs: number, blockingMs: number, cls: number }} Timing
 * @typedef {'ours' | 'theirs'} Widget
 */

/**
 * `promise`, or an error naming what was awaited after `ms`.
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
export async function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** @typedef {Timing | { error: string }} Reported */

/** Each open page's start-up, as its start script reports it on the console (pages.mjs). @type {WeakMap<Page, Promise<Reported>>} */
const reportedStartup = new WeakMap();

/**
 * Opens `url` in a new context (its own cache and renderer), throttled when asked, and runs `use` on it; the
 * context is always closed.
 * @template T
 * @param {Browser} browser
 * @param {string} url
 * @param {{ throttle: boolean, what: string }} options
 * @param {(page: Page, cdp: CDPSession) => Promise<T>} use
 * @returns {Promise<T>}
 */
export async function inFreshPage(browser, url, { throttle, what }, use) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    /** @type {string[]} */
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('request', (request) => {
      const { protocol, hostname } = new URL(request.url());
      if (protocol !== 'data:' && hostname !== '127.0.0.1') offsiteRequests.add(`${what}: ${request.url()}`);
    });
    reportedStartup.set(
      page,
      new Promise((resolve) => {
        page.on('console', (message) => {
          const text = message.text();
          if (text.startsWith(READY_MESSAGE)) resolve(JSON.parse(text.slice(READY_MESSAGE.length)));
        });
      }),
    );
    const cdp = await context.newCDPSession(page);
    if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const response = await page.goto(url, { waitUntil: 'commit', timeout: STEP_TIMEOUT_MS }).catch((error) => {
      throw new Error(`${what}: loading ${url} failed: ${error.message}`);
    });
    if (!response?.ok()) throw new Error(`${what}: loading ${url} answered ${response?.status()}`);
    try {
      return await use(page, cdp);
    } catch (error) {
      const errors = pageErrors.length > 0 ? ` (page errors: ${pageErrors.join('; ')})` : '';
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`${message.startsWith(what) ? '' : `${what}: `}${message}${errors}`, { cause: error });
    }
  } finally {
    await context.close();
  }
}

/**
 * The page's own start-up timing: from its start script to its widgets being ready (pages.mjs), as the page writes it
 * on the console. Nothing of Playwright's runs in the page meanwhile: its first script in a page (its own helpers,
 * about 40 ms at 4× CPU) would otherwise fall inside the time measured, for either widget, whenever it landed.
 * @param {Page} page opened by `inFreshPage`
 * @param {string} what
 * @returns {Promise<Timing>}
 */
export async function startupOf(page, what) {
  const reported = reportedStartup.get(page);
  if (!reported) throw new Error(`${what}: not a page opened by inFreshPage`);
  const outcome = await withTimeout(reported, STEP_TIMEOUT_MS, `${what}: ready`);
  if ('error' in outcome) throw new Error(`${what}: ${outcome.error}`);
  return outcome;
}

/**
 * In the page: types the postcode, clicks the widget's find button and times, from the click, until the list shows
 * all `size` addresses (and, for ours, the live region says how many were found). Then the long tasks in between.
 * @param {{ widget: Widget, postcode: string, size: number, timeoutMs: number }} args
 */
async function searchInPage({ widget, postcode, size, timeoutMs }) {
  const bench = /** @type {any} */ (window).__bench;
  const ours = widget === 'ours';
  const host = /** @type {HTMLElement} */ (document.querySelector(ours ? 'council-address-lookup' : '#lookup_1'));
  const input = /** @type {HTMLInputElement} */ (
    host.querySelector(ours ? 'input[autocomplete="postal-code"]' : '.idpc-input')
  );
  const button = ours
    ? [...host.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === 'Find address')
    : host.querySelector('.idpc-button');
  if (!input || !button) throw new Error(`${widget}: no postcode field or find button`);
  input.value = postcode;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const container = ours ? host : /** @type {HTMLElement} */ (host.closest('fieldset'));
  const listShown = () => {
    const select = container.querySelector('select');
    if (!select || select.options.length !== size + 1 || !select.checkVisibility()) return false;
    if (!ours) return true;
    // "1,000 addresses found for SO15 1AD": the count as the resident's locale writes it.
    const said = host.querySelector('[role="status"]')?.textContent?.replace(/(\d),(\d)/g, '$1$2') ?? '';
    return said.includes(`${size} addresses found`);
  };
  const start = performance.now();
  /** @type {HTMLButtonElement} */ (button).click();
  const end = await bench.until(listShown, timeoutMs, `${widget}: ${size} addresses listed`);
  await bench.settle();
  const options = [.../** @type {HTMLSelectElement} */ (container.querySelector('select')).options].slice(1);
  return {
    ms: end - start,
    ...bench.blocking(start, end),
    listed: options.length,
    sample: options
      .map((option) => option.text)
      .filter((text) => text.includes('1 Harbour Road'))
      .slice(0, 1),
  };
}

/**
 * One search: a fresh page with one widget, ready, then the search timed in the page.
 * @param {Browser} browser
 * @param {string} url
 * @param {{ widget: Widget, postcode: string, size: number }} search
 */
export async function searchRun(browser, url, { widget, postcode, size }) {
  const what = `search, ${widget === 'ours' ? 'council-address-lookup' : 'postcode-lookup'}, N=${size}`;
  return inFreshPage(browser, url, { throttle: true, what }, async (page) => {
    await startupOf(page, what);
    const result = await withTimeout(
      page.evaluate(searchInPage, { widget, postcode, size, timeoutMs: STEP_TIMEOUT_MS - 5_000 }),
      STEP_TIMEOUT_MS,
      `${what}: click to list shown`,
    );
    if (result.listed !== size) throw new Error(`${what}: listed ${result.listed} addresses, not ${size}`);
    if (result.sample.length === 0) throw new Error(`${what}: the list does not have "1 Harbour Road"`);
    return result;
  });
}

/**
 * The JS heap of a page once its widgets are ready, after garbage collection.
 * @param {Browser} browser
 * @param {string} url
 * @param {string} what
 * @returns {Promise<{ usedBytes: number, embedderBytes: number | undefined }>}
 */
export async function heapRun(browser, url, what) {
  return inFreshPage(browser, url, { throttle: false, what }, async (page, cdp) => {
    await startupOf(page, what);
    await cdp.send('HeapProfiler.enable');
    for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
    const usage = /** @type {{ usedSize: number, embedderHeapUsedSize?: number }} */ (
      await cdp.send('Runtime.getHeapUsage')
    );
    return { usedBytes: usage.usedSize, embedderBytes: usage.embedderHeapUsedSize };
  });
}
