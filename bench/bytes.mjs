// Bytes of a first view: the files a cold load requested, by kind, raw and
// compressed as the build precompressed them. Shared by the benchmark and
// the byte-budget test.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/** The goal of the performance issue, in bytes (brotli). */
export const GOAL = { totalBr: 145 * 1024, wasmBr: 110 * 1024 };

const KINDS = { '.html': 'html', '.js': 'js', '.wasm': 'wasm', '.json': 'json', '.css': 'css',
  '.svg': 'images', '.png': 'images', '.ico': 'images', '.woff2': 'fonts', '.woff': 'fonts' };

/**
 * The kind of a file of the build: `wasm` is the main module, `chunks` the
 * page code in the folder of scripts/split-wasm (`iclei-report-HASH/`); the
 * maps (data/map-*.json) are data of their own, on two pages only.
 */
export function kindOf(file) {
  if (/[/\\]data[/\\]map-[a-z]+\.json$/.test(file)) return 'maps';
  if (/[/\\]iclei-report-[0-9a-f]+[/\\][^/\\]+\.wasm$/.test(file)) return 'chunks';
  return KINDS[extname(file)] ?? 'other';
}

function sizes(file) {
  const raw = statSync(file).size;
  const compressed = (suffix, compress) => (existsSync(file + suffix) ? statSync(file + suffix).size : compress(readFileSync(file)).length);
  return { raw, gz: compressed('.gz', gzipSync), br: compressed('.br', brotliCompressSync) };
}

/** The file a path is served from, as tests/e2e/server.mjs serves it. */
function fileOf(dist, path) {
  const candidate = join(dist, decodeURIComponent(path));
  const isFile = (f) => existsSync(f) && statSync(f).isFile();
  return [candidate, join(candidate, 'index.html'), join(dist, 'app.html')].find(isFile) ?? join(dist, 'index.html');
}

/**
 * `requested`: URL paths a cold load fetched (base `/`). A path that is not a
 * file is the document: the page's prerendered HTML, or the app shell.
 */
export function firstViewBytes(dist, requested) {
  const result = { total: { raw: 0, gz: 0, br: 0 } };
  for (const path of new Set(requested)) {
    const file = fileOf(dist, path);
    const kind = kindOf(file);
    const s = sizes(file);
    result[kind] ??= { raw: 0, gz: 0, br: 0, files: [] };
    for (const k of ['raw', 'gz', 'br']) {
      result[kind][k] += s[k];
      result.total[k] += s[k];
    }
    result[kind].files.push(file.slice(dist.length + 1));
  }
  return result;
}

/**
 * The URL paths (under `basePath`, e.g. `/report/2024`) that a cold load of
 * `url` in `page` (a Playwright page) fetched for its first view: those that
 * started before the page was in (the app's `route:rendered` mark). Read from
 * the page's own Navigation and Resource Timing entries, on the page's clock:
 * the other pages' code, which the app fetches a second after the mark, is
 * never counted however late the test gets to look (a busy machine once
 * counted it when requests were collected as they came).
 */
export async function firstViewRequests(page, url, basePath = '') {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('route:rendered').length > 0);
  // A fetch gets its Resource Timing entry when it ends: let those in
  // flight at the mark end.
  await page.waitForLoadState('networkidle');
  const urls = await page.evaluate(() => {
    const end = performance.getEntriesByName('route:rendered')[0].startTime;
    return [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
      .filter((entry) => entry.startTime <= end)
      .map((entry) => entry.name);
  });
  return urls.map((name) => new URL(name).pathname.slice(basePath.length));
}
