import { createAddressesHandler } from '@council-components/server/addresses/addresses-handler.js';
import { createOsPlacesProvider } from '@council-components/server/addresses/os-places-provider.js';
import { createRouter } from '@council-components/server/http/router.js';
import { toNodeListener } from '@council-components/server/node/node-adapter.js';
import { fetchVia } from '@council-components/testing/fakes/in-process-fetch.js';
import { createOsPlacesFake } from '@council-components/testing/fakes/os-places-fake.js';
import { mountListener } from '@council-components/testing/listener-middleware.js';
import { chromiumBrowserMode } from '@council-components/testing/vitest-browser.js';
import { defineProject } from 'vitest/config';

// A council's address back end for the React app: the real handler over the OS Places fake.
const addresses = createAddressesHandler({
  provider: createOsPlacesProvider({ key: 'sandbox-os-key', fetch: fetchVia(createOsPlacesFake().handler) }),
});

export default defineProject({
  plugins: [
    mountListener(
      ['/api/'],
      toNodeListener(createRouter([{ method: 'GET', path: '/api/addresses', handler: addresses }])),
    ),
  ],
  optimizeDeps: { include: ['react', 'react/jsx-runtime', 'react-dom/client', '@lit/react', 'lit'] },
  test: {
    name: 'react',
    include: ['src/**/*.test.tsx'],
    browser: chromiumBrowserMode(),
  },
});
