import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '@council-components/testing/playwright-chromium.js';
import { startSandbox, type RunningSandbox } from './server.ts';

/**
 * jQuery 1.x probes for `onfocusin` support by setting an inline handler
 * attribute, which a strict CSP reports. That report is the CMS's own, as on
 * any council page with an old jQuery and a strict CSP; everything else the
 * page reports fails the test.
 */
export const JQUERY_PROBE = /^console: CSP violation: script-src-attr inline from \S+\/legacy\/jquery\.min\.js$/;
export interface SandboxInChromium {
  readonly sandbox: RunningSandbox;
  readonly browser: Browser;
}

/**
 * For a browser test file: the sandbox on a free port and Chromium, started before its tests and stopped after
 * them. Call it once, at the top of the file.
 */
export function sandboxInChromium(): SandboxInChromium {
  let sandbox: RunningSandbox | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    sandbox = await startSandbox(0);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the sandbox and Chromium start before the tests');
    return value;
  };
  return {
    get sandbox() {
      return started(sandbox);
    },
    get browser() {
      return started(browser);
    },
  };
}
