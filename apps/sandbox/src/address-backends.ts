import { createAddressesHandler } from '@council-components/server/addresses/addresses-handler.js';
import { createGazetteerProvider, GazetteerIndex } from '@council-components/server/addresses/gazetteer-provider.js';
import { createGetAddressProvider } from '@council-components/server/addresses/getaddress-provider.js';
import { createIdealPostcodesProvider } from '@council-components/server/addresses/ideal-postcodes-provider.js';
import { createOsPlacesProvider } from '@council-components/server/addresses/os-places-provider.js';
import type { Route } from '@council-components/server/http/router.js';
import { fakeGazetteerCsv } from '@council-components/testing/fakes/fake-gazetteer-csv.js';
import { createGetAddressFake } from '@council-components/testing/fakes/getaddress-fake.js';
import { createIdealPostcodesFake } from '@council-components/testing/fakes/ideal-postcodes-fake.js';
import { fetchVia } from '@council-components/testing/fakes/in-process-fetch.js';
import { createOsPlacesFake } from '@council-components/testing/fakes/os-places-fake.js';

/**
 * The council's address back end, as a council would deploy it, with every
 * source: `/api/addresses` (OS Places, the default), and one path per other
 * source. The upstreams are the fakes, reached in process; the fakes are also
 * mounted under `/fakes/` for the browser-side adapters.
 */
export function addressRoutes(env: NodeJS.ProcessEnv = process.env): Route[] {
  const osPlaces = createOsPlacesFake();
  const idealPostcodes = createIdealPostcodesFake();
  const getAddress = createGetAddressFake();
  const quiet = { onProviderError: () => undefined };
  const rateLimit = { perMinute: 120, burst: 30 };

  return [
    {
      method: 'GET',
      path: '/api/addresses',
      handler: createAddressesHandler({
        provider: createOsPlacesProvider({
          key: env['OS_PLACES_KEY'] ?? 'sandbox-os-key',
          baseUrl: 'https://api.os.uk/search/places/v1/',
          fetch: fetchVia(osPlaces.handler),
        }),
        rateLimit,
        ...quiet,
      }),
    },
    {
      // A council whose OS Places key has expired: every lookup fails with 502 provider-misconfigured.
      method: 'GET',
      path: '/api/addresses/misconfigured',
      handler: createAddressesHandler({
        provider: createOsPlacesProvider({ key: 'expired-key', fetch: fetchVia(osPlaces.handler) }),
        rateLimit,
        ...quiet,
      }),
    },
    {
      method: 'GET',
      path: '/api/addresses/ideal-postcodes',
      handler: createAddressesHandler({
        provider: createIdealPostcodesProvider({ apiKey: 'iddqd', fetch: fetchVia(idealPostcodes) }),
        rateLimit,
        ...quiet,
      }),
    },
    {
      method: 'GET',
      path: '/api/addresses/getaddress',
      handler: createAddressesHandler({
        provider: createGetAddressProvider({ apiKey: 'sandbox-getaddress-key', fetch: fetchVia(getAddress) }),
        rateLimit,
        ...quiet,
      }),
    },
    {
      method: 'GET',
      path: '/api/addresses/gazetteer',
      handler: createAddressesHandler({
        provider: createGazetteerProvider(GazetteerIndex.fromText(fakeGazetteerCsv())),
        rateLimit,
        ...quiet,
      }),
    },
    { method: 'GET', path: '/fakes/os-places/*', handler: osPlaces.handler },
    { method: 'GET', path: '/fakes/ideal-postcodes/*', handler: idealPostcodes },
    { method: 'GET', path: '/fakes/getaddress/*', handler: getAddress },
  ];
}
