import { defineConfig } from '@playwright/test';
import { firstFreePort } from './scripts/lib/freePort';
import { assertBuiltForTests } from './tests/builtFor';
import { chromiumLaunchOptions } from './tests/chromium';

assertBuiltForTests('dist', process.env);

// The tests start their own preview server, never reuse one, on E2E_PORT when set (a busy port then fails
// instead of testing another site), else on the first free port from 4321. The choice is stored in E2E_PORT
// so the workers, which load this file again and inherit the environment, use the same one.
const PORT = Number((process.env['E2E_PORT'] ||= String(await firstFreePort(4321))));

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts'],
  forbidOnly: Boolean(process.env['CI']),
  fullyParallel: true,
  // A busy 2-core machine (load above 40 measured) takes over 30 s for axe on the finder page: time limits
  // are for hangs, not for speed. Waits inside tests are conditions with these deadlines, never fixed sleeps.
  timeout: 120_000,
  expect: { timeout: 15_000 },
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
    // Builds dist/ when it is missing, then serves it as a static host would (strictPort: see astro.config.mjs).
    command: `test -f dist/index.html || npm run build; npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
