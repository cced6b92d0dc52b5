// The benchmark: bytes of the cold first view of every top-level route,
// Lighthouse 12.2.3 mobile scores, long tasks while the app takes over a
// prerendered page on a 4× slowed CPU, client-side route-switch times, snapshot
// fetch/parse/validate and search timings in headless Chromium. Timings are
// reported, never asserted. Run through `scripts/bench` (it builds first).
//   node bench/run.mjs <dist> [--no-lighthouse] [--takeover-loads N]
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { startServer } from '../tests/e2e/server.mjs';
import { firstViewBytes, firstViewRequests, GOAL } from './bytes.mjs';

const execFileAsync = promisify(execFile);
const dist = process.argv[2] ?? 'dist';
const withLighthouse = !process.argv.includes('--no-lighthouse');
// Cold loads of each route measured at 4× CPU (the phases vary by ±30 % from
// load to load): `--takeover-loads 5` reports the median and the worst.
const takeoverLoadsAt = process.argv.indexOf('--takeover-loads');
const TAKEOVER_LOADS = takeoverLoadsAt > 0 ? Number(process.argv[takeoverLoadsAt + 1]) : 1;
if (!(TAKEOVER_LOADS >= 1)) throw new Error('--takeover-loads: a count of cold loads, 1 or more');
const PORT = 4190;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const routes = JSON.parse(readFileSync('target/e2e/routes.json', 'utf8'));
const topLevel = routes.pages.filter((p) => p.top_level).map((p) => p.path);

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const median = (values) => percentile(values, 50);
// A prerendered page is on screen before the app; measure the app once it has taken over.
const tookOver = (page) => page.waitForFunction(() => !document.getElementById('prerendered'));
const kib = (n) => (n / 1024).toFixed(1);
const ms = (n) => (n === undefined ? '—' : n.toFixed(2));

const server = await startServer({ root: dist, port: PORT, base: '/', headers: {} });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });

// 1. Bytes of the cold first view, per route and kind.
const bytes = {};
const timings = { fetch: [], parse: [] };
for (const path of topLevel) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  bytes[path] = firstViewBytes(dist, await firstViewRequests(page, `${ORIGIN}${path}`));
  await tookOver(page);
  const measure = (name) => page.evaluate((n) => performance.getEntriesByName(n)[0]?.duration, name);
  timings.fetch.push(await measure('snapshot:fetch'));
  // Parse and check run in separate tasks; their sum is the work.
  timings.parse.push((await measure('snapshot:parse')) + (await measure('snapshot:check')));
  await context.close();
}

// 1b. Long tasks while the app takes over a prerendered page, on a CPU
// slowed 4× (Lighthouse's mobile profile): from the navigation to the
// takeover and half a second after it. Blocking = the part of each task over
// 50 ms, summed (what Lighthouse's TBT adds up). Each task is put in the
// phase it starts in: the static page (before the wasm has arrived: the
// browser parsing and laying out the prerendered HTML), the app's start
// (wasm instantiated, the shell mounted, until the snapshot is in), the
// render (parse and validate, then the page in its hidden element, until
// `route:rendered`) and the swap (the app's page shown, laid out, painted).
const PHASES = ['static page', 'app start', 'render', 'swap'];
/** One cold load of `path` at 4×: its long tasks, in all and by phase. */
async function takeoverLoad(path) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration }))))
      .observe({ type: 'longtask', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`${ORIGIN}${path}`);
  await tookOver(page);
  const tookOverAt = await page.evaluate(() => performance.now());
  await page.waitForTimeout(500);
  const { tasks, wasmAt, fetchedAt, renderedAt } = await page.evaluate(() => ({
    tasks: window.longTasks,
    // The main module (its page's chunks are preloaded beside it).
    wasmAt: performance.getEntriesByType('resource').find((e) => e.name.endsWith('_bg.wasm'))?.responseEnd ?? 0,
    fetchedAt: performance.getEntriesByName('snapshot:fetched')[0]?.startTime ?? 0,
    renderedAt: performance.getEntriesByName('route:rendered')[0]?.startTime ?? 0,
  }));
  await context.close();
  const phaseOf = (t) => (t.start < wasmAt ? 0 : t.start < fetchedAt ? 1 : t.start <= renderedAt ? 2 : 3);
  const phases = Object.fromEntries(PHASES.map((name, i) => {
    const inPhase = tasks.filter((t) => phaseOf(t) === i);
    return [name, { longestMs: Math.max(0, ...inPhase.map((t) => t.duration)), blockingMs: inPhase.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0) }];
  }));
  return {
    tookOverMs: tookOverAt,
    longTasks: tasks.length,
    longestMs: Math.max(0, ...tasks.map((t) => t.duration)),
    blockingMs: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
    phases,
  };
}

