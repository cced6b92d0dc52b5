// Offline reading (public/sw.js, written into each build by
// scripts/offline.mjs): after one visit, every page opens with the server
// gone; a new build is picked up on the next visit; an install that meets
// an error stores nothing. Each test serves its own copy of the project's
// build (with its recommended headers: the strict CSP) on a port of its
// own, so that it can stop the server and change the build. The other
// specs block service workers (playwright.config.mjs) to test the app by
// itself.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appTookOver, expect, report, routes, test } from './helpers.mjs';
import { parseArgs, startServer } from './server.mjs';

test.use({ serviceWorkers: 'allow' });

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/**
 * A copy of the project's build, served with its `_headers` on `port`;
 * `stop()` closes the server and every open connection (the network is gone).
 */
async function servedCopy(testInfo, basePath, port) {
  const build = testInfo.project.name === 'root' ? here('../../dist') : here('../../target/dist-sub');
  const root = mkdtempSync(join(tmpdir(), 'offline-'));
  cpSync(build, root, { recursive: true });
  const base = `${basePath}/`;
  const { headers } = parseArgs(['--headers-file', join(root, '_headers')]);
  const requests = [];
  const server = await startServer({ root, port, base, headers, requests });
  const origin = `http://127.0.0.1:${port}`;
  return {
    root,
    base,
    requests,
    url: (path) => `${origin}${basePath}${path}`,
    stop: () => new Promise((done) => {
      server.close(done);
      server.closeAllConnections();
    }),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Resolves once a service worker controls the page and its cache is filled. */
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 30_000 });
  return page.evaluate(async () => {
    const names = await caches.keys();
    const urls = await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname)));
    return { names, urls: urls.flat() };
  });
}

// Each project gets its own ports (the two projects run side by side).
const portOf = (testInfo, n) => 4190 + (testInfo.project.name === 'root' ? 0 : 10) + n;

test('after one visit every page opens without a network, embedded too, with filters and search', async ({ page, context, basePath }, testInfo) => {
  test.setTimeout(120_000);
  const site = await servedCopy(testInfo, basePath, portOf(testInfo, 0));
  try {
    await page.goto(site.url('/highlights'));
    await appTookOver(page);
    const { names, urls } = await controlled(page);
    expect(names).toHaveLength(1);
    // Every page of the route table is kept, by the URL it is opened at.
    for (const { path } of routes.pages) expect(urls).toContain(`${basePath}${path === '/' ? '/' : path}`);
    expect(urls.some((url) => url.endsWith('.wasm'))).toBe(true);
    expect(urls).toContain(`${basePath}/data/report-2024.json`);
    expect(urls.some((url) => url.includes('/cards/')), 'share cards are for crawlers').toBe(false);
    // Registered once the app had rendered: after the wasm was asked for.
    const wasm = site.requests.findIndex((path) => path.endsWith('.wasm'));
    const worker = site.requests.findIndex((path) => path.endsWith('/sw.js'));
    expect(wasm).toBeGreaterThanOrEqual(0);
    expect(worker).toBeGreaterThan(wasm);

    await site.stop();
    await context.setOffline(true);

    await page.goto(site.url('/members/yokohama'));
    await appTookOver(page);
    await expect(page.locator('main h1')).toHaveText('横浜市');
    await expect(page.locator('.member-summary')).toBeVisible();

    await page.goto(site.url('/calendar?member=yokohama'));
    await appTookOver(page);
    await expect(page.locator('.event')).toHaveCount(report.events.filter((e) => e.members.includes('yokohama')).length);
    await page.locator('#filter-member').selectOption('');
    await expect(page.locator('.event')).toHaveCount(report.events.length);

    await page.goto(site.url('/search'));
    await appTookOver(page);
    await page.locator('#search-page-input').fill('ＣＯＰ２９');
    await expect(page.locator('.search-result > a', { hasText: 'UNFCCC-COP29' }).first()).toBeVisible();

    // Paths no page was prerendered for get the app shell, which renders them.
    await page.goto(site.url('/embed/members/yokohama'));
    await expect(page.locator('main h1')).toHaveText('横浜市');
    await expect(page.locator('a.open-full')).toBeVisible();
    await page.goto(site.url('/members/nowhere'));
    await expect(page.locator('main h1')).toHaveText('ページが見つかりません');
  } finally {
    await context.setOffline(false);
    await site.stop().catch(() => {});
    site.remove();
  }
});

