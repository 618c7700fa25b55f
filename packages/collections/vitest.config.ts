import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'collections',
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // Fourteen hours ahead of UTC, and never London's: a date computed in the process's zone shows at once.
    env: { TZ: 'Pacific/Kiritimati' },
  },
});
