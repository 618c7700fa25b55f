import type { Address, AddressLanguage } from '@council-components/addresses/address.js';
import { addressShape } from '@council-components/addresses/address-shape.js';
import { requestJson, type ProviderRequest } from '../provider/provider-client.js';
import { arrayOf, isString, objectOf } from '@council-components/http/shape.js';

/**
 * Where the component gets addresses from, in the order to offer them (natural
 * order: Flat 2 before Flat 10). Every failure is a ProviderError.
 */
export interface AddressSource {
  find(postcode: string, options: { language: AddressLanguage; signal: AbortSignal }): Promise<Address[]>;
}

/** Default wait for one attempt. Two attempts, and at most 5 s asked for between them, bound a search to about 21 s. */
export const DEFAULT_TIMEOUT_MS = 8_000;

/** What every search asks of the provider client: `timeoutMs` per attempt, and one more attempt after a passing failure. */
export const request = (timeoutMs: number): Pick<ProviderRequest<unknown>, 'timeoutMs' | 'retries'> => ({
  timeoutMs,
  retries: 1,
});

/** What a named source (`source="…"`) is built from. */
export interface AddressSourceOptions {
  apiKey: string | undefined;
  apiBase: string | undefined;
  timeoutMs: number;
}

/** Makes a named source; registered with `CouncilAddressLookup.registerSource(name, factory)`. */
export type AddressSourceFactory = (options: AddressSourceOptions) => AddressSource;

/**
 * The council's own back end, speaking the normalised contract of
 * `@council-components/server` (`openapi/addresses.openapi.json`), which
 * sends addresses in natural order. The default.
 */
export function endpointSource(endpoint: string, timeoutMs = DEFAULT_TIMEOUT_MS): AddressSource {
  const shape = objectOf({ postcode: isString, addresses: arrayOf(addressShape) });
  return {
    async find(postcode, { language, signal }) {
      const url = new URL(endpoint, document.baseURI);
      url.searchParams.set('postcode', postcode);
      url.searchParams.set('lang', language);
      const body = await requestJson(url, { ...request(timeoutMs), shape, signal });
      return body.addresses;
    },
  };
}
