import { fromGetAddress, type GetAddressResponse } from '@council-components/addresses/getaddress.js';
import { AddressProviderError, type AddressProvider } from './address-provider.js';
import { failureForStatus, getUpstreamJson, type UpstreamOptions } from './upstream-request.js';

export interface GetAddressOptions extends UpstreamOptions {
  /** The API key, sent in the query string as getAddress.io requires; URLs are never logged. */
  apiKey: string;
  /** Default `https://api.getaddress.io/`. */
  baseUrl?: string;
}

/** getAddress.io `find` with `expand=true`: 404 means no addresses; 400 an invalid postcode. */
export function createGetAddressProvider(options: GetAddressOptions): AddressProvider {
  const base = options.baseUrl ?? 'https://api.getaddress.io/';
  return {
    name: 'getaddress',
    async find(postcode, { signal }) {
      const url = new URL(`find/${encodeURIComponent(postcode)}`, base);
      url.searchParams.set('expand', 'true');
      url.searchParams.set('api-key', options.apiKey);
      const answer = await getUpstreamJson('getAddress.io', url, { signal }, options);
      if (answer.status === 404) return [];
      if (answer.status === 400)
        throw new AddressProviderError('postcode-invalid', 'getAddress.io rejected the postcode');
      if (answer.status !== 200) throw failureForStatus('getAddress.io', answer.status, answer.headers);
      const body = answer.body as Partial<GetAddressResponse> | undefined;
      if (!body || !Array.isArray(body.addresses)) {
        throw new AddressProviderError('provider-unavailable', 'getAddress.io answered with an unexpected body');
      }
      return body.addresses.map((record) => fromGetAddress(record, body.postcode ?? postcode));
    },
  };
}
