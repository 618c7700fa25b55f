import { chromiumBrowserMode } from '@council-components/testing/vitest-browser.js';
import { legacyGovukCss } from '@council-components/testing/legacy-govuk-css.js';
import { misbehavingUpstream } from '@council-components/testing/misbehaving-upstream.js';
import { defineProject } from 'vitest/config';

export default defineProject({
  plugins: [misbehavingUpstream(), legacyGovukCss()],
  // Pre-bundled up front: discovering them mid-run makes Vite reload the test page.
  optimizeDeps: { include: ['lit', '@council-components/testing > axe-core', 'govuk-frontend', 'fast-check'] },
  test: {
    name: 'core',
    // A browser on a busy CI machine can take seconds to render: polls wait up to 5 s (Vitest's default is 1 s).
    expect: { poll: { timeout: 5_000 } },
    include: ['src/**/*.test.ts'],
    browser: chromiumBrowserMode(),
  },
});
