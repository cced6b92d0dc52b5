// Typing Japanese through an input method (IME), driven through Chromium's
// own composition (DevTools protocol: Input.imeSetComposition, then
// Input.insertText to commit), as a reader's IME does it: the keys that
// belong to a composition in progress never submit, navigate or choose.
import { compose, confirmingEnter, expect, holdBack, test, ready, report, routes } from './helpers.mjs';

/** Records the keydowns the field receives, to show what the test sent is what an IME sends. */
const recordKeydowns = (page, selector) =>
  page.locator(selector).evaluate((input) => {
    window.__keys = [];
    input.addEventListener('keydown', (e) => window.__keys.push({ key: e.key, keyCode: e.keyCode, composing: e.isComposing }), true);
  });

test('in the header box, the Enter that confirms a conversion does not search; the next Enter does', async ({ page, appUrl }) => {
  await page.goto('/calendar');
  await ready(page);
  const cdp = await page.context().newCDPSession(page);
  await page.locator('#site-search').focus();
  await recordKeydowns(page, '#site-search');
  await compose(cdp, 'よこはま');
  await expect(page.locator('#site-search')).toHaveValue('よこはま');
  await confirmingEnter(cdp);
  await cdp.send('Input.insertText', { text: '横浜' });
  await expect(page.locator('#site-search')).toHaveValue('横浜');
  // The keydown was a composing one, and nothing happened: same page, no results page.
  expect(await page.evaluate(() => window.__keys.filter((k) => k.key === 'Enter' || k.keyCode === 229))).not.toEqual([]);
  await expect(page).toHaveURL(`${appUrl}/calendar`);
  await expect(page.locator('main h1')).toHaveText('活動カレンダー');
  // Arrow keys and Escape inside a composition are the IME's too.
  await compose(cdp, 'し');
  for (const key of ['ArrowDown', 'Escape']) {
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key, code: key, windowsVirtualKeyCode: 229 });
  }
  await expect(page.locator('#search-suggestions [aria-selected="true"]')).toHaveCount(0);
  await cdp.send('Input.insertText', { text: '' });
  // A plain Enter after the composition searches for the converted text.
  await page.locator('#site-search').fill('横浜');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${appUrl}/search?q=${encodeURIComponent('横浜')}`);
  await expect(page.locator('.search-result').first()).toBeVisible();
});

test('on the results page, the URL follows converted text, not a composition in progress', async ({ page, appUrl }) => {
  await page.goto('/search');
  await ready(page);
  const cdp = await page.context().newCDPSession(page);
  await page.locator('#search-page-input').focus();
  await compose(cdp, 'だつたんそ');
  await expect(page.locator('#search-page-input')).toHaveValue('だつたんそ');
  await expect(page).toHaveURL(`${appUrl}/search`);
  await confirmingEnter(cdp);
  await cdp.send('Input.insertText', { text: '脱炭素' });
  await expect(page).toHaveURL(`${appUrl}/search?q=${encodeURIComponent('脱炭素')}`);
  await expect(page.locator('#search-page-input')).toHaveValue('脱炭素');
  await expect(page.locator('.search-result mark').first()).toHaveText('脱炭素');
});

test('kana left unconverted find the member by its reading, during the composition and after', async ({ page, appUrl }) => {
  const yokohama = report.municipalities.find((m) => m.id === 'yokohama');
  const reading = report.place_readings.find((r) => r.name === yokohama.name).reading;
  const kana = reading.slice(0, -1); // without the reading of 市, as a reader types it
  await page.goto('/');
  await ready(page);
  const cdp = await page.context().newCDPSession(page);
  await page.locator('#site-search').focus();
  await compose(cdp, kana);
  const first = page.locator('#search-suggestions [role="option"]').first();
  await expect(first.locator('.search-option-title')).toContainText(yokohama.name);
  // Committed as kana, then searched.
  await cdp.send('Input.insertText', { text: kana });
  await expect(page.locator('#site-search')).toHaveValue(kana);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${appUrl}/search?q=${encodeURIComponent(kana)}`);
  await expect(page.locator('.search-result > a').first()).toHaveText(yokohama.name);
});

test('a page that comes in while the reader composes in the header box leaves focus and the composition there', async ({ page, appUrl, basePath }) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    // The world page's code is held until the reader has started composing.
    const release = await holdBack(page, '**/split_world.wasm');
    await page.goto('/');
    await ready(page);
    const cdp = await page.context().newCDPSession(page);
    if (width < 960) await page.locator('#app .menu-button').click();
    await page.locator(`#main-nav a[href="${basePath}/iclei"]`).click();
    await expect(page.locator('main article[aria-busy="true"]')).toHaveCount(1);
    const search = page.locator('#site-search');
    await search.focus();
    await compose(cdp, 'かわさき');
    release();
    await expect(page.locator('main article[aria-busy]')).toHaveCount(0);
    await expect(page.locator('main h1')).toHaveText(routes.pages.find((p) => p.path === '/iclei').heading);
    await expect(page).toHaveURL(`${appUrl}/iclei`);
    // Arrived, and the reader is still where they were typing, still composing.
    await expect(search).toBeFocused();
    await expect(search).toHaveValue('かわさき');
    await cdp.send('Input.insertText', { text: '川崎' });
    await expect(search).toHaveValue('川崎');
    await expect(page.locator('#search-suggestions')).toContainText('川崎');
    await cdp.detach();
  }
});

test('a page with a fragment that comes in while the reader composes in the header box marks its item and leaves the box in view', async ({ page, appUrl, basePath }) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    const release = await holdBack(page, '**/split_world.wasm');
    await page.goto(`/search?q=${encodeURIComponent('ブリュッセル')}`);
    await ready(page);
    const cdp = await page.context().newCDPSession(page);
    await page.locator(`.search-result > a[href="${basePath}/iclei#brussels-office"]`).click();
    await expect(page).toHaveURL(`${appUrl}/iclei#brussels-office`);
    await expect(page.locator('main article[aria-busy="true"]')).toHaveCount(1);
    const search = page.locator('#site-search');
    await search.focus();
    await search.selectText();
    await compose(cdp, 'かわさき');
    release();
    await expect(page.locator('main article[aria-busy]')).toHaveCount(0);
    await expect(page.locator('#brussels-office')).toHaveClass(/\bis-target\b/);
    // The reader is typing: the page does not scroll the box away.
    await expect(search).toBeFocused();
    await expect(search).toBeInViewport();
    await expect(search).toHaveValue('かわさき');
    await cdp.send('Input.insertText', { text: '川崎' });
    await expect(search).toHaveValue('川崎');
    await expect(page.locator('#search-suggestions')).toBeInViewport();
    await cdp.detach();
  }
});

test('a results page that comes in while the reader composes a new search in the box they pressed Enter in leaves the composition there', async ({ page, appUrl }) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    const release = await holdBack(page, '**/split_search.wasm');
    await page.goto('/');
    await ready(page);
    const cdp = await page.context().newCDPSession(page);
    const search = page.locator('#site-search');
    await search.fill('yokohama');
    await search.press('Enter');
    await expect(page).toHaveURL(`${appUrl}/search?q=yokohama`);
    await expect(page.locator('main article[aria-busy="true"]')).toHaveCount(1);
    await search.selectText();
    await compose(cdp, 'かわさき');
    release();
    await expect(page.locator('main article[aria-busy]')).toHaveCount(0);
    await expect(search).toBeFocused();
    await expect(search).toHaveValue('かわさき');
    await cdp.send('Input.insertText', { text: '川崎' });
    await expect(search).toHaveValue('川崎');
    await cdp.detach();
  }
});
