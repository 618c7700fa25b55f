import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      'apps/*/vitest.config.ts',
      'integrations/*/vitest.config.ts',
      'bench/vitest.config.ts',
    ],
  },
});
