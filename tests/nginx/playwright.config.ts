import { defineConfig } from '@playwright/test';
import { assertBuiltForTests } from '../builtFor';
import { chromiumLaunchOptions } from '../chromium';
import { choosePort } from './nginxServer';

assertBuiltForTests(process.env['DIST_DIR'] ?? 'dist', process.env);

// Chosen once by the runner and handed to the workers through NGINX_TEST_PORT.
const port = await choosePort();

/**
 * Serves a copy of the built dist/ through Debian's nginx with the configuration in deploy/ and checks
 * headers, redirects, localized 404s and the access log, then runs browser smoke tests and the privacy
 * suite (no foreign request, no CSP violation with the real headers) through it.
 * Run after `npm run build`: npm run test:nginx
 */
export default defineConfig({
  testDir: '..',
  testMatch: ['nginx/**/*.spec.ts'],
  globalSetup: './globalSetup.ts',
  forbidOnly: Boolean(process.env['CI']),
  fullyParallel: true,
  // A busy 2-core machine (load above 40 measured) takes over 30 s for axe on the finder page: time limits
  // are for hangs, not for speed. Waits inside tests are conditions with these deadlines, never fixed sleeps.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 2,
  retries: 0,
  outputDir: '../../test-results/nginx',
  reporter: process.env['CI'] ? [['line']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    serviceWorkers: 'block',
    launchOptions: chromiumLaunchOptions,
  },
});
