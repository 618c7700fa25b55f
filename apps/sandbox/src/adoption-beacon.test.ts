import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createNodeServer } from '@council-components/server/node/node-adapter.js';
import { launchChromium } from '@council-components/testing/playwright-chromium.js';
import { createSandboxApp, OLDER_VERSION } from './app.ts';
import { sandboxComponents } from './components.ts';

/**
 * The adoption beacon, seen from outside the page: a council's page at a path with a resident's postcode in its
 * query and a step in its hash, the sandbox's bundles pasted in (two copies of the payment's, as two teams would),
 * and the collector on another site, reached by the same server at 127.0.0.1. What the collector receives is all
 * a beacon can say.
 */

/** A version 1 beacon's fields, in order (packages/http/src/adoption-beacon.ts): nothing else is ever sent. */
const BEACON_FIELDS = ['v', 'package', 'version', 'delivery', 'elements', 'origin', 'sample'];

interface Received {
  body: string;
  contentType: string | null;
  cookie: string | null;
}

const received: Received[] = [];
let server: ReturnType<typeof createNodeServer> | undefined;
let browser: Browser | undefined;
let port = 0;

const pageOrigin = (): string => `http://localhost:${String(port)}`;
const collector = (): string => `http://127.0.0.1:${String(port)}/beacons`;

const markupOf = (tag: string): string => {
  const component = sandboxComponents.find((candidate) => candidate.tag === tag);
  if (!component) throw new Error(`the sandbox has no ${tag}`);
  return component.markup('en');
};

/** The council's page: the meta says where beacons go (or `off`), the scripts are the bundles or the loader. */
function applyPage(query: URLSearchParams): string {
  const telemetry = query.get('telemetry') ?? collector();
  const scripts =
    query.get('delivery') === 'loader'
      ? ['/components/loader/council-components.js']
      : [
          '/older-version/components/payment/bundle/council-payment.bundle.js',
          '/components/payment/bundle/council-payment.bundle.js',
          '/components/address-lookup/bundle/council-address-lookup.bundle.js',
        ];
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Apply for a resident's parking permit at SW1A 2AA – Example County Council</title>
    <link rel="icon" href="/legacy/favicon.svg" type="image/svg+xml">
    <meta name="council-components-telemetry" content="${telemetry}">
    ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n    ')}
  </head>
  <body>
    <main>
      <h1>Apply for a permit</h1>
      <form method="post" action="/submitted">
        ${markupOf('council-address-lookup')}
        ${markupOf('council-payment')}
        <council-payment name="second-payment" payment-link="https://www.gov.uk/payments/example-council/pay-a-parking-fine" description="Pay a parking fine" amount="7000"></council-payment>
        <council-payment name="private-payment" telemetry="off" payment-link="https://www.gov.uk/payments/example-council/pay-a-parking-fine" description="Pay a parking fine" amount="7000"></council-payment>
      </form>
    </main>
  </body>
</html>`;
}

beforeAll(async () => {
  const sandbox = createSandboxApp();
  server = createNodeServer(async (request, context) => {
    const url = new URL(request.url);
    if (url.pathname === '/apply') {
      return new Response(applyPage(url.searchParams), {
        headers: {
          'Content-Type': 'text/html; charset=utf-8',
          // As strict as a council's: the page may send only to itself and to its collector.
          'Content-Security-Policy': `default-src 'self'; script-src 'self'; connect-src 'self' ${collector()}`,
        },
      });
    }
    if (url.pathname === '/beacons' && request.method === 'POST') {
      received.push({
        body: await request.text(),
        contentType: request.headers.get('content-type'),
        cookie: request.headers.get('cookie'),
      });
      return new Response(null, { status: 204 });
    }
    return sandbox(request, context);
  });
  await new Promise<void>((resolve, reject) => {
    server?.once('error', reject);
    server?.listen(0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => {
    server?.closeAllConnections();
    server?.close(resolve);
  });
});

beforeEach(() => {
  received.length = 0;
});

/**
 * Reads of `document.cookie`, `localStorage`, `sessionStorage` and `indexedDB` by the page's scripts, counted from
 * before the first of them runs.
 */
function watchCookiesAndStorage(): void {
  interface Accessor {
    get?: (this: unknown) => unknown;
    set?: (this: unknown, value: unknown) => void;
  }
  const accessorOf = (holder: object, name: string): Accessor | undefined =>
    Object.getOwnPropertyDescriptor(holder, name);
  const touched: string[] = [];
  Object.defineProperty(window, '__touched', { value: touched });
  const watch = (owner: object, name: string): void => {
    let holder: object | null = owner;
    while (holder && !accessorOf(holder, name)) holder = Object.getPrototypeOf(holder) as object | null;
    const { get: read, set: write } = (holder && accessorOf(holder, name)) ?? {};
    if (!holder || !read) throw new Error(`no ${name} to watch`);
    Object.defineProperty(holder, name, {
      configurable: true,
      get(this: unknown) {
        touched.push(name);
        return read.call(this);
      },
      set: write
        ? function (this: unknown, value: unknown) {
            touched.push(`${name}=`);
            write.call(this, value);
          }
        : undefined,
    });
  };
  watch(document, 'cookie');
  for (const name of ['localStorage', 'sessionStorage', 'indexedDB']) watch(window, name);
}

interface Opened {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

/** The council's page in a fresh browser, with a session cookie of the council and one of the collector's site. */
async function openApplyPage(query = '', init?: () => void): Promise<Opened> {
  if (!browser) throw new Error('Chromium starts before the tests');
  const context = await browser.newContext();
  await context.addCookies([
    { name: 'council_session', value: 'resident-session-7f3a', url: pageOrigin() },
    { name: 'collector_visitor', value: 'visitor-91c2', url: `http://127.0.0.1:${String(port)}` },
  ]);
  await context.addInitScript(watchCookiesAndStorage);
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(`${pageOrigin()}/apply?postcode=SW1A2AA${query}#step2`, {
    referer: `${pageOrigin()}/search?q=permit+for+SW1A2AA`,
  });
  await page.locator('council-payment > .ccuk-root').first().waitFor();
  await page.locator('council-address-lookup > .ccuk-root').waitFor();
  return { context, page, problems };
}

