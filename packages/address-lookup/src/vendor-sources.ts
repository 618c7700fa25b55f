// The address vendors a council may call straight from the browser
// (`source="ideal-postcodes"`, `source="getaddress"`) with a key locked to its
// domain. Not part of the element: pages that use the council's own back end
// (the default, and where secrets belong) never download them.
import { addressSortKey, type Address } from '@council-components/addresses/address.js';
import { fromGetAddress } from '@council-components/addresses/getaddress.js';
import { fromIdealPostcodes } from '@council-components/addresses/ideal-postcodes.js';
import { sortNaturally } from '@council-components/addresses/natural-order.js';
import { requestJson } from '@council-components/core/provider/provider-client.js';
import { isProviderError } from '@council-components/core/provider/provider-error.js';
import {
  arrayOf,
  isNumber,
  isString,
  objectOf,
  optional,
  type Check,
} from '@council-components/core/provider/shape.js';
import { DEFAULT_TIMEOUT_MS, request, type AddressSource } from './address-sources.js';
import type { AddressSourceFactory } from './council-address-lookup.js';

/** A vendor URL under `base`, which may be relative to the page (a proxy, a sandbox). */
const vendorUrl = (path: string, base: string): URL => new URL(path, new URL(base, document.baseURI));

/** Ideal Postcodes sends "" for a premise it has not geocoded, and numbers as strings at times. */
const numberOrText: Check<number | string> = (value, path) =>
  typeof value === 'string' ? value : isNumber(value, path);

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
  const shape = objectOf({
    result: arrayOf(
      objectOf({
        postcode: isString,
        post_town: isString,
        line_1: isString,
        line_2: optional(isString),
        line_3: optional(isString),
        organisation_name: optional(isString),
        county: optional(isString),
        uprn: optional(numberOrText),
        latitude: optional(numberOrText),
        longitude: optional(numberOrText),
      }),
    ),
  });
  return {
    find(postcode, { signal }) {
      const url = vendorUrl(`v1/postcodes/${encodeURIComponent(postcode)}`, base);
      url.searchParams.set('api_key', apiKey);
      return naturalOrderOrEmpty(
        requestJson(url, { ...request(timeoutMs), shape, signal }).then((body) => body.result.map(fromIdealPostcodes)),
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
  const shape = objectOf({
    postcode: isString,
    addresses: arrayOf(
      objectOf({
        line_1: isString,
        line_2: optional(isString),
        line_3: optional(isString),
        line_4: optional(isString),
        locality: optional(isString),
        town_or_city: isString,
        county: optional(isString),
      }),
    ),
  });
  return {
    find(postcode, { signal }) {
      const url = vendorUrl(`find/${encodeURIComponent(postcode)}`, base);
      url.searchParams.set('expand', 'true');
      url.searchParams.set('api-key', apiKey);
      return naturalOrderOrEmpty(
        requestJson(url, { ...request(timeoutMs), shape, signal }).then((body) =>
          body.addresses.map((record) => fromGetAddress(record, body.postcode)),
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
