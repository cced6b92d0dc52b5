// Search from every page, shareable result URLs, and landing on the item.
import { expect, test, report, ready, watchConsole } from './helpers.mjs';

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

test('a search with no match says so helpfully', async ({ page, appUrl }) => {
  await page.goto(`/search?q=${encodeURIComponent('存在しないことば')}`);
  await expect(page.locator('.search-none')).toContainText('見つかりませんでした');
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
  await page.goto(`/search?q=${encodeURIComponent('横浜')}`);
  await expect(page.locator('.search-result').first()).toBeVisible();
  expect(report.municipalities.length).toBeGreaterThan(0);
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  expect(problems).toEqual([]);
});
