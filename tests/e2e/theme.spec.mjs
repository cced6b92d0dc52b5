// Light and dark: the system's scheme, the reader's choice in the header
// (kept in localStorage, applied before the first paint by index.html's
// script), contrast in both; the quiet copy-link controls; paper.
import AxeBuilder from '@axe-core/playwright';
import { appTookOver, expect, test, report, routes, ready, watchConsole } from './helpers.mjs';

/** index.html's script and components/layout.rs keep the choice here. */
const KEY = 'iclei-report:theme';
const member = report.municipalities.find((m) => m.member && m.id === 'yokohama') ?? report.municipalities.find((m) => m.member);
const PAGES = [
  '/', '/members', `/members/${member.id}`, '/calendar', '/iclei', '/highlights/cop29',
  `/search?q=${encodeURIComponent('横浜')}`, `/activities/${report.chapters[0].id}`,
];
for (const path of PAGES.filter((p) => !p.startsWith('/search'))) {
  if (!routes.pages.some((p) => p.path === path)) throw new Error(`${path} is not a page of the route list`);
}

/** Contrast ratio (WCAG 2) of two computed colours, `rgb(r, g, b)`. */
function contrast(a, b) {
  const luminance = (color) => {
    const [r, g, bl] = color.match(/[\d.]+/g).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The computed background of the page and its text colour. */
const pageColours = (page) => page.evaluate(() => ({
  background: getComputedStyle(document.documentElement).backgroundColor,
  text: getComputedStyle(document.body).color,
}));
const isDark = (color) => contrast(color, 'rgb(0, 0, 0)') < 2;
const isLight = (color) => contrast(color, 'rgb(255, 255, 255)') < 1.5;

test('with the system in dark the page is dark, with light text; in light it is light', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await ready(page);
  let colours = await pageColours(page);
  expect(isDark(colours.background), colours.background).toBe(true);
  expect(isLight(colours.text), colours.text).toBe(true);
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
  await page.emulateMedia({ colorScheme: 'light' });
  colours = await pageColours(page);
  expect(colours.background).toBe('rgb(255, 255, 255)');
  expect(isDark(colours.text), colours.text).toBe(true);
});

for (const scheme of ['light', 'dark']) {
  for (const path of PAGES) {
    test(`axe finds nothing on ${decodeURIComponent(path)} in ${scheme}`, { tag: '@base-independent' }, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(path);
      await ready(page);
      const colours = await pageColours(page);
      expect(scheme === 'dark' ? isDark(colours.background) : isLight(colours.background), colours.background).toBe(true);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
  }

  // What axe does not measure: graphics, focus rings, the quiet copy icon.
  test(`in ${scheme}, maps, charts, focus rings and marks keep their contrast`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1280, height: 900 });
    const paper = async () => (await pageColours(page)).background;
    const style = (selector, property) => page.locator(selector).first().evaluate((e, p) => getComputedStyle(e)[p], property);

    await page.goto('/members');
    await ready(page);
    const land = await style('.map-land', 'fill');
    const sea = await style('.map-frame', 'backgroundColor');
    expect(contrast(await style('.map-dot', 'fill'), land), 'points on land').toBeGreaterThanOrEqual(3);
    expect(contrast(await style('.map-dot', 'fill'), sea), 'points on sea').toBeGreaterThanOrEqual(3);
    expect(contrast(await style('.map-land', 'stroke'), sea), 'coast on sea').toBeGreaterThanOrEqual(1.5);
    expect(contrast(await style('.map-count', 'fill'), await style('.map-cluster .map-dot', 'fill')), 'a cluster\'s count').toBeGreaterThanOrEqual(4.5);
    expect(contrast(await style('.chart-bar', 'fill'), await paper()), 'chart bars').toBeGreaterThanOrEqual(3);
    expect(contrast(await style('.chart-label', 'fill'), await paper()), 'chart labels').toBeGreaterThanOrEqual(4.5);
    // A map point's focus ring, on the land.
    await page.locator('.map-japan svg a').first().focus();
    expect(contrast(await style('.map-japan svg a:focus-visible .map-hit', 'stroke'), land), 'focused point').toBeGreaterThanOrEqual(3);

    // Focus rings on the paper and on the header.
    const link = page.locator('main a[href]').first();
    await link.focus();
    expect(await link.evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('solid');
    expect(contrast(await link.evaluate((e) => getComputedStyle(e).outlineColor), await paper()), 'focus ring').toBeGreaterThanOrEqual(3);
    const toggle = page.locator('.theme-toggle');
    await toggle.focus();
    const header = await style('.site-header', 'backgroundColor');
    expect(contrast(await toggle.evaluate((e) => getComputedStyle(e).outlineColor), header), 'focus ring in the header').toBeGreaterThanOrEqual(3);

    // A shared link's target and the search's highlights.
    await page.goto('/calendar#cop29');
    await expect(page.locator('#cop29')).toHaveClass(/is-target/);
    // The mark fades in over 1.2 s; colours read mid-fade are half transparent.
    await page.locator('#cop29').evaluate((e) => Promise.all(e.getAnimations().map((a) => a.finished)));
    const marked = await style('#cop29', 'backgroundColor');
    expect(contrast(await style('#cop29 .event-facts dt', 'color'), marked), 'secondary text on a marked item').toBeGreaterThanOrEqual(4.5);
    const icon = page.locator('#cop29 .copy-link-button').first();
    const quiet = await icon.evaluate((e) => ({ color: getComputedStyle(e).color, opacity: Number(getComputedStyle(e).opacity) }));
    const dimmed = (color, bg, alpha) => {
      const [c, b] = [color, bg].map((x) => x.match(/[\d.]+/g).slice(0, 3).map(Number));
      return `rgb(${c.map((v, i) => Math.round(alpha * v + (1 - alpha) * b[i])).join(', ')})`;
    };
    expect(contrast(dimmed(quiet.color, marked, quiet.opacity), marked), 'quiet copy icon').toBeGreaterThanOrEqual(3);

    await page.goto(`/search?q=${encodeURIComponent('横浜')}`);
    await expect(page.locator('.search-result mark').first()).toBeVisible();
    const mark = await style('.search-result > a mark', 'backgroundColor');
    expect(contrast(await style('.search-result > a mark', 'color'), mark), 'a highlighted title').toBeGreaterThanOrEqual(4.5);
  });
}

