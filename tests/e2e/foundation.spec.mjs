// The chain end to end: release build → static server → wasm → fetch of the
// real snapshot → text on screen, at the root and under a sub-path.
import { expect, test, report, ready, watchConsole } from './helpers.mjs';
import { SUB_URL } from './playwright.config.mjs';

test('the first page renders text fetched from the snapshot, without console noise', async ({ page }) => {
  const problems = watchConsole(page);
  const snapshot = page.waitForResponse((r) => r.url().endsWith('/data/report.json'));
  await page.goto('/');
  expect((await snapshot).status()).toBe(200);
  await expect(page.locator('main h1')).toHaveText(report.meta.title);
  await expect(page.locator('main .lead').first()).toHaveText(report.about.intro);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  // Let late warnings (unused preloads are reported after a few seconds) arrive.
  await page.waitForTimeout(3500);
  expect(problems).toEqual([]);
});

// The app shell (app.html) preloads the snapshot so that it downloads beside
// the wasm; if its href and the app's fetch disagree, it is fetched twice.
for (const [where, base] of [['the root', ''], ['a sub-path', SUB_URL]]) {
  test(`the app shell's snapshot preload is the request the app uses, at ${where}`, async ({ page }) => {
    const snapshotRequests = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/data/report.json')) snapshotRequests.push(r.url());
    });
    await page.goto(`${base}/embed/members/yokohama`);
    await ready(page);
    // Nothing left in flight: a second fetch would have started by now.
    await page.waitForLoadState('networkidle');
    expect(snapshotRequests).toHaveLength(1);
    expect(await page.locator('link[rel="preload"][href$="data/report.json"]').evaluate((l) => l.href)).toBe(snapshotRequests[0]);
  });
}

// A prerendered page is read before the app runs: the app's code and data
// start loading after the page has painted, not beside its HTML and CSS.
test('a prerendered page loads the app after its first paint', async ({ page, request, appUrl }) => {
  // The page as served preloads nothing: its loader adds the preloads of
  // its own page's code once it has painted.
  const html = await (await request.get(`${appUrl}/members/yokohama`)).text();
  expect(html).not.toMatch(/<link[^>]*rel="(module)?preload"/);
  await page.goto('/members/yokohama');
  const { painted, starts } = await page.evaluate(() => ({
    painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    starts: performance.getEntriesByType('resource')
      .filter((e) => /\.(js|wasm)$|report\.json$/.test(new URL(e.name).pathname))
      .map((e) => [new URL(e.name).pathname.split('/').pop(), e.startTime]),
  }));
  expect(painted).toBeGreaterThan(0);
  // The main module's JS and wasm, the snapshot, and the page's code: its
  // chunk, the code it shares with other pages and their loader.
  const names = starts.map(([name]) => name);
  expect(names.filter((n) => /^iclei-report-[0-9a-f]+(_bg\.wasm|\.js)$/.test(n))).toHaveLength(2);
  expect(names).toContain('report.json');
  expect(names).toContain('split_member.wasm');
  expect(names).toContain('__wasm_split.js');
  for (const [name, start] of starts) expect(start, name).toBeGreaterThanOrEqual(painted);
});

test('the favicon is linked and served', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(href).toBeTruthy();
  const response = await request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/svg+xml');
});

test.describe('served from a sub-path', () => {
  test('renders the same page with assets and data under /report/2024/', async ({ page }) => {
    const problems = watchConsole(page);
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${SUB_URL}/`);
    await expect(page.locator('main h1')).toHaveText(report.meta.title);
    await expect(page.locator('main .lead').first()).toHaveText(report.about.intro);
    expect(requests.length).toBeGreaterThan(3);
    for (const path of requests) expect(path.startsWith('/report/2024/')).toBe(true);
    expect(requests).toContain('/report/2024/data/report.json');
    expect(problems).toEqual([]);
  });

  test('links and routes stay under the base path', async ({ page }) => {
    await page.goto(`${SUB_URL}/`);
    await ready(page);
    const link = page.locator('#main-nav a').nth(1);
    await expect(link).toHaveAttribute('href', /^\/report\/2024\//);
    await page.setViewportSize({ width: 1280, height: 900 });
    await link.click();
    await expect(page).toHaveURL(`${SUB_URL}/pathways`);
    await expect(page.locator('main h1')).toHaveText(report.about.pathways.title);
  });

  test('a deep link opens cold under the base path', async ({ page }) => {
    await page.goto(`${SUB_URL}/members/yokohama`);
    const yokohama = report.municipalities.find((m) => m.id === 'yokohama');
    await expect(page.locator('main h1')).toHaveText(yokohama.name);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toBe(`${SUB_URL}/members/yokohama`);
  });
});
