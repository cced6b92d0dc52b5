// Shared by the end-to-end specs: the real snapshot, the route list the
// Rust route table printed, and a page that records console problems.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';
import { CSP_URL, ROOT_URL } from './playwright.config.mjs';

export { expect };

/**
 * Resolves once a service worker controls the page and its cache is filled,
 * with the names of the caches and the paths they hold.
 */
export async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 30_000 });
  return page.evaluate(async () => {
    const names = await caches.keys();
    const urls = await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname)));
    return { names, urls: urls.flat() };
  });
}

/**
 * Holds back the requests for `pattern`, a glob of `page.route` (a page's
 * code, `split_world.wasm` in any folder), until the returned function is
 * called; from then on they pass. (Unrouting at once would drop the
 * requests still held.)
 */
export async function holdBack(page, pattern) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(pattern, async (route) => { await held; await route.continue(); });
  return release;
}

/** Resolves once no prerendered page is waiting for the app to take over. */
export const appTookOver = (page) => page.waitForFunction(() => !document.getElementById('prerendered'));

/**
 * Playwright's `test` for the deployment of the project it runs in (the
 * config's `root` or `sub-path`):
 * - `appUrl`: where the app is served, without a trailing slash
 *   (`http://127.0.0.1:4174/report/2024`); `cspUrl`: the same build served
 *   with the recommended headers; `embedHostPort`: the port of the demo
 *   host site of the embed tests.
 * - `page.goto('/calendar')` opens `/calendar` of the app, under its base
 *   path (absolute URLs are opened as they are).
 * - `goto` and `reload` return once the app has taken over the prerendered
 *   page, so that what a test does reaches the app rather than the static
 *   HTML. `page.goto(url, { app: false })` returns when the HTML has loaded
 *   (tests of the static page itself, or of a snapshot that never arrives).
 */
export const test = base.extend({
  appUrl: [ROOT_URL, { option: true, scope: 'worker' }],
  cspUrl: [CSP_URL, { option: true, scope: 'worker' }],
  embedHostPort: [4176, { option: true, scope: 'worker' }],
  /** The base path of `appUrl`: `''` at the root, `/report/2024` under the sub-path. */
  basePath: [async ({ appUrl }, use) => use(new URL(appUrl).pathname.replace(/\/$/, '')), { scope: 'worker' }],
  page: async ({ page, appUrl }, use) => {
    for (const name of ['goto', 'reload']) {
      const original = page[name].bind(page);
      page[name] = async (...args) => {
        const last = args.at(-1);
        const { app = true, ...options } = typeof last === 'object' && last !== null ? args.pop() : {};
        if (name === 'goto' && args[0].startsWith('/')) args[0] = `${appUrl}${args[0]}`;
        const response = await original(...args, options);
        if (app) await appTookOver(page);
        return response;
      };
    }
    await use(page);
  },
});

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export const report = JSON.parse(readFileSync(here('../../public/data/report-2024.json'), 'utf8'));
/** `{pages: [{path, heading, title, top_level}], items: [{kind, id, path, fragment}]}` */
export const routes = JSON.parse(readFileSync(here('../../target/e2e/routes.json'), 'utf8'));

/**
 * Starts composing `text` in the focused field, as an IME shows it before
 * conversion: Chromium's own composition, through `cdp` (a DevTools protocol
 * session of the page); `Input.insertText` commits it.
 */
export async function compose(cdp, text) {
  await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
}

/** Presses Enter while composing: the keydown an IME's confirming Enter gives (key code 229). */
export async function confirmingEnter(cdp) {
  for (const type of ['rawKeyDown', 'keyUp']) {
    await cdp.send('Input.dispatchKeyEvent', { type, key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
  }
}

/** Collects console errors and warnings and uncaught exceptions of a page. */
export function watchConsole(page) {
  const problems = [];
  page.on('console', (message) => {
    // Playwright's own note where the config blocks the offline worker.
    if (message.text() === 'Service Worker registration blocked by Playwright') return;
    if (['error', 'warning'].includes(message.type())) problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

/** Where screenshots for human review go (not compared by the tests), by project. */
export const screenshotPath = (name) => here(`./results/screenshots/${test.info().project.name}/${name}`);

/** Waits until the app has rendered a page (or the not-found page). */
export async function ready(page) {
  await expect(page.locator('main h1')).toBeVisible();
}
