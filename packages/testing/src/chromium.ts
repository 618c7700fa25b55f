import { existsSync } from 'node:fs';

/** Where Debian, Ubuntu and most Linux distributions put Chromium. */
const DEFAULT_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * The Chromium binary the tests drive: `CHROMIUM_PATH` if set, else the
 * distribution's Chromium. Playwright's own browser download is not used.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    }
    return fromEnv;
  }
  const found = DEFAULT_CHROMIUM_PATHS.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    [
      'Chromium was not found. The browser tests need it.',
      '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
      '  Elsewhere:      install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chrome',
    ].join('\n'),
  );
}

/**
 * Flags that keep headless Chromium quiet on a closed network: no calls home,
 * and every host name except loopback resolves to nothing.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1 , EXCLUDE [::1]',
];

export function chromiumLaunchOptions(): { executablePath: string; args: string[]; headless: boolean } {
  return { executablePath: findChromium(), args: [...CHROMIUM_ARGS], headless: true };
}
