// The corpus of bad snapshots (tests/fixtures/) driven through the release
// build: the snapshot request is intercepted in the test, each case shows
// its message, and retry recovers once the good snapshot is served again.
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { appTookOver, expect, holdBack, test, report, watchConsole } from './helpers.mjs';
import { headingOf, titleOf } from './expected.mjs';

const dir = fileURLToPath(new URL('../fixtures/', import.meta.url));
const fixtures = readdirSync(dir).filter((name) => name.endsWith('.json')).sort().map((name) => ({ name, ...JSON.parse(readFileSync(dir + name, 'utf8')) }));
const SNAPSHOT = '**/data/report.json';

/** The body a fixture serves: raw, cut, or the real snapshot patched. */
function bodyOf(fixture) {
  if (typeof fixture.body === 'string') return fixture.body;
  if (fixture.truncate_at) return JSON.stringify(report).slice(0, fixture.truncate_at);
  const doc = structuredClone(report);
  for (const op of fixture.patch) {
    const parts = op.path.split('/').slice(1);
    const last = parts.pop();
    const parent = parts.reduce((node, key) => node[key], doc);
    if (op.remove) delete parent[last];
    else if (last === '-') parent.push(op.value);
    else parent[last] = op.value;
  }
  return JSON.stringify(doc);
}

async function intercept(page, fixture) {
  await page.route(SNAPSHOT, async (route) => {
    if (fixture.hang) return; // never answered
    if (fixture.network) return route.abort(fixture.network);
    if (fixture.response) return route.fulfill({ status: fixture.response.status, body: 'error' });
    return route.fulfill({ status: 200, contentType: 'application/json', body: bodyOf(fixture) });
  });
}

test('the corpus holds at least 15 bad snapshots', () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(15);
});

for (const fixture of fixtures) {
  test(`${fixture.name}: ${fixture.description}`, async ({ page }) => {
    const problems = watchConsole(page);
    if (fixture.hang) await page.clock.install();
    await intercept(page, fixture);
    await page.goto('/members/yokohama', { app: !fixture.hang });
    if (fixture.hang) {
      // The prerendered page stays readable while the app waits.
      await expect(page.locator('#prerendered main h1')).toBeVisible();
      await expect(page.locator('#app .loading')).toContainText('読み込み中');
      await page.clock.fastForward('00:11');
      await expect(page.locator('.loading')).toContainText('まだ読み込んでいます');
      await page.clock.fastForward('00:20');
    }
    const failure = page.locator('.failure');
    await expect(failure.locator('.failure-message')).toHaveText(fixture.expect.message);
    await expect(failure.locator('.failure-detail')).toContainText(fixture.expect.detail);
    await expect(failure).toHaveAttribute('role', 'alert');
    // The prerendered page's head tags stay: they still describe the address.
    await expect(page).toHaveTitle(titleOf('/members/yokohama'));
    for (const tag of ['link[rel="canonical"]', 'meta[name="description"]', 'meta[property="og:title"]']) {
      await expect(page.locator(`head ${tag}`), tag).toHaveCount(1);
    }

    // Retry refetches without a page reload and recovers.
    await page.unroute(SNAPSHOT);
    await page.evaluate(() => { window.__sameDocument = true; });
    await failure.getByRole('button').click();
    await expect(page.locator('main h1')).toHaveText(report.municipalities.find((m) => m.id === 'yokohama').name);
    expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
    // Then the app's own, once each.
    await expect(page.locator('head [data-prerendered]')).toHaveCount(0);
    await expect(page.locator('head link[rel="canonical"]')).toHaveCount(1);
    await expect(page).toHaveTitle(titleOf('/members/yokohama'));
    // Only the browser's own report of a failed request may reach the console.
    expect(problems.filter((p) => !/Failed to load resource|net::ERR_FAILED/.test(p))).toEqual([]);
  });
}

