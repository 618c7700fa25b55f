import { temporaryStorage } from '@council-components/sandbox/app.ts';
import { createRouter } from '@council-components/server/http/router.js';
import { toNodeListener } from '@council-components/server/node/node-adapter.js';
import { mountListener } from '@council-components/testing/listener-middleware.js';
import { chromiumBrowserMode } from '@council-components/testing/vitest-browser.js';
import { defineProject } from 'vitest/config';
import { fixtureBackend } from './src/payment.fixtures.ts';

export default defineProject({
  // The fixtures' council back end: the real payment handlers on SQLite, over the fake of GOV.UK Pay, over real HTTP.
  plugins: [
    mountListener(['/api/', '/fakes/'], toNodeListener(createRouter(fixtureBackend({ storage: temporaryStorage })))),
  ],
  optimizeDeps: { include: ['lit-html', '@lit/reactive-element', 'axe-core', 'govuk-frontend'] },
  test: {
    name: 'payment',
    include: ['src/**/*.test.ts'],
    browser: chromiumBrowserMode(),
  },
});
