import { addressRoutes } from '@council-components/sandbox/address-backends.ts';
import { createRouter } from '@council-components/server/http/router.js';
import { toNodeListener } from '@council-components/server/node/node-adapter.js';
import { mountListener } from '@council-components/testing/listener-middleware.js';
import { chromiumBrowserMode } from '@council-components/testing/vitest-browser.js';
import { defineProject } from 'vitest/config';

export default defineProject({
  // The council back end of the sandbox: real handlers, fake upstreams.
  plugins: [mountListener(['/api/', '/fakes/'], toNodeListener(createRouter(addressRoutes())))],
  optimizeDeps: { include: ['react', 'react/jsx-runtime', 'react-dom/client', '@lit/react', 'lit'] },
  test: {
    name: 'react',
    include: ['src/**/*.test.tsx'],
    browser: chromiumBrowserMode(),
  },
});
