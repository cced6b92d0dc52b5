// Member pages, the filterable members index and calendar, and the charts.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, report, ready, screenshotPath } from './helpers.mjs';
import { appearancesOf, namedBy } from './expected.mjs';

const members = report.municipalities.filter((m) => m.member);

test('every member page is reachable from /members and lists every appearance', async ({ page, appUrl, basePath }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const member of members) {
    await page.goto('/members');
    await ready(page);
    await page.locator(`#${member.id} h3 a`).click();
    await expect(page).toHaveURL(`${appUrl}/members/${member.id}`);
    await expect(page.locator('main h1')).toHaveText(member.name);
    // The page's code may still be on its way (the first member page).
    await expect(page.locator('main article[aria-busy]')).toHaveCount(0);
    const expected = appearancesOf(member.id);
    if (expected.length === 0) await expect(page.locator('main')).toContainText('報告書の他の箇所には登場しません');
    const shown = await page.locator('.appearance-group a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const href of shown) expect(href.startsWith(`${basePath}/`), href).toBe(true);
    expect(shown.map(namedBy).sort(), member.id).toEqual(expected);
  }
});

test('/members/yokohama shows what the report says about Yokohama', async ({ page, basePath }) => {
  await page.goto('/members/yokohama');
  const links = page.locator('.appearance-group a');
  for (const href of ['/highlights/cop29', '/highlights/cbd-cop16', '/activities/support#vatican-climate-conference',
    '/governance#board', '/activities/advocate#lgma-joint-position', '/calendar#climate-week-nyc']) {
    await expect(links.and(page.locator(`[href="${basePath}${href}"]`)), href).toHaveCount(1);
  }
  // Each link lands on its item.
  await page.locator(`.appearance-group a[href="${basePath}/activities/support#vatican-climate-conference"]`).click();
  await expect(page.locator('#vatican-climate-conference')).toHaveClass(/is-target/);
  await expect(page.locator('#vatican-climate-conference')).toBeInViewport();
});

test('the members index filters and sorts, with the state in the URL', async ({ page, appUrl }) => {
  await page.goto('/members');
  await ready(page);
  await expect(page.locator('.member-card')).toHaveCount(26);
  await page.getByRole('link', { name: '都道府県' }).click();
  await expect(page).toHaveURL(`${appUrl}/members?level=prefecture`);
  await expect(page.locator('.member-card h3')).toHaveText(['愛知県', '東京都', '鳥取県', '長野県']);
  await page.getByRole('link', { name: '登場回数の多い順' }).click();
  await expect(page).toHaveURL(`${appUrl}/members?level=prefecture&sort=activity`);
  const counts = await page.locator('.member-count').allTextContents();
  expect(counts.map(Number)).toEqual([...counts.map(Number)].sort((a, b) => b - a));
  const shown = await page.locator('.member-card h3').allTextContents();
  // A cold open of the URL shows the same list.
  await page.goto('/members?level=prefecture&sort=activity');
  await expect(page.locator('.member-card h3')).toHaveText(shown);
  await expect(page.getByRole('link', { name: '都道府県' })).toHaveAttribute('aria-current', 'true');
  await page.goto('/members?sort=activity');
  await expect(page.locator('.member-card h3').first()).toHaveText('横浜市');
});

test('filtering the calendar by a member updates the URL and the list; a cold open agrees', async ({ page, appUrl }) => {
  await page.goto('/calendar');
  await ready(page);
  const total = report.events.length;
  await expect(page.locator('.event')).toHaveCount(total);
  await page.locator('#filter-member').selectOption('yokohama');
  await expect(page).toHaveURL(`${appUrl}/calendar?member=yokohama`);
  const expected = report.events.filter((e) => e.members.includes('yokohama')).length;
  await expect(page.locator('.event')).toHaveCount(expected);
  const ids = await page.locator('.event').evaluateAll((els) => els.map((e) => e.id));
  for (const id of ids) expect(report.events.find((e) => e.id === id).members).toContain('yokohama');
  await page.locator('#filter-kind').selectOption('international-conference');
  await expect(page).toHaveURL(`${appUrl}/calendar?member=yokohama&kind=international-conference`);
  const filtered = await page.locator('.event').evaluateAll((els) => els.map((e) => e.id));
  expect(filtered.length).toBeGreaterThan(0);
  expect(filtered.length).toBeLessThan(ids.length);
  await page.goto('/calendar?member=yokohama&kind=international-conference');
  await expect(page.locator('.event')).toHaveCount(filtered.length);
  expect(await page.locator('.event').evaluateAll((els) => els.map((e) => e.id))).toEqual(filtered);
  await expect(page.locator('#filter-member')).toHaveValue('yokohama');
  await page.goBack();
  await expect(page.locator('.event')).toHaveCount(ids.length);
  await page.locator('.clear-filters').click();
  await expect(page.locator('.event')).toHaveCount(total);
});

