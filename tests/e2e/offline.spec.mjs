// Offline reading (public/sw.js, written into each build by
// scripts/offline.mjs): after one visit, every page opens with the server
// gone, and only the app's own paths are answered; a new build is picked
// up on the next visit and leaves other base paths' caches alone; an
// install that meets an error stores nothing. Each test serves its own
// copy of the project's build (with its recommended headers: the strict
// CSP) on a port of its own, so that it can stop the server and change the
// build. The other
// specs block service workers (playwright.config.mjs) to test the app by
// itself.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appTookOver, controlled, expect, report, routes, test as base } from './helpers.mjs';
import { headingOf } from './expected.mjs';
import { parseArgs, startServer } from './server.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/**
 * `site`: a copy of the project's build, served with its `_headers` on a
 * port of its own (so each test has an origin, and so service workers and
 * caches, of its own) and removed after the test. `site.url(path)` is
 * `path` of the app there; `site.stop()` closes the server and every open
 * connection (the network is gone); `site.requests` lists the paths the
 * server was asked for, in order.
 */
const test = base.extend({
  site: async ({ basePath }, use, testInfo) => {
    const build = testInfo.project.name === 'root' ? here('../../dist') : here('../../target/dist-sub');
    const root = mkdtempSync(join(tmpdir(), 'offline-'));
    cpSync(build, root, { recursive: true });
    const { headers, pathHeaders } = parseArgs(['--headers-file', join(root, '_headers')]);
    const requests = [];
    const server = await startServer({ root, port: 0, base: `${basePath}/`, headers, pathHeaders, requests });
    const origin = `http://127.0.0.1:${server.address().port}`;
    const stop = () => new Promise((done) => {
      server.close(() => done());
      server.closeAllConnections();
    });
    await use({ root, requests, stop, url: (path) => `${origin}${basePath}${path}` });
    await stop();
    rmSync(root, { recursive: true, force: true });
  },
});

test.use({ serviceWorkers: 'allow' });


test('after one visit every page opens without a network, embedded too, with filters, search and downloads', async ({ page, context, basePath, site }) => {
  test.setTimeout(120_000);
  await page.goto(site.url('/highlights'));
  await appTookOver(page);
  const { names, urls } = await controlled(page);
  expect(names).toHaveLength(1);
  // Every page of the route table is kept, by the URL it is opened at.
  for (const { path } of routes.pages) expect(urls).toContain(`${basePath}${path === '/' ? '/' : path}`);
  expect(urls.some((url) => url.endsWith('.wasm'))).toBe(true);
  expect(urls).toContain(`${basePath}/data/report.json`);
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

  // The calendar's CSV, saved as a file, is the build's own.
  const link = page.locator('p.download a');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(await download.failure()).toBeNull();
  const href = new URL(await link.getAttribute('href'), page.url()).pathname;
  const saved = readFileSync(await download.path(), 'utf8');
  expect(saved).toBe(readFileSync(join(site.root, href.slice(basePath.length + 1)), 'utf8'));
  expect(saved.split('\n').length).toBeGreaterThan(report.events.length);

  await page.goto(site.url('/search'));
  await appTookOver(page);
  await page.locator('#search-page-input').fill('ＣＯＰ２９');
  await expect(page.locator('.search-result > a', { hasText: 'UNFCCC-COP29' }).first()).toBeVisible();

  // App paths no page was prerendered for get the app shell, which renders them.
  await page.goto(site.url('/embed/members/yokohama'));
  await expect(page.locator('main h1')).toHaveText('横浜市');
  await expect(page.locator('a.open-full')).toBeVisible();
  await page.goto(site.url('/members/nowhere'));
  await expect(page.locator('main h1')).toHaveText('ページが見つかりません');
  // A path that is no page of the app (a host's own page) is left to the
  // network, which is gone: not the report's shell.
  await expect(page.goto(site.url('/elsewhere/page'))).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
});

