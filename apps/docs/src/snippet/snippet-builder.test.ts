/**
 * "Use it on your site", as a council web editor uses it: on the address lookup's docs page (the built site), they
 * choose how their site gets the component, name it, copy the code, and paste it, alone, into a blank page. That page
 * finds an address. The page is served as a council's site and the CDN as jsDelivr, by Playwright, from the sandbox:
 * its CDN mirror (the packages as published) and its council back end. Nothing leaves the machine.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '@council-components/sandbox/server.ts';
import { builtSiteInChromium } from '../built-site.ts';
import { packageJsonFile, packageVersion } from '@council-components/testing/workspace-packages.js';

const COUNCIL_SITE = 'https://www.example-council.gov.uk';
const CDN = 'https://cdn.jsdelivr.net';

const built = builtSiteInChromium();
let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startSandbox(0);
});
afterAll(async () => {
  await sandbox.close();
});

/** The builder's code, copied as a reader copies it: their choice of delivery, their name for the field. */
async function copyFromTheBuilder(delivery: 'Script tag' | 'Loader', name: string): Promise<string> {
  const context = await built.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${built.url}iframe.html?id=components-address-lookup--docs&viewMode=docs`);
  const builder = page.locator('council-docs-snippet');
  await builder.getByRole('heading', { name: 'Use it on your site' }).waitFor();
  // By keyboard, as the docs page is used: the delivery's radio, the name's field, then Copy.
  await builder.getByRole('radio', { name: new RegExp(`^${delivery}`) }).focus();
  await page.keyboard.press('Space');
  await builder.getByRole('textbox', { name: /^Name/ }).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(name);
  await builder.getByRole('button', { name: 'Copy the code' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => builder.getByRole('status').innerText()).toBe('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await builder.locator('pre code').innerText());
  await context.close();
  return copied;
}

/** A blank page of the council's site made of `html` alone, with the CDN and the council's back end behind it. */
async function blankPage(html: string): Promise<BrowserContext> {
  const context = await built.browser.newContext();
  await context.route(`${COUNCIL_SITE}/`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await context.route(`${COUNCIL_SITE}/api/**`, async (route) => {
    const url = new URL(route.request().url());
    await route.fulfill({
      response: await route.fetch({ url: new URL(`${url.pathname}${url.search}`, sandbox.url).href }),
    });
  });
  // jsDelivr serves every file of a release with CORS, as a module script with `crossorigin` needs.
  await context.route(`${CDN}/npm/**`, async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch({ url: new URL(url.pathname, sandbox.url).href });
    await route.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' } });
  });
  return context;
}

describe('the snippet builder', () => {
  it('gives the release’s version and SRI hash, exactly as the build wrote them', async () => {
    const copied = await copyFromTheBuilder('Script tag', 'home-address');
    const version = packageVersion('address-lookup');
    const integrity = (
      packageJsonFile('address-lookup', 'dist/integrity.json') as Record<string, { integrity: string }>
    )['dist/bundle/council-address-lookup.bundle.js']?.integrity;
    expect(copied).toContain(
      `${CDN}/npm/@council-components/address-lookup@${version}/dist/bundle/council-address-lookup.bundle.js`,
    );
    expect(copied).toContain(`integrity="${String(integrity)}"`);
  });

  for (const delivery of ['Script tag', 'Loader'] as const) {
    it(`${delivery}: a blank page made only of the copied code finds an address`, async () => {
      const copied = await copyFromTheBuilder(delivery, 'delivery-address');
      const context = await blankPage(copied);
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      await page.goto(`${COUNCIL_SITE}/`);
      const lookup = page.locator('council-address-lookup');
      await lookup.locator('.ccuk-root').waitFor();
      await lookup.getByRole('textbox', { name: 'Postcode' }).focus();
      await page.keyboard.type('SO16 0AS');
      await page.keyboard.press('Enter');
      await expect.poll(() => lookup.innerText(), { timeout: 10_000 }).toContain('5 addresses found for SO16 0AS');
      await lookup.getByRole('combobox', { name: 'Select an address' }).selectOption({ index: 1 });
      await lookup.getByRole('button', { name: 'Use this address' }).focus();
      await page.keyboard.press('Enter');
      // The name given in the builder is the fields' prefix: the chosen address is in them.
      await expect.poll(() => lookup.locator('[name="delivery-address-line-1"]').inputValue()).not.toBe('');
      expect(await lookup.locator('[name="delivery-address-postcode"]').inputValue()).toBe('SO16 0AS');
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
