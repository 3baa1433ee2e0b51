import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * How every Playwright suite launches Chromium: Debian's build where it exists (browsers cannot be
 * downloaded here), Playwright's own elsewhere; with the background services that call home turned
 * off, so the privacy tests see only the site's own requests.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  ...(existsSync(DEBIAN_CHROMIUM) ? { executablePath: DEBIAN_CHROMIUM } : {}),
  args: [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ],
};
