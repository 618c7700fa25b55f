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

  return {
    name: 'os-places',
    async find(postcode, { language, signal }) {
      const results: OsPlacesResult[] = [];
      for (let page = 0, total = Infinity; page < maxPages && page * PAGE_SIZE < total; page++) {
        const url = new URL(base);
        url.search = new URLSearchParams({
          postcode,
          dataset: 'DPA,LPI',
          output_srs: 'EPSG:4326',
          maxresults: String(PAGE_SIZE),
          offset: String(page * PAGE_SIZE),
          format: 'JSON',
        }).toString();
        const answer = await getUpstreamJson('OS Places', url, { headers: { key: options.key }, signal }, options);
        if (answer.status === 400) {
          throw new AddressProviderError('postcode-invalid', 'OS Places rejected the postcode');
        }
        if (answer.status !== 200) throw failureForStatus('OS Places', answer.status, answer.headers);
        if (!isResponse(answer.body)) {
          throw new AddressProviderError('provider-unavailable', 'OS Places answered with an unexpected body');
        }
        total = answer.body.header.totalresults;
        results.push(...(answer.body.results ?? []));
      }
      return mergeByUprn(results, language);
    },
  };
}