test('a new build with a changed snapshot is picked up on the next visit, and offline after it', async ({ page, context, basePath, site }) => {
  test.setTimeout(120_000);
  await page.goto(site.url('/members/yokohama'));
  await appTookOver(page);
  const before = await controlled(page);
  expect(before.names).toHaveLength(1);
  await expect(page.locator('main h1')).toHaveText('横浜市');
  // The cache of a build under another base path on the same origin.
  const otherBase = basePath === '' ? '/report/2024/' : '/';
  const foreign = `iclei-report ${otherBase} 0123456789abcdef`;
  await page.evaluate((name) => caches.open(name), foreign);

  // The next build: the snapshot changes (one member's name), and the
  // build's own step writes the worker again.
  const snapshot = join(site.root, 'data/report.json');
  const json = JSON.parse(readFileSync(snapshot, 'utf8'));
  json.municipalities.find((m) => m.id === 'yokohama').name = '横浜市（新版）';
  writeFileSync(snapshot, JSON.stringify(json));
  for (const stale of ['data/report.json.br', 'data/report.json.gz', 'sw.js.br', 'sw.js.gz']) {
    rmSync(join(site.root, stale), { force: true });
  }
  execFileSync('node', [here('../../scripts/offline.mjs'), site.root, `${basePath}/`, here('../../target/e2e/routes.json')]);
  const worker = readFileSync(join(site.root, 'sw.js'), 'utf8');
  const { version } = JSON.parse(worker.slice('const BUILD = '.length, worker.indexOf(';\n')));

  await page.goto(site.url('/members/yokohama'));
  await appTookOver(page);
  await expect(page.locator('main h1')).toHaveText('横浜市（新版）');
  // The new worker takes over and the old build's cache goes; the other
  // base path's stays.
  expect(before.names).not.toContain(`iclei-report ${basePath}/ ${version}`);
  await expect.poll(async () => (await page.evaluate(() => caches.keys())).sort(), { timeout: 30_000 })
    .toEqual([foreign, `iclei-report ${basePath}/ ${version}`].sort());

  await site.stop();
  await context.setOffline(true);
  await page.goto(site.url('/members/yokohama'));
  await appTookOver(page);
  await expect(page.locator('main h1')).toHaveText('横浜市（新版）');
});

test('under a base path the address without its trailing slash opens the overview, offline too', async ({ page, context, basePath, site }) => {
  test.skip(basePath === '', 'at / there is no such address');
  await page.goto(site.url('/highlights'));
  await appTookOver(page);
  await controlled(page);
  // The host allows the wider scope (Service-Worker-Allowed in _headers).
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope)).toBe(site.url(''));

  await site.stop();
  await context.setOffline(true);
  await page.goto(site.url(''));
  await expect(page).toHaveURL(site.url('/'));
  await appTookOver(page);
  await expect(page.locator('main h1')).toHaveText(headingOf('/'));
});

test('a first visit that lands on the not-found page also keeps the report', async ({ page, basePath, site }) => {
  await page.goto(site.url('/members/nowhere'));
  await expect(page.locator('main h1')).toHaveText('ページが見つかりません');
  const { urls } = await controlled(page);
  expect(urls).toContain(`${basePath}/members/yokohama`);
});

test('an install that meets an error response stores nothing, and the page still works', async ({ page, basePath, site }) => {
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
});

test('two editions on one origin, one at / and one under /report/2024/, both open offline after a visit to each', async ({ page, context, basePath }) => {
  test.skip(basePath !== '', 'it serves both builds: once is enough');
  test.setTimeout(120_000);
  // The site's own edition at its root and another one in a folder of it:
  // the workers' scopes nest, and their caches must not touch each other.
  const root = mkdtempSync(join(tmpdir(), 'editions-'));
  cpSync(here('../../dist'), root, { recursive: true });
  cpSync(here('../../target/dist-sub'), join(root, 'report/2024'), { recursive: true });
  const server = await startServer({ root, port: 0, base: '/' });
  const origin = `http://127.0.0.1:${server.address().port}`;
  try {
    const editions = [`${origin}`, `${origin}/report/2024`];
    const names = [];
    for (const edition of editions) {
      await page.goto(`${edition}/highlights`);
      await appTookOver(page);
      // The root's worker controls the folder's pages too until the
      // folder's own worker (a narrower scope) takes them.
      await page.waitForFunction((script) => navigator.serviceWorker.controller?.scriptURL === script, `${edition}/sw.js`, { timeout: 30_000 });
      names.push(...(await controlled(page)).names);
    }
    expect(new Set(names).size, `each edition's cache: ${names}`).toBe(2);
    // Coming back to the first edition keeps the second's cache.
    await page.goto(`${editions[0]}/governance`);
    await appTookOver(page);
    expect((await controlled(page)).names.sort()).toEqual([...new Set(names)].sort());

    await new Promise((done) => {
      server.close(() => done());
      server.closeAllConnections();
    });
    await context.setOffline(true);
    for (const edition of editions) {
      await page.goto(`${edition}/members/yokohama`);
      await appTookOver(page);
      await expect(page.locator('main h1')).toHaveText('横浜市');
      await expect(page.locator('.member-summary')).toBeVisible();
    }
  } finally {
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
