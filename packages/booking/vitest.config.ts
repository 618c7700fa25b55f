import { temporaryStorage } from '@council-components/sandbox/app.ts';
import { createRouter } from '@council-components/server/http/router.js';
import { toNodeListener } from '@council-components/server/node/node-adapter.js';
import { mountListener } from '@council-components/testing/listener-middleware.js';
import { chromiumBrowserMode } from '@council-components/testing/vitest-browser.js';
import { defineProject } from 'vitest/config';
import { fixtureBackend } from './src/booking.fixtures.ts';

export default defineProject({
  // The fixtures' council back end: the real booking handlers on SQLite, over real HTTP.
  plugins: [mountListener(['/api/'], toNodeListener(createRouter(fixtureBackend({ storage: temporaryStorage }))))],
  optimizeDeps: { include: ['lit-html', '@lit/reactive-element', 'axe-core', 'govuk-frontend'] },
  test: {
    name: 'booking',
    include: ['src/**/*.test.ts'],
    // The page in Auckland (13 hours ahead of London in December, 11 in March and October): dates and times for a
    // London service must not move with the resident's zone.
    browser: chromiumBrowserMode({ timezoneId: 'Pacific/Auckland' }),
  },
});
