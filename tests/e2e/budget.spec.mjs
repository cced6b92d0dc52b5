// Byte budgets of the cold first view (bytes are deterministic, so they may
// be tests; timings are only benchmarked). A failure prints the breakdown.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { firstViewBytes, firstViewRequests } from '../../bench/bytes.mjs';
import { expect, test, routes } from './helpers.mjs';
import { headingOf } from './expected.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const budgets = JSON.parse(readFileSync(here('../../bench/budgets.json'), 'utf8'));
/** The build each project serves: at the root, or under /report/2024/. */
const distOf = (basePath) => here(basePath ? '../../target/dist-sub' : '../../dist');

/**
 * The chunk of page code (src/app/pages/mod.rs, `page_code!`) each top-level
 * page is in, by path: written out here, not read from the build.
 */
const CHUNK_OF = {
  '/': 'overview', '/pathways': 'pathways', '/membership': 'membership', '/governance': 'governance',
  '/message': 'message', '/members': 'members', '/highlights': 'highlights', '/activities': 'activities',
  '/calendar': 'calendar', '/iclei': 'world',
};

test('every top-level page is in a chunk of page code', () => {
  expect(Object.keys(CHUNK_OF).sort()).toEqual(routes.pages.filter((p) => p.top_level).map((p) => p.path).sort());
});

for (const entry of routes.pages.filter((p) => p.top_level)) {
  test(`the first view of ${entry.path} loads the code of its own page, not of the others`, async ({ page, basePath }) => {
    const requested = await firstViewRequests(page, entry.path, basePath);
    await expect(page.locator('main h1')).toHaveText(headingOf(entry.path));
    const pageCode = requested.map((path) => path.match(/^\/iclei-report-[0-9a-f]+\/split_(\w+)\.wasm$/)?.[1]).filter(Boolean);
    expect(pageCode).toEqual([CHUNK_OF[entry.path]]);
    // Every other file of page code a page of it needs, from the same build's folder.
    const folders = new Set(requested.filter((path) => path.endsWith('.wasm')).map((path) => path.split('/').slice(0, -1).join('/')));
    expect(folders.size, [...folders].join(', ')).toBe(2); // the main module's and the chunks'
  });

  test(`the first view of ${entry.path} stays within its byte budgets`, async ({ page, basePath }) => {
    const requested = await firstViewRequests(page, entry.path, basePath);
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
