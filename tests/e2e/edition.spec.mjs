// The reading edition: member pages that tell what a member did, editorial
// notes as footnotes, corrected slips, the about page with citations and
// data files, and the whole report on one page, printed to PDF.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, test, report, routes } from './helpers.mjs';
import { headingOf } from './expected.mjs';

const yokohama = report.municipalities.find((m) => m.id === 'yokohama');
const footnoteKinds = ['contradiction', 'editorial'];

test('a member page tells what the member did: summary, dates in order, roles, the report\'s sentences', async ({ page, basePath }) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/members/yokohama');
    // Events that list Yokohama or whose calendar entry names it.
    const named = (e) => [e.title, e.subtitle, e.organizer, e.co_organizer, e.place].some((s) => s?.includes(yokohama.name));
    const events = report.events.filter((e) => e.members.includes('yokohama') || named(e)).length;
    const summary = page.locator('.summary-counts > div');
    await expect(summary.filter({ hasText: 'イベント' }).locator('dd')).toHaveText(`${events}件`);
    const seats = report.japan.bodies.flatMap((b) => b.seats).filter((s) => s.municipality === 'yokohama');
    await expect(summary.filter({ hasText: 'イクレイ日本での役職' }).locator('dd')).toHaveText(`${seats.length}件`);
    for (const seat of seats) {
      const name = report.people.find((p) => p.id === seat.person).name;
      await expect(page.locator('.member-seats li').filter({ hasText: name })).toContainText(seat.role);
    }
    // The dated group is in date order and holds every dated event.
    const dates = await page.locator('.appearance-group').first().locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
    expect(dates.length).toBeGreaterThanOrEqual(events);
    expect([...dates].sort()).toEqual(dates);
    // The report's words, the name marked; the role the calendar states.
    const marks = await page.locator('.passage mark').allTextContents();
    expect(marks.length).toBeGreaterThan(10);
    for (const mark of marks) expect([yokohama.name, ...(yokohama.aliases ?? [])]).toContain(mark);
    const workshop = report.events.find((e) => e.organizer?.includes(yokohama.name));
    const item = page.locator('.appearance').filter({ has: page.locator(`a[href="${basePath}/calendar#${workshop.id}"]`) });
    await expect(item.locator('.role').first()).toHaveText('主催');
    await expect(item.locator('.passage')).toContainText(workshop.organizer);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
});

