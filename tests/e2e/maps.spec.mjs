// The maps: every office on the world map of /iclei and every member on the
// map of Japan on /members, as a named link inside the map (or, where items
// lie too close to tell apart, in the chooser of their cluster), reachable
// by keyboard and by pointer anywhere on its dot, landing on its item; the
// list stays beside the map.
import AxeBuilder from '@axe-core/playwright';
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

/**
 * The map's markers as drawn: each link's href, its name, the items its
 * `data-points` say it stands for, its dot and its target (centre and
 * radius in CSS px, from their boxes).
 */
const markers = (page, map) => page.locator(`${map} .map-point`).evaluateAll((gs) => gs.map((g) => {
  const circle = (selector) => {
    const box = g.querySelector(selector).getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2, r: box.width / 2, w: box.width, h: box.height };
  };
  const link = g.querySelector('a');
  return {
    ids: g.dataset.points.split(';').map((point) => point.split(' ')[0]),
    href: link.getAttribute('href'),
    name: link.getAttribute('aria-label'),
    dot: circle('.map-dot'),
    hit: circle('.map-hit'),
  };
}));

for (const { page: path, map, items, list } of maps) {
  test(`${path}: every item is on the map, as a named marker or in its cluster's chooser; the list stays`, async ({ page, basePath }) => {
    const problems = watchConsole(page);
    await page.goto(path);
    await ready(page);
    const svg = page.locator(`${map} svg`);
    await expect(svg).toBeVisible();
    const box = await svg.boundingBox();
    const drawn = await markers(page, map);
    expect(drawn.flatMap((m) => m.ids).sort()).toEqual(items.map((i) => i.id).sort());
    for (const marker of drawn) {
      const [x, y] = [marker.dot.x, marker.dot.y];
      expect(x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height, `${marker.ids} inside the map`).toBe(true);
      const members = marker.ids.map((id) => items.find((i) => i.id === id));
      if (members.length === 1) {
        expect(marker.href).toBe(`${basePath}${members[0].href}`);
        expect(marker.name).toMatch(new RegExp(`^${members[0].name}`));
      } else {
        // A cluster: named after all its items, it opens a chooser with a
        // link to each.
        for (const item of members) expect(marker.name).toContain(item.name);
        // Its link is the page's own address with the chooser's id.
        expect(marker.href).toMatch(new RegExp(`^${basePath}${path}#`));
        const chooser = page.locator(`${map} dialog#${marker.href.split('#')[1]}`);
        await expect(chooser.locator('a')).toHaveText(members.map((i) => new RegExp(`^${i.name}`)));
        expect(await chooser.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
          .toEqual(members.map((i) => `${basePath}${i.href}`));
      }
    }
    // Points too close to tell apart by pointer are clustered (the Tokyo
    // area; 愛知県 and 名古屋市 at the same spot).
    expect(drawn.length).toBeLessThan(items.length);
    await expect(page.locator(list)).toHaveCount(items.length);
    await expect(page.locator(`${map} figcaption`)).toContainText('Natural Earth');
    expect(problems).toEqual([]);
  });

  test(`${path}: the map's markers are reached by Tab; Enter follows an item or opens a cluster's chooser`, async ({ page, appUrl }) => {
    await page.goto(path);
    await ready(page);
    const links = page.locator(`${map} svg a`);
    const drawn = await markers(page, map);
    const cluster = drawn.findIndex((m) => m.ids.length > 1);
    const single = drawn.findIndex((m, i) => i > 0 && m.ids.length === 1);
    // A cluster: its chooser takes the focus, Escape gives it back.
    await links.nth(cluster).focus();
    await page.keyboard.press('Enter');
    const chooser = page.locator(`${map} dialog#${drawn[cluster].href.split('#')[1]}`);
    await expect(chooser).toBeVisible();
    await expect(chooser.locator('a').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(chooser).toBeHidden();
    await expect(links.nth(cluster)).toBeFocused();
    // An item: Tab reaches the next marker, Enter opens its item.
    await links.nth(single - 1).focus();
    await page.keyboard.press('Tab');
    await expect(links.nth(single)).toBeFocused();
    await page.keyboard.press('Enter');
    const item = items.find((i) => i.id === drawn[single].ids[0]);
    await expect(page).toHaveURL(`${appUrl}${item.href}`);
    if (item.href.includes('#')) {
      await expect(page.locator(`[id="${item.id}"]`)).toBeInViewport();
    } else {
      await expect(page.locator('main h1')).toHaveText(item.name);
    }
  });

  test(`${path}: a click anywhere on a drawn dot opens what it shows, and targets are 24 px apart, at 320, 390 and 1280 px`, async ({ page, basePath }) => {
    for (const width of [320, 390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await ready(page);
      await page.locator(`${map} .map-frame`).evaluate((frame) => frame.scrollIntoView({ block: 'center' }));
      // Real clicks; a listener ahead of the app's records which link each
      // reached and stops it there.
      await page.evaluate(() => {
        window.__clicked = [];
        window.addEventListener('click', (e) => {
          window.__clicked.push(e.target.closest('a')?.getAttribute('href') ?? null);
          e.preventDefault();
          e.stopPropagation();
        }, { capture: true });
      });
      const drawn = await markers(page, map);
      const wrong = [];
      for (const { ids, href, dot } of drawn) {
        // The centre, and four points of the rim just inside it.
        const rim = dot.r - 0.75;
        const spots = [[0, 0], [rim, 0], [-rim, 0], [0, rim], [0, -rim]];
        for (const [dx, dy] of spots) {
          await page.mouse.click(dot.x + dx, dot.y + dy);
          const reached = await page.evaluate(() => window.__clicked.pop());
          if (reached !== href) wrong.push(`${ids} at (${dx.toFixed(1)}, ${dy.toFixed(1)}) opens ${reached}`);
        }
      }
      expect(wrong, `at ${width} px`).toEqual([]);
      // WCAG 2.2 (2.5.8): every target at least 24 × 24, none overlapping.
      const small = drawn.filter((m) => m.hit.w < 23.95 || m.hit.h < 23.95).map((m) => `${m.ids}: ${m.hit.w.toFixed(1)} px`);
      expect(small, `at ${width} px`).toEqual([]);
      const overlapping = [];
      for (const [i, a] of drawn.entries()) {
        for (const b of drawn.slice(i + 1)) {
          if (Math.hypot(a.hit.x - b.hit.x, a.hit.y - b.hit.y) < a.hit.r + b.hit.r - 0.5) overlapping.push(`${a.ids} and ${b.ids}`);
        }
      }
      expect(overlapping, `at ${width} px`).toEqual([]);
      expect(drawn.every((m) => m.href.startsWith(basePath))).toBe(true);
      // Each marker's name, shown on hover, lies inside the map and is
      // drawn over every marker.
      const box = await page.locator(`${map} svg`).boundingBox();
      const outside = [];
      for (const { ids, dot } of drawn) {
        await page.mouse.move(dot.x, dot.y);
        const label = page.locator(`${map} svg > .map-label`);
        await expect(label).toHaveCount(1);
        expect(await page.locator(`${map} svg > :last-child`).getAttribute('class')).toBe('map-label');
        const at = await label.boundingBox();
        if (at.x < box.x - 1 || at.x + at.width > box.x + box.width + 1) outside.push(`${ids[0]}: ${Math.round(at.x - box.x)}..${Math.round(at.x + at.width - box.x)} of ${Math.round(box.width)}`);
      }
      expect(outside, `names outside the map at ${width} px`).toEqual([]);
    }
  });
}

test('a cluster\'s chooser tells its items apart, on a phone: 愛知県 and 名古屋市, and the offices near each other', async ({ page, appUrl }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/members');
  await ready(page);
  const aichi = page.locator('.map-japan .map-point[data-points*="nagoya "] a');
  await expect(aichi).toHaveAttribute('aria-label', /愛知県/);
  await aichi.click();
  const chooser = page.locator('.map-japan dialog[open]');
  await expect(chooser).toBeVisible();
  await expect(chooser.locator('h2')).toHaveText(/この辺りの\d+件/);
  // It fits the phone.
  const box = await chooser.boundingBox();
  expect(box.x >= 0 && box.x + box.width <= 390).toBe(true);
  await page.screenshot({ path: screenshotPath('map-chooser-members-390.png') });
  await chooser.getByRole('link', { name: '名古屋市', exact: true }).click();
  await expect(page).toHaveURL(`${appUrl}/members/nagoya`);
  await expect(page.locator('main h1')).toHaveText('名古屋市');
  await expect(page.locator('dialog[open]')).toHaveCount(0);

  // An office on the same page: the chooser closes and the office is shown.
  await page.goto('/iclei');
  await ready(page);
  const cluster = page.locator('.map-world .map-cluster').first();
  await cluster.click();
  const offices = page.locator('.map-world dialog[open] a');
  const last = offices.last();
  const href = await last.getAttribute('href');
  await last.click();
  await expect(page.locator('dialog[open]')).toHaveCount(0);
  await expect(page).toHaveURL(`${appUrl}${href.slice(href.indexOf('/iclei'))}`);
  await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeInViewport();
  // The close button closes it too, and so does a click outside it.
  await cluster.click();
  await page.locator('.map-world dialog[open] button').click();
  await expect(page.locator('dialog[open]')).toHaveCount(0);
  await cluster.click();
  await expect(page.locator('dialog[open]')).toBeVisible();
  await page.mouse.click(5, 5);
  await expect(page.locator('dialog[open]')).toHaveCount(0);
});

test('a double click on a cluster opens its chooser and nothing under the pointer; printed, the chooser is left out', async ({ page, appUrl }) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    for (const [path, map] of [['/members', '.map-japan'], ['/iclei', '.map-world']]) {
      await page.goto(path);
      await ready(page);
      await page.locator(`${map} .map-frame`).evaluate((frame) => frame.scrollIntoView({ block: 'center' }));
      const clusters = page.locator(`${map} .map-cluster`);
      for (let i = 0; i < await clusters.count(); i += 1) {
        await clusters.nth(i).dblclick();
        await expect(page.locator('dialog[open]'), `${path} cluster ${i} at ${width}`).toBeVisible();
        expect(page.url(), `${path} cluster ${i} at ${width}`).toBe(`${appUrl}${path}`);
        await page.keyboard.press('Escape');
      }
    }
  }
  await page.locator('.map-world .map-cluster').first().click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('dialog[open]')).toBeHidden();
});