// Each figure is the median over the loads; `worstMs` the longest task of
// each phase in any load.
const takeover = {};
for (const path of topLevel) {
  const loads = [];
  for (let n = 0; n < TAKEOVER_LOADS; n += 1) loads.push(await takeoverLoad(path));
  const medianOf = (pick) => median(loads.map(pick));
  takeover[path] = {
    loads: loads.length,
    tookOverMs: medianOf((l) => l.tookOverMs),
    longTasks: medianOf((l) => l.longTasks),
    longestMs: medianOf((l) => l.longestMs),
    blockingMs: medianOf((l) => l.blockingMs),
    phases: Object.fromEntries(PHASES.map((name) => [name, {
      longestMs: medianOf((l) => l.phases[name].longestMs),
      blockingMs: medianOf((l) => l.phases[name].blockingMs),
      worstMs: Math.max(...loads.map((l) => l.phases[name].longestMs)),
    }])),
  };
}

// 2. Client-side route switches: click to the new page rendered and painted.
// A second Chromium without the 60 Hz frame clock: with it, waiting for
// the next frame alone takes 0–16.7 ms, whatever the page does. `work` is
// click to the `route:rendered` mark (routing, render, effects, and the
// page's code if it is not in yet); `painted` adds the frame that paints it
// (the task after the next animation frame).
async function switchTo(page, target) {
  return page.evaluate(async (target) => {
    const link = document.querySelector(`#main-nav a[href="${target}"]`);
    performance.clearMarks('route:rendered');
    const start = performance.now();
    link.click();
    while (!performance.getEntriesByName('route:rendered').length) {
      await new Promise((r) => setTimeout(r, 0));
    }
    const rendered = performance.getEntriesByName('route:rendered')[0].startTime;
    await new Promise((r) => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = r;
      channel.port2.postMessage(0);
    }));
    return { work: rendered - start, painted: performance.now() - start };
  }, target);
}

