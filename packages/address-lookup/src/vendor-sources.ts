// The address vendors a council may call straight from the browser
// (`source="ideal-postcodes"`, `source="getaddress"`) with a key locked to its
// domain. Not part of the element: pages that use the council's own back end
// (the default, and where secrets belong) never download them.
import { addressSortKey, type Address } from '@council-components/addresses/address.js';
import { fromGetAddress, getAddressResponseShape } from '@council-components/addresses/getaddress.js';
import { fromIdealPostcodes, idealPostcodesResponseShape } from '@council-components/addresses/ideal-postcodes.js';
import { sortNaturally } from '@council-components/addresses/natural-order.js';
import { requestJson } from '@council-components/core/provider/provider-client.js';
import { isProviderError, ProviderError } from '@council-components/core/provider/provider-error.js';
import type { CheckedItems } from '@council-components/http/shape.js';
import {
  DEFAULT_TIMEOUT_MS,
  request,
  type AddressSource,
  type AddressSourceFactory,
} from '@council-components/core/search/address-sources.js';

/** A vendor URL under `base`, which may be relative to the page (a proxy, a sandbox). */
const vendorUrl = (path: string, base: string): URL => new URL(path, new URL(base, document.baseURI));

/** The records that passed their checks; when records came and none did, the vendor's answer is unusable. */
function usable<T>(records: CheckedItems<T>): T[] {
  if (records.items.length === 0 && records.rejected.length > 0) {
    throw new ProviderError('unexpected-response', `No usable record: ${records.rejected[0]?.message ?? ''}`);
  }
  return records.items;
}

/** In natural order, as the council's back end sends them; 404 means "no addresses at this postcode" to both vendors. */
async function naturalOrderOrEmpty(lookup: Promise<Address[]>): Promise<Address[]> {
  try {
    return sortNaturally(await lookup, addressSortKey);
  } catch (error) {
    if (isProviderError(error) && error.kind === 'not-found') return [];
    throw error;
  }
}

/**
 * Ideal Postcodes, called from the browser with a key locked to the
 * council's domain (the vendor allows this). `base` is for tests and sandboxes.
 */
export function idealPostcodesSource(
  apiKey: string,
  base = 'https://api.ideal-postcodes.co.uk/',
  timeoutMs = DEFAULT_TIMEOUT_MS,
): AddressSource {
  return {
    find(postcode, { signal }) {
      const url = vendorUrl(`v1/postcodes/${encodeURIComponent(postcode)}`, base);
      url.searchParams.set('api_key', apiKey);
      return naturalOrderOrEmpty(
        requestJson(url, { ...request(timeoutMs), shape: idealPostcodesResponseShape, signal }).then((body) =>
          usable(body.result).map(fromIdealPostcodes),
        ),
      );
    },
  };
}

/** getAddress.io, called from the browser with a domain-locked key. */
export function getAddressSource(
  apiKey: string,
  base = 'https://api.getaddress.io/',
  timeoutMs = DEFAULT_TIMEOUT_MS,
): AddressSource {
  return {
    find(postcode, { signal }) {
      const url = vendorUrl(`find/${encodeURIComponent(postcode)}`, base);
      url.searchParams.set('expand', 'true');
      url.searchParams.set('api-key', apiKey);
      return naturalOrderOrEmpty(
        requestJson(url, { ...request(timeoutMs), shape: getAddressResponseShape, signal }).then((body) =>
          usable(body.addresses).map((record) => fromGetAddress(record, body.postcode)),
        ),
      );
    },
  };
}
/** A vendor needs its key: without one, the search fails with a message in the console, and manual entry stays. */
function withKey(
  vendor: string,
  make: (apiKey: string) => AddressSource,
): (apiKey: string | undefined) => AddressSource {
  return (apiKey) => {
    if (!apiKey) throw new Error(`source="${vendor}" needs an api-key attribute`);
    return make(apiKey);
  };
}

/** The vendors by the name a page gives in `source="…"`. */
export const vendorSourceFactories: Readonly<Record<'ideal-postcodes' | 'getaddress', AddressSourceFactory>> = {
  'ideal-postcodes': ({ apiKey, apiBase, timeoutMs }) =>
    withKey('ideal-postcodes', (key) => idealPostcodesSource(key, apiBase, timeoutMs))(apiKey),
  getaddress: ({ apiKey, apiBase, timeoutMs }) =>
    withKey('getaddress', (key) => getAddressSource(key, apiBase, timeoutMs))(apiKey),
};
