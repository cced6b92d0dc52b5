// Byte budgets of the cold first view (bytes are deterministic, so they may
// be tests; timings are only benchmarked). A failure prints the breakdown.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { firstViewBytes } from '../../bench/bytes.mjs';
import { expect, test, routes } from './helpers.mjs';
import { headingOf } from './expected.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const budgets = JSON.parse(readFileSync(here('../../bench/budgets.json'), 'utf8'));
/** The build each project serves: at the root, or under /report/2024/. */
const distOf = (basePath) => here(basePath ? '../../target/dist-sub' : '../../dist');

for (const entry of routes.pages.filter((p) => p.top_level)) {
  test(`the first view of ${entry.path} stays within its byte budgets`, async ({ page, basePath }) => {
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname.slice(basePath.length)));
    await page.goto(entry.path, { waitUntil: 'networkidle' });
    await expect(page.locator('main h1')).toHaveText(headingOf(entry.path));
    const bytes = firstViewBytes(distOf(basePath), requested);
    const breakdown = Object.entries(bytes)
      .map(([kind, b]) => `${kind}: ${b.br} B br (${b.raw} raw, ${b.gz} gzip)${b.files ? ` ${b.files.join(', ')}` : ''}`)
      .join('\n');
    for (const [kind, budget] of Object.entries(budgets).filter(([k]) => !k.startsWith('_'))) {
      expect(bytes[kind]?.br ?? 0, `${kind} over budget ${budget} B br\n${breakdown}`).toBeLessThanOrEqual(budget);
    }
    // No web fonts, and nothing outside the known kinds.
    expect(bytes.fonts, breakdown).toBeUndefined();
    expect(bytes.other, breakdown).toBeUndefined();
  });
}
