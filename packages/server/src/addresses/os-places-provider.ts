import { mergeByUprn, type OsPlacesResponse, type OsPlacesResult } from '@council-components/addresses/os-places.js';
import { AddressProviderError, type AddressProvider } from './address-provider.js';
import { failureForStatus, getUpstreamJson, type UpstreamOptions } from './upstream-request.js';

export interface OsPlacesOptions extends UpstreamOptions {
  /** The OS Data Hub project key. A secret: it stays on the server and is sent as a header, never in the URL. */
  key: string;
  /** Default `https://api.os.uk/search/places/v1/`. */
  baseUrl?: string;
  /** Most pages of 100 to fetch for one postcode. Default 20 (2,000 addresses). */
  maxPages?: number;
}

const PAGE_SIZE = 100;

function isResponse(body: unknown): body is OsPlacesResponse {
  if (body === null || typeof body !== 'object' || !('header' in body)) return false;
  const { header } = body;
  return (
    header !== null &&
    typeof header === 'object' &&
    typeof (header as { totalresults?: unknown }).totalresults === 'number'
  );
}

/**
 * OS Places `postcode` search: DPA and LPI records, English and Welsh, paged
 * past 100 results, merged to one address per UPRN in the resident's language.
 * Both "no results" shapes (no `results`, or `[]`) give [].
 */
export function createOsPlacesProvider(options: OsPlacesOptions): AddressProvider {
  const base = new URL('postcode', options.baseUrl ?? 'https://api.os.uk/search/places/v1/');
  const maxPages = options.maxPages ?? 20;

  const page = async (postcode: string, offset: number, signal: AbortSignal): Promise<OsPlacesResponse> => {
    const url = new URL(base);
    url.search = new URLSearchParams({
      postcode,
      dataset: 'DPA,LPI',
      output_srs: 'EPSG:4326',
      maxresults: String(PAGE_SIZE),
      offset: String(offset),
      format: 'JSON',
    }).toString();
    const answer = await getUpstreamJson('OS Places', url, { headers: { key: options.key }, signal }, options);
    // The handler has checked the postcode already: a 400 means our request or configuration is wrong.
    if (answer.status === 400) {
      throw new AddressProviderError('provider-misconfigured', 'OS Places rejected the request (400)');
    }
    if (answer.status !== 200) throw failureForStatus('OS Places', answer.status, answer.headers);
    if (!isResponse(answer.body)) {
      throw new AddressProviderError('provider-unavailable', 'OS Places answered with an unexpected body');
    }
    return answer.body;
  };

  return {
    name: 'os-places',
    async find(postcode, { language, signal }) {
      // The first page says how many there are; the rest are fetched side by side.
      const first = await page(postcode, 0, signal);
      const total = Math.min(first.header.totalresults, maxPages * PAGE_SIZE);
      const offsets: number[] = [];
      for (let offset = PAGE_SIZE; offset < total; offset += PAGE_SIZE) offsets.push(offset);
      const rest = await Promise.all(offsets.map((offset) => page(postcode, offset, signal)));
      const results: OsPlacesResult[] = [first, ...rest].flatMap((response) => response.results ?? []);
      return mergeByUprn(results, language);
    },
  };
}