test('editorial notes are footnotes: once per page, numbered, linked both ways', async ({ page, appUrl }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/highlights/cop29');
  const highlight = report.highlights.find((h) => h.id === 'cop29');
  const tags = ['highlight:cop29', ...highlight.stories.map((s) => `story:${s.id}`)];
  const notes = report.discrepancies.filter((d) => footnoteKinds.includes(d.kind) && d.applies_to.some((t) => tags.includes(t)));
  const refs = notes.flatMap((d) => d.applies_to.filter((t) => tags.includes(t)));
  expect(notes.length).toBeGreaterThan(0);
  await expect(page.locator('.page-notes > ol > li')).toHaveCount(notes.length);
  await expect(page.locator('.note-ref')).toHaveCount(refs.length);
  for (const note of notes) await expect(page.locator(`#note-${note.id}`)).toContainText(note.note);
  // Down to the note and back to the place it applies to.
  const first = page.locator('.note-ref').first();
  await expect(first).toHaveText('注1');
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/highlights/cop29#note-${notes[0].id}$`));
  const target = page.locator(`#note-${notes[0].id}`);
  await expect(target).toHaveClass(/is-target/);
  await expect(target).toBeInViewport();
  // The keyboard continues from the note: its back link is the next stop.
  await expect(target).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(target.locator('.note-back').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(first).toHaveClass(/is-target/);
  await expect(first).toBeFocused();
  // The marker comes back in the middle of the window, with its text.
  const box = await first.boundingBox();
  expect(box.y).toBeGreaterThan(100);
  expect(box.y + box.height).toBeLessThan(700);
  // Slips shown corrected carry no note; no reader sees the old boxes.
  await expect(page.locator('main')).toContainText('Local Government');
  await expect(page.locator('main')).not.toContainText('local Government');
  await expect(page.locator('aside.note')).toHaveCount(0);
  expect(appUrl).toBeTruthy();
});

test('the about page lists every correction and note, and the footer names the real source', async ({ page, appUrl, basePath }) => {
  await page.goto('/');
  const footer = page.locator('footer');
  await expect(footer).toContainText(report.meta.source);
  await footer.getByRole('link', { name: 'このデジタル版について' }).click();
  await expect(page).toHaveURL(`${appUrl}/about`);
  await expect(page.locator('main h1')).toHaveText('このデジタル版について');
  await expect(page.locator('main')).toContainText(report.meta.publisher);
  const corrected = report.discrepancies.filter((d) => d.kind === 'corrected');
  expect(corrected.length).toBe(5);
  const rows = page.locator('#about-corrections ~ table tbody tr');
  await expect(rows).toHaveCount(corrected.length);
  for (const [i, d] of corrected.entries()) {
    await expect(rows.nth(i).locator('td').nth(1)).toHaveText(d.correction.original);
    await expect(rows.nth(i).locator('td').nth(2)).toHaveText(d.correction.corrected);
  }
  for (const d of report.discrepancies.filter((x) => x.kind !== 'corrected')) {
    await expect(page.locator('.about-notes > li').filter({ hasText: d.note })).toHaveCount(1);
  }
  const json = page.getByRole('link', { name: '報告書データ（JSON）' });
  expect(await json.getAttribute('href')).toBe(`${basePath}/data/report.json`);
  // Served under one name for every edition, saved under its own.
  expect(await json.getAttribute('download')).toBe('report-2024.json');
  const response = await page.request.get(`${appUrl}/data/report.json`);
  expect((await response.json()).schema_version).toBe(report.schema_version);
});

test('no page shows an internal file name', async ({ page, appUrl }) => {
  for (const entry of [...routes.pages, ...routes.other_pages]) {
    const html = await (await page.request.get(`${appUrl}${entry.path}`)).text();
    expect(html, entry.path).not.toMatch(/seed|000_f5a27/);
  }
});

test('every page has a citation line that copies', async ({ page, context, appUrl }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(appUrl).origin });
  await page.goto('/members/yokohama');
  const expected = `${report.meta.publisher}「${report.meta.title}」デジタル版「${yokohama.name}」${appUrl}/members/yokohama`;
  await expect(page.locator('.citation-text')).toHaveText(expected);
  await page.getByRole('button', { name: '引用をコピー' }).click();
  await expect(page.locator('.citation [role=status]')).toHaveText('引用をコピーしました');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
});