test('a new build with a changed snapshot is picked up on the next visit, and offline after it', async ({ page, context, basePath }, testInfo) => {
  test.setTimeout(120_000);
  const site = await servedCopy(testInfo, basePath, portOf(testInfo, 1));
  try {
    await page.goto(site.url('/members/yokohama'));
    await appTookOver(page);
    const before = await controlled(page);
    await expect(page.locator('main h1')).toHaveText('横浜市');

    // The next build: the snapshot changes (one member's name), and the
    // build's own step writes the worker again.
    const snapshot = join(site.root, 'data/report-2024.json');
    const json = JSON.parse(readFileSync(snapshot, 'utf8'));
    json.municipalities.find((m) => m.id === 'yokohama').name = '横浜市（新版）';
    writeFileSync(snapshot, JSON.stringify(json));
    rmSync(`${snapshot}.br`, { force: true });
    rmSync(`${snapshot}.gz`, { force: true });
    rmSync(join(site.root, 'sw.js.br'), { force: true });
    rmSync(join(site.root, 'sw.js.gz'), { force: true });
    execFileSync('node', [here('../../scripts/offline.mjs'), site.root, `${basePath}/`]);

    await page.goto(site.url('/members/yokohama'));
    await appTookOver(page);
    await expect(page.locator('main h1')).toHaveText('横浜市（新版）');
    // The new worker takes over and the old build's cache goes.
    const onlyANewCache = async () => {
      const names = await page.evaluate(() => caches.keys());
      return names.length === 1 && !before.names.includes(names[0]);
    };
    await expect.poll(onlyANewCache, { timeout: 30_000 }).toBe(true);
    await site.stop();
    await context.setOffline(true);
    await page.goto(site.url('/members/yokohama'));
    await appTookOver(page);
    await expect(page.locator('main h1')).toHaveText('横浜市（新版）');
  } finally {
    await context.setOffline(false);
    await site.stop().catch(() => {});
    site.remove();
  }
});

test('an install that meets an error response stores nothing, and the page still works', async ({ page, basePath }, testInfo) => {
  const site = await servedCopy(testInfo, basePath, portOf(testInfo, 2));
  try {
    // A file the worker lists is gone from the host: it answers 404.
    const worker = readFileSync(join(site.root, 'sw.js'), 'utf8');
    const listed = JSON.parse(worker.slice('const BUILD = '.length, worker.indexOf(';\n'))).files;
    const csv = listed.find((url) => url.endsWith('.csv'));
    expect(csv).toBeTruthy();
    rmSync(join(site.root, csv.slice(basePath.length + 1)));
    // Each worker's fate, from the registration on.
    await page.addInitScript(() => {
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (...args) {
        const registered = register.apply(this, args);
        window.installOutcome = registered.then((registration) => new Promise((done) => {
          const worker = registration.installing ?? registration.waiting ?? registration.active;
          const settle = () => ['activated', 'redundant'].includes(worker.state) && done(worker.state);
          worker.addEventListener('statechange', settle);
          settle();
        }));
        return registered;
      };
    });
    await page.goto(site.url('/members/yokohama'));
    await appTookOver(page);
    await expect(page.locator('main h1')).toHaveText('横浜市');
    await page.waitForFunction(() => window.installOutcome, null, { timeout: 20_000 });
    const outcome = await page.evaluate(async () => ({
      worker: await window.installOutcome,
      caches: await caches.keys(),
    }));
    expect(outcome).toEqual({ worker: 'redundant', caches: [] });
  } finally {
    await site.stop().catch(() => {});
    site.remove();
  }
});
