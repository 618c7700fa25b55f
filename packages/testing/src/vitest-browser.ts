import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from './chromium.ts';

/**
 * The Vitest browser-mode settings every package uses: Debian's headless
 * Chromium through Playwright, kept off the network.
 */
export function chromiumBrowserMode(): {
  enabled: true;
  headless: true;
  provider: ReturnType<typeof playwright>;
  instances: [{ browser: 'chromium' }];
  screenshotFailures: false;
} {
  return {
    enabled: true,
    headless: true,
    provider: playwright({ launchOptions: chromiumLaunchOptions() }),
    instances: [{ browser: 'chromium' }],
    screenshotFailures: false,
  };
}
