import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.ts';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

export interface WatchedPage {
  page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
  /** Council Components' own console warnings (`[council-components]…`) seen so far. */
  warnings: string[];
}

/**
 * A fresh context and page (what @axe-core/playwright needs) that records
 * every console error, uncaught exception and Content-Security-Policy
 * violation (with the script it came from), so a test can assert the page ran
 * cleanly. `knownProblems` are the host page's own, which are not ours to fix.
 */
export async function openWatchedPage(
  browser: Browser,
  url: string,
  options: { knownProblems?: RegExp[] } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  const record = (problem: string): void => {
    if (!options.knownProblems?.some((known) => known.test(problem))) problems.push(problem);
  };
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' && message.text().includes('[council-')) warnings.push(message.text());
    // Failed loads are reported with their URL below, CSP violations with their source by the listener below.
    const text = message.text();
    if (
      message.type() === 'error' &&
      !text.startsWith('Failed to load resource') &&
      !/violates the following Content Security Policy/.test(text)
    ) {
      record(`console: ${text}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) record(`http ${response.status()}: ${response.url()}`);
  });
  page.on('requestfailed', (request) => record(`failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('pageerror', (error) => record(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI} from ${event.sourceFile}`);
    });
  });
  await page.goto(url);
  return { page, problems, warnings };
}