test('after a failure, links still lead to their pages, which say the same; retry shows the page of the address', async ({ page, appUrl, basePath }) => {
  const network = fixtures.find((f) => f.network);
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    await intercept(page, network);
    await page.goto('/members/yokohama');
    const failure = page.locator('main .failure');
    await expect(failure.locator('.failure-message')).toHaveText(network.expect.message);
    if (width < 960) await page.locator('.menu-button').click();
    const calendar = page.locator(`#main-nav a[href="${basePath}/calendar"]`);
    await calendar.click();
    await expect(page).toHaveURL(`${appUrl}/calendar`);
    await expect(calendar).toHaveAttribute('aria-current', 'page');
    await expect(failure.locator('.failure-message')).toHaveText(network.expect.message);
    // The member page's head tags went with its address.
    await expect(page).toHaveTitle('報告書のデータを表示できません');
    await expect(page.locator('head [data-prerendered]')).toHaveCount(0);
    await page.unroute(SNAPSHOT);
    await failure.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('main h1')).toHaveText('活動カレンダー');
    await expect(page).toHaveURL(`${appUrl}/calendar`);
    // The button went with the alert: the reader continues from the page.
    await expect(page.locator('main#main')).toBeFocused();
    await expect(page).toHaveTitle(titleOf('/calendar'));
    await page.goBack();
    await expect(page.locator('main h1')).toHaveText(report.municipalities.find((m) => m.id === 'yokohama').name);
    await expect(page).toHaveTitle(titleOf('/members/yokohama'));
  }
});

test('a link followed on the static page while the snapshot is still coming shows its page loading, then its page', async ({ page, appUrl, basePath }) => {
  const yokohama = report.municipalities.find((m) => m.id === 'yokohama').name;
  for (const [width, colorScheme] of [[390, 'dark'], [1280, 'light']]) {
    await page.setViewportSize({ width, height: 844 });
    await page.emulateMedia({ colorScheme });
    const release = await holdBack(page, SNAPSHOT);
    await page.goto('/members/yokohama', { app: false });
    // The app runs behind the static page (its loading notice is in): links are the router's.
    await expect(page.locator('#app .loading')).toBeAttached();
    // The static page's menu and link (the app's copy is hidden beside them).
    if (width < 960) await page.locator('#prerendered .menu-button').click();
    await page.locator(`#prerendered #main-nav a[href="${basePath}/calendar"]`).click();
    await expect(page).toHaveURL(`${appUrl}/calendar`);
    const calendar = page.locator(`#main-nav a[href="${basePath}/calendar"]`);
    // Not the member page under the calendar's address: the calendar, loading, the menu closed.
    await expect(page.locator('#prerendered')).toHaveCount(0);
    await expect(page.locator('main .loading')).toBeVisible();
    await expect(page.locator('main .loading')).toContainText('読み込み中');
    await expect(page.locator('main h1')).toHaveText('読み込み中…');
    await expect(page).toHaveTitle('読み込み中…');
    await expect(page.locator('head [data-prerendered]')).toHaveCount(0);
    await expect(calendar).toHaveAttribute('aria-current', 'page');
    if (width < 960) await expect(page.locator('#main-nav')).toBeHidden();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations, colorScheme).toEqual([]);
    release();
    await expect(page.locator('main h1')).toHaveText('活動カレンダー');
    await expect(page.locator('main#main')).toBeFocused();
    await expect(page).toHaveTitle(titleOf('/calendar'));
    await page.goBack();
    await expect(page.locator('main h1')).toHaveText(yokohama);
    await expect(page).toHaveTitle(titleOf('/members/yokohama'));
    await page.unroute(SNAPSHOT);
  }
});

test('a link to the page itself followed on the static page while the snapshot is still coming leaves the reader where they were', async ({ page, basePath }) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    const release = await holdBack(page, SNAPSHOT);
    await page.goto('/calendar', { app: false });
    await expect(page.locator('#app .loading')).toBeAttached();
    if (width < 960) await page.locator('#prerendered .menu-button').click();
    const link = `#main-nav a[href="${basePath}/calendar"]`;
    await page.locator(`#prerendered ${link}`).click();
    release();
    await appTookOver(page);
    await expect(page.locator('main h1')).toHaveText('活動カレンダー');
    // Focus stays on the link followed, now the app's, and nothing scrolled
    // (focusing the app's copy below the static page took the reader to the footer).
    await expect(page.locator(link)).toBeFocused();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await page.unroute(SNAPSHOT);
  }
});

