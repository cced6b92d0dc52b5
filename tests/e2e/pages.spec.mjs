// Every page of the route table: opened cold, reached by clicking, its
// metadata, its item anchors, fragments, history, accessibility, layout.
import AxeBuilder from '@axe-core/playwright';
import { appTookOver, expect, holdBack, test, report, routes, ready, screenshotPath, watchConsole } from './helpers.mjs';
import { cardOf, headingOf, titleOf } from './expected.mjs';

const topLevel = routes.pages.filter((p) => p.top_level);

test('the route list covers every part of the report', () => {
  expect(topLevel.map((p) => p.path)).toEqual([
    '/', '/pathways', '/membership', '/governance', '/message', '/members',
    '/highlights', '/activities', '/calendar', '/iclei',
  ]);
  expect(routes.pages.length).toBe(
    topLevel.length + report.about.pathways.items.length + report.municipalities.filter((m) => m.member).length
      + report.highlights.length + report.chapters.length,
  );
});

for (const entry of routes.pages) {
  test(`cold open ${entry.path}: heading, metadata, anchors, no console noise`, async ({ page, appUrl }) => {
    const problems = watchConsole(page);
    await page.goto(entry.path);
    await expect(page.locator('main h1')).toHaveText(headingOf(entry.path));
    await expect(page).toHaveTitle(titleOf(entry.path));
    const head = (selector, attribute = 'content') => page.locator(`head ${selector}`).getAttribute(attribute);
    expect((await head('meta[name="description"]')).length).toBeGreaterThan(10);
    expect(await head('link[rel="canonical"]', 'href')).toBe(`${appUrl}${entry.path}`);
    expect(await head('meta[property="og:title"]')).toBe(titleOf(entry.path));
    expect(await head('meta[property="og:url"]')).toBe(`${appUrl}${entry.path}`);
    expect(await head('meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(await head('meta[property="og:image"]')).toBe(`${appUrl}${cardOf(entry.path)}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    // Every item the report places on this page carries its element id.
    const anchors = routes.items.filter((i) => i.path === entry.path && i.fragment).map((i) => i.fragment);
    for (const id of anchors) {
      await expect(page.locator(`[id="${id}"]`), `#${id} on ${entry.path}`).toHaveCount(1);
    }
    // Element ids are unique on the page.
    const duplicates = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
      return ids.filter((id, i) => ids.indexOf(id) !== i);
    });
    expect(duplicates).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('every top-level page is reached by clicking from /', async ({ page, appUrl, basePath }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const entry of topLevel.slice(1)) {
    await page.goto('/');
    await ready(page);
    await page.locator(`#main-nav a[href="${basePath}${entry.path}"]`).click();
    await expect(page).toHaveURL(`${appUrl}${entry.path}`);
    await expect(page.locator('main h1')).toHaveText(headingOf(entry.path));
  }
});

test('every detail page is reached by clicking from its index page', async ({ page, appUrl, basePath }) => {
  const details = routes.pages.filter((p) => !p.top_level);
  for (const entry of details) {
    const index = `/${entry.path.split('/')[1]}`;
    await page.goto(index);
    await ready(page);
    // The list's link (a map's point links there too, but points may overlap).
    await page.locator(`main a[href="${basePath}${entry.path}"]:not(.map a)`).first().click();
    await expect(page).toHaveURL(`${appUrl}${entry.path}`);
    await expect(page.locator('main h1')).toHaveText(headingOf(entry.path));
  }
});

test('a reader can walk the whole report with the next links', async ({ page, appUrl }) => {
  await page.goto('/');
  for (const entry of routes.pages.slice(1)) {
    await page.locator('a.pager-next').click();
    await expect(page).toHaveURL(`${appUrl}${entry.path}`);
    await expect(page.locator('main h1')).toHaveText(headingOf(entry.path));
  }
  await expect(page.locator('a.pager-next')).toHaveCount(0);
});

for (const [path, id] of [['/governance', 'takemoto-kazuhiko'], ['/calendar', 'cop29'], ['/iclei', 'kaohsiung-capacity-center']]) {
  test(`a shared link to ${path}#${id} opens scrolled to the item, marked`, async ({ page, appUrl }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${path}#${id}`);
    const target = page.locator(`[id="${id}"]`);
    await expect(target).toHaveClass(/is-target/);
    await expect(target).toBeInViewport();
    // A reload lands on the same view.
    await page.reload();
    await expect(page.locator(`[id="${id}"]`)).toHaveClass(/is-target/);
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  });
}

// The member page renders its appearances, and the calendar its later
// months, a task after the first screen: a link from one into the other
// still lands on its item, on a phone and a desktop.
for (const width of [390, 1280]) {
  test(`at ${width} px, a link within the app to an item rendered later lands on it, marked`, async ({ page, basePath }) => {
    await page.setViewportSize({ width, height: 844 });
    const problems = watchConsole(page);
    await page.goto('/members/yokohama');
    await appTookOver(page);
    await page.locator(`main a[href="${basePath}/calendar#cop29"]`).first().click();
    await expect(page.locator('main h1')).toHaveText(headingOf('/calendar'));
    await expect(page.locator('#cop29')).toHaveClass(/is-target/);
    await expect(page.locator('#cop29')).toBeInViewport();
    await expect(page.locator('#cop29')).toBeFocused();
    // Every month is in, once.
    await expect(page.locator('main section.month')).toHaveCount(new Set(report.events.map((e) => e.date.start.slice(0, 7))).size);
    expect(problems).toEqual([]);
  });
}

test('unknown paths and unknown ids show the not-found page with a way back', async ({ page, appUrl }) => {
  for (const path of ['/no-such-page', '/pathways/no-such-pathway', '/members/osaka', '/highlights/cop30', '/activities/x']) {
    const problems = watchConsole(page);
    await page.goto(path);
    await expect(page.locator('main h1')).toHaveText('ページが見つかりません');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    expect(problems).toEqual([]);
  }
  await page.locator('main a.button').click();
  await expect(page).toHaveURL(`${appUrl}/`);
  await expect(page.locator('main h1')).toHaveText(report.meta.title);
});

test('a page reached by a link or a search opens at its top, focus on its content', async ({ page, appUrl, basePath }) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    await page.goto('/calendar');
    await ready(page);
    await page.evaluate(() => window.scrollTo(0, 400));
    await page.locator(`main a[href="${basePath}/"]`).first().click();
    await expect(page).toHaveURL(`${appUrl}/`);
    await expect(page.locator('#main')).toBeFocused();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await page.locator('#site-search').fill('横浜');
    await page.locator('#site-search').press('Enter');
    await expect(page).toHaveURL(`${appUrl}/search?q=${encodeURIComponent('横浜')}`);
    await expect(page.locator('#main')).toBeFocused();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expect(page.locator('header.site-header')).toBeInViewport();
  }
});

