import type { PropertyCollections } from '@council-components/collections/collections.js';
import { collectionsShape } from '@council-components/collections/collections-shape.js';
import { requestJson } from '@council-components/core/provider/provider-client.js';
import { ShapeError } from '@council-components/http/shape.js';

/** Default wait for one attempt; two attempts at most. */
export const DEFAULT_TIMEOUT_MS = 8_000;

/**
 * A property's collections from the council's back end (`openapi/collections.openapi.json` of
 * `@council-components/server`), checked against the contract. Every failure is a ProviderError: the back end's
 * `outside-area` and `not-a-property` carry their code.
 */
export async function fetchCollections(
  endpoint: string,
  uprn: string,
  options: { signal: AbortSignal; timeoutMs?: number },
): Promise<PropertyCollections> {
  const url = new URL(endpoint, document.baseURI);
  url.searchParams.set('uprn', uprn);
  return requestJson(url, {
    shape: (body) => {
      const collections = collectionsShape(body);
      // Another property's answer (a cache gone wrong) is never shown as this one's.
      if (collections.uprn !== uprn) throw new ShapeError('$.uprn', uprn);
      return collections;
    },
    signal: options.signal,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retries: 1,
  });
}

/** The back end's calendar of the same collections, in the resident's language: to download, or subscribe to. */
export function calendarUrls(endpoint: string, uprn: string, lang: string): { download: string; subscribe: string } {
  const url = new URL(endpoint, document.baseURI);
  url.pathname = `${url.pathname.replace(/\/$/, '')}/calendar.ics`;
  url.search = '';
  url.searchParams.set('uprn', uprn);
  url.searchParams.set('lang', lang);
  return { download: url.href, subscribe: url.href.replace(/^https?:/, 'webcal:') };
}
