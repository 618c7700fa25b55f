import type { AdoptionBeacon, AdoptionDelivery } from '@council-components/http/adoption-beacon.js';
import { isLocalHost } from './local-host.js';
import { telemetrySettings } from './telemetry-settings.js';

/**
 * Written by the build of the script-tag bundles (`'script-tag'`) and of the loader (`'loader'`); absent from the
 * modules tsc publishes to npm.
 */
declare const __COUNCIL_DELIVERY__: AdoptionDelivery | undefined;

const DELIVERY: AdoptionDelivery = typeof __COUNCIL_DELIVERY__ === 'undefined' ? 'npm' : __COUNCIL_DELIVERY__;

/**
 * The packages whose beacon is under way, shared by every copy of core on the page (two bundles, or a bundle and
 * the loader, each have their own): the first copy to see a package sends its one beacon.
 */
const ADOPTION = Symbol.for('council-components.adoption');

/**
 * The sector's collector of adoption beacons, where a page sends unless it names another. Its domain must be held
 * before a release that sends to it (docs/adr/0010).
 */
export const DEFAULT_COLLECTOR = 'https://adoption.council-components.org.uk/v1/beacons';

/** Whether the page is one a resident could be on: not a test run, not a developer's or private machine. */
const isCounted = (): boolean => !navigator.webdriver && !isLocalHost(location.hostname);

/**
 * Notes that an element of `packageName` is on the page. The first time for a package, its beacon is made ready
 * for when the page is idle or hidden, whichever comes first (docs/adr/0010): one per page per package, sent at
 * most once, never retried, and nothing about the resident (packages/core/README.md, "Adoption telemetry").
 */
export function noteAdoption(packageName: string, version: string): void {
  try {
    const noted = ((globalThis as { [ADOPTION]?: Set<string> })[ADOPTION] ??= new Set());
    if (noted.has(packageName)) return;
    noted.add(packageName);
    let due = true;
    const send = (): void => {
      if (!due) return;
      due = false;
      sendBeacon(packageName, version);
    };
    // Safari has no idle callback: a task once the page has run its scripts.
    const { requestIdleCallback: whenIdle = setTimeout } = globalThis as Partial<typeof globalThis>;
    whenIdle(send);
    document.addEventListener('visibilitychange', () => document.hidden && send());
    addEventListener('pagehide', send);
  } catch {
    // Telemetry never breaks a component.
  }
}

function sendBeacon(packageName: string, version: string): void {
  try {
    const [chosen, sample] = telemetrySettings();
    // A collector the page names itself is used on a developer's machine and under test too: how tests opt in.
    const to = chosen ?? (isCounted() && DEFAULT_COLLECTOR);
    const elements: Record<string, number> = {};
    for (const element of document.querySelectorAll(':not([telemetry=off i])')) {
      const { localName } = element;
      // Upgraded elements of this package, whichever copy of it defined them.
      if ((element.constructor as { packageName?: string }).packageName === packageName)
        elements[localName] = (elements[localName] ?? 0) + 1;
    }
    const { origin } = location;
    const beacon: AdoptionBeacon = {
      v: 1,
      package: packageName,
      version,
      delivery: DELIVERY,
      elements,
      origin,
      sample,
    };
    if (
      !to ||
      navigator.globalPrivacyControl ||
      // Storybook's preview (which sets this before it renders a story) shows components to their makers.
      '__STORYBOOK_PREVIEW__' in globalThis ||
      // `file:` and other schemes than http(s) have the origin "null".
      !/^http/.test(origin) ||
      // One draw per page per package: at 0.1, one page in ten sends; a sample that is not a number, none.
      !(Math.random() < sample) ||
      !Object.keys(elements).length
    )
      return;
    if (to === 'debug') {
      console.info('[council-components] adoption beacon', beacon);
      return;
    }
    // A string goes as text/plain, a simple request: no CORS preflight. The fallback sends no credentials either.
    const body = JSON.stringify(beacon);
    if (!(navigator as Partial<Navigator>).sendBeacon?.(to, body))
      fetch(to, { method: 'POST', body, keepalive: true, credentials: 'omit', mode: 'no-cors' }).catch(() => {
        // Blocked (CSP, an ad blocker) or offline: the page is not counted, and nothing is tried again.
      });
  } catch {
    // Telemetry never breaks a component.
  }
}

declare global {
  interface Navigator {
    /** Global Privacy Control (https://w3c.github.io/gpc/): the resident asks not to be tracked. */
    readonly globalPrivacyControl?: boolean;
  }
}
