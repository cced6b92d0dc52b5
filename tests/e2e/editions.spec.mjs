// Editions: a draft edition (the test edition of tests/fixtures/editions/,
// built by scripts/test as a draft under /report/2025/) says so on every
// page, asks search engines to leave it out, and has no sitemap and no
// service worker; the published edition does none of that.
import AxeBuilder from '@axe-core/playwright';
import { DRAFT_URL } from './playwright.config.mjs';
import { appTookOver, expect, test } from './helpers.mjs';

const NOTICE = '下書き';
const notice = (page) => page.locator('aside.draft-notice');
const noindex = (page) => page.locator('meta[name="robots"][content="noindex"]');

// The draft has a server of its own, and the published build compared
// with it is the root project's: the specs run once (@base-independent).
test.describe('@base-independent', () => {
  test('every page of a draft says so and asks not to be indexed, before and after the app takes over', async ({ page }) => {
    for (const path of ['/', '/members/yokohama', '/members/obuse', '/calendar', '/about', '/search?q=横浜']) {
      await page.goto(`${DRAFT_URL}${path}`, { app: false });
      await expect(notice(page), path).toContainText(NOTICE);
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

  test('a draft has no sitemap and no service worker, and robots.txt keeps crawlers out', async ({ page }) => {
    expect((await page.request.get(`${DRAFT_URL}/sitemap.xml`)).status()).toBe(404);
    expect((await page.request.get(`${DRAFT_URL}/sw.js`)).status()).toBe(404);
    const robots = await page.request.get(`${DRAFT_URL}/robots.txt`);
    expect(await robots.text()).toBe('User-agent: *\nDisallow: /report/2025/\n');
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
});
