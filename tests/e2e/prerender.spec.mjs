// Every page as static HTML (scripts/build → prerender): what a reader sees
// before the wasm arrives, what a link preview reads with no script at all,
// and the app taking over from it without a jump.
import { appTookOver, compose, confirmingEnter, expect, report, routes, test, watchConsole } from './helpers.mjs';
import { cardOf, headingOf, titleOf } from './expected.mjs';
import { SUB_URL } from './playwright.config.mjs';

// scripts/build's default; the test command builds with it.
const SITE_ORIGIN = 'https://japan.iclei.org';

test('sitemap.xml lists every page by its public URL; robots.txt names it', async ({ request, appUrl, basePath }) => {
  const sitemap = await request.get(`${appUrl}/sitemap.xml`);
  expect(sitemap.status()).toBe(200);
  expect(sitemap.headers()['content-type']).toContain('xml');
  const locs = [...(await sitemap.text()).matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
  expect(locs).toEqual([...routes.pages, ...routes.other_pages].map((p) => `${SITE_ORIGIN}${basePath}${p.path}`));
  const robots = await request.get(`${appUrl}/robots.txt`);
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toContain(`Sitemap: ${SITE_ORIGIN}${basePath}/sitemap.xml`);
});

/** Width and height of a PNG, from its IHDR chunk; throws if it is no PNG. */
function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b) || bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('every page has a share card of its own: 1200×630 PNG, absolute URL under the base, large-image card tags', async ({ page, request, appUrl, basePath }) => {
  const cards = new Set();
  for (const entry of [...routes.pages, ...routes.other_pages]) {
    const response = await request.get(`${appUrl}${entry.path}`);
    await page.setContent(await response.text(), { waitUntil: 'commit' });
    const head = (selector) => page.locator(`head ${selector}`).getAttribute('content');
    const image = await head('meta[property="og:image"]');
    expect(image, entry.path).toBe(`${SITE_ORIGIN}${basePath}${cardOf(entry.path)}`);
    expect(await head('meta[name="twitter:image"]')).toBe(image);
    expect(await head('meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(await head('meta[property="og:image:width"]')).toBe('1200');
    expect(await head('meta[property="og:image:height"]')).toBe('630');
    expect(await head('meta[property="og:image:type"]')).toBe('image/png');
    // The reading-order pages' headings come from the snapshot here; the
    // pages about the edition carry UI labels.
    const heading = routes.pages.includes(entry) ? headingOf(entry.path) : entry.heading;
    const alt = await head('meta[property="og:image:alt"]');
    expect(alt).toContain(`「${heading}」`);
    expect(alt).toContain(heading === report.meta.title ? report.meta.publisher : report.meta.title);
    const card = await request.get(`${appUrl}${cardOf(entry.path)}`);
    expect(card.status(), cardOf(entry.path)).toBe(200);
    expect(card.headers()['content-type']).toBe('image/png');
    const bytes = await card.body();
    expect(pngSize(bytes)).toEqual([1200, 630]);
    cards.add(bytes.toString('base64'));
  }
  expect(cards.size, 'no two pages share a card').toBe(routes.pages.length + routes.other_pages.length);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const entry of routes.pages) {
    test(`${entry.path} is served as its page, with its metadata`, async ({ page, basePath }) => {
      await page.goto(entry.path, { app: false });
      await expect(page.locator('main h1')).toHaveText(headingOf(entry.path));
      await expect(page).toHaveTitle(titleOf(entry.path));
      await expect(page.locator('head > title')).toHaveCount(1);
      // The page is there: no notice that it needs script.
      await expect(page.locator('noscript')).toHaveCount(0);
      const head = (selector, attribute = 'content') => page.locator(`head ${selector}`).getAttribute(attribute);
      expect(await head('link[rel="canonical"]', 'href')).toBe(`${SITE_ORIGIN}${basePath}${entry.path}`);
      expect(await head('meta[property="og:title"]')).toBe(titleOf(entry.path));
      expect(await head('meta[property="og:url"]')).toBe(`${SITE_ORIGIN}${basePath}${entry.path}`);
      expect((await head('meta[name="description"]')).length).toBeGreaterThan(10);
      // Items placed on this page are there, with their anchors.
      for (const item of routes.items.filter((i) => i.path === entry.path && i.fragment)) {
        await expect(page.locator(`[id="${item.fragment}"]`)).toHaveCount(1);
      }
    });
  }

  test('controls that only script makes work are left out; the menu and the text stay', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const needScript = {
      '/': ['.search-box', '.theme-toggle', '.citation-copy', '.embed'],
      '/calendar': ['.filters', '.copy-link'],
      '/members': ['.filters'],
      '/print': ['.print-button'],
    };
    for (const [path, selectors] of Object.entries(needScript)) {
      await page.goto(path, { app: false });
      for (const selector of selectors) {
        const controls = page.locator(selector);
        expect(await controls.count(), `${path} ${selector} is on the page`).toBeGreaterThan(0);
        expect(await controls.evaluateAll((els) => els.filter((el) => el.checkVisibility()).length), `${path} ${selector}`).toBe(0);
      }
      await expect(page.locator('main h1')).toBeVisible();
      await expect(page.locator('.menu-button')).toBeVisible();
    }
  });

  test('under a sub-path, links and canonical URLs carry the base path', async ({ page }) => {
    await page.goto(`${SUB_URL}/members/yokohama`, { app: false });
    await expect(page.locator('main h1')).toHaveText(report.municipalities.find((m) => m.id === 'yokohama').name);
    expect(await page.locator('head link[rel="canonical"]').getAttribute('href')).toBe(`${SITE_ORIGIN}/report/2024/members/yokohama`);
    const hrefs = await page.locator('#main-nav a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const href of hrefs) expect(href.startsWith('/report/2024/')).toBe(true);
  });

  test('a path with no page of its own gets the bare app shell', async ({ page }) => {
    await page.goto('/no-such-page', { app: false });
    await expect(page.locator('main')).toHaveCount(0);
    await expect(page.locator('#prerendered')).toHaveCount(0);
    await expect(page.locator('noscript p')).toContainText('JavaScript と WebAssembly が必要です');
  });
});

/** Holds back the app's wasm until the returned function is called, so
 * that a test sees the prerendered page before the app takes it over. */
async function holdApp(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  return release;
}

test('the app takes over: one copy of the page, its own head tags, the same text', async ({ page, appUrl }) => {
  const problems = watchConsole(page);
  for (const entry of routes.pages.filter((p) => p.top_level || p.path === '/members/yokohama')) {
    // The text as prerendered, read before the wasm may run.
    const release = await holdApp(page);
    await page.goto(entry.path, { app: false });
    // The static page cites its public URL at the build's origin; the app,
    // at the origin it is served from (here the test server's).
    const before = (await page.locator('#prerendered main').innerText()).replaceAll(SITE_ORIGIN, new URL(appUrl).origin);
    // The most canonical links and descriptions the head ever holds at once.
    await page.evaluate(() => {
      window.__mostHeadTags = 0;
      new MutationObserver(() => {
        const count = Math.max(...['link[rel="canonical"]', 'meta[name="description"]'].map((s) => document.head.querySelectorAll(s).length));
        window.__mostHeadTags = Math.max(window.__mostHeadTags, count);
      }).observe(document.head, { childList: true });
    });
    release();
    await appTookOver(page);
    await page.unroute('**/*.wasm');
    await expect(page.locator('main')).toHaveCount(1);
    await expect(page.locator('#app main h1')).toHaveText(headingOf(entry.path));
    await expect(page.locator('[data-prerendered]')).toHaveCount(0);
    await expect(page.locator('head link[rel="canonical"]')).toHaveCount(1);
    await expect(page.locator('head > title')).toHaveCount(1);
    expect(await page.evaluate(() => window.__mostHeadTags), `${entry.path}: a head tag twice`).toBe(1);
    expect(await page.locator('#app main').innerText(), entry.path).toBe(before);
  }
  expect(problems).toEqual([]);
});

test('the takeover moves nothing on screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const release = await holdApp(page);
  await page.goto('/members', { app: false });
  await page.evaluate(() => {
    window.__shifts = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shifts += e.value; })
      .observe({ type: 'layout-shift' });
  });
  const box = await page.locator('#prerendered main h1').boundingBox();
  release();
  await appTookOver(page);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(await page.locator('#app main h1').boundingBox()).toEqual(box);
  expect(await page.evaluate(() => window.__shifts)).toBe(0);
});