test('Back to the page first opened, left while the snapshot was still coming, returns to where the reader was on it', async ({ page, appUrl, basePath }) => {
  const yokohama = report.municipalities.find((m) => m.id === 'yokohama').name;
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    const release = await holdBack(page, SNAPSHOT);
    await page.goto('/members/yokohama', { app: false });
    await expect(page.locator('#app .loading')).toBeAttached();
    // Read down to the pager at the end of the page and followed it.
    const next = page.locator('#prerendered .pager a').last();
    const href = await next.getAttribute('href');
    await next.evaluate((a) => a.scrollIntoView({ block: 'center' }));
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(844);
    await next.click();
    await expect(page).toHaveURL(`${new URL(appUrl).origin}${href}`);
    await expect(page.locator('main .loading')).toBeVisible();
    // Focus is not carried to whatever the loading view has at the link's place (the footer's link).
    expect(await page.evaluate(() => document.activeElement?.closest('footer') ?? null)).toBeNull();
    release();
    await expect(page.locator('main h1')).toHaveText(headingOf(href.slice(basePath.length)));
    await page.goBack();
    await expect(page.locator('main h1')).toHaveText(yokohama);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled);
    await page.unroute(SNAPSHOT);
  }
});

test('where no page is prerendered (an embedded page), the app says it is loading, then that it still is', async ({ page }) => {
  await page.clock.install();
  await intercept(page, fixtures.find((f) => f.hang));
  await page.goto('/embed/members/yokohama', { app: false });
  await expect(page.locator('.loading')).toBeVisible();
  await expect(page.locator('.loading')).toContainText('読み込み中');
  await page.clock.fastForward('00:11');
  await expect(page.locator('.loading')).toContainText('まだ読み込んでいます');
});

// A page's code is a chunk of its own (scripts/split-wasm), fetched when the
// page is first shown: when it cannot be, the page says so in place of its
// content, keeps its heading, and retry fetches it again.
// A member page's code, and the calendar's.
const MEMBER_CODE = '**/split_member.wasm';
const CALENDAR_CODE = '**/split_calendar.wasm';

test('a page whose code cannot be fetched says so, and retry brings the page in', async ({ page }) => {
  const problems = watchConsole(page);
  await page.route(MEMBER_CODE, (route) => route.abort('failed'));
  await page.goto('/members/yokohama');
  const failure = page.locator('main .failure');
  await expect(failure).toHaveAttribute('role', 'alert');
  await expect(failure.locator('h2')).toHaveText('このページを表示できません');
  await expect(failure.locator('.failure-detail')).toContainText('failed to load split module');
  await expect(page.locator('main h1')).toHaveText(report.municipalities.find((m) => m.id === 'yokohama').name);
  await expect(page.locator('.member-facts')).toHaveCount(0);

  await page.unroute(MEMBER_CODE);
  await page.evaluate(() => { window.__sameDocument = true; });
  await failure.getByRole('button').click();
  await expect(page.locator('.member-facts')).toBeVisible();
  await expect(page.locator('.appearance').first()).toBeVisible();
  await expect(failure).toHaveCount(0);
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  // The browser's report of the failed request and the loader's error only.
  expect(problems.filter((p) => !/Failed to load resource|net::ERR_FAILED|Failed to fetch/.test(p))).toEqual([]);
});

test('a page reached within the app whose code cannot be fetched says so, without its notes, and retry brings it in', async ({ page, basePath }) => {
  const problems = watchConsole(page);
  await page.goto('/');
  await page.route(CALENDAR_CODE, (route) => route.abort('failed'));
  await page.locator(`#main-nav a[href="${basePath}/calendar"]`).click();
  const failure = page.locator('main .failure');
  await expect(failure.locator('h2')).toHaveText('このページを表示できません');
  await expect(page.locator('main h1')).toHaveText('活動カレンダー');
  // Neither the content nor its notes, whose links would point at nothing.
  await expect(page.locator('main .page-notes')).toHaveCount(0);
  await expect(page.locator('main article[aria-busy]')).toHaveCount(0);
  await page.unroute(CALENDAR_CODE);
  await failure.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#cop29')).toBeVisible();
  await expect(page.locator('main .page-notes')).toHaveCount(1);
  await expect(failure).toHaveCount(0);
  // The button went with the alert: the reader continues from the page.
  await expect(page.locator('main#main')).toBeFocused();
  expect(problems.filter((p) => !/Failed to load resource|net::ERR_FAILED|Failed to fetch/.test(p))).toEqual([]);
});