test.describe('the dark mode switch', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('switches the scheme, says so with aria-pressed, and keeps the choice across reloads and pages', async ({ page, basePath }) => {
    const problems = watchConsole(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const toggle = page.getByRole('button', { name: 'ダークモード' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(isLight((await pageColours(page)).background)).toBe(true);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(isDark((await pageColours(page)).background)).toBe(true);
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe('dark');

    await page.reload();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(isDark((await pageColours(page)).background)).toBe(true);
    // A page reached by a link, and one opened cold.
    await page.locator(`#main-nav a[href="${basePath}/members"]`).click();
    await expect(page.locator('main h1')).toHaveText(report.japan.member_list.title);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(isDark((await pageColours(page)).background)).toBe(true);
    await page.goto('/calendar');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(isDark((await pageColours(page)).background)).toBe(true);

    // Back to the system's scheme: the choice is forgotten, and the page
    // follows the system again.
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(isLight((await pageColours(page)).background)).toBe(true);
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(isDark((await pageColours(page)).background)).toBe(true);
    expect(problems).toEqual([]);
  });

  test('a choice made in one tab shows in the other open tabs at once, and so does going back to the system', async ({ context, appUrl }) => {
    const [first, second] = [await context.newPage(), await context.newPage()];
    for (const page of [first, second]) {
      await page.emulateMedia({ colorScheme: 'light' });
    }
    await first.goto(`${appUrl}/`);
    await second.goto(`${appUrl}/calendar`);
    // Pages of their own (not the fixture's): each listens for the other's
    // choice once the app has taken over its prerendered page.
    await Promise.all([appTookOver(first), appTookOver(second)]);
    const toggle = (page) => page.getByRole('button', { name: 'ダークモード' });
    await expect(toggle(second)).toHaveAttribute('aria-pressed', 'false');

    await toggle(first).click();
    await expect(toggle(second)).toHaveAttribute('aria-pressed', 'true');
    expect(await second.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(isDark((await pageColours(second)).background)).toBe(true);

    // And back, from the other tab: the choice is forgotten in both.
    await toggle(second).click();
    await expect(toggle(first)).toHaveAttribute('aria-pressed', 'false');
    expect(await first.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    expect(isLight((await pageColours(first)).background)).toBe(true);
  });

  test('is reached with Tab, shows its focus, and works with Enter and Space', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/governance');
    await ready(page);
    const toggle = page.locator('.theme-toggle');
    let reached = false;
    for (let i = 0; i < 40 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await toggle.evaluate((e) => e === document.activeElement);
    }
    expect(reached, 'the toggle in the tab order').toBe(true);
    const ring = await toggle.evaluate((e) => {
      const s = getComputedStyle(e);
      return { matches: e.matches(':focus-visible'), style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(ring).toEqual({ matches: true, style: 'solid', width: 3 });
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(isDark((await pageColours(page)).background)).toBe(true);
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(isLight((await pageColours(page)).background)).toBe(true);
  });

  for (const [system, chosen] of [['dark', 'light'], ['light', 'dark']]) {
    test(`with the system in ${system} and ${chosen} chosen, a static page paints ${chosen} from the start`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: system });
      await page.addInitScript(([key, value]) => {
        localStorage.setItem(key, value);
        document.addEventListener('DOMContentLoaded', () => {
          window.__firstView = {
            theme: document.documentElement.dataset.theme,
            background: getComputedStyle(document.documentElement).backgroundColor,
            prerendered: Boolean(document.getElementById('prerendered')) && !document.getElementById('app'),
          };
        });
      }, [KEY, chosen]);
      await page.goto(`/members/${member.id}`, { app: false });
      const first = await page.waitForFunction(() => window.__firstView).then((h) => h.jsonValue());
      expect(first.prerendered, 'seen before the app took over').toBe(true);
      expect(first.theme).toBe(chosen);
      expect(chosen === 'dark' ? isDark(first.background) : isLight(first.background), first.background).toBe(true);
    });
  }

  test('the theme script runs under the strict Content-Security-Policy', async ({ page, cspUrl }) => {
    await page.addInitScript((key) => {
      localStorage.setItem(key, 'dark');
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    }, KEY);
    const problems = watchConsole(page);
    for (const path of ['/', '/calendar', '/embed/calendar']) {
      await page.goto(`${cspUrl}${path}`);
      await ready(page);
      expect(await page.evaluate(() => document.documentElement.dataset.theme), path).toBe('dark');
      expect(await page.evaluate(() => window.__violations), path).toEqual([]);
    }
    expect(problems).toEqual([]);
  });
});

test.describe('copy-link controls', () => {
  test('with a mouse: an icon, quiet until pointed at or focused, operable by keyboard', async ({ page, context, appUrl }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(appUrl).origin });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/governance');
    await ready(page);
    const buttons = page.locator('.copy-link-button');
    // Each is named after its item.
    const names = await buttons.evaluateAll((all) => all.map((b) => b.getAttribute('aria-label')));
    expect(names.length).toBeGreaterThan(3);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^リンクをコピー: .+/);

    const button = buttons.first();
    const opacity = () => button.evaluate((e) => Number(getComputedStyle(e).opacity));
    await page.mouse.move(0, 0);
    expect(await opacity()).toBeLessThan(1);
    expect(await opacity()).toBeGreaterThan(0);
    const box = await button.boundingBox();
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    expect(box.width).toBeLessThanOrEqual(44);
    await expect(button.locator('.copy-link-text')).toHaveCSS('position', 'absolute');
    await button.hover();
    await expect.poll(opacity).toBe(1);
    await page.mouse.move(0, 0);
    await expect.poll(opacity).toBeLessThan(1);
    // By keyboard: focused, it shows itself and its ring; Enter copies.
    await button.focus();
    await expect.poll(opacity).toBe(1);
    expect(await button.evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    const status = page.locator('.copy-link-status').first();
    await expect(status).toBeVisible();
    await expect(status).toHaveText('リンクをコピーしました');
    await expect(status).toHaveAttribute('role', 'status');
    expect(Number(await status.evaluate((e) => getComputedStyle(e).opacity))).toBe(1);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

    test('always shown, with a finger-sized target', async ({ page }) => {
      await page.goto('/governance');
      await ready(page);
      const button = page.locator('.copy-link-button').first();
      await expect(button).toBeVisible();
      expect(await button.evaluate((e) => Number(getComputedStyle(e).opacity))).toBe(1);
      const box = await button.boundingBox();
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
});

test.describe('printed', () => {
  for (const stored of [null, 'dark']) {
    test(`only the text, black on white, with the page's address${stored ? ' (dark chosen, system dark)' : ' (system dark)'}`, async ({ page, appUrl }) => {
      if (stored) await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [KEY, stored]);
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto('/highlights/cop29');
      await ready(page);
      const address = page.locator('.print-address');
      await expect(address).toBeHidden();
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      for (const selector of ['.skip-link', '.site-header', '#main-nav', '#site-search', '.theme-toggle', '.breadcrumbs', '.pager', '.copy-link', '.embed']) {
        const all = page.locator(selector);
        expect(await all.count(), selector).toBeGreaterThan(0);
        for (const element of await all.all()) await expect(element, selector).toBeHidden();
      }
      const colours = await pageColours(page);
      expect(colours).toEqual({ background: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' });
      expect(await page.locator('main p a[href]').first().evaluate((a) => getComputedStyle(a).color)).toBe('rgb(0, 0, 0)');
      await expect(page.locator('main h1')).toBeVisible();
      await expect(address).toBeVisible();
      await expect(address).toHaveText(`このページのアドレス：${appUrl}/highlights/cop29`);
      const notes = page.locator('.page-notes');
      if (await notes.count()) await expect(notes.first()).toBeVisible();
      const breaks = await page.evaluate(() => ({
        heading: getComputedStyle(document.querySelector('main h2')).breakAfter,
        story: getComputedStyle(document.querySelector('.story, .card, .event')).breakInside,
      }));
      expect(breaks).toEqual({ heading: 'avoid', story: 'avoid' });
    });
  }
});
