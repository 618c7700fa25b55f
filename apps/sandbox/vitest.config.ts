import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'sandbox',
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A browser on a busy CI machine can take seconds to render or send: polls wait up to 5 s (Vitest's default is 1 s).
    expect: { poll: { timeout: 5_000 } },
  },
});
