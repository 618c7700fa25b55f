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

  it('submits its form, keyboard only, to the council’s handler', async () => {
    const { page, problems } = await openWatchedPage(browser, sandbox.url);
    await page.keyboard.press('Tab'); // council home link
    await page.keyboard.press('Tab'); // language link
    await page.keyboard.press('Tab');
    await page.keyboard.type('REF-123');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/submitted$/);
    expect(await page.locator('[data-field="cms-reference"]').textContent()).toBe('REF-123');
    expect(problems).toEqual([]);
    await page.context().close();
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
