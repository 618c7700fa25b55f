import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'addresses',
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
