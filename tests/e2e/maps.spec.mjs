// The maps: every office on the world map of /iclei and every member on the
// map of Japan on /members, as a named link inside the map, reachable by
// keyboard, landing on its item; the list stays beside the map.
import { expect, test, report, ready, screenshotPath, watchConsole } from './helpers.mjs';

const maps = [
  {
    page: '/iclei',
    map: '.map-world',
    items: report.world.offices.map((o) => ({ id: o.id, name: o.name, href: `/iclei#${o.id}` })),
    list: '.offices li',
  },
  {
    page: '/members',
    map: '.map-japan',
    items: report.municipalities.filter((m) => m.member).map((m) => ({ id: m.id, name: m.name, href: `/members/${m.id}` })),
    list: '.member-grid > li',
  },
];

for (const { page: path, map, items, list } of maps) {
  test(`${path}: every item is a named point inside the map, and the list stays`, async ({ page, basePath }) => {
    const problems = watchConsole(page);
    await page.goto(path);
    await ready(page);
    const svg = page.locator(`${map} svg`);
    await expect(svg).toBeVisible();
    const links = svg.locator('a');
    await expect(links).toHaveCount(items.length);
    const box = await svg.boundingBox();
    for (const [i, item] of items.entries()) {
      const link = links.nth(i);
      await expect(link).toHaveAttribute('href', `${basePath}${item.href}`);
      await expect(link).toHaveAttribute('aria-label', new RegExp(`^${item.name}`));
      const dot = await link.locator('.map-dot').boundingBox();
      const [x, y] = [dot.x + dot.width / 2, dot.y + dot.height / 2];
      expect(x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height, `${item.id} inside the map`).toBe(true);
    }
    await expect(page.locator(list)).toHaveCount(items.length);
    await expect(page.locator(`${map} figcaption`)).toContainText('Natural Earth');
    expect(problems).toEqual([]);
  });

  test(`${path}: the map's points are reached by Tab and followed with Enter`, async ({ page, appUrl }) => {
    await page.goto(path);
    await ready(page);
    const links = page.locator(`${map} svg a`);
    await links.first().focus();
    await page.keyboard.press('Tab');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${appUrl}${items[1].href}`);
    if (items[1].href.includes('#')) {
      await expect(page.locator(`[id="${items[1].id}"]`)).toBeInViewport();
    } else {
      await expect(page.locator('main h1')).toHaveText(items[1].name);
    }
  });
}

test('the maps read well on a phone and a desktop, and hold their place while loading', async ({ page }) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const { page: path, map } of maps) {
      await page.goto(path);
      await ready(page);
      const frame = page.locator(`${map} .map-frame`);
      const svg = frame.locator('svg');
      await expect(svg).toBeVisible();
      // The frame (sized before the map arrives) and the drawn map agree.
      const [f, s] = [await frame.boundingBox(), await svg.boundingBox()];
      expect(Math.abs(f.height - s.height)).toBeLessThanOrEqual(1);
      const viewBox = (await svg.getAttribute('viewBox')).split(' ').map(Number);
      expect(Math.abs(s.width / s.height - viewBox[2] / viewBox[3])).toBeLessThan(0.01);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
      await frame.scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath(`map-${path.slice(1)}-${width}.png`) });
    }
  }
});

for (const { page: path, map, items } of maps) {
  test(`${path}: a click on a point opens that point, not one drawn next to it`, async ({ page, basePath }) => {
    await page.setViewportSize({ width: 1280, height: 1200 });
    await page.goto(path);
    await ready(page);
    // (Points are found where they are drawn: within the viewport.)
    await page.locator(`${map} .map-frame`).evaluate((frame) => frame.scrollIntoView({ block: 'center' }));
    const points = await page.locator(`${map} .map-point`).evaluateAll((gs) => gs.map((g) => {
      const dot = g.querySelector('.map-dot').getBoundingClientRect();
      const [x, y] = [dot.x + dot.width / 2, dot.y + dot.height / 2];
      const hit = document.elementFromPoint(x, y)?.closest('a');
      return { id: g.dataset.id, own: g.querySelector('a').getAttribute('href'), hit: hit?.getAttribute('href'), x: Math.round(x), y: Math.round(y) };
    }));
    expect(points).toHaveLength(items.length);
    // Points at the very same spot (two decimals of a degree) share it.
    const shared = (p) => points.filter((q) => q.x === p.x && q.y === p.y).length > 1;
    const wrong = points.filter((p) => !shared(p) && p.hit !== p.own).map((p) => `${p.id} opens ${p.hit}`);
    expect(wrong).toEqual([]);
    expect(points.filter(shared).length).toBeLessThanOrEqual(2);
    expect(points[0].own.startsWith(basePath)).toBe(true);
  });
}

test('a point opens its page in the app, and Back returns to the same place on the map page', async ({ page, appUrl }) => {
  await page.goto('/members');
  await ready(page);
  await page.evaluate(() => { window.__stayed = true; window.scrollTo(0, 300); });
  const matsuyama = page.locator('.map-japan .map-point[data-id="matsuyama"] a');
  await matsuyama.click();
  await expect(page).toHaveURL(`${appUrl}/members/matsuyama`);
  await expect(page.locator('main h1')).toHaveText(report.municipalities.find((m) => m.id === 'matsuyama').name);
  // Client-side: the page was not loaded again.
  expect(await page.evaluate(() => window.__stayed)).toBe(true);
  await page.goBack();
  await expect(page).toHaveURL(`${appUrl}/members`);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(300);
});

test('the first view draws its map from the page itself; a map that cannot load later leaves the list alone', async ({ page }) => {
  const fetched = [];
  await page.route('**/data/map-*.json', (route) => { fetched.push(route.request().url()); return route.abort(); });
  // Cold: the prerendered map is read back, not fetched again.
  await page.goto('/members');
  await ready(page);
  await expect(page.locator('#app .map-japan svg .map-point')).toHaveCount(26);
  expect(fetched).toEqual([]);
  // After a client-side navigation the map is fetched: it fails here.
  await page.locator('#main-nav a, .main-nav a').filter({ hasText: '世界のイクレイ' }).first().click({ force: true });
  await expect(page.locator('main h1')).toHaveText('世界のイクレイ');
  await expect.poll(() => fetched.length).toBe(1);
  await expect(page.locator('.map-world')).toBeHidden();
  await expect(page.locator('.offices li')).toHaveCount(report.world.offices.length);
});