test('a reader who scrolls while the app takes over stays where they scrolled, fragment or not', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['/calendar', '/iclei#kaohsiung-capacity-center']) {
    const release = await holdApp(page);
    await page.goto(path, { app: false });
    await page.evaluate(() => window.scrollTo(0, 1500));
    release();
    await appTookOver(page);
    // The parts rendered later, the mark and its frame are all in.
    await page.waitForFunction(() => performance.getEntriesByName('route:rendered').length > 0);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.evaluate(() => window.scrollY), path).toBe(1500);
    await page.unroute('**/*.wasm');
  }
  await expect(page.locator('#kaohsiung-capacity-center')).toHaveClass(/is-target/);
});

test('a filter chosen on the static page is applied once the app takes over', async ({ page, appUrl }) => {
  const release = await holdApp(page);
  await page.goto('/calendar', { app: false });
  await page.locator('#filter-member').selectOption('yokohama');
  await page.locator('#filter-member').focus();
  release();
  await appTookOver(page);
  await expect(page).toHaveURL(`${appUrl}/calendar?member=yokohama`);
  await expect(page.locator('.event')).toHaveCount(report.events.filter((e) => e.members.includes('yokohama')).length);
  await expect(page.locator('#filter-member')).toHaveValue('yokohama');
});

test('focus and typed text carry over from the static page to the app', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('/members/yokohama', { app: false });
  await page.locator('#site-search').fill('横浜');
  // The caret moved back between the two characters carries over too.
  await page.keyboard.press('ArrowLeft');
  release();
  await appTookOver(page);
  const search = page.locator('#app #site-search');
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('横浜');
  expect(await search.evaluate((input) => [input.selectionStart, input.selectionEnd])).toEqual([1, 1]);
  // The app read what was typed: its suggestions are open.
  await expect(page.locator('#search-suggestions [role="option"]').first()).toBeVisible();
});

