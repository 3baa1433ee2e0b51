import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/chromium';

// E2E_PORT lets two checkouts test side by side; a busy port fails instead of testing another site.
const PORT = Number(process.env['E2E_PORT'] ?? 4321);

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts'],
  forbidOnly: Boolean(process.env['CI']),
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env['CI'] ? [['line']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    serviceWorkers: 'block',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    // Builds dist/ when it is missing, then serves it as a static host would.
    command: `test -f dist/index.html || npm run build; npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