test('the whole report on one page, linked from the start page and the footer, prints every part', async ({ page, appUrl }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page.locator('main').getByRole('link', { name: '報告書全体を1ページで読む・印刷する' })).toBeVisible();
  await page.locator('footer').getByRole('link', { name: '報告書全体を1ページで読む・印刷する' }).click();
  await expect(page).toHaveURL(`${appUrl}/print`);
  // The print button opens the browser's print dialog, once every part
  // (each with its page's code) is in.
  await page.evaluate(() => {
    window.printed = [];
    window.print = () => { window.printed.push(document.querySelector('main article[aria-busy]') === null); };
  });
  await page.getByRole('button', { name: '印刷する・PDFに保存する' }).click();
  await expect.poll(() => page.evaluate(() => window.printed)).toEqual([true]);
  // Every id on the page that holds every part is there once (each part's
  // are prefixed with the part's), and so is every sentence of the
  // report's prose, over the whole page.
  const repeated = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    // The report's prose: sentences of its paragraphs and list items (a
    // note that applies to two parts is listed with each part's notes).
    const sentences = [...document.querySelectorAll('main .print-part :is(p, li)')]
      .filter((e) => !e.closest('.page-notes') && !e.querySelector('p, li'))
      .flatMap((e) => e.innerText.split(/(?<=。)/))
      .map((s) => s.trim())
      .filter((s) => s.length >= 20 && s.endsWith('。'));
    const twice = (list) => [...new Set(list.filter((x, i) => list.indexOf(x) !== i))];
    return { ids: twice(ids), sentences: twice(sentences) };
  });
  expect(repeated).toEqual({ ids: [], sentences: [] });

  const pdf = await page.pdf({ format: 'A4' });
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((item) => item.str).join('');
  }
  // The system font's glyphs map some kanji to radicals in the PDF's text
  // (⽇ for 日, ⻑ for 長, ⼾ for 戸) and ・ to ‧: compare folded. NFKC takes
  // the Kangxi radicals; the rest are listed.
  const radicals = { '戶': '戸', '⻑': '長', '⻘': '青', '⻯': '竜', '⺠': '民', '‧': '・', '‒': '–' };
  const fold = (s) => [...s.normalize('NFKC')].map((c) => radicals[c] ?? c).join('').replace(/\s+/g, '');
  text = fold(text);
  expect(doc.numPages).toBeGreaterThan(20);
  const parts = routes.pages.filter((p) => !p.path.startsWith('/members/') && !['/calendar', '/activities'].includes(p.path));
  const expected = [
    ...parts.map((p) => headingOf(p.path)),
    ...report.chapters.flatMap((c) => c.sections.map((s) => s.title)),
    ...report.highlights.flatMap((h) => [h.title, ...h.stories.map((s) => s.title)]),
    ...report.events.map((e) => e.title),
    ...report.municipalities.filter((m) => m.member).map((m) => m.name),
    ...report.world.offices.map((o) => o.name),
    ...report.discrepancies.filter((d) => footnoteKinds.includes(d.kind)).map((d) => d.note),
  ];
  const missing = expected.filter((s) => !text.includes(fold(s)));
  expect(missing).toEqual([]);
  // On paper: no site header, search, copy or embed controls.
  for (const control of ['本文へスキップ', 'リンクをコピー', 'このページを埋め込む', '印刷する・PDFに保存する', 'ダークモード', 'このデジタル版について', '↩']) {
    expect(text).not.toContain(fold(control));
  }
});

for (const path of ['/about', '/print']) {
  test(`axe finds nothing on ${path} in light and dark; it fits a phone`, { tag: '@base-independent' }, async ({ page }) => {
    // /print holds the whole report: axe takes about a minute on it here.
    test.setTimeout(180_000);
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at 390 px`).toBeLessThanOrEqual(390);
      await page.setViewportSize({ width: 1280, height: 900 });
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), `${path} in ${colorScheme}`).toEqual([]);
    }
  });
}

test('printed on A5 and on A4, every table and every other element fits the width of the sheet', async ({ page }) => {
  test.setTimeout(120_000);
  // The chapters with tables, and the whole report.
  const paths = [
    ...report.chapters.filter((c) => c.sections.some((s) => s.blocks.some((b) => b.type === 'table'))).map((c) => `/activities/${c.id}`),
    '/print',
  ];
  expect(paths.length).toBeGreaterThan(1);
  await page.emulateMedia({ media: 'print' });
  // The sheet's width less the page margins of style/main.css (12 mm a side), in CSS px.
  for (const [format, sheetMm] of [['A5', 148], ['A4', 210]]) {
    await page.setViewportSize({ width: Math.floor(((sheetMm - 24) * 96) / 25.4), height: 1000 });
    for (const path of paths) {
      await page.goto(path);
      const tables = await page.locator('main table').count();
      if (path !== '/print') expect(tables, `${path} has its table`).toBeGreaterThan(0);
      const wide = await page.evaluate(() => {
        const page = document.documentElement.clientWidth;
        return [...document.querySelectorAll('body *')]
          .filter((e) => {
            const box = e.getBoundingClientRect();
            // Visually hidden text (one clipped pixel) is for screen readers.
            if (box.width <= 1 || getComputedStyle(e).display === 'none') return false;
            const clipped = e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible';
            return box.right > page + 0.5 || clipped;
          })
          .map((e) => `${e.tagName.toLowerCase()}.${e.className} (${Math.round(e.getBoundingClientRect().right)} px, scroll ${e.scrollWidth}/${e.clientWidth})`);
      });
      expect(wide, `${path} on ${format}`).toEqual([]);
    }
  }
});
