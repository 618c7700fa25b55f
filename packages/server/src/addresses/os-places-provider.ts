import { mergeByUprn, osPlacesResponseShape } from '@council-components/addresses/os-places.js';
import {
  bodyOf,
  failureOfStatus,
  upstreamRequest,
  UpstreamError,
  type UpstreamOptions,
} from '../http/upstream-request.js';
import { usableRecords, type RecordsOptions } from '../http/usable-records.js';
import type { AddressProvider } from './address-provider.js';

export interface OsPlacesOptions extends UpstreamOptions, RecordsOptions {
  /** The OS Data Hub project key. A secret: it stays on the server and is sent as a header, never in the URL. */
  key: string;
  /** Default `https://api.os.uk/search/places/v1/`. */
  baseUrl?: string;
  /** Most pages of 100 to fetch for one postcode. Default 20 (2,000 addresses). */
  maxPages?: number;
}

const UPSTREAM = 'OS Places';

const PAGE_SIZE = 100;

/** OS Places' 400 for a postcode it does not accept: `{ "error": { "message": "Requested postcode must contain…" } }`. */
function postcodeRefused(body: unknown): boolean {
  const error: unknown = body !== null && typeof body === 'object' && 'error' in body ? body.error : undefined;
  const message: unknown =
    error !== null && typeof error === 'object' && 'message' in error ? error.message : undefined;
  return typeof message === 'string' && message.startsWith('Requested postcode');
}

/**
 * OS Places `postcode` search: DPA and LPI records, English and Welsh, paged
 * past 100 results, merged to one address per UPRN in the resident's language.
 * Both "no results" shapes (no `results`, or `[]`) give [].
 */
export function createOsPlacesProvider(options: OsPlacesOptions): AddressProvider {
  const base = new URL('postcode', options.baseUrl ?? 'https://api.os.uk/search/places/v1/');
  const maxPages = options.maxPages ?? 20;

  const page = async (postcode: string, offset: number, signal: AbortSignal) => {
    const url = new URL(base);
    url.search = new URLSearchParams({
      postcode,
      dataset: 'DPA,LPI',
      output_srs: 'EPSG:4326',
      maxresults: String(PAGE_SIZE),
      offset: String(offset),
      format: 'JSON',
    }).toString();
    const answer = await upstreamRequest(UPSTREAM, url, { headers: { key: options.key }, signal }, options);
    // The handler has checked the postcode already, so a 400 means our request or configuration is
    // wrong, except for a postcode OS Places does not take as one (GIR 0AA): it has no addresses there.
    if (answer.status === 400) {
      if (postcodeRefused(answer.body)) return { header: { totalresults: 0 }, results: undefined };
      throw new UpstreamError(UPSTREAM, 'misconfigured', 'rejected the request (400)', { status: 400 });
    }
    if (answer.status !== 200) throw failureOfStatus(UPSTREAM, answer);
    return bodyOf(UPSTREAM, answer, osPlacesResponseShape);
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
      const records = usableRecords(
        UPSTREAM,
        [first, ...rest].map((response) => response.results),
        options,
      );
      return mergeByUprn(records, language);
    },
  };
}
