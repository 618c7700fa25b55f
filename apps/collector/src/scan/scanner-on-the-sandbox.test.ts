// The scanner against the sandbox (never the internet): its legacy page with the bundles from a CDN, and with the
// loader from a CDN, its robots.txt, and pages that are not pages. What it finds goes into the same counts beacons
// feed, and reads back from the same reports.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStorage, type Storage } from '@council-components/server/storage/open-storage.js';
import { startSandbox, type RunningSandbox } from '@council-components/sandbox/server.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adoptionOverview, packageAdoption } from '../adoption-reports.ts';
import { loadCouncilDirectory } from '../council-domains.ts';
import { PoliteFetcher } from './polite-fetcher.ts';
import { recordScan } from './record-scan.ts';
import { scanSites, type ScanResult } from './site-scan.ts';
import { packageVersion } from '@council-components/testing/workspace-packages.js';

let sandbox: RunningSandbox;
let storage: Storage;
let folder: string;

beforeAll(async () => {
  sandbox = await startSandbox(0);
  folder = mkdtempSync(join(tmpdir(), 'council-scan-'));
  storage = await openStorage({ url: `file:${join(folder, 'adoption.db')}` });
});
afterAll(async () => {
  await storage.close();
  await sandbox.close();
  rmSync(folder, { recursive: true, force: true });
});

const found = (result: ScanResult | undefined) =>
  result?.outcome === 'found'
    ? result.observations.map(({ package: name, version, delivery, elements }) => ({
        name,
        version,
        delivery,
        elements,
      }))
    : result;

describe('the adoption scanner on the sandbox', () => {
  it('finds each component and its version from CDN addresses, obeys robots.txt, asks one host one thing at a time', async () => {
    const base = sandbox.url.replace(/\/$/, '');
    const fetcher = new PoliteFetcher({ minDelayMs: 40 });
    const results = await scanSites(
      [
        `${base}/?delivery=cdn`,
        `${base}/?delivery=cdn-loader&lang=cy`,
        `${base}/variants/moved`,
        `${base}/health`,
        `${base}/?delivery=bundles`,
      ],
      fetcher,
    );
    const [bundles, loader, disallowed, notAPage, unversioned] = results;

    expect(found(bundles)).toContainEqual({
      name: '@council-components/address-lookup',
      version: packageVersion('address-lookup'),
      delivery: 'script-tag',
      elements: { 'council-address-lookup': 1 },
    });
    expect(found(bundles)).toContainEqual({
      name: '@council-components/booking',
      version: packageVersion('booking'),
      delivery: 'script-tag',
      elements: { 'council-booking': 1 },
    });
    // The loader's components: the versions its release depends on, read from its package.json beside it.
    expect(found(loader)).toContainEqual({
      name: '@council-components/booking',
      version: packageVersion('booking'),
      delivery: 'loader',
      elements: { 'council-booking': 1 },
    });
    expect(disallowed).toEqual({
      url: `${base}/variants/moved`,
      outcome: 'skipped',
      reason: 'robots.txt disallows it',
    });
    expect(notAPage?.outcome === 'skipped' ? notAPage.reason : notAPage).toMatch(/^answered 200 application\/json/);
    // Self-hosted bundles without a version in their address: the elements are reported, never counted.
    expect(unversioned?.outcome === 'found' ? unversioned.observations : unversioned).toEqual([]);
    expect(unversioned?.outcome === 'found' ? unversioned.unversioned : unversioned).toContain('council-booking');

    // robots.txt first, once; then each request after the last, with the pause between them.
    expect(fetcher.requests[0]?.url).toBe(`${base}/robots.txt`);
    expect(fetcher.requests.filter(({ url }) => url.endsWith('/robots.txt'))).toHaveLength(1);
    expect(fetcher.requests.some(({ url }) => url.includes('/variants/'))).toBe(false);
    fetcher.requests.slice(1).forEach(({ at }, index) => {
      expect(at - (fetcher.requests[index]?.at ?? 0)).toBeGreaterThanOrEqual(35);
    });

    // Into the same counts as beacons: the site uses each version; a scan is no page view.
    const now = new Date('2026-12-04T10:00:00Z');
    expect(await recordScan(storage.db, results, now)).toBeGreaterThanOrEqual(4);
    const councils = loadCouncilDirectory();
    const overview = await adoptionOverview(storage.db, councils, now.getTime() + 60_000);
    const booking = overview.packages.find((summary) => summary.package === '@council-components/booking');
    expect(booking).toMatchObject({ sites: 1, unknownSites: 1, councils: 0, pageViews: 0 });
    expect(booking?.versions).toEqual([{ version: packageVersion('booking'), sites: 1, pageViews: 0 }]);
    const detail = await packageAdoption(storage.db, councils, '@council-components/booking', now.getTime() + 60_000);
    expect(detail.unknownSites).toBe(1);
  });
});
