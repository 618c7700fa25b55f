// From a component on a council's page to the reuse library: the sandbox's legacy page, served as Cardiff
// Council's site, sends its components' beacons to the collector; the docs site as built (storybook-static) shows
// them in its adoption view. Chromium sees two real https sites: Playwright answers for them, from the sandbox and
// from the collector, so nothing leaves the machine and the beacon carries a council's origin, as on the web.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFile } from '@council-components/sandbox/static-files.ts';
import { startSandbox, type RunningSandbox } from '@council-components/sandbox/server.ts';
import { createNodeServer } from '@council-components/server/node/node-adapter.js';
import { openStorage, type Storage } from '@council-components/server/storage/open-storage.js';
import { launchChromium } from '@council-components/testing/playwright-chromium.js';
import { startCollector, type RunningCollector } from './collector-server.ts';
import { CHROME } from './collector.test.support.ts';
import { packageVersion } from '@council-components/testing/workspace-packages.js';

/** A council in the collector's data file of council web domains, whose site the sandbox's page stands in for. */
const COUNCIL_SITE = 'https://www.cardiff.gov.uk';
const COUNCIL = 'Cardiff Council';
/** The sector's collector, as the docs site as built reads it (its default API) and as the page names it. */
const COLLECTOR_SITE = 'https://adoption.council-components.org.uk';

const storybookStatic = fileURLToPath(new URL('../../docs/storybook-static/', import.meta.url));

let folder: string;
let storage: Storage;
let collector: RunningCollector;
let sandbox: RunningSandbox;
let docs: ReturnType<typeof createNodeServer>;
let docsUrl: string;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(storybookStatic, 'iframe.html')))
    throw new Error(`${storybookStatic} is missing: build the docs site first (./council test builds it)`);
  folder = mkdtempSync(join(tmpdir(), 'council-adoption-e2e-'));
  storage = await openStorage({ url: `file:${join(folder, 'adoption.db')}` });
  collector = await startCollector({ storage, port: 0, host: '127.0.0.1' });
  sandbox = await startSandbox(0, { adoptionCollector: `${COLLECTOR_SITE}/v1/beacons` });
  docs = createNodeServer((request) => {
    const path = new URL(request.url).pathname.slice(1);
    return serveFile(storybookStatic, path === '' ? 'index.html' : path);
  });
  await new Promise<void>((resolve, reject) => {
    docs.once('error', reject);
    docs.listen(0, '127.0.0.1', resolve);
  });
  docsUrl = `http://127.0.0.1:${String((docs.address() as AddressInfo).port)}/`;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => {
    docs?.closeAllConnections();
    docs?.close(resolve);
  });
  await sandbox?.close();
  await collector?.close();
  await storage?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/**
 * A browser as a resident's (Chrome's own User-Agent: a headless one is a bot to the collector) in which the council's
 * site is the sandbox and the sector's collector is ours; every other request, as in every test, goes nowhere.
 */
async function residentsBrowser(): Promise<BrowserContext> {
  const context = await browser.newContext({ userAgent: CHROME });
  const forward = (site: string, to: string) =>
    context.route(`${site}/**`, async (route) => {
      const url = new URL(route.request().url());
      const response = await route.fetch({ url: new URL(`${url.pathname.slice(1)}${url.search}`, to).href });
      await route.fulfill({ response });
    });
  await forward(COUNCIL_SITE, sandbox.url);
  await forward(COLLECTOR_SITE, `${collector.url}/`);
  return context;
}

/** The page until its components have drawn, then idle, then left: every moment a beacon may go. */
async function visit(context: BrowserContext, path: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${COUNCIL_SITE}${path}`);
  for (const tag of ['council-address-lookup', 'council-booking', 'council-payment'])
    await page.locator(`${tag} > .ccuk-root`).first().waitFor();
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  await page.goto('about:blank');
  await page.close();
}

interface Row {
  package: string;
  cells: string[];
}

async function overviewRows(page: Page): Promise<Row[]> {
  return page
    .locator('table', { has: page.locator('caption', { hasText: 'Adoption of each component' }) })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => ({
        package: row.querySelector('th')?.textContent.trim() ?? '',
        cells: [...row.querySelectorAll('td')].map((cell) => cell.textContent.trim()),
      })),
    );
}

describe('adoption, end to end', () => {
  it("the sandbox page's components send beacons that show up in the docs site's adoption view", async () => {
    const resident = await residentsBrowser();
    await visit(resident, '/');
    await visit(resident, '/?delivery=loader&lang=cy');
    await resident.close();

    // The collector answers 202 once each beacon is committed; the view reads what is committed.
    const deadline = Date.now() + 10_000;
    let stored = 0;
    while (Date.now() < deadline) {
      const row = await storage.db
        .selectFrom('adoption_events')
        .select((eb) => eb.fn.countAll<number | string>().as('events'))
        .executeTakeFirstOrThrow();
      stored = Number(row.events);
      if (stored >= 8) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // Four packages on each of the two pages: one beacon each.
    expect(stored).toBe(8);

    const reader = await residentsBrowser();
    const overview = await reader.newPage();
    await overview.goto(`${docsUrl}iframe.html?id=library-adoption--overview&viewMode=story`);
    await overview.getByText('Live figures from the adoption collector').waitFor();
    const rows = await overviewRows(overview);
    for (const folder of ['address-lookup', 'bin-collections', 'booking', 'payment']) {
      // Councils, sites, page views (one a page), the latest version, sites on an older one.
      expect(rows).toContainEqual({
        package: `@council-components/${folder}`,
        cells: ['1', '1', '2', packageVersion(folder), '0'],
      });
    }
    await expect(overview.getByRole('img', { name: /councils using each component/i }).count()).resolves.toBe(1);

    const booking = await reader.newPage();
    await booking.goto(`${docsUrl}iframe.html?id=library-adoption--one-component&viewMode=story`);
    await booking.getByText('Live figures from the adoption collector').waitFor();
    const councilRow = booking.locator('tr', { has: booking.locator(`text=${COUNCIL}`) });
    await expect(councilRow.textContent()).resolves.toContain(COUNCIL_SITE);
    await reader.close();
  });
});
