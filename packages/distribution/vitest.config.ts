import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'distribution',
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