test('a link to an event the filters hide says so, and shows it with the filters cleared', async ({ page, appUrl }) => {
  const hidden = report.events.filter((e) => !e.members.includes('yokohama')).at(-1);
  const listed = report.events.find((e) => e.members.includes('yokohama'));
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    await page.goto(`/calendar?member=yokohama#${listed.id}`);
    await ready(page);
    await expect(page.locator(`#${listed.id}`)).toHaveClass(/is-target/);
    await expect(page.locator('.hidden-event')).toHaveCount(0);

    await page.goto(`/calendar?member=yokohama#${hidden.id}`);
    await ready(page);
    const note = page.locator('.hidden-event');
    await expect(note).toContainText(`「${hidden.title}」`);
    // The note stands in for the event: the fragment's target, in view
    // (the static page, unfiltered, had the browser scroll to the event).
    await expect(page.locator(`.event#${hidden.id}`)).toHaveCount(0);
    await expect(note).toHaveClass(/is-target/);
    await expect(note).toBeInViewport();
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      // The target's highlight fades to the new scheme's colour (a CSS transition).
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
      await page.screenshot({ path: screenshotPath(`calendar-hidden-event-${width}-${colorScheme}.png`) });
      const { violations } = await new AxeBuilder({ page }).include('.hidden-event').analyze();
      expect(violations, colorScheme).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await note.getByRole('link', { name: '絞り込みを解除して表示' }).click();
    await expect(page).toHaveURL(`${appUrl}/calendar#${hidden.id}`);
    const event = page.locator(`.event#${hidden.id}`);
    await expect(event).toHaveClass(/is-target/);
    await expect(event).toBeFocused();
    await expect(event).toBeInViewport();
    await expect(note).toHaveCount(0);
    await expect(page.locator('#filter-member')).toHaveValue('');
  }
});

test('a filter changed on a page opened at an event keeps the reader at the filter', async ({ page, appUrl }) => {
  const event = report.events.find((e) => !e.members.includes('yokohama'));
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    await page.goto(`/calendar#${event.id}`);
    await ready(page);
    await expect(page.locator(`#${event.id}`)).toHaveClass(/is-target/);
    const filter = page.locator('#filter-member');
    await filter.focus();
    const before = await page.evaluate(() => window.scrollY);
    await filter.selectOption('yokohama');
    await expect(page).toHaveURL(`${appUrl}/calendar?member=yokohama`);
    await expect(page.locator('.event')).toHaveCount(report.events.filter((e) => e.members.includes('yokohama')).length);
    // Nothing is an arrival here: no jump, focus stays on the filter.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await expect(filter).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    await expect(filter).toBeInViewport();
    await expect(page.locator('.is-target')).toHaveCount(0);
  }
});

test('a filter changed while the reader is down the list leaves the page where it was', async ({ page, appUrl }) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    await page.goto('/calendar?member=aichi');
    await ready(page);
    // The reader focused the filter, then scrolled on down the list.
    const filter = page.locator('#filter-member');
    await filter.focus();
    await page.evaluate(() => window.scrollTo(0, 1000));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(1000);
    await filter.evaluate((select) => {
      select.value = 'yokohama';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect(page).toHaveURL(`${appUrl}/calendar?member=yokohama`);
    await expect(page.locator('.event')).toHaveCount(report.events.filter((e) => e.members.includes('yokohama')).length);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.evaluate(() => window.scrollY)).toBe(1000);
    await expect(filter).toBeFocused();
  }
});

test('ICLEI Café sessions and endorsed events can be picked out', async ({ page }) => {
  await page.goto('/calendar?kind=iclei-cafe');
  await expect(page.locator('.event')).toHaveCount(report.events.filter((e) => e.kind === 'iclei-cafe').length);
  await page.goto('/calendar?kind=endorsed');
  await expect(page.locator('.event')).toHaveCount(report.events.filter((e) => e.endorsed).length);
  await page.goto('/calendar?member=sado&kind=webinar');
  await expect(page.locator('.result-count')).toHaveText('0件');
});

test('the charts are accessible images with a table alternative', async ({ page }) => {
  await page.goto('/members');
  const chart = page.locator('#activity-chart');
  await expect(chart.locator('svg[role="img"]')).toHaveAttribute('aria-labelledby', 'activity-chart-title activity-chart-desc');
  await expect(chart.locator('svg title')).toHaveText('会員自治体ごとの報告書での登場回数');
  await expect(chart.locator('rect')).toHaveCount(26);
  await expect(chart.locator('table tbody tr')).toHaveCount(26);
  const yokohama = appearancesOf('yokohama').length;
  await expect(chart.locator('tr', { hasText: '横浜市' }).locator('td')).toHaveText(String(yokohama));
  await page.goto('/calendar');
  const months = page.locator('#month-chart');
  await expect(months.locator('table tbody tr')).toHaveCount(12);
  const sum = (await months.locator('td').allTextContents()).map(Number).reduce((a, b) => a + b, 0);
  expect(sum).toBe(report.events.length);
});
