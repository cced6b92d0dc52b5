// End-to-end tests: the release build in Debian's Chromium, served by
// tests/e2e/server.mjs at the root (port 4173), under a sub-path (4174) and
// with the recommended response headers (4175).
import { defineConfig } from '@playwright/test';

export const ROOT_URL = 'http://127.0.0.1:4173';
export const SUB_URL = 'http://127.0.0.1:4174/report/2024';
/** The same build, served with the recommended headers (strict CSP). */
export const CSP_URL = 'http://127.0.0.1:4175';

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
  use: {
    baseURL: ROOT_URL,
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
  ],
});
