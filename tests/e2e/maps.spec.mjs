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
