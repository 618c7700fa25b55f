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
 * The name of the page's meta that sets telemetry, which debug mode writes before the beacon; also the key of the
 * page's record of packages noted (below). One string, for the bytes.
 */
const LABEL = 'council-components-telemetry';

/**
 * The sector's collector of adoption beacons, where a page sends unless it names another. Its domain must be held
 * before a release that sends to it (docs/adr/0010).
 */
export const DEFAULT_COLLECTOR = 'https://adoption.council-components.org.uk/v1/beacons';

/**
 * Notes that an element of `packageName` is on the page. The first time for a package, its beacon is made ready
 * for when the page is idle or hidden, whichever comes first (docs/adr/0010): one per page per package, sent at
 * most once, never retried, and nothing about the resident (packages/core/README.md, "Adoption telemetry").
 * Every byte here is in every bundle: the checks are written for size (at most 0.5 KiB brotli, bench/bundle-size).
 */
export function noteAdoption(packageName: string, version: string): void {
  // The packages noted on this page, shared by every copy of core on it (two bundles, or a bundle and the loader,
  // each have their own): the first copy to see a package sends its one beacon.
  const noted = ((globalThis as { [key: symbol]: Set<string> | undefined })[Symbol.for(LABEL)] ??= new Set());
  if (noted.has(packageName)) return;
  noted.add(packageName);
  let due = true;
  const send = (): void => {
    if (!due) return;
    due = false;
    try {
      const [chosen, sample] = telemetrySettings();
      // A collector the page names itself is used on a developer's machine and under test too: how tests opt in.
      const to = chosen ?? (!navigator.webdriver && !isLocalHost(location.hostname) && DEFAULT_COLLECTOR);
      const elements: Record<string, number> = {};
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
      for (const element of document.querySelectorAll(':not([telemetry=off i])')) {
        // Upgraded elements of this package, whichever copy of it defined them.
        if ((element.constructor as { packageName?: string }).packageName === packageName)
          elements[element.localName] = (elements[element.localName] ?? 0) + 1;
      }
      if (
        !to ||
        navigator.globalPrivacyControl ||
        // `file:` and other schemes than http(s) have the origin "null".
        !/^http/.test(origin) ||
        // One draw per page per package: at 0.1, one page in ten sends; a sample that is not a number, none.
        !(Math.random() < sample) ||
        !Object.keys(elements).length
      )
        return;
      if (to === 'debug') {
        console.info(LABEL, beacon);
        return;
      }
      // A string goes as text/plain, a simple request: no CORS preflight, and no cookies to another site.
      const body = JSON.stringify(beacon);
      if (!(navigator as Partial<Navigator>).sendBeacon?.(to, body))
        fetch(to, { method: 'POST', body, keepalive: true }).catch(() => {
          // Blocked (CSP, an ad blocker) or offline: the page is not counted, and nothing is tried again.
        });
    } catch {
      // Telemetry never breaks a component.
    }
  };
  // Safari has no idle callback: a task once the page has run its scripts. Leaving the page hides it first.
  ((globalThis as Partial<typeof globalThis>).requestIdleCallback ?? setTimeout)(send);
  document.addEventListener('visibilitychange', () => document.hidden && send());
}

declare global {
  interface Navigator {
    /** Global Privacy Control (https://w3c.github.io/gpc/): the resident asks not to be tracked. */
    readonly globalPrivacyControl?: boolean;
  }
}
