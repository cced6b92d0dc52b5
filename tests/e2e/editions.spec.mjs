// Editions (docs/editions.md), on builds of their own made by scripts/test:
// - two published editions on one origin (the real 2024 one and the test
//   edition of tests/fixtures/editions/ as 2025, under /report/2024/ and
//   /report/2025/): switching keeps the page or falls back to its parent,
//   never to a 404; the older edition says so; a member's other years;
//   offline reading of both;
// - the test edition as a draft: its notice, noindex, no sitemap, no
//   service worker; the published edition does none of that.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { DRAFT_URL, EDITIONS_URL } from './playwright.config.mjs';
import { appTookOver, controlled, expect, routes, test } from './helpers.mjs';
import { startServer } from './server.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
/** The test edition's snapshot, as scripts/test wrote it. */
const nextYear = JSON.parse(readFileSync(here('../../target/editions/report-2025.json'), 'utf8'));
const OLDER = `${EDITIONS_URL}/report/2024`;
const NEWER = `${EDITIONS_URL}/report/2025`;
const switcher = (page) => page.getByRole('navigation', { name: 'ほかの年度版' });
const olderNotice = (page) => page.locator('aside.edition-notice');

const NOTICE = '下書き';
const notice = (page) => page.locator('aside.draft-notice');
const noindex = (page) => page.locator('meta[name="robots"][content="noindex"]');