test('back and forward land on the same views, fragments included', async ({ page, appUrl, basePath }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await page.locator(`#main-nav a[href="${basePath}/pathways"]`).click();
  await expect(page.locator('main h1')).toHaveText(report.about.pathways.title);
  const first = report.about.pathways.items[0];
  await page.locator(`main a[href="${basePath}/pathways/${first.id}"]`).first().click();
  await expect(page.locator('main h1')).toHaveText(first.name);
  await page.locator(`#main-nav a[href="${basePath}/calendar"]`).click();
  await page.goto('/calendar#cop29');
  await expect(page.locator('#cop29')).toHaveClass(/is-target/);
  await page.goBack();
  await page.goBack();
  await expect(page.locator('main h1')).toHaveText(first.name);
  await page.goBack();
  await expect(page.locator('main h1')).toHaveText(report.about.pathways.title);
  await page.goForward();
  await expect(page.locator('main h1')).toHaveText(first.name);
});

test('leaving a page whose code is still coming and going back moves focus to the page, as any arrival does', async ({ page, basePath }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  // The world page's code is held until the end.
  const release = await holdBack(page, '**/split_world.wasm');
  await page.goto('/');
  await page.locator(`#main-nav a[href="${basePath}/members"]`).click();
  await expect(page.locator('main article[aria-busy]')).toHaveCount(0);
  await expect(page.locator('#main')).toBeFocused();
  await page.locator(`#main-nav a[href="${basePath}/iclei"]`).click();
  await expect(page.locator('main article[aria-busy="true"]')).toHaveCount(1);
  await page.locator(`#main-nav a[href="${basePath}/members"]`).click();
  await expect(page.locator('main article[aria-busy]')).toHaveCount(0);
  await expect(page.locator('#main')).toBeFocused();
  release();
});

/**
 * Opens /members scrolled to the last member's card, centred (far below
 * the first screen): the member, the card's link and the page's scrollY.
 */
async function downTheMemberList(page, basePath) {
  await page.goto('/members');
  const member = report.municipalities.filter((m) => m.member).at(-1);
  const link = page.locator(`.member-grid a[href="${basePath}/members/${member.id}"]`);
  await link.evaluate((a) => a.scrollIntoView({ block: 'center' }));
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(0);
  return { member, link, scrolled };
}

