import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'wordpress',
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Installing two WordPress sites (MariaDB, Apache, the plugin uploaded through wp-admin) takes a while.
    hookTimeout: 180_000,
    expect: { poll: { timeout: 10_000 } },
  },
});
