import { fromIdealPostcodes, type IdealPostcodesResponse } from '@council-components/addresses/ideal-postcodes.js';
import { AddressProviderError, type AddressProvider } from './address-provider.js';
import { failureForStatus, getUpstreamJson, type UpstreamOptions } from './upstream-request.js';

export interface IdealPostcodesOptions extends UpstreamOptions {
  /** The API key. Ideal Postcodes takes it in the query string, so this module never logs URLs. */
  apiKey: string;
  /** Default `https://api.ideal-postcodes.co.uk/`. */
  baseUrl?: string;
}

const codeOf = (body: unknown): number | undefined =>
  body !== null && typeof body === 'object' && typeof (body as { code?: unknown }).code === 'number'
    ? (body as { code: number }).code
    : undefined;

/** Ideal Postcodes postcode lookup: code 4040 means no addresses; 4010 and 4011 mean the key is wrong or locked elsewhere. */
export function createIdealPostcodesProvider(options: IdealPostcodesOptions): AddressProvider {
  const base = options.baseUrl ?? 'https://api.ideal-postcodes.co.uk/';
  return {
    name: 'ideal-postcodes',
    async find(postcode, { signal }) {
      const url = new URL(`v1/postcodes/${encodeURIComponent(postcode)}`, base);
      url.searchParams.set('api_key', options.apiKey);
      const answer = await getUpstreamJson('Ideal Postcodes', url, { signal }, options);
      const code = codeOf(answer.body);
      if (answer.status === 404 && code === 4040) return [];
      if (code === 4010 || code === 4011) {
        throw new AddressProviderError('provider-misconfigured', `Ideal Postcodes refused the key (${code})`);
      }
      if (answer.status !== 200) throw failureForStatus('Ideal Postcodes', answer.status, answer.headers);
      const result = (answer.body as Partial<IdealPostcodesResponse> | undefined)?.result;
      if (!Array.isArray(result)) {
        throw new AddressProviderError('provider-unavailable', 'Ideal Postcodes answered with an unexpected body');
      }
      return result.map(fromIdealPostcodes);
    },
  };
}
