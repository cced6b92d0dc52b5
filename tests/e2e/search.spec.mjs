// Search from every page, shareable result URLs, and landing on the item.
import { expect, test, report, ready, screenshotPath, watchConsole } from './helpers.mjs';

test('type a query, choose a suggestion with the keyboard, land on the item', async ({ page, appUrl }) => {
  const problems = watchConsole(page);
  await page.goto('/membership');
  await ready(page);
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('干潟');
  const options = page.locator('#search-suggestions [role="option"]');
  await expect(options.first()).toBeVisible();
  await expect(page.locator('#site-search')).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#site-search')).toHaveAttribute('aria-activedescendant', 'search-option-0');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${appUrl}/activities/support#ramsar-mayors-conference`);
  await expect(page.locator('#ramsar-mayors-conference')).toHaveClass(/is-target/);
  await expect(page.locator('#ramsar-mayors-conference')).toBeInViewport();
  expect(problems).toEqual([]);
});

test('Escape closes the suggestions; Enter without a choice opens the results page', async ({ page, appUrl }) => {
  await page.goto('/');
  await ready(page);
  await page.locator('#site-search').fill('脱炭素');
  await expect(page.locator('.search-popup')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.search-popup')).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${appUrl}/search?q=${encodeURIComponent('脱炭素')}`);
  await expect(page.locator('main h1')).toHaveText('検索');
  await expect(page.locator('.search-result').first()).toBeVisible();
  await expect(page.locator('.search-result mark').first()).toHaveText('脱炭素');
});

test('Tab from the box reaches the link to all results; a long query is cut to 200 characters', async ({ page, appUrl }) => {
  await page.goto('/calendar');
  await ready(page);
  await page.locator('#site-search').fill('COP');
  await expect(page.locator('.search-popup')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.locator('a.search-all')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${appUrl}/search?q=COP`);
  // Once the results page is in (its code may still be coming: when it
  // arrives, the box shows the page's query again).
  await expect(page.locator('main article[aria-busy]')).toHaveCount(0);
  // The box takes at most 200 characters, and so does the URL it makes.
  await page.locator('#site-search').evaluate((input) => { input.value = '横浜'.repeat(150); input.dispatchEvent(new Event('input', { bubbles: true })); });
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(`${appUrl}/search?q=${encodeURIComponent('横浜'.repeat(100))}`);
  await expect(page.locator('#site-search')).toHaveAttribute('maxlength', '200');
  await expect(page.locator('#search-page-input')).toHaveAttribute('maxlength', '200');
});

test('the results page reflects the query in the URL and a cold open shows the same results', async ({ page, appUrl }) => {
  await page.goto('/search');
  await page.locator('#search-page-input').fill('ＣＯＰ２９');
  await expect(page).toHaveURL(`${appUrl}/search?q=${encodeURIComponent('ＣＯＰ２９')}`);
  await expect(page.locator('.search-result').first()).toBeVisible();
  const titles = await page.locator('.search-result > a').allTextContents();
  const groups = await page.locator('.search-group h2').allTextContents();
  expect(titles).toContain('UNFCCC-COP29');
  await page.goto(`/search?q=${encodeURIComponent('ＣＯＰ２９')}`);
  await expect(page.locator('.search-result > a')).toHaveText(titles);
  await expect(page.locator('.search-group h2')).toHaveText(groups);
  // Full-width input matched half-width text and is highlighted in the original.
  await expect(page.locator('.search-result mark').first()).toHaveText(/COP29/);
  await page.locator('.search-result > a', { hasText: 'UNFCCC-COP29' }).first().click();
  await expect(page).toHaveURL(`${appUrl}/highlights/cop29`);
});

test('text with % stays as typed, in the box, the URL and the results page', async ({ page, appUrl }) => {
  await page.goto('/');
  await ready(page);
  await page.locator('#site-search').fill('%20');
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(`${appUrl}/search?q=%2520`);
  await expect(page.locator('#search-page-input')).toHaveValue('%20');
  // Typed on the results page, key by key.
  await page.locator('#search-page-input').fill('');
  await page.locator('#search-page-input').pressSequentially('46%2030');
  await expect(page.locator('#search-page-input')).toHaveValue('46%2030');
  await expect(page).toHaveURL(`${appUrl}/search?q=46%252030`);
  // Opened cold.
  await page.goto(`/search?q=${encodeURIComponent('%41%42')}`);
  await expect(page.locator('#search-page-input')).toHaveValue('%41%42');
  // A URL longer than the box takes is cut to what the box takes.
  await page.goto(`/search?q=${'y'.repeat(300)}`);
  await expect(page.locator('#search-page-input')).toHaveValue('y'.repeat(200));
});

test('a search with no match says so helpfully', async ({ page, appUrl }) => {
  await page.goto(`/search?q=${encodeURIComponent('存在しないことば')}`);
  await expect(page.locator('.search-none')).toContainText('見つかりませんでした');
});

// Finding members by their reading: the readings come from the snapshot,
// katakana is made here by code point, romaji spellings are written out.
const member = (id) => report.municipalities.find((m) => m.id === id);
const readingOf = (id) => report.place_readings.find((r) => r.name === member(id).name).reading;
const toKatakana = (hiragana) => [...hiragana].map((c) => (c >= 'ぁ' && c <= 'ゖ' ? String.fromCodePoint(c.codePointAt(0) + 0x60) : c)).join('');
const byReading = [
  ['yokohama', 'yokohama'],
  ['sapporo', 'sapporo'],
  ['toukyou', 'tokyo'],
  ['tōkyō', 'tokyo'],
  ['kitakyushu', 'kitakyushu'],
  [readingOf('sapporo'), 'sapporo'],
  [toKatakana(readingOf('yokohama')), 'yokohama'],
  [toKatakana(readingOf('kobe')), 'kobe'],
];
for (const [query, id] of byReading) {
  test(`searching ${query} finds the member ${id} first, written as the report writes it`, async ({ page, basePath }) => {
    await page.goto(`/search?q=${encodeURIComponent(query)}`);
    const first = page.locator('.search-result').first();
    await expect(first.locator('a')).toHaveAttribute('href', `${basePath}/members/${id}`);
    await expect(first.locator('a')).toHaveText(member(id).name);
    await expect(first.locator('a mark').first()).toBeVisible();
    await expect(first.locator('.search-reading')).toHaveText(`よみ：${readingOf(id)}`);
  });
}

test('typing romaji in the header box suggests the member first, and Enter lands on it', async ({ page, appUrl }) => {
  const problems = watchConsole(page);
  await page.goto('/calendar');
  await ready(page);
  await page.locator('#site-search').focus();
  await page.keyboard.type('yokoh');
  const first = page.locator('#search-suggestions [role="option"]').first();
  await expect(first.locator('.search-option-title')).toContainText(member('yokohama').name);
  await page.keyboard.type('ama');
  await expect(first.locator('.search-option-title mark')).toHaveText(member('yokohama').name);
  await expect(first.locator('.search-reading')).toHaveText(`よみ：${readingOf('yokohama')}`);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${appUrl}/members/yokohama`);
  await expect(page.locator('main h1')).toHaveText(member('yokohama').name);
  expect(problems).toEqual([]);
});

test('a member name typed as written puts the member first among the suggestions', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  for (const id of ['yokohama', 'nagoya', 'kyoto']) {
    const name = member(id).name.replace(/[市区町村県都]$/, '');
    await page.locator('#site-search').fill(name);
    const first = page.locator('#search-suggestions [role="option"]').first();
    await expect(first.locator('.search-option-title')).toHaveText(member(id).name);
    // What it is, rather than its own name again.
    await expect(first.locator('.search-option-group')).toHaveText('会員自治体');
  }
});

