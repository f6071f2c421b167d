import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The browser tests build the whole site first.
    hookTimeout: 180_000,
    testTimeout: 30_000,
  },
});
