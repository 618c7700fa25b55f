import { createRouter } from '@council-components/server/http/router.js';
import { toNodeListener } from '@council-components/server/node/node-adapter.js';
import { mountListener } from '@council-components/testing/listener-middleware.js';
import { chromiumBrowserMode } from '@council-components/testing/vitest-browser.js';
import { defineProject } from 'vitest/config';
import { fixtureBackend } from './src/address-lookup.fixtures.ts';

export default defineProject({
  // The fixtures' council back end: real handlers, fake upstreams, over real HTTP.
  plugins: [mountListener(['/api/', '/fakes/'], toNodeListener(createRouter(fixtureBackend())))],
  optimizeDeps: { include: ['lit', '@council-components/testing > axe-core', 'govuk-frontend'] },
  test: {
    name: 'address-lookup',
    include: ['src/**/*.test.ts'],
    browser: chromiumBrowserMode(),
  },
});
