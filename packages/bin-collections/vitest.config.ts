import { createRouter } from '@council-components/server/http/router.js';
import { toNodeListener } from '@council-components/server/node/node-adapter.js';
import { mountListener } from '@council-components/testing/listener-middleware.js';
import { chromiumBrowserMode } from '@council-components/testing/vitest-browser.js';
import { defineProject } from 'vitest/config';
import { fixtureBackend } from './src/bin-collections.fixtures.ts';

export default defineProject({
  // The fixtures' council back end: real handlers, fake upstreams, over real HTTP.
  plugins: [mountListener(['/api/', '/fakes/'], toNodeListener(createRouter(fixtureBackend())))],
  optimizeDeps: { include: ['lit-html', '@lit/reactive-element', 'axe-core', 'govuk-frontend'] },
  test: {
    name: 'bin-collections',
    include: ['src/**/*.test.ts'],
    browser: chromiumBrowserMode(),
  },
});