/** Lets the page reach idle, then leaves it (its `pagehide`): every moment a beacon may go. */
async function idleThenLeave({ context, page }: Opened): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  await page.goto('about:blank');
  await context.close();
  // A beacon sent as the page went may still be on its way.
  await new Promise((resolve) => setTimeout(resolve, 500));
}

const touchedIn = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __touched: string[] }).__touched);

describe('the adoption beacon on a council page in Chromium', () => {
  it('sends the origin only: one beacon per package, as text/plain, without cookies, touching no cookie or storage', async () => {
    const opened = await openApplyPage();
    // Sent once the page is idle: on a busy machine that can take seconds.
    await expect.poll(() => received.length, { timeout: 10_000 }).toBe(2);
    expect(await touchedIn(opened.page)).toEqual([]);
    expect(opened.problems).toEqual([]);
    // The watch sees what a script would touch.
    await opened.page.evaluate(() => [document.cookie.length, localStorage.length, sessionStorage.length]);
    expect(await touchedIn(opened.page)).toEqual(['cookie', 'localStorage', 'sessionStorage']);
    await idleThenLeave(opened);

    const beacons = received.map(({ body }) => JSON.parse(body) as Record<string, unknown>);
    const payment = beacons.find((beacon) => beacon['package'] === '@council-components/payment');
    const addressLookup = beacons.find((beacon) => beacon['package'] === '@council-components/address-lookup');
    expect(received).toHaveLength(2);
    // The older copy of the payment's bundle runs first: its elements, its version.
    expect(payment).toEqual({
      v: 1,
      package: '@council-components/payment',
      version: OLDER_VERSION,
      delivery: 'script-tag',
      elements: { 'council-payment': 2 },
      origin: pageOrigin(),
      sample: 1,
    });
    expect(addressLookup).toMatchObject({ delivery: 'script-tag', elements: { 'council-address-lookup': 1 } });
    for (const beacon of beacons) expect(Object.keys(beacon)).toEqual(BEACON_FIELDS);
    for (const { body, contentType, cookie } of received) {
      expect(body.length).toBeLessThan(1024);
      for (const secret of [
        'SW1A2AA',
        'SW1A 2AA',
        '/apply',
        'step2',
        'search',
        'permit',
        'resident-session',
        'visitor-',
      ])
        expect(body).not.toContain(secret);
      expect(contentType).toMatch(/^text\/plain\b/);
      expect(cookie).toBeNull();
    }
  });

  it('says the loader delivered the components it loaded', async () => {
    const opened = await openApplyPage('&delivery=loader');
    // Sent once the page is idle: on a busy machine that can take seconds.
    await expect.poll(() => received.length, { timeout: 10_000 }).toBe(2);
    await idleThenLeave(opened);
    expect(received.map(({ body }) => (JSON.parse(body) as { delivery: string }).delivery)).toEqual([
      'loader',
      'loader',
    ]);
  });

  it('sends nothing when the browser sends Global Privacy Control', async () => {
    const opened = await openApplyPage('', () => {
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true });
    });
    expect(await opened.page.evaluate(() => Reflect.get(navigator, 'globalPrivacyControl') as unknown)).toBe(true);
    expect(await touchedIn(opened.page)).toEqual([]);
    await idleThenLeave(opened);
    expect(received).toEqual([]);
  });

  it('sends nothing when the page says off', async () => {
    const opened = await openApplyPage('&telemetry=off');
    expect(await touchedIn(opened.page)).toEqual([]);
    await idleThenLeave(opened);
    expect(received).toEqual([]);
  });
});
