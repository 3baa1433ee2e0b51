/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests cover src/lib and src/i18n: pure TypeScript, no browser.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Real builds in tests/build run in tests and in beforeAll hooks; a busy 2-core machine can take minutes.
    testTimeout: 240_000,
    hookTimeout: 240_000,
    // Real builds in tests/build use both cores; running them side by side only slows each down.
    fileParallelism: false,
    env: { TZ: 'America/New_York' },
  },
});
