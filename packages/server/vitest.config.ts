import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'server',
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // Not London's zone, with clock changes of its own on other dates: a date taken from the process's zone
    // instead of the calendar or Europe/London shows in the tests.
    env: { TZ: 'America/St_Johns' },
  },
});
