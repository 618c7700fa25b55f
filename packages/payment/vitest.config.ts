import { chromiumBrowserMode } from '@council-components/testing/vitest-browser.js';
import { defineProject } from 'vitest/config';

export default defineProject({
  optimizeDeps: { include: ['lit-html', '@lit/reactive-element', 'axe-core', 'govuk-frontend'] },
  test: {
    name: 'payment',
    include: ['src/**/*.test.ts'],
    browser: chromiumBrowserMode(),
  },
});
