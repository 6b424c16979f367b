import { defineConfig } from '@playwright/test';
import { basePath } from './test/helpers/built-site.ts';

/**
 * End-to-end tests run against the built site (OUT_DIR or dist/), served under BASE_PATH the way a
 * static host serves it, _headers included (test/helpers/static-host.ts). `npm test -- e2e` builds
 * first; run directly, build with the same OUT_DIR and BASE_PATH before.
 * Browsers are never downloaded: Debian's Chromium is launched through playwright-core.
 */
const port = Number(process.env.E2E_PORT ?? 4400);
const base = basePath();

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'test/e2e',
  // The sub-path smoke test needs a build for a sub-path, and the other specs a build for the root.
  ...(base === '/' ? { testIgnore: '**/base-path.spec.ts' } : { testMatch: '**/base-path.spec.ts' }),
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    browserName: 'chromium',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
    trace: 'off',
    // A service worker answers a page's requests from inside the browser, where page.route() cannot
    // see them: specs run as in a browser without one, and offline.spec.ts turns it back on.
    serviceWorkers: 'block',
  },
  webServer: {
    // Playwright's own Node (24) runs the TypeScript file directly.
    command: `"${process.execPath}" test/helpers/static-host.ts`,
    env: { E2E_PORT: String(port) },
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
