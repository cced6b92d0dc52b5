// The CSV downloads: linked from the page of each list, saved (not opened)
// on both builds, UTF-8 with a BOM, one record per item of the snapshot.
// Their fields are compared with the snapshot natively (tests/downloads.rs).
import { readFileSync } from 'node:fs';
import { expect, test, report, ready, watchConsole } from './helpers.mjs';

const initiativesChapter = report.chapters.find((c) => c.sections.some((s) => s.blocks.some((b) => b.type === 'initiatives'))).id;
const seats = report.japan.bodies.reduce((n, b) => n + b.seats.length, 0);
const leaders = report.world.leader_groups.reduce((n, g) => n + g.leaders.length, 0);

const downloads = [
  { page: '/calendar', name: 'イベント一覧をCSVでダウンロード', file: 'events.csv', header: 'id,start_date,end_date,date_as_printed,title,subtitle,kind,kind_ja,organizer,co_organizer,endorsed,in_calendar,place,members,member_ids,url', rows: report.events.length, first: report.events[0].id },
  { page: '/members', name: '会員自治体一覧をCSVでダウンロード', file: 'members.csv', header: 'id,name,reading,level,head_title,head_name,appearances,', rows: report.japan.member_list.regular.length, first: report.japan.member_list.regular[0] },
  { page: '/governance', name: '役員・リーダー一覧をCSVでダウンロード', file: 'roles.csv', header: 'body_id,body,role,name,name_en,affiliation,municipality_id,url', rows: seats + leaders, first: report.japan.bodies[0].id },
  { page: '/iclei', name: '事務所一覧をCSVでダウンロード', file: 'offices.csv', header: 'id,name,city,country,url', rows: report.world.offices.length, first: report.world.offices[0].id },
  { page: `/activities/${initiativesChapter}`, name: '国際イニシアティブ一覧をCSVでダウンロード', file: 'initiatives.csv', header: 'id,name,name_en,members,member_ids,url', rows: report.initiatives.length, first: report.initiatives[0].id },
];

for (const d of downloads) {
  test(`${d.page} links to ${d.file}, which downloads with a BOM and one record per item`, async ({ page, basePath }) => {
    const problems = watchConsole(page);
    await page.goto(d.page);
    await ready(page);
    const link = page.getByRole('link', { name: d.name });
    await expect(link).toHaveCount(1);
    await expect(link).toHaveAttribute('href', `${basePath}/data/${d.file}`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(d.file);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    const records = text.split('\r\n');
    expect(records.pop()).toBe(''); // the last record ends in CRLF too
    expect(records[0].startsWith(d.header)).toBe(true);
    expect(records.length - 1).toBe(d.rows);
    expect(records[1].startsWith(`${d.first},`)).toBe(true);
    // The page stayed where it was: a download is not a navigation.
    await expect(page.locator('main h1')).toBeVisible();
    expect(problems).toEqual([]);
  });
}
