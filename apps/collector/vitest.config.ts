import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'collector',
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
