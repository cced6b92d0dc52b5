// End-to-end tests: the release builds in Debian's Chromium, served by
// tests/e2e/server.mjs. Every spec runs twice, as two projects: against the
// build served at the root (port 4173; with the recommended response
// headers, 4175) and against the build served under /report/2024/ (4174;
// with the headers, 4177). A spec reaches its deployment through the
// `appUrl` and `cspUrl` options (helpers.mjs), and `page.goto('/x')` goes to
// `/x` of the app, under its base path.
//
// Tests tagged @base-independent check what the base path cannot change:
// axe over markup that differs between the two builds only in its links'
// prefix. They run against the root build only (they were about a fifth of
// the sub-path project's time).
import { defineConfig } from '@playwright/test';

export const ROOT_URL = 'http://127.0.0.1:4173';
export const SUB_URL = 'http://127.0.0.1:4174/report/2024';
/** The same builds, served with the recommended headers (strict CSP). */
export const CSP_URL = 'http://127.0.0.1:4175';
export const SUB_CSP_URL = 'http://127.0.0.1:4177/report/2024';
/** A draft edition (the test edition, tests/fixtures/editions/), built by scripts/test. */
export const DRAFT_URL = 'http://127.0.0.1:4179/report/2025';
/**
 * Two published editions on one origin, as the tests' editions list
 * (tests/fixtures/editions/editions.json) has them: the real 2024 one and
 * the test edition; and the latest address, /report/latest/.
 */
export const EDITIONS_URL = 'http://127.0.0.1:4180';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.mjs',
  outputDir: './results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: './results/summary.json' }]],
  projects: [
    { name: 'root', use: { appUrl: ROOT_URL, cspUrl: CSP_URL, embedHostPort: 4176, baseURL: `${ROOT_URL}/` } },
    { name: 'sub-path', grepInvert: /@base-independent/, use: { appUrl: SUB_URL, cspUrl: SUB_CSP_URL, embedHostPort: 4178, baseURL: `${SUB_URL}/` } },
  ],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    locale: 'ja-JP',
    // The app is tested by itself; offline.spec.mjs allows the offline
    // reading worker and tests it (its cache would answer other specs'
    // requests past their interceptions).
    serviceWorkers: 'block',
  },
  webServer: [
    {
      command: 'node server.mjs --root ../../dist --port 4173',
      url: `${ROOT_URL}/`,
      reuseExistingServer: false,
    },
    {
      command: 'node server.mjs --root ../../target/dist-sub --port 4174 --base /report/2024/',
      url: `${SUB_URL}/`,
      reuseExistingServer: false,
    },
    {
      command: 'node server.mjs --root ../../dist --port 4175 --headers-file ../../dist/_headers',
      url: `${CSP_URL}/`,
      reuseExistingServer: false,
    },
    {
      command: 'node server.mjs --root ../../target/dist-sub --port 4177 --base /report/2024/ --headers-file ../../target/dist-sub/_headers',
      url: `${SUB_CSP_URL}/`,
      reuseExistingServer: false,
    },
    {
      command: 'node server.mjs --root ../../target/dist-draft --port 4179 --base /report/2025/ --headers-file ../../target/dist-draft/_headers',
      url: `${DRAFT_URL}/`,
      reuseExistingServer: false,
    },
    {
      command: 'node server.mjs --root ../../target/editions/dist-2024 --base /report/2024/ --mount /report/2025/=../../target/editions/dist-2025 --mount /report/latest/=../../target/editions/dist-latest --port 4180',
      url: `${EDITIONS_URL}/report/2025/`,
      reuseExistingServer: false,
    },
  ],
});