// The app fetches the other pages' code a second after the first page is
// in; switches measured after 3 s find it in, as a reader's do once they
// have read a little. `beforeCode`: one click per route at once after the
// takeover, when the page's code is fetched first.
const switches = { work: [], painted: [], byRoute: {}, beforeCode: { work: [], painted: [] } };
{
  const uncapped = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--disable-frame-rate-limit', '--disable-gpu-vsync'] });
  const open = async () => {
    const page = await uncapped.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${ORIGIN}/`);
    await page.locator('main h1').waitFor();
    await tookOver(page);
    return page;
  };
  const page = await open();
  await page.waitForTimeout(3000);
  for (let round = 0; round < 5; round += 1) {
    for (const path of [...topLevel.slice(1), '/']) {
      const { work, painted } = await switchTo(page, path);
      switches.work.push(work);
      switches.painted.push(painted);
      (switches.byRoute[path] ??= []).push(painted);
    }
  }
  await page.close();
  for (const path of topLevel.slice(1)) {
    const fresh = await open();
    const { work, painted } = await switchTo(fresh, path);
    switches.beforeCode.work.push(work);
    switches.beforeCode.painted.push(painted);
    await fresh.close();
  }
  await uncapped.close();
}

// 3. Search in the browser: index build on first use, then queries.
const search = { build: [], query: [], closest: [] };
{
  const queries = ['横浜', '干潟', 'COP29', 'ＣＯＰ２９', '脱炭素', 'かふぇ', 'Malmö', '竹本', '高雄', 'イクレイ', 'yokohama', 'よこはま', 'toukyou', 'sapporo'];
  for (let round = 0; round < 3; round += 1) {
    const page = await browser.newPage();
    await page.goto(`${ORIGIN}/`);
    await page.locator('main h1').waitFor();
    await tookOver(page);
    for (const q of queries) {
      await page.locator('#site-search').fill(q);
      await page.locator('#search-suggestions [role="option"]').first().waitFor();
    }
    // A query that finds nothing: the results page offers close names.
    await page.locator('#site-search').fill('よこはば');
    await page.locator('#site-search').press('Enter');
    await page.locator('.search-closest-list a').first().waitFor();
    const entries = await page.evaluate(() => ({
      build: performance.getEntriesByName('search:build').map((e) => e.duration),
      query: performance.getEntriesByName('search:query').map((e) => e.duration),
      closest: performance.getEntriesByName('search:closest').map((e) => e.duration),
    }));
    search.build.push(...entries.build);
    search.query.push(...entries.query);
    search.closest.push(...entries.closest);
    await page.close();
  }
}
await browser.close();

// 4. Lighthouse, mobile profile, each route in a fresh Chromium.
const lighthouse = {};
if (withLighthouse) {
  const cli = 'node_modules/lighthouse/cli/index.js';
  if (!existsSync(cli)) {
    console.error('==> Installing lighthouse 12.2.3 for the benchmark (npm registry)');
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', 'lighthouse@12.2.3'], { stdio: 'inherit' });
  }
  mkdirSync('bench/out/lighthouse', { recursive: true });
  for (const path of topLevel) {
    const out = `bench/out/lighthouse/${path === '/' ? 'home' : path.slice(1)}.json`;
    console.error(`==> Lighthouse ${path}`);
    // Asynchronously: the static server runs in this same process.
    await execFileAsync('node', [cli, `${ORIGIN}${path}`, '--quiet', '--output=json', `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`], { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' } });
    const lhr = JSON.parse(readFileSync(out, 'utf8'));
    const score = (c) => Math.round(lhr.categories[c].score * 100);
    const audit = (a) => lhr.audits[a].numericValue;
    lighthouse[path] = {
      performance: score('performance'), accessibility: score('accessibility'),
      bestPractices: score('best-practices'), seo: score('seo'),
      fcp: audit('first-contentful-paint'), lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'), cls: audit('cumulative-layout-shift'),
    };
  }
}
server.closeAllConnections();
server.close();

// Report.
const date = new Date().toISOString().slice(0, 10);
const worst = Object.values(bytes).reduce((a, b) => (b.total.br > a.total.br ? b : a));
// All the wasm of a first view: the main module and its page's chunks.
const wasmOf = (b) => (b.wasm?.br ?? 0) + (b.chunks?.br ?? 0);
const result = {
  date,
  machine: `${execFileSync('nproc').toString().trim()} cores`,
  bytes,
  goal: { totalBr: GOAL.totalBr, wasmBr: GOAL.wasmBr, worstTotalBr: worst.total.br, worstWasmBr: wasmOf(worst) },
  routeSwitchMs: {
    work: { p50: median(switches.work), p95: percentile(switches.work, 95) },
    painted: { p50: median(switches.painted), p95: percentile(switches.painted, 95) },
    samples: switches.painted.length,
    paintedP50ByRoute: Object.fromEntries(Object.entries(switches.byRoute).map(([path, v]) => [path, median(v)])),
    beforeCode: { painted: { p50: median(switches.beforeCode.painted), p95: percentile(switches.beforeCode.painted, 95) }, samples: switches.beforeCode.painted.length },
  },
  takeoverAt4xCpu: takeover,
  snapshotMs: { fetch: median(timings.fetch), parseValidate: median(timings.parse) },
  searchMs: { build: median(search.build), queryMedian: median(search.query), queryP95: percentile(search.query, 95), queries: search.query.length, closestFirst: median(search.closest) },
  lighthouse,
  wasmRaw: statSync(join(dist, readdirSync(dist).find((f) => f.endsWith('.wasm')))).size,
};
mkdirSync('bench/out', { recursive: true });
writeFileSync(`bench/out/report-${date}.json`, `${JSON.stringify(result, null, 2)}\n`);

console.log(`\nFirst view (cold), bytes transferred with brotli — KiB (raw / gzip / brotli):`);
console.log('route'.padEnd(14), 'html', 'js', 'wasm (main)', 'chunks (files)', 'json', 'css', 'images', 'total br'.padStart(10));
for (const [path, b] of Object.entries(bytes)) {
  const k = (kind) => (b[kind] ? kib(b[kind].br) : '0');
  console.log(path.padEnd(14), k('html'), k('js'), k('wasm'), `${k('chunks')} (${b.chunks?.files.length ?? 0})`, k('json'), k('css'), k('images'), kib(b.total.br).padStart(10));
}
console.log(`worst route total: ${kib(worst.total.raw)} raw, ${kib(worst.total.gz)} gzip, ${kib(worst.total.br)} brotli`);
console.log(`goal: total ≤ ${kib(GOAL.totalBr)} KiB br (${kib(worst.total.br - GOAL.totalBr)} KiB over), wasm with chunks ≤ ${kib(GOAL.wasmBr)} KiB br (${kib(wasmOf(worst) - GOAL.wasmBr)} KiB over)`);
console.log(`\nTakeover on a 4× slowed CPU: long tasks, longest and blocking (over 50 ms) in ms, in all and by phase; when the app was in place (median of ${TAKEOVER_LOADS} cold load(s); in brackets the longest task of the phase in any load)`);
console.log('route'.padEnd(14), 'tasks', 'longest', 'blocking', ...PHASES.map((p) => `| ${p} (longest/blocking [worst])`), '| in place at');
for (const [path, t] of Object.entries(takeover)) {
  console.log(path.padEnd(14), String(t.longTasks).padStart(5), Math.round(t.longestMs).toString().padStart(7), Math.round(t.blockingMs).toString().padStart(8),
    ...PHASES.map((p) => `| ${Math.round(t.phases[p].longestMs)}/${Math.round(t.phases[p].blockingMs)} [${Math.round(t.phases[p].worstMs)}]`), `| ${Math.round(t.tookOverMs)}`);
}
const rs = result.routeSwitchMs;
console.log(`route switch (page code in), click to painted: p50 ${ms(rs.painted.p50)} ms, p95 ${ms(rs.painted.p95)} ms (target p95 ≤ 16 ms; ${rs.samples} switches); of which render work p50 ${ms(rs.work.p50)}, p95 ${ms(rs.work.p95)} ms`);
console.log(`  p50 by target route: ${Object.entries(rs.paintedP50ByRoute).map(([p, v]) => `${p} ${ms(v)}`).join(', ')}`);
console.log(`  a click before the page's code is in (fetched first, local server): p50 ${ms(rs.beforeCode.painted.p50)} ms, p95 ${ms(rs.beforeCode.painted.p95)} ms (${rs.beforeCode.samples} switches)`);
console.log(`snapshot: fetch ${ms(result.snapshotMs.fetch)} ms, parse + validate ${ms(result.snapshotMs.parseValidate)} ms (target ≤ 20 ms)`);
console.log(`search in the browser: index build ${ms(result.searchMs.build)} ms (target ≤ 20), query median ${ms(result.searchMs.queryMedian)} ms, p95 ${ms(result.searchMs.queryP95)} ms (target median ≤ 1); close names for a query that finds nothing (vocabulary built on first use) ${ms(result.searchMs.closestFirst)} ms`);
if (withLighthouse) {
  console.log('\nLighthouse 12.2.3 mobile: perf / a11y / best practices / SEO — FCP, LCP, TBT (ms), CLS');
  for (const [path, l] of Object.entries(lighthouse)) {
    console.log(path.padEnd(14), `${l.performance} / ${l.accessibility} / ${l.bestPractices} / ${l.seo}`,
      `— ${Math.round(l.fcp)}, ${Math.round(l.lcp)}, ${Math.round(l.tbt)}, ${l.cls.toFixed(3)}`);
  }
}
console.log(`\nwrote bench/out/report-${date}.json`);
