import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axePageViolations } from '@council-components/testing/axe-playwright.js';
import { launchChromium, openWatchedPage } from '@council-components/testing/playwright-chromium.js';
import { startSandbox, type RunningSandbox } from './server.ts';

let sandbox: RunningSandbox;
let browser: Browser;

beforeAll(async () => {
  sandbox = await startSandbox(0);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
});

describe('the sandbox legacy page', () => {
  it('is served with a strict Content-Security-Policy', async () => {
    const response = await fetch(sandbox.url);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('loads cleanly: no console errors, no CSP violations, and axe finds nothing', async () => {
    const { page, problems } = await openWatchedPage(browser, sandbox.url);
    await page.waitForLoadState('load');
    expect(await page.locator('link[rel=stylesheet]').count()).toBe(2);
    expect(await axePageViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('never serves GDS Transport, even in the host page’s own GOV.UK stylesheet', async () => {
    const css = await (await fetch(new URL('legacy/govuk-frontend-v5.min.css', sandbox.url))).text();
    expect(css.length).toBeGreaterThan(50_000);
    expect(css).not.toContain('@font-face');
  });

  it('has a Welsh version', async () => {
    const { page } = await openWatchedPage(browser, `${sandbox.url}?lang=cy`);
    expect(await page.locator('html').getAttribute('lang')).toBe('cy');
    expect(await page.locator('h1').textContent()).toBe('Gwasanaethau’r cyngor');
    await page.context().close();
  });

  it('refuses to serve files outside its folders', async () => {
    expect((await fetch(new URL('legacy/..%2f..%2fpackage.json', sandbox.url))).status).toBe(404);
    expect((await fetch(new URL('components/..%2f..%2fpackage.json/x.js', sandbox.url))).status).toBe(404);
  });
});

describe('council-address-lookup on the legacy page', () => {
  it('renders under the strict CSP and hostile CSS, and a keyboard-only resident finds, chooses and submits an address', async () => {
    const { page, problems } = await openWatchedPage(browser, sandbox.url);
    const postcode = page.locator('#home-address-lookup-postcode');
    await postcode.waitFor();
    // The host's `input { width: 96% !important; height: 14px !important }` does not reach it.
    expect(await postcode.evaluate((input) => getComputedStyle(input).height)).toBe('40px');

    await page.keyboard.press('Tab'); // council home link
    await page.keyboard.press('Tab'); // language link
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('home-address-lookup-postcode');
    await page.keyboard.type('so16 0as');
    await page.keyboard.press('Enter');
    await page.locator('#home-address-lookup-select').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('home-address-lookup-select');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'home-address-line-1');
    expect(await axePageViolations(page)).toEqual([]);

    await page.locator('#cms-reference').focus();
    await page.keyboard.type('REF-9');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/submitted$/);
    const field = (name: string) => page.locator(`[data-field="${name}"]`).textContent();
    expect(await field('home-address-line-1')).toBe('2 Adanac Drive');
    expect(await field('home-address-town')).toBe('Southampton');
    expect(await field('home-address-postcode')).toBe('SO16 0AS');
    expect(await field('home-address-uprn')).toBe('200010019932');
    expect(await field('cms-reference')).toBe('REF-9');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('speaks Welsh on the Welsh page and prefers Welsh records', async () => {
    const { page, problems } = await openWatchedPage(browser, `${sandbox.url}?lang=cy`);
    await page.locator('#home-address-lookup-postcode').fill('SA1 1DP');
    await page.getByRole('button', { name: 'Dod o hyd i gyfeiriad' }).click();
    const select = page.locator('#home-address-lookup-select');
    await select.waitFor();
    expect(await select.textContent()).toContain('1 Stryd y Castell, Abertawe, SA1 1DP');
    expect(await axePageViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('blocks an empty required address and says so, without leaving the page', async () => {
    const { page } = await openWatchedPage(browser, sandbox.url);
    await page.locator('#home-address-lookup-postcode').waitFor();
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Enter a postcode and select an address, or enter the address manually').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('home-address-lookup-postcode');
    await page.context().close();
  });
});
