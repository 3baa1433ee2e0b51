/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests cover src/lib and src/i18n: pure TypeScript, no browser.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    env: { TZ: 'America/New_York' },
  },
});
