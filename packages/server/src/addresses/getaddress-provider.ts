import { fromGetAddress, getAddressResponseShape } from '@council-components/addresses/getaddress.js';
import {
  bodyOf,
  failureOfStatus,
  upstreamRequest,
  UpstreamError,
  type UpstreamOptions,
} from '../http/upstream-request.js';
import { usableRecords, type RecordsOptions } from '../http/usable-records.js';
import type { AddressProvider } from './address-provider.js';

export interface GetAddressOptions extends UpstreamOptions, RecordsOptions {
  /** The API key, sent in the query string as getAddress.io requires; URLs are never logged. */
  apiKey: string;
  /** Default `https://api.getaddress.io/`. */
  baseUrl?: string;
}

const UPSTREAM = 'getAddress.io';

/** getAddress.io `find` with `expand=true`: 404 means no addresses; 400 an invalid postcode. */
export function createGetAddressProvider(options: GetAddressOptions): AddressProvider {
  const base = options.baseUrl ?? 'https://api.getaddress.io/';
  return {
    name: 'getaddress',
    async find(postcode, { signal }) {
      const url = new URL(`find/${encodeURIComponent(postcode)}`, base);
      url.searchParams.set('expand', 'true');
      url.searchParams.set('api-key', options.apiKey);
      const answer = await upstreamRequest(UPSTREAM, url, { signal }, options);
      if (answer.status === 404) return [];
      if (answer.status === 400) {
        throw new UpstreamError(UPSTREAM, 'rejected-input', 'rejected the postcode', { status: 400 });
      }
      if (answer.status !== 200) throw failureOfStatus(UPSTREAM, answer);
      const body = bodyOf(UPSTREAM, answer, getAddressResponseShape);
      return usableRecords(UPSTREAM, [body.addresses], options).map((record) => fromGetAddress(record, body.postcode));
    },
  };
}
