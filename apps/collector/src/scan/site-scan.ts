import type { AdoptionDelivery } from '@council-components/http/adoption-beacon.js';
import { COMPONENT_PACKAGES } from '../component-packages.ts';
import { scanPage } from './page-scan.ts';
import type { PoliteFetcher } from './polite-fetcher.ts';

/** One package seen on a page: its version, how the page loads it, and its elements there. */
export interface Observation {
  url: string;
  origin: string;
  package: string;
  version: string;
  delivery: AdoptionDelivery;
  elements: Record<string, number>;
}

/** What the scan made of one address. */
export type ScanResult =
  | { url: string; outcome: 'found'; observations: Observation[]; unversioned: string[] }
  | { url: string; outcome: 'none' }
  | { url: string; outcome: 'skipped'; reason: string };

const isOurs = (name: string): boolean => (COMPONENT_PACKAGES as readonly string[]).includes(name);

/** The package an element tag belongs to: `council-booking` is `@council-components/booking`. */
const packageOfTag = (tag: string): string => `@council-components/${tag.slice('council-'.length)}`;

/** The component versions a loader release loads: its `package.json`'s exact dependencies, beside its script. */
async function loaderVersions(loaderSrc: string, fetcher: PoliteFetcher): Promise<Map<string, string>> {
  const manifest = new URL(loaderSrc.replace(/(\/@council-components\/loader@[^/]+\/).*$/, '$1package.json'));
  const text = await fetcher.file(manifest.href);
  const versions = new Map<string, string>();
  if (!text) return versions;
  try {
    const { dependencies } = JSON.parse(text) as { dependencies?: Record<string, unknown> };
    for (const [name, version] of Object.entries(dependencies ?? {})) {
      if (typeof version === 'string' && /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(version))
        versions.set(name, version);
    }
  } catch {
    // Not JSON: the loader's components keep no version.
  }
  return versions;
}

/**
 * Scans one page: the `council-*` elements its author wrote, each under the package whose script tag loads it, with
 * that script's version (from its CDN address); elements the loader loads get the versions that loader release
 * depends on. Elements no versioned script accounts for are reported, not counted: a version is what the aggregates
 * need.
 */
export async function scanSite(url: string, fetcher: PoliteFetcher): Promise<ScanResult> {
  const fetched = await fetcher.page(url);
  if (fetched.outcome === 'skipped') return { url, outcome: 'skipped', reason: fetched.reason };
  const { elements, scripts } = scanPage(fetched.html, fetched.url);
  if (!elements.size) return { url, outcome: 'none' };
  const origin = new URL(fetched.url).origin;
  const byPackage = new Map<string, Observation>();
  const loader = scripts.find((script) => script.delivery === 'loader');
  const fromLoader = loader ? await loaderVersions(loader.src, fetcher) : new Map<string, string>();
  const unversioned: string[] = [];
  for (const [tag, count] of elements) {
    const name = packageOfTag(tag);
    if (!isOurs(name)) continue;
    const script = scripts.find((candidate) => candidate.package === name);
    const version = script?.version ?? fromLoader.get(name);
    if (!version) {
      unversioned.push(tag);
      continue;
    }
    const observation = byPackage.get(name) ?? {
      url: fetched.url,
      origin,
      package: name,
      version,
      delivery: script ? script.delivery : 'loader',
      elements: {},
    };
    observation.elements[tag] = count;
    byPackage.set(name, observation);
  }
  return byPackage.size || unversioned.length
    ? { url, outcome: 'found', observations: [...byPackage.values()], unversioned }
    : { url, outcome: 'none' };
}

/** Scans every address: hosts side by side (up to `hosts` at once), each host's pages one at a time. */
export async function scanSites(urls: readonly string[], fetcher: PoliteFetcher, hosts = 4): Promise<ScanResult[]> {
  const byHost = new Map<string, string[]>();
  for (const url of urls) {
    let host = url;
    try {
      host = new URL(url).host;
    } catch {
      // Reported as skipped by the fetcher.
    }
    byHost.set(host, [...(byHost.get(host) ?? []), url]);
  }
  const results = new Map<string, ScanResult>();
  const queues = [...byHost.values()];
  const worker = async (): Promise<void> => {
    for (let queue = queues.shift(); queue; queue = queues.shift()) {
      for (const url of queue) results.set(url, await scanSite(url, fetcher));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, hosts) }, worker));
  return urls.map((url) => results.get(url) ?? { url, outcome: 'skipped', reason: 'not scanned' });
}