// The draft has a server of its own, and the published build compared
// with it is the root project's: the specs run once (@base-independent).
test.describe('@base-independent', () => {
  test('every page of a draft says so and asks not to be indexed, before and after the app takes over', async ({ page }) => {
    for (const path of ['/', '/members/yokohama', '/members/obuse', '/calendar', '/about', '/search?q=横浜']) {
      await page.goto(`${DRAFT_URL}${path}`, { app: false });
      // The static page's own (the app may already be rendering beside it).
      await expect(page.locator('#prerendered aside.draft-notice, aside.draft-notice').first(), path).toContainText(NOTICE);
      expect(await noindex(page).count(), `${path}: noindex in the HTML`).toBeGreaterThan(0);
      await appTookOver(page);
      await expect(notice(page), path).toHaveCount(1);
      await expect(notice(page), path).toContainText(NOTICE);
      expect(await noindex(page).count(), `${path}: noindex after takeover`).toBeGreaterThan(0);
      await expect(page).toHaveTitle(/テスト用データ/);
    }
  });

  test("a member whose head the report does not name shows no empty row for it", async ({ page }) => {
    // 小布施町 joined in the test edition; the report names no head of it.
    await page.goto(`${DRAFT_URL}/members/obuse`);
    const facts = page.locator('dl.member-facts');
    await expect(facts.locator('dt')).toHaveText(['会員種別', '区分']);
    await page.goto(`${DRAFT_URL}/members/yokohama`);
    await expect(facts.locator('dt').first()).toHaveText('首長');
  });

  test('the draft notice stays through navigation and in embedded pages', async ({ page }) => {
    await page.goto(`${DRAFT_URL}/`);
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '会員自治体' }).first().click();
    await expect(page).toHaveURL(`${DRAFT_URL}/members`);
    await expect(notice(page)).toContainText(NOTICE);
    expect(await noindex(page).count()).toBeGreaterThan(0);
    await page.goto(`${DRAFT_URL}/embed/calendar`);
    await expect(notice(page)).toContainText(NOTICE);
  });

  test('a draft has no sitemap and no service worker, and robots.txt names none', async ({ page }) => {
    expect((await page.request.get(`${DRAFT_URL}/sitemap.xml`)).status()).toBe(404);
    expect((await page.request.get(`${DRAFT_URL}/sw.js`)).status()).toBe(404);
    const robots = await page.request.get(`${DRAFT_URL}/robots.txt`);
    // Crawlable, so that a crawler sees each page's noindex.
    expect(await robots.text()).toBe('User-agent: *\nAllow: /\n');
    // Nor does a draft's page ask for one.
    const asked = [];
    page.on('request', (request) => { if (request.url().endsWith('/sw.js')) asked.push(request.url()); });
    await page.goto(`${DRAFT_URL}/members/yokohama`);
    await page.waitForFunction(() => performance.getEntriesByName('route:rendered').length > 0);
    await page.waitForTimeout(300);
    expect(asked).toEqual([]);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
  });

  test('the published edition has no draft notice and no noindex, and has its sitemap', async ({ page, appUrl }) => {
    for (const path of ['/', '/members/yokohama']) {
      await page.goto(path, { app: false });
      await expect(notice(page)).toHaveCount(0);
      await appTookOver(page);
      await expect(notice(page)).toHaveCount(0);
      await expect(noindex(page)).toHaveCount(0);
    }
    expect((await page.request.get(`${appUrl}/sitemap.xml`)).status()).toBe(200);
    expect((await page.request.get(`${appUrl}/sw.js`)).status()).toBe(200);
  });

  for (const scheme of ['light', 'dark']) {
    test(`in ${scheme}, axe finds nothing on a draft's page, notice included`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${DRAFT_URL}/members/yokohama`);
      await expect(notice(page)).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
  }

  test('switching edition keeps the page when the other edition has it', async ({ page }) => {
    await page.goto(`${OLDER}/members/yokohama`);
    await expect(switcher(page).locator('[aria-current="page"]')).toHaveText('2024年度版');
    await switcher(page).getByRole('link', { name: '2025年度版' }).click();
    await expect(page).toHaveURL(`${NEWER}/members/yokohama`);
    await appTookOver(page);
    await expect(page.locator('main h1')).toHaveText('横浜市');
    await expect(page).toHaveTitle(/テスト用データ/);
    await switcher(page).getByRole('link', { name: '2024年度版' }).click();
    await expect(page).toHaveURL(`${OLDER}/members/yokohama`);
    await expect(page.locator('main h1')).toHaveText('横浜市');
    // A search stays a search: the query goes with it.
    await page.goto(`${OLDER}/search?q=${encodeURIComponent('横浜')}`);
    await switcher(page).getByRole('link', { name: '2025年度版' }).click();
    await expect(page).toHaveURL(`${NEWER}/search?q=${encodeURIComponent('横浜')}`);
  });

  test('switching falls back to the nearest parent the other edition has, never to a 404', async ({ page }) => {
    // 飯田市 left, world-congress-2024 is missing in the test edition.
    for (const [from, to] of [['/members/iida', '/members'], ['/highlights/world-congress-2024', '/highlights']]) {
      await page.goto(`${OLDER}${from}`);
      const item = switcher(page).getByRole('listitem').filter({ hasText: '2025年度版' });
      await expect(item).toContainText('（同じページはありません）');
      await item.getByRole('link').click();
      await expect(page).toHaveURL(`${NEWER}${to}`);
    }
    // Every page of 2024 leads to a page 2025 serves, and back.
    for (const [edition, other, pages] of [[OLDER, NEWER, routes.pages], [NEWER, OLDER, nextYear.municipalities.filter((m) => m.member).map((m) => ({ path: `/members/${m.id}` }))]]) {
      for (const { path } of pages) {
        await page.goto(`${edition}${path}`, { app: false });
        const href = await switcher(page).getByRole('link').getAttribute('href');
        expect(href.startsWith(new URL(other).pathname), `${path}: ${href}`).toBe(true);
        expect((await page.request.get(`${EDITIONS_URL}${href}`)).status(), `${path} → ${href}`).toBe(200);
      }
    }
  });

  test("the older edition says so at the top and links to the newest's same page; the newest says nothing", async ({ page }) => {
    await page.goto(`${OLDER}/members/yokohama`);
    await expect(olderNotice(page)).toContainText('この2024年度版は最新版ではありません。');
    await expect(olderNotice(page).getByRole('link')).toHaveAttribute('href', '/report/2025/members/yokohama');
    // It follows the reader through the app's own navigation.
    await page.getByRole('navigation', { name: 'パンくずリスト' }).getByRole('link', { name: 'イクレイ日本の会員自治体' }).click();
    await expect(page).toHaveURL(`${OLDER}/members`);
    await expect(olderNotice(page).getByRole('link')).toHaveAttribute('href', '/report/2025/members');
    await page.goto(`${OLDER}/members/iida`);
    await expect(olderNotice(page).getByRole('link')).toHaveText('2025年度版を見る（同じページがないため上の階層へ）');
    await page.goto(`${NEWER}/members/yokohama`);
    await expect(olderNotice(page)).toHaveCount(0);
    // Embedded, the link opens the newer edition in the whole window.
    await page.goto(`${OLDER}/embed/members/yokohama`);
    await expect(olderNotice(page).getByRole('link')).toHaveAttribute('target', '_top');
  });

  test("a member page links to the member's page in the other edition, with its count there", async ({ page }) => {
    const section = page.locator('section.member-other-editions');
    await page.goto(`${NEWER}/members/yokohama`);
    const link = section.getByRole('link', { name: '2024年度版' });
    await expect(link).toHaveAttribute('href', '/report/2024/members/yokohama');
    await expect(section.getByRole('listitem')).toHaveText(`2024年度版 登場箇所 ${routes.appearances.yokohama.length}`);
    // 小布施町 joined in 2025 and 飯田市 left: neither has another year.
    await page.goto(`${NEWER}/members/obuse`);
    await expect(section).toHaveCount(0);
    await page.goto(`${OLDER}/members/iida`);
    await expect(section).toHaveCount(0);
  });

  test('both editions are kept for offline reading without evicting each other', async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    const server = await startServer({
      root: here('../../target/editions/dist-2024'),
      base: '/report/2024/',
      mounts: [{ base: '/report/2025/', root: here('../../target/editions/dist-2025') }],
      port: 0,
      headers: {},
    });
    const origin = `http://127.0.0.1:${server.address().port}`;
    await page.goto(`${origin}/report/2024/members/yokohama`);
    await controlled(page);
    await page.goto(`${origin}/report/2025/members/yokohama`);
    const { names } = await controlled(page);
    expect(names.filter((n) => n.startsWith('iclei-report /report/2024/')), `${names}`).toHaveLength(1);
    expect(names.filter((n) => n.startsWith('iclei-report /report/2025/')), `${names}`).toHaveLength(1);
    await new Promise((done) => {
      server.close(() => done());
      server.closeAllConnections();
    });
    for (const base of ['/report/2024/', '/report/2025/']) {
      await page.goto(`${origin}${base}calendar`);
      // The app takes over offline too (its code and snapshot from the
      // cache); before that, its hidden copy is a second `main h1`.
      await appTookOver(page);
      await expect(page.locator('main h1')).toHaveText('活動カレンダー');
    }
    await context.close();
  });

  test('the latest address leads to the same page of the newest edition, query and fragment kept', async ({ page }) => {
    const LATEST = `${EDITIONS_URL}/report/latest`;
    for (const [from, to] of [
      ['/members/yokohama?from=mail#appearances', '/members/yokohama?from=mail#appearances'],
      ['/', '/'],
      ['/search?q=%E6%A8%AA%E6%B5%9C', '/search?q=%E6%A8%AA%E6%B5%9C'],
      // Not in the newest edition: its nearest page there.
      ['/members/iida', '/members'],
      ['/highlights/world-congress-2024', '/highlights'],
      ['//members//iida/', '/members'],
    ]) {
      await page.goto(`${LATEST}${from}`, { app: false });
      await expect(page, from).toHaveURL(`${NEWER}${to}`);
    }
  });

  test('without script, the latest address still leads to the page, by its refresh', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${EDITIONS_URL}/report/latest/members/yokohama`);
    await expect(page).toHaveURL(`${NEWER}/members/yokohama`);
    await expect(page.locator('main h1')).toHaveText('横浜市');
    await context.close();
  });

  test("each edition's map shows its own members", async ({ page }) => {
    // The maps are drawn from each edition's snapshot at build time.
    const onMap = (id) => page.locator(`[data-points^="${id} "], [data-points*=";${id} "]`);
    await page.goto(`${NEWER}/members`, { app: false });
    await expect(onMap('obuse')).toHaveCount(1);
    await expect(onMap('iida')).toHaveCount(0);
    await page.goto(`${OLDER}/members`, { app: false });
    await expect(onMap('iida')).toHaveCount(1);
    await expect(onMap('obuse')).toHaveCount(0);
  });
});