test('without the script, a cluster\'s link shows its chooser below the map, on the same page', async ({ browser, appUrl }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${appUrl}/members`);
  const cluster = page.locator('.map-japan .map-cluster').first();
  const id = (await cluster.getAttribute('href')).split('#')[1];
  await expect(page.locator(`dialog#${id}`)).toBeHidden();
  await cluster.click();
  await expect(page).toHaveURL(`${appUrl}/members#${id}`);
  await expect(page.locator(`dialog#${id}`)).toBeVisible();
  await expect(page.locator(`dialog#${id} a`).first()).toBeVisible();
  await context.close();
});

test('embedded, a cluster\'s chooser opens just below its marker, not in the middle of the frame', async ({ page }) => {
  // An embedded page's frame is as tall as its content: its middle may be
  // far off the host's screen.
  await page.setViewportSize({ width: 390, height: 5000 });
  await page.goto('/embed/members');
  await ready(page);
  const cluster = page.locator('.map-japan .map-cluster').first();
  const marker = await cluster.boundingBox();
  await cluster.click();
  const dialog = await page.locator('dialog[open]').boundingBox();
  expect(dialog.y).toBeGreaterThanOrEqual(marker.y + marker.height - 1);
  expect(dialog.y).toBeLessThan(marker.y + marker.height + 40);
});

