import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAllowedOrigins } from '@council-components/server/http/cors.js';
import type { Handler } from '@council-components/server/http/handler.js';
import { createRouter } from '@council-components/server/http/router.js';
import { launchChromium, openWatchedPage } from '@council-components/testing/playwright-chromium.js';
import { addressRoutes } from './address-backends.ts';
import { sandboxComponents } from './components.ts';
import { serveOnLoopback } from './server.ts';
import { serveFile } from './static-files.ts';

/**
 * A council whose back end is on another origin than its CMS's page (issue 18): the page on
 * `http://localhost:…`, the address back end on `http://127.0.0.1:…`, which Chromium treats as another origin.
 * With the page's origin in `allowedOrigins`, the resident finds their address; without it, the browser stops the
 * request, the resident is told as for an outage and can enter the address by hand, and the console tells the
 * council's developer what to put right.
 */
const addressLookup = sandboxComponents.find((component) => component.tag === 'council-address-lookup');
if (!addressLookup) throw new Error('the sandbox has the address lookup');
const distDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../packages/address-lookup/dist');

/** The CMS's page: the address lookup by script tag, asking `endpoint` (another origin's). */
const pageWith = (endpoint: string): string => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Cross-origin back end</title></head>
  <body>
    <form action="/submitted" method="post">
      ${addressLookup.markup('en').replace('<council-address-lookup ', `<council-address-lookup endpoint="${endpoint}" `)}
      <button>Send</button>
    </form>
    <script type="module" src="/components/address-lookup/${addressLookup.bundle}"></script>
  </body>
</html>`;

interface Running {
  origin: string;
  close: () => Promise<void>;
}

async function serve(handler: Handler, host: 'localhost' | '127.0.0.1'): Promise<Running> {
  const { url, close } = await serveOnLoopback(handler, { host });
  return { origin: new URL(url).origin, close };
}

let browser: Browser | undefined;
const running: Running[] = [];
/** Back ends by name: the page asks the one named in `?back-end=`. */
const backEnds = new Map<string, string>();
let pageOrigin = '';

beforeAll(async () => {
  const page = await serve(
    createRouter([
      {
        method: 'GET',
        path: '/',
        handler: (request) => {
          const endpoint = backEnds.get(new URL(request.url).searchParams.get('back-end') ?? '') ?? '/nowhere';
          return new Response(pageWith(`${endpoint}/api/addresses`), {
            headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
          });
        },
      },
      {
        method: 'GET',
        path: '/components/address-lookup/*',
        handler: (request) =>
          serveFile(distDir, new URL(request.url).pathname.slice('/components/address-lookup/'.length)),
      },
    ]),
    'localhost',
  );
  running.push(page);
  pageOrigin = page.origin;
  const backEnd = async (name: string, handler: Handler): Promise<void> => {
    const started = await serve(handler, '127.0.0.1');
    running.push(started);
    backEnds.set(name, started.origin);
  };
  await backEnd('allowing', withAllowedOrigins(createRouter(addressRoutes()), { allowedOrigins: [pageOrigin] }));
  await backEnd(
    'listing-another',
    withAllowedOrigins(createRouter(addressRoutes()), { allowedOrigins: ['https://www.example.gov.uk'] }),
  );
  await backEnd('without-cors', createRouter(addressRoutes()));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(running.map((server) => server.close()));
});

async function openPage(backEnd: string): Promise<Awaited<ReturnType<typeof openWatchedPage>>> {
  if (!browser) throw new Error('Chromium starts before the tests');
  const watched = await openWatchedPage(browser, `${pageOrigin}/?back-end=${backEnd}`);
  await watched.page.locator('council-address-lookup > .ccuk-root').waitFor();
  return watched;
}

describe('a back end on another origin', () => {
  it('the page and the back end are on different origins', () => {
    expect(new URL(pageOrigin).hostname).toBe('localhost');
    expect(new URL(backEnds.get('allowing') ?? '').hostname).toBe('127.0.0.1');
  });

  it('finds the addresses when the back end lists the page’s origin in allowedOrigins', async () => {
    const { page, problems, warnings } = await openPage('allowing');
    await page.locator('#home-address-lookup-postcode').focus();
    await page.keyboard.type('SO16 0AS');
    await page.keyboard.press('Enter');
    const list = page.locator('#home-address-lookup-select');
    await list.waitFor({ timeout: 10_000 });
    const addresses = await list.locator('option').allInnerTexts();
    expect(addresses.filter((address) => address.includes('Adanac Drive')).length).toBeGreaterThanOrEqual(4);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#home-address-postcode').inputValue()).toBe('SO16 0AS');
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    await page.context().close();
  });

  it.each(['listing-another', 'without-cors'])(
    'tells the resident as for an outage, offers manual entry, and tells the developer why (%s)',
    async (backEnd) => {
      const { page, warnings } = await openPage(backEnd);
      await page.locator('#home-address-lookup-postcode').focus();
      await page.keyboard.type('SO16 0AS');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.locator('council-address-lookup').innerText())
        .toContain('Sorry, finding addresses is not working at the moment');
      await page.getByRole('button', { name: 'Try again' }).waitFor();
      const manually = page.getByRole('link', { name: 'Enter the address manually' });
      await manually.waitFor();
      await manually.press('Enter');
      await page.locator('#home-address-line-1').waitFor();
      // Once for the origin, however often the request was tried.
      expect(warnings).toEqual([expect.stringContaining(`No answer from ${backEnds.get(backEnd) ?? '?'}`)]);
      expect(warnings[0]).toContain(`its allowedOrigins must list ${pageOrigin}`);
      expect(warnings[0]).toContain('@council-components/server');
      await page.context().close();
    },
  );
});