test('a composition open when the app takes over is neither cut nor doubled: the swap waits for its end', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('/members/yokohama', { app: false });
  const cdp = await page.context().newCDPSession(page);
  await page.locator('#site-search').focus();
  await compose(cdp, 'よこはま');
  release();
  // The app has rendered its copy and asked to take over ...
  await page.waitForFunction(() => performance.getEntriesByName('route:rendered').length > 0);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
  // ... but the kana are still being composed on the static page.
  await expect(page.locator('#prerendered #site-search')).toHaveValue('よこはま');
  await expect(page.locator('#prerendered #site-search')).toBeFocused();
  await confirmingEnter(cdp);
  await cdp.send('Input.insertText', { text: '横浜' });
  await appTookOver(page);
  const search = page.locator('#app #site-search');
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('横浜');
  await expect(page.locator('#search-suggestions [role="option"]').first()).toBeVisible();
  // The next composition goes into the app's field, and alone.
  await compose(cdp, 'し');
  await cdp.send('Input.insertText', { text: '市' });
  await expect(search).toHaveValue('横浜市');
});

test('compositions one after the other, without a pause, are all waited for', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('/members/yokohama', { app: false });
  const cdp = await page.context().newCDPSession(page);
  await page.locator('#site-search').focus();
  await compose(cdp, 'よこはま');
  release();
  await page.waitForFunction(() => performance.getEntriesByName('route:rendered').length > 0);
  // As an IME does when the reader types the next kana at once: the
  // conversion is committed and the next composition starts together.
  await Promise.all([cdp.send('Input.insertText', { text: '横浜' }), compose(cdp, 'し')]);
  await cdp.send('Input.insertText', { text: '市' });
  await appTookOver(page);
  await expect(page.locator('#app #site-search')).toHaveValue('横浜市');
  await expect(page.locator('#app #site-search')).toBeFocused();
});