for (const scheme of ['light', 'dark']) {
  test(`axe finds nothing with a cluster's chooser open, in ${scheme}`, { tag: '@base-independent' }, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/members');
    await ready(page);
    await page.locator('.map-japan .map-cluster').first().click();
    await expect(page.locator('dialog[open]')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
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

test('a point opens its page in the app, and Back returns to the same place on the map page', async ({ page, appUrl }) => {
  await page.goto('/members');
  await ready(page);
  // The first marker of a single member, scrolled to (so that the click
  // does not scroll), below the top of the page.
  const single = page.locator('.map-japan .map-point:not(:has(.map-cluster))').first();
  const id = (await single.getAttribute('data-points')).split(' ')[0];
  await single.evaluate((g) => g.scrollIntoView({ block: 'center' }));
  const scrolled = await page.evaluate(() => { window.__stayed = true; return window.scrollY; });
  expect(scrolled).toBeGreaterThan(0);
  await single.locator('a').click();
  await expect(page).toHaveURL(`${appUrl}/members/${id}`);
  await expect(page.locator('main h1')).toHaveText(report.municipalities.find((m) => m.id === id).name);
  // Client-side: the page was not loaded again.
  expect(await page.evaluate(() => window.__stayed)).toBe(true);
  await page.goBack();
  await expect(page).toHaveURL(`${appUrl}/members`);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled);
});

test('the first view draws its map from the page itself; a map that cannot load later leaves the list alone', async ({ page }) => {
  const fetched = [];
  await page.route('**/data/map-*.json', (route) => { fetched.push(route.request().url()); return route.abort(); });
  // Cold: the prerendered map is read back, not fetched again.
  await page.goto('/members');
  await ready(page);
  const ids = await page.locator('#app .map-japan svg .map-point').evaluateAll((gs) => gs.flatMap((g) => g.dataset.points.split(';')));
  expect(ids).toHaveLength(report.municipalities.filter((m) => m.member).length);
  expect(fetched).toEqual([]);
  // After a client-side navigation the map is fetched: it fails here.
  await page.locator('#main-nav a, .main-nav a').filter({ hasText: '世界のイクレイ' }).first().click({ force: true });
  await expect(page.locator('main h1')).toHaveText('世界のイクレイ');
  await expect.poll(() => fetched.length).toBe(1);
  await expect(page.locator('.map-world')).toBeHidden();
  await expect(page.locator('.offices li')).toHaveCount(report.world.offices.length);
});