for (const [width, busy] of [[390, false], [1280, false], [390, true]]) {
  test(`at ${width} px${busy ? ', on a busy machine,' : ''} Back from a page reached from far down a list returns to where the reader was`, async ({ page, appUrl, basePath }) => {
    await page.setViewportSize({ width, height: 844 });
    // Frames held on demand: on a busy machine the page left may get its
    // frame only after Back, when the page gone back to is shown.
    await page.addInitScript(() => {
      const frame = window.requestAnimationFrame.bind(window);
      const held = [];
      window.__holdFrames = false;
      window.requestAnimationFrame = (callback) => (window.__holdFrames ? held.push(callback) : frame(callback));
      window.__releaseFrames = () => { window.__holdFrames = false; held.splice(0).forEach((callback) => frame(callback)); };
    });
    const release = await holdBack(page, '**/split_member.wasm');
    const { member, link, scrolled } = await downTheMemberList(page, basePath);
    await link.click();
    await expect(page).toHaveURL(`${appUrl}/members/${member.id}`);
    await expect(page.locator('main article[aria-busy="true"]')).toHaveCount(1);
    if (busy) await page.evaluate(() => { window.__holdFrames = true; });
    release();
    await expect(page.locator('main article[aria-busy]')).toHaveCount(0);
    await page.goBack();
    await expect(page).toHaveURL(`${appUrl}/members`);
    // Both pages' frames run now, the one left first.
    await page.evaluate(() => window.__releaseFrames());
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled);
    await expect(link).toBeInViewport();
    // Forward returns to the top of the member page, where the reader was.
    await page.goForward();
    await expect(page.locator('main h1')).toHaveText(member.name);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  });
}

test('Back from a page reloaded returns to where the reader was on the list, before its code is in', async ({ page, appUrl, basePath }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const { member, link, scrolled } = await downTheMemberList(page, basePath);
  await link.click();
  await expect(page.locator('main h1')).toHaveText(member.name);
  await expect(page.locator('main article[aria-busy]')).toHaveCount(0);
  await page.reload();
  await page.goBack();
  await expect(page).toHaveURL(`${appUrl}/members`);
  await expect(page.locator('main article[aria-busy]')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled);
  await expect(link).toBeInViewport();
});

test('links are real anchors with hrefs', async ({ page, appUrl }) => {
  await page.goto('/activities/support');
  await ready(page);
  const bad = await page.evaluate(() => [...document.querySelectorAll('a')].filter((a) => !a.getAttribute('href')).length);
  expect(bad).toBe(0);
});

test('the copy-link control copies the absolute URL of the item', async ({ page, context, appUrl }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(appUrl).origin });
  await page.goto('/calendar');
  await ready(page);
  await page.locator('#cop29 .copy-link-button').first().click();
  await expect(page.locator('#cop29 .copy-link-status').first()).toHaveText('リンクをコピーしました');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${appUrl}/calendar#cop29`);
});

test('the source discrepancies are footnotes where they apply', async ({ page, appUrl }) => {
  const cop29 = report.discrepancies.find((d) => d.applies_to.includes('event:cop29'));
  await page.goto('/highlights/cop29');
  await expect(page.locator('.page-notes li').filter({ hasText: cop29.note })).toBeVisible();
  await page.goto('/calendar#cop29');
  await expect(page.locator('#cop29 .note-ref')).toHaveText(/^注\d+$/);
  await expect(page.locator(`#note-${cop29.id}`)).toContainText(cop29.note);
});

/**
 * Whether Chromium's accessibility tree shows the element `selector` finds
 * as expanded (`true`/`false`; `undefined` where it has no such state):
 * what a screen reader is told, which for a popover's button is no
 * attribute of the page's.
 */
async function expandedInAccessibilityTree(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  await cdp.detach();
  return nodes[0].properties?.find((p) => p.name === 'expanded')?.value.value;
}

