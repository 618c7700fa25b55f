import type { AdoptionDelivery } from '@council-components/http/adoption-beacon.js';

/** A package and version a script tag loads, read from its address as the CDNs write it. */
export interface ScriptedPackage {
  package: string;
  version: string;
  delivery: AdoptionDelivery;
  /** The script's address, absolute. */
  src: string;
}

export interface PageScan {
  /** Each `council-*` element written in the page, with how many. */
  elements: Map<string, number>;
  /** The Council Components packages its script tags load, with their versions. */
  scripts: ScriptedPackage[];
}

/** `…/@council-components/booking@0.3.1/…` (jsDelivr's and unpkg's `npm` paths, and a council's copy of them). */
const VERSIONED_PACKAGE =
  /\/@council-components\/([a-z][a-z0-9-]*)@(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)\//;

/**
 * What a page's HTML, as served (no script run), says about Council Components: the elements its author wrote, and
 * the packages and versions its script tags load. Comments are left out: a commented-out element is not in use.
 */
export function scanPage(html: string, pageUrl: string): PageScan {
  const text = html.replace(/<!--[\s\S]*?-->/g, '');
  const elements = new Map<string, number>();
  for (const match of text.matchAll(/<(council-[a-z0-9-]+)(?=[\s/>])/gi)) {
    const tag = (match[1] ?? '').toLowerCase();
    elements.set(tag, (elements.get(tag) ?? 0) + 1);
  }
  const scripts: ScriptedPackage[] = [];
  for (const match of text.matchAll(/<script\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const raw = match[1] ?? match[2] ?? match[3] ?? '';
    let src: URL;
    try {
      src = new URL(raw.replace(/&amp;/g, '&'), pageUrl);
    } catch {
      continue;
    }
    const found = VERSIONED_PACKAGE.exec(src.pathname);
    if (!found?.[1] || !found[2]) continue;
    const name = found[1];
    scripts.push({
      package: `@council-components/${name}`,
      version: found[2],
      delivery: name === 'loader' ? 'loader' : 'script-tag',
      src: src.href,
    });
  }
  return { elements, scripts };
}
