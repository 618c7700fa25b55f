import type { Address, AddressLanguage } from '@council-components/addresses/address.js';
import { fromGetAddress } from '@council-components/addresses/getaddress.js';
import { fromIdealPostcodes } from '@council-components/addresses/ideal-postcodes.js';
import { requestJson, type ProviderRequest } from '@council-components/core/provider/provider-client.js';
import { isProviderError } from '@council-components/core/provider/provider-error.js';
import {
  arrayOf,
  isNumber,
  isString,
  nullable,
  objectOf,
  oneOf,
  optional,
  type Check,
} from '@council-components/core/provider/shape.js';

/** Where the component gets addresses from. Every failure is a ProviderError. */
export interface AddressSource {
  find(postcode: string, options: { language: AddressLanguage; signal: AbortSignal }): Promise<Address[]>;
}

/** Default wait for one attempt. Two attempts bound a search to about 17 seconds. */
export const DEFAULT_TIMEOUT_MS = 8_000;

const request = (timeoutMs: number): Pick<ProviderRequest<unknown>, 'timeoutMs' | 'retries'> => ({
  timeoutMs,
  retries: 1,
});

const addressShape: Check<Address> = objectOf({
  uprn: nullable(isString),
  organisation: nullable(isString),
  lines: arrayOf(isString),
  town: isString,
  county: nullable(isString),
  postcode: isString,
  coordinates: nullable(objectOf({ latitude: isNumber, longitude: isNumber })),
  language: oneOf('en', 'cy'),
});

/**
 * The council's own back end, speaking the normalised contract of
 * `@council-components/server` (`openapi/addresses.openapi.json`). The default.
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

/** A vendor URL under `base`, which may be relative to the page (a proxy, a sandbox). */
const vendorUrl = (path: string, base: string): URL => new URL(path, new URL(base, document.baseURI));

/** Ideal Postcodes sends "" for a premise it has not geocoded, and numbers as strings at times. */
const numberOrText: Check<number | string> = (value, path) =>
  typeof value === 'string' ? value : isNumber(value, path);

/** 404 means "no addresses at this postcode" to both vendors. */
async function emptyWhenNotFound(lookup: Promise<Address[]>): Promise<Address[]> {
  try {
    return await lookup;
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
      return emptyWhenNotFound(
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
      return emptyWhenNotFound(
        requestJson(url, { ...request(timeoutMs), shape, signal }).then((body) =>
          body.addresses.map((record) => fromGetAddress(record, body.postcode)),
        ),
      );
    },
  };
}
