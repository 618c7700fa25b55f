import {
  fromIdealPostcodes,
  idealPostcodesCodeOf,
  idealPostcodesResponseShape,
} from '@council-components/addresses/ideal-postcodes.js';
import {
  bodyOf,
  failureOfStatus,
  upstreamRequest,
  UpstreamError,
  type UpstreamOptions,
} from '../http/upstream-request.js';
import { usableRecords, type RecordsOptions } from '../http/usable-records.js';
import type { AddressProvider } from './address-provider.js';

export interface IdealPostcodesOptions extends UpstreamOptions, RecordsOptions {
  /** The API key. Ideal Postcodes takes it in the query string, so this module never logs URLs. */
  apiKey: string;
  /** Default `https://api.ideal-postcodes.co.uk/`. */
  baseUrl?: string;
}

const UPSTREAM = 'Ideal Postcodes';

/** Ideal Postcodes postcode lookup: code 4040 means no addresses; 4010 and 4011 mean the key is wrong or locked elsewhere. */
export function createIdealPostcodesProvider(options: IdealPostcodesOptions): AddressProvider {
  const base = options.baseUrl ?? 'https://api.ideal-postcodes.co.uk/';
  return {
    name: 'ideal-postcodes',
    async find(postcode, { signal }) {
      const url = new URL(`v1/postcodes/${encodeURIComponent(postcode)}`, base);
      url.searchParams.set('api_key', options.apiKey);
      const answer = await upstreamRequest(UPSTREAM, url, { signal }, options);
      const code = idealPostcodesCodeOf(answer.body);
      if (answer.status === 404 && code === 4040) return [];
      if (code === 4010 || code === 4011) {
        throw new UpstreamError(UPSTREAM, 'misconfigured', `refused the key (${code})`, { status: answer.status });
      }
      if (answer.status !== 200) throw failureOfStatus(UPSTREAM, answer);
      const { result } = bodyOf(UPSTREAM, answer, idealPostcodesResponseShape);
      return usableRecords(UPSTREAM, [result], options).map(fromIdealPostcodes);
    },
  };
}