test('keyboard: skip link first, menu button on a phone', async ({ page, appUrl }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await ready(page);
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await expect(page.locator('.skip-link')).toBeInViewport();
  const menu = page.locator('.menu-button');
  const nav = page.locator('#main-nav');
  expect(await expandedInAccessibilityTree(page, '.menu-button')).toBe(false);
  await expect(nav).toBeHidden();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(menu).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(nav).toBeVisible();
  expect(await expandedInAccessibilityTree(page, '.menu-button')).toBe(true);
  // The menu's links follow its button in the tab order.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${appUrl}/pathways`);
  await expect(nav).toBeHidden();
  // Escape closes an open menu and returns to its button.
  await menu.click();
  await expect(nav).toBeVisible();
  await page.locator('#main-nav a').first().focus();
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  expect(await expandedInAccessibilityTree(page, '.menu-button')).toBe(false);
  await expect(menu).toBeFocused();
  // So do its own close button and a tap beside it.
  await menu.click();
  await page.getByRole('button', { name: 'メニューを閉じる' }).click();
  await expect(nav).toBeHidden();
  await menu.click();
  await expect(nav).toBeVisible();
  await page.mouse.click(180, 700);
  await expect(nav).toBeHidden();
  await expect(page).toHaveURL(`${appUrl}/pathways`);
  // The button stays in sight below the open menu, and closes it again.
  await menu.click();
  await expect(nav).toBeVisible();
  await menu.click();
  await expect(nav).toBeHidden();
  await expect(page).toHaveURL(`${appUrl}/pathways`);
  // Tab on past the menu's last control closes it: the search box it
  // covers is next.
  await menu.click();
  await page.getByRole('button', { name: 'メニューを閉じる' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('#site-search')).toBeFocused();
  await expect(nav).toBeHidden();
  // A link to the page being read closes it too.
  await menu.click();
  await nav.locator('a[aria-current="page"]').click();
  await expect(nav).toBeHidden();
  // And so does a window grown wide, where the menu is a bar.
  await menu.click();
  await page.setViewportSize({ width: 1280, height: 740 });
  await expect(page.locator('#main-nav:popover-open')).toHaveCount(0);
  await expect(nav).toBeVisible();
  await expect(page.locator('.site-name')).toBeInViewport();
  expect((await nav.boundingBox()).y, 'the bar under the site name').toBeGreaterThan((await page.locator('.site-name').boundingBox()).y);
});

test('the phone menu opens, reads and leads on before the app has taken over', async ({ page, appUrl }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const release = await holdBack(page, '**/*.wasm');
  await page.goto('/calendar', { app: false });
  await page.locator('#prerendered .menu-button').click();
  const nav = page.locator('#prerendered #main-nav');
  await expect(nav).toBeVisible();
  expect(await expandedInAccessibilityTree(page, '#prerendered .menu-button')).toBe(true);
  await expect(nav.getByRole('link', { name: '活動カレンダー' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: '活動カレンダー' }).focus();
  // Open when the app takes over, it stays open, now the app's, with the
  // focus in it; Escape still returns to its button.
  release();
  await appTookOver(page);
  await expect(page.locator('#app #main-nav')).toBeVisible();
  await expect(page.locator('#app #main-nav').getByRole('link', { name: '活動カレンダー' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('#main-nav')).toBeHidden();
  await expect(page.locator('.menu-button')).toBeFocused();
  await page.locator('.menu-button').click();
  await page.locator('#main-nav').getByRole('link', { name: '会員自治体' }).click();
  await expect(page).toHaveURL(`${appUrl}/members`);
  await expect(page.locator('#main-nav')).toBeHidden();
});

test('the open phone menu: axe finds nothing in light and dark', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/members');
    await page.locator('.menu-button').click();
    await expect(page.locator('#main-nav')).toBeVisible();
    await page.screenshot({ path: screenshotPath(`menu-open-390-${colorScheme}.png`) });
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations, colorScheme).toEqual([]);
  }
});

test('with script off, the phone menu still opens and its links lead on', async ({ browser, appUrl }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${appUrl}/calendar`);
  const nav = page.locator('#main-nav');
  await expect(nav).toBeHidden();
  await page.locator('.menu-button').click();
  await expect(nav).toBeVisible();
  await nav.getByRole('link', { name: '会員自治体' }).click();
  await expect(page).toHaveURL(`${appUrl}/members`);
  await expect(page.locator('main h1')).toHaveText(headingOf('/members'));
  await expect(nav).toBeHidden();
  await context.close();
});

for (const entry of [...topLevel, routes.pages.find((p) => p.path === '/members/yokohama'), routes.pages.find((p) => p.path === '/highlights/cop29')]) {
  test(`axe finds nothing on ${entry.path}; it fits a phone and a desktop`, { tag: '@base-independent' }, async ({ page }) => {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(entry.path);
      await ready(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
      const name = entry.path === '/' ? 'home' : entry.path.slice(1).replaceAll('/', '-');
      await page.screenshot({ path: screenshotPath(`${name}-${width}.png`), fullPage: true });
    }
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
}
