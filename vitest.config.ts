import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Tests must never reach beyond this machine; fakes listen on 127.0.0.1.
    env: { NODE_ENV: 'test' },
  },
});