test('a search that finds nothing offers close names, and each leads to results', async ({ page, appUrl }) => {
  await page.goto(`/search?q=${encodeURIComponent('よこはば')}`);
  await expect(page.locator('.search-none')).toContainText('見つかりませんでした');
  const offered = page.locator('.search-closest-list a');
  await expect(offered.first()).toBeVisible();
  const stem = member('yokohama').name.slice(0, -1);
  await page.locator('.search-closest-list a', { hasText: new RegExp(`^${stem}$`) }).click();
  await expect(page).toHaveURL(`${appUrl}/search?q=${encodeURIComponent(stem)}`);
  await expect(page.locator('.search-result > a').first()).toHaveText(member('yokohama').name);
  // Nothing close at all: the message alone.
  await page.goto(`/search?q=${encodeURIComponent('qqqq')}`);
  await expect(page.locator('.search-none')).toBeVisible();
  await expect(page.locator('.search-closest-list')).toHaveCount(0);
});

// Names and terms from different parts of the report, and where they must land.
const cases = [
  ['竹本', '/governance#takemoto-kazuhiko'],
  ['小布施', '/activities/support#turku-collaboration'],
  ['ゼロカーボン', '/pathways/zero-carbon'],
  ['Get Involved', '/membership#get-involved'],
  ['CBD-COP16', '/highlights/cbd-cop16'],
  ['バチカン', '/activities/support#vatican-climate-conference'],
  ['かふぇ', '/activities/support#iclei-cafe'],
  ['Malmö', '/iclei#katrin-stjernfeldt-jammeh'],
  ['高雄', '/activities/support#comp-kaohsiung-workshop'],
  ['139件', '/activities/spread#japan-initiatives'],
  ['ブリュッセル', '/iclei#brussels-office'],
  ['世界理事会', '/iclei#gexcom'],
];
for (const [query, href] of cases) {
  test(`searching ${query} lands on ${href}`, async ({ page, appUrl, basePath }) => {
    await page.goto(`/search?q=${encodeURIComponent(query)}`);
    const first = page.locator('.search-result > a').first();
    await expect(first).toHaveAttribute('href', `${basePath}${href}`);
    await first.click();
    await expect(page).toHaveURL(`${appUrl}${href}`);
    const fragment = href.split('#')[1];
    if (fragment) await expect(page.locator(`[id="${fragment}"]`)).toBeInViewport();
  });
}

test('the search page has no accessibility or console problems', async ({ page }) => {
  const problems = watchConsole(page);
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  // Plain results; results found by reading (marked titles, readings); nothing found, close names offered.
  for (const [query, shown] of [['横浜', '.search-result'], ['yokohama', '.search-reading'], ['よこはば', '.search-closest-list a']]) {
    await page.goto(`/search?q=${encodeURIComponent(query)}`);
    await expect(page.locator(shown).first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id), query).toEqual([]);
  }
  expect(problems).toEqual([]);
});

test('suggestions, results by reading and close names fit a phone and a desktop', async ({ page }) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await ready(page);
    const box = page.locator('#site-search');
    await box.fill('yokohama');
    await expect(page.locator('#search-suggestions .search-reading').first()).toBeVisible();
    await page.screenshot({ path: screenshotPath(`search-suggestions-${width}.png`) });
    for (const [query, name, shown] of [['yokohama', 'reading', '.search-reading'], ['よこはば', 'closest', '.search-closest-list a']]) {
      await page.goto(`/search?q=${encodeURIComponent(query)}`);
      await expect(page.locator(shown).first()).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: screenshotPath(`search-${name}-${width}.png`) });
    }
  }
});
