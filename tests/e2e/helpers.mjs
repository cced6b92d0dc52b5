// Shared by the end-to-end specs: the real snapshot, the route list the
// Rust route table printed, and a page that records console problems.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';

export { expect };

/** Resolves once no prerendered page is waiting for the app to take over. */
export const appTookOver = (page) => page.waitForFunction(() => !document.getElementById('prerendered'));

/**
 * Playwright's `test`, whose page's `goto` and `reload` return once the app
 * has taken over the prerendered page, so that what a test does reaches the
 * app rather than the static HTML. `page.goto(url, { app: false })` returns
 * when the HTML has loaded (tests of the static page itself, or of a
 * snapshot that never arrives).
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    for (const name of ['goto', 'reload']) {
      const original = page[name].bind(page);
      page[name] = async (...args) => {
        const last = args.at(-1);
        const { app = true, ...options } = typeof last === 'object' && last !== null ? args.pop() : {};
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

/** Collects console errors and warnings and uncaught exceptions of a page. */
export function watchConsole(page) {
  const problems = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

/** Where screenshots for human review go (not compared by the tests). */
export const screenshotPath = (name) => here(`./results/screenshots/${name}`);

/** Waits until the app has rendered a page (or the not-found page). */
export async function ready(page) {
  await expect(page.locator('main h1')).toBeVisible();
}
