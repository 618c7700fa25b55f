import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from './chromium.ts';

/**
 * The Vitest browser-mode settings every package uses: Debian's headless
 * Chromium through Playwright, kept off the network. `timezoneId` runs the
 * page in another zone than the machine's (`America/New_York`): what a
 * resident abroad sees, and proof that nothing reads the browser's zone.
 */
export function chromiumBrowserMode(options: { timezoneId?: string } = {}): {
  enabled: true;
  headless: true;
  provider: ReturnType<typeof playwright>;
  instances: [{ browser: 'chromium' }];
  screenshotFailures: false;
} {
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: chromiumLaunchOptions(),
      ...(options.timezoneId ? { contextOptions: { timezoneId: options.timezoneId } } : {}),
    }),
    instances: [{ browser: 'chromium' }],
    screenshotFailures: false,
  };
}
