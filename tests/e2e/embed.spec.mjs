// The report embedded in another site: a CMS-like host page with hostile CSS
// (tests/e2e/embed-host, served here on its own origin) loads the report's
// embed snippet; public/embed.js sizes the frame and keeps the host hash in
// step. Two origins: the host on 4176, the app on 4173 (from the config).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { appTookOver, expect, test, routes, screenshotPath, watchConsole } from './helpers.mjs';
import { headingOf } from './expected.mjs';
import { startServer } from './server.mjs';

/** The demo host site, on its own origin (one per project). */
let HOST_URL;
/** The base path the report is served under in this project. */
let BASE;
const FRAME = 'iframe[data-iclei-report]';
const hostDir = fileURLToPath(new URL('./embed-host', import.meta.url));
const heading = headingOf;

// One host server for the file: its tests run in order in one worker.
test.describe.configure({ mode: 'default' });
let hostServer;
test.beforeAll(async ({ appUrl, basePath, embedHostPort }) => {
  HOST_URL = `http://127.0.0.1:${embedHostPort}`;
  BASE = basePath;
  // The demo page embeds the report at the root build; point it at this project's.
  const rewrite = ['http://127.0.0.1:4173', appUrl];
  hostServer = await startServer({ root: hostDir, port: embedHostPort, base: '/', headers: {}, rewrite });
});
test.afterAll(async () => {
  await new Promise((done) => hostServer.close(done));
});

// The host page records the report messages it receives (before embed.js sees them).
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (window !== window.top) return;
    window.__messages = [];
    window.addEventListener('message', (e) => {
      const d = e.data;
      if (d && typeof d === 'object' && String(d.type).startsWith('iclei-report:')) window.__messages.push({ origin: e.origin, data: d });
    });
  });
});

/** The report frame's Frame (it stays the same object across its navigations). */
async function reportFrame(page) {
  const frame = await (await page.locator(FRAME).first().elementHandle()).contentFrame();
  await expect(frame.locator('main h1')).toBeVisible();
  return frame;
}

/** The frame as the host sees it and as its own document sees itself. */
async function measure(page, frame) {
  const outer = await page.evaluate((selector) => {
    const resizes = window.__messages.filter((m) => m.data.type === 'iclei-report:resize');
    const last = resizes[resizes.length - 1];
    return {
      height: document.querySelector(selector).getBoundingClientRect().height,
      reported: last ? last.data.height : null,
      reportedPath: last ? last.data.path : null,
    };
  }, FRAME);
  const inner = await frame.evaluate(() => ({
    path: location.pathname,
    // The page is all in (its code and parts), not still growing.
    busy: document.querySelectorAll('[aria-busy="true"]').length,
    scrollHeight: document.documentElement.scrollHeight,
    clientHeight: document.documentElement.clientHeight,
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  return { ...outer, ...inner };
}

/** Waits until the frame is as tall as its content says, and checks it fits. */
async function settled(page, frame, appPath) {
  await expect.poll(async () => {
    const m = await measure(page, frame);
    return m.path === `${BASE}/embed${appPath === '/' ? '/' : appPath}` && m.reportedPath === appPath && m.busy === 0
      && Math.abs(m.height - m.reported) <= 2 && m.scrollHeight <= m.clientHeight;
  }, { message: `frame settles on ${appPath}`, timeout: 15_000 }).toBe(true);
  const m = await measure(page, frame);
  expect(Math.abs(m.height - m.reported), JSON.stringify(m)).toBeLessThanOrEqual(2);
  // No scrollbar inside the frame, either way.
  expect(m.scrollHeight, JSON.stringify(m)).toBeLessThanOrEqual(m.clientHeight);
  expect(m.scrollWidth, JSON.stringify(m)).toBeLessThanOrEqual(m.clientWidth);
  return m;
}

test('the frame grows and shrinks with its content, with no scrollbar inside', async ({ page, appUrl }) => {
  const problems = watchConsole(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${HOST_URL}/`);
  const frame = await reportFrame(page);
  await expect(frame.locator('main h1')).toHaveText(heading('/highlights/cbd-cop16'));
  const detail = await settled(page, frame, '/highlights/cbd-cop16');
  // Up to the long list of members (breadcrumb, then the index page link) ...
  await frame.locator(`main a[href="${BASE}/embed/"]`).first().click();
  await expect(frame.locator('main h1')).toHaveText(heading('/'));
  await frame.locator(`main a[href="${BASE}/embed/members"]`).first().click();
  await expect(frame.locator('main h1')).toHaveText(heading('/members'));
  const long = await settled(page, frame, '/members');
  expect(long.height).toBeGreaterThan(detail.height + 200);
  // ... down to a short page ...
  await frame.locator(`main a[href="${BASE}/embed/members/sado"]`).first().click();
  await expect(frame.locator('main h1')).toHaveText(heading('/members/sado'));
  const short = await settled(page, frame, '/members/sado');
  expect(short.height).toBeLessThan(long.height - 200);
  // ... and back, with the frame's own history.
  await frame.evaluate(() => history.back());
  await expect(frame.locator('main h1')).toHaveText(heading('/members'));
  const again = await settled(page, frame, '/members');
  expect(Math.abs(again.height - long.height)).toBeLessThanOrEqual(2);
  // The host width changes: the content reflows, the frame follows.
  await page.setViewportSize({ width: 390, height: 844 });
  const narrow = await settled(page, frame, '/members');
  expect(narrow.height).toBeGreaterThan(again.height);
  expect(problems).toEqual([]);
});

test('navigation stays inside the frame, in embed mode, and the host hash follows', async ({ page, appUrl }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${HOST_URL}/`);
  const frame = await reportFrame(page);
  // Embed mode: no site header or footer, no embed control.
  await expect(frame.locator('header.site-header')).toHaveCount(0);
  await expect(frame.locator('footer.site-footer')).toHaveCount(0);
  await expect(frame.locator('button.embed-button')).toHaveCount(0);
  await expect(frame.locator('a.open-full')).toHaveAttribute('target', '_top');
  // A breadcrumb and a pager link, clicked inside the frame.
  await frame.locator(`a[href="${BASE}/embed/highlights"]`).first().click();
  await expect(frame.locator('main h1')).toHaveText(heading('/highlights'));
  expect(frame.url()).toBe(`${appUrl}/embed/highlights`);
  await expect(frame.locator('header.site-header')).toHaveCount(0);
  await expect(page).toHaveURL(`${HOST_URL}/#iclei-report=/highlights`);
  await frame.locator('a.pager-next').click();
  const next = routes.pages[routes.pages.findIndex((p) => p.path === '/highlights') + 1];
  await expect(frame.locator('main h1')).toHaveText(headingOf(next.path));
  expect(frame.url()).toBe(`${appUrl}/embed${next.path}`);
  await expect(page).toHaveURL(`${HOST_URL}/#iclei-report=${next.path}`);
  await expect(frame.locator('a.open-full')).toHaveAttribute('href', `${appUrl}${next.path}`);
  // The navigate messages came from the app origin, versioned.
  const navigations = await page.evaluate(() => window.__messages.filter((m) => m.data.type === 'iclei-report:navigate'));
  expect(navigations.map((m) => m.data)).toEqual([
    { type: 'iclei-report:navigate', version: 1, path: '/highlights/cbd-cop16', hash: '' },
    { type: 'iclei-report:navigate', version: 1, path: '/highlights', hash: '' },
    { type: 'iclei-report:navigate', version: 1, path: next.path, hash: '' },
  ]);
  expect(new Set(navigations.map((m) => m.origin))).toEqual(new Set([new URL(appUrl).origin]));
  // The host page itself never navigated.
  expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
});

test('on every page, every link in the frame stays under /embed/, but the open-full one and the files', async ({ page, appUrl }) => {
  await page.goto(`${HOST_URL}/`);
  const frame = await reportFrame(page);
  const app = new URL(appUrl);
  const outside = {};
  for (const entry of routes.pages) {
    await page.evaluate(([sel, src]) => document.querySelector(sel).setAttribute('src', src), [FRAME, `${appUrl}/embed${entry.path}`]);
    await expect(frame.locator('main h1')).toHaveText(headingOf(entry.path));
    // Hrefs as the browser and the router resolve them, against the
    // document's <base href>: "#main" is "{base}#main", the overview page.
    const links = await frame.evaluate(() => [...document.querySelectorAll('a[href]')]
      // (An SVG link's `href` is not a string: resolve the attribute.)
      .map((a) => ({ href: a.getAttribute('href'), url: new URL(a.getAttribute('href'), document.baseURI).href, target: a.getAttribute('target'), full: a.classList.contains('open-full'), download: a.hasAttribute('download') })));
    for (const link of links) {
      const url = new URL(link.url);
      const inside = url.origin === app.origin && url.pathname.startsWith(`${app.pathname.replace(/\/$/, '')}/embed/`) && link.target === null;
      const full = link.full && link.url === `${appUrl}${entry.path}` && link.target === '_top';
      // A download (a CSV file) is the same file embedded or not.
      const file = link.download && url.origin === app.origin && url.pathname.startsWith(`${app.pathname.replace(/\/$/, '')}/data/`) && url.pathname.endsWith('.csv');
      if (link.full ? !full : link.download ? !file : !inside) {
        const key = `<a href="${link.href}"${link.target ? ` target="${link.target}"` : ''}> -> ${link.url}`;
        (outside[key] ??= []).push(entry.path);
      }
    }
    expect(links.filter((l) => l.full), entry.path).toHaveLength(1);
  }
  // One line per offending link, with the pages it is on.
  const pages = (list) => (list.length === routes.pages.length ? 'every page' : list.join(' '));
  expect(Object.entries(outside).map(([key, list]) => `${key} on ${pages(list)}`)).toEqual([]);
});

test('the host page keeps its own hash while the frame shows its first page', async ({ page, appUrl }) => {
  await page.goto(`${HOST_URL}/#contact`);
  const frame = await reportFrame(page);
  await settled(page, frame, '/highlights/cbd-cop16');
  await expect(page).toHaveURL(`${HOST_URL}/#contact`);
  await frame.locator(`a[href="${BASE}/embed/highlights"]`).first().click();
  await expect(page).toHaveURL(`${HOST_URL}/#iclei-report=/highlights`);
});

test('a host deep link opens that page in the frame; unsafe ones are ignored', async ({ page, appUrl }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  // The page the snippet names, then others, plain and URL-encoded, with an item.
  for (const [hash, path, id] of [
    ['/highlights/cbd-cop16', '/highlights/cbd-cop16', null],
    ['/highlights/cop29', '/highlights/cop29', null],
    ['%2Fcalendar%23cop29', '/calendar', 'cop29'],
    ['/calendar#cop29', '/calendar', 'cop29'],
  ]) {
    await page.goto(`${HOST_URL}/#iclei-report=${hash}`);
    const frame = await reportFrame(page);
    await expect(frame.locator('main h1')).toHaveText(heading(path));
    expect(frame.url()).toBe(`${appUrl}/embed${path}${id ? `#${id}` : ''}`);
    if (id) await expect(frame.locator(`[id="${id}"]`)).toHaveClass(/is-target/);
    await settled(page, frame, path);
    await expect(page).toHaveURL(`${HOST_URL}/#iclei-report=${path}${id ? `#${id}` : ''}`);
    // A reload of the shared host URL lands on the same page.
    if (path === '/highlights/cop29') {
      await page.reload();
      await expect((await reportFrame(page)).locator('main h1')).toHaveText(heading(path));
    }
  }
  // Anything but a plain app path leaves the frame on the snippet's page.
  for (const bad of ['//evil.example/x', 'https://evil.example/', 'javascript:alert(1)', '/..%2F..%2Fembed.js',
    '/calendar/../../x', 'calendar', '/%0aa', '%E0%A4%A', '/\\evil.example', '/calendar#<b>']) {
    await page.goto('about:blank'); // a fresh host page, not a hash change
    await page.goto(`${HOST_URL}/#iclei-report=${bad}`);
    const frame = await reportFrame(page);
    await expect(frame.locator('main h1')).toHaveText(heading('/highlights/cbd-cop16'));
    expect(frame.url(), bad).toBe(`${appUrl}/embed/highlights/cbd-cop16`);
  }
  // The host changing its hash later (a link on the host page) is followed too.
  await page.evaluate(() => { location.hash = '#iclei-report=/members/kyoto'; });
  const frame = await reportFrame(page);
  await expect(frame.locator('main h1')).toHaveText(heading('/members/kyoto'));
});

test('a deep link goes to the frame marked data-iclei-report-deeplink', async ({ page, appUrl }) => {
  // Two report frames; the second, added as the host page is parsed, is the
  // one the hash belongs to. (The host document itself is not rewritten with
  // page.route: Chromium treats a fulfilled page as public and blocks its
  // frames on 127.0.0.1 as local-network access.)
  await page.addInitScript((appUrl) => {
    if (window !== window.top) return;
    document.addEventListener('DOMContentLoaded', () => {
      const second = document.createElement('iframe');
      second.src = `${appUrl}/embed/calendar`;
      second.title = 'second';
      second.setAttribute('data-iclei-report', '');
      second.setAttribute('data-iclei-report-deeplink', '');
      // The snippet's own attributes, as a second snippet would carry them.
      const snippet = document.querySelector('iframe[data-iclei-report]');
      for (const name of ['style', 'scrolling', 'allow']) second.setAttribute(name, snippet.getAttribute(name));
      document.getElementById('contact').before(second);
    });
  }, appUrl);
  await page.goto(`${HOST_URL}/#iclei-report=/iclei`);
  const [first, second] = await Promise.all([0, 1].map(async (i) => (await page.locator(FRAME).nth(i).elementHandle()).contentFrame()));
  await expect(second.locator('main h1')).toHaveText(heading('/iclei'));
  await expect(first.locator('main h1')).toHaveText(heading('/highlights/cbd-cop16'));
  // Each frame is sized to its own content. (Chromium pauses rendering, and
  // with it ResizeObserver, in cross-origin frames out of view: a frame is
  // measured once it is scrolled to.)
  const fits = async (i, frame) => {
    await page.locator(FRAME).nth(i).scrollIntoViewIfNeeded();
    await expect.poll(async () => {
      const outer = await page.locator(FRAME).nth(i).evaluate((f) => f.getBoundingClientRect().height);
      const inner = await frame.evaluate(() => document.documentElement.scrollHeight);
      return Math.abs(outer - inner) <= 2;
    }, { message: `frame ${i} fits its content` }).toBe(true);
  };
  await fits(0, first);
  await fits(1, second);
  // Only the deep-link frame writes the host hash.
  await page.locator(FRAME).nth(0).scrollIntoViewIfNeeded();
  await first.locator(`a[href="${BASE}/embed/highlights"]`).first().click();
  await expect(first.locator('main h1')).toHaveText(heading('/highlights'));
  await expect(page).toHaveURL(`${HOST_URL}/#iclei-report=/iclei`);
  await page.locator(FRAME).nth(1).scrollIntoViewIfNeeded();
  await second.locator(`a[href="${BASE}/embed/calendar"]`).first().click();
  await expect(second.locator('main h1')).toHaveText(heading('/calendar'));
  await expect(page).toHaveURL(`${HOST_URL}/#iclei-report=/calendar`);
  await fits(1, second);
});

test('messages from other windows and origins, and malformed ones, are ignored', async ({ page, appUrl }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  // A page on a foreign origin and one on the app origin that is not the report frame.
  const sender = (label) => `<!DOCTYPE html><title>${label}</title><script>
    parent.postMessage({ type: 'iclei-report:resize', version: 1, height: 1234, path: '/', fake: 1 }, '*');
    parent.postMessage({ type: 'iclei-report:navigate', version: 1, path: '/evil', hash: '', fake: 1 }, '*');</script>`;
  await page.route('http://foreign.example/**', (route) => route.fulfill({ contentType: 'text/html', body: sender('foreign') }));
  await page.route(`${appUrl}/fake-sender.html`, (route) => route.fulfill({ contentType: 'text/html', body: sender('app origin') }));
  await page.goto(`${HOST_URL}/`);
  const frame = await reportFrame(page);
  const before = await settled(page, frame, '/highlights/cbd-cop16');
  const height = () => page.evaluate((sel) => document.querySelector(sel).getBoundingClientRect().height, FRAME);
  // The fake messages that reached the host page (the frame may send real ones meanwhile).
  const count = () => page.evaluate(() => window.__messages.filter((m) => m.data.fake).length);

  // 1. The host page's own window.
  let n = await count();
  await page.evaluate(() => {
    window.postMessage({ type: 'iclei-report:resize', version: 1, height: 1234, path: '/', fake: 1 }, '*');
    window.postMessage({ type: 'iclei-report:navigate', version: 1, path: '/evil', hash: '', fake: 1 }, '*');
  });
  await expect.poll(count).toBe(n + 2);
  // 2. Frames on a foreign origin and on the app origin (not the report frame).
  for (const src of ['http://foreign.example/x.html', `${appUrl}/fake-sender.html`]) {
    n = await count();
    await page.evaluate((url) => {
      const f = document.createElement('iframe');
      f.src = url;
      f.className = 'sender';
      document.body.append(f);
    }, src);
    await expect.poll(count).toBe(n + 2);
  }
  // 3. The report frame itself, with messages that break the format.
  n = await count();
  await frame.evaluate(() => {
    for (const m of [
      { type: 'iclei-report:resize', version: 2, height: 1234, path: '/' },
      { type: 'iclei-report:resize', height: 1234, path: '/' },
      { type: 'iclei-report:resize', version: '1', height: 1234, path: '/' },
      { type: 'iclei-report:resize', version: 1, height: '1234', path: '/' },
      { type: 'iclei-report:resize', version: 1, height: -5, path: '/' },
      { type: 'iclei-report:resize', version: 1, height: Number.NaN, path: '/' },
      { type: 'iclei-report:navigate', version: 1, path: 'https://evil.example/', hash: '' },
      { type: 'iclei-report:navigate', version: 1, path: '//evil.example', hash: '' },
      { type: 'iclei-report:navigate', version: 1, path: '/x', hash: '#"><b>' },
      { type: 'iclei-report:navigate', version: 2, path: '/evil', hash: '' },
      { type: 'iclei-report:other', version: 1, height: 1234 },
    ]) parent.postMessage({ ...m, fake: 1 }, '*');
    parent.postMessage('iclei-report:resize', '*');
    parent.postMessage(null, '*');
  });
  await expect.poll(count).toBe(n + 11);
  await page.waitForTimeout(300);
  expect(await height()).toBe(before.height);
  await expect(page).toHaveURL(`${HOST_URL}/`);

  // The channel itself works: the same message, well-formed, from the frame.
  await frame.evaluate(() => parent.postMessage({ type: 'iclei-report:resize', version: 1, height: 1234, path: '/' }, '*'));
  await expect.poll(height).toBe(1234);
  // Heights are clamped to a sane range.
  await frame.evaluate(() => parent.postMessage({ type: 'iclei-report:resize', version: 1, height: 1e12, path: '/' }, '*'));
  await expect.poll(height).toBe(200000);
});

test('the open-full link keeps what the frame shows: its filters and its item', async ({ page, appUrl }) => {
  await page.goto('/embed/calendar?member=yokohama#cop29');
  await expect(page.locator('main h1')).toHaveText(heading('/calendar'));
  await expect(page.locator('a.open-full')).toHaveAttribute('href', `${appUrl}/calendar?member=yokohama#cop29`);
  await page.locator('#filter-kind').selectOption('international-conference');
  await expect(page.locator('a.open-full')).toHaveAttribute('href', `${appUrl}/calendar?member=yokohama&kind=international-conference`);
});

test('the open-full link opens the page, outside embed mode, in the top window', async ({ page, appUrl }) => {
  await page.goto(`${HOST_URL}/#iclei-report=/calendar`);
  const frame = await reportFrame(page);
  await expect(frame.locator('main h1')).toHaveText(heading('/calendar'));
  const full = frame.locator('a.open-full');
  await expect(full).toHaveAttribute('target', '_top');
  await full.click();
  await expect(page).toHaveURL(`${appUrl}/calendar`);
  await appTookOver(page);
  await expect(page.locator('main h1')).toHaveText(heading('/calendar'));
  await expect(page.locator('header.site-header')).toBeVisible();
  await expect(page.locator('a.open-full')).toHaveCount(0);
});

test('the copy-link control works inside the frame (the snippet allows clipboard-write)', async ({ page, context, appUrl }) => {
  for (const origin of [new URL(appUrl).origin, HOST_URL]) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.goto(`${HOST_URL}/#iclei-report=/calendar`);
  const frame = await reportFrame(page);
  await expect(frame.locator('main h1')).toHaveText(heading('/calendar'));
  await frame.locator('#cop29 .copy-link-button').first().click();
  await expect(frame.locator('#cop29 .copy-link-status').first()).toHaveText('リンクをコピーしました');
  // The public address, never the /embed/ one (read on the host page: the
  // frame is allowed to write the clipboard, not to read it).
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${appUrl}/calendar#cop29`);
});

test('embed.js loaded twice handles every message once', async ({ page, appUrl }) => {
  // Counts the message listeners and observers the host script sets up.
  await page.addInitScript(() => {
    if (window !== window.top) return;
    window.__listeners = 0;
    window.__observers = 0;
    window.__replaced = 0;
    // (Only those set up by embed.js: Playwright's own script observes too.)
    const fromHostScript = () => /\/embed\.js/.test(new Error().stack);
    const add = window.addEventListener;
    window.addEventListener = function (type, ...rest) {
      if (type === 'message' && fromHostScript()) window.__listeners += 1;
      return add.call(this, type, ...rest);
    };
    const Observer = window.MutationObserver;
    window.MutationObserver = class extends Observer {
      constructor(...args) { super(...args); if (fromHostScript()) window.__observers += 1; }
    };
    const replace = history.replaceState;
    history.replaceState = function (...args) { window.__replaced += 1; return replace.apply(this, args); };
    // A second copy of the host script, right after the snippet's one (as
    // when a page carries two snippets). The host document is not rewritten
    // with page.route: Chromium treats a fulfilled page as public and blocks
    // its frames on 127.0.0.1 as local-network access.
    new Observer((records, observer) => {
      for (const node of records.flatMap((r) => [...r.addedNodes])) {
        if (node.tagName === 'SCRIPT' && node.src.endsWith('/embed.js')) {
          node.after(Object.assign(document.createElement('script'), { src: `${node.src}?again` }));
          observer.disconnect();
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${HOST_URL}/`);
  const frame = await reportFrame(page);
  await settled(page, frame, '/highlights/cbd-cop16');
  expect(await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/embed.js')).length)).toBe(2);
  expect(await page.evaluate(() => [window.__listeners, window.__observers])).toEqual([1, 1]);
  await frame.locator(`a[href="${BASE}/embed/highlights"]`).first().click();
  await expect(page).toHaveURL(`${HOST_URL}/#iclei-report=/highlights`);
  expect(await page.evaluate(() => window.__replaced)).toBe(1);
});

test('embed.js loaded late, after the frame has sent its height, still sizes it', async ({ page, appUrl, cspUrl }) => {
  // As behind a CMS's "delay scripts until interaction" option: the snippet's
  // script fails, the frame loads and reports with no one listening.
  await page.route(`${appUrl}/embed.js`, (route) => route.abort());
  await page.goto(`${HOST_URL}/`);
  const frame = await reportFrame(page);
  await page.waitForLoadState('load');
  await expect.poll(() => page.evaluate(() => window.__messages.some((m) => m.data.type === 'iclei-report:resize'))).toBe(true);
  const before = await measure(page, frame);
  // The host theme's "article iframe { height: 320px !important }" wins until then.
  expect(before.height).toBe(320);
  await page.evaluate((src) => document.head.append(Object.assign(document.createElement('script'), { src })), `${appUrl}/embed.js?late`);
  const after = await settled(page, frame, '/highlights/cbd-cop16');
  expect(after.height).toBeGreaterThan(1000);
});

test('the snippet the report hands out is the one the demo host page carries', async ({ page, context, appUrl, cspUrl }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(appUrl).origin });
  // The demo page, as its host serves it, embeds exactly the snippet of /highlights/cbd-cop16.
  const html = await (await page.request.get(`${HOST_URL}/`)).text();
  const expected = `${html.match(/<iframe[^]*?<\/iframe>/)[0]}\n${html.match(/<script src="[^"]*\/embed\.js" async><\/script>/)[0]}`;
  await page.goto('/highlights/cbd-cop16');
  await expect(page.locator('main h1')).toHaveText(heading('/highlights/cbd-cop16'));
  await page.locator('button.embed-button').click();
  await expect(page.locator('textarea.embed-snippet')).toBeVisible();
  expect(await page.locator('textarea.embed-snippet').inputValue()).toBe(expected);
  await page.locator('button.embed-copy').click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
});

test('embed.js is small, plain script, served beside the app', async ({ request, appUrl, cspUrl }) => {
  const response = await request.get(`${appUrl}/embed.js`, { headers: { 'Accept-Encoding': 'identity' } });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/javascript/);
  const body = await response.body();
  expect(body.length).toBeLessThan(4096);
  expect(body.toString()).toBe(readFileSync(fileURLToPath(new URL('../../public/embed.js', import.meta.url)), 'utf8'));
  expect(body.toString()).not.toMatch(/\bimport\b|\bexport\b/);
});

test('with the recommended headers, only the listed sites may frame the report', async ({ page, request, cspUrl }) => {
  const csp = (await request.get(`${cspUrl}/embed/calendar`)).headers()['content-security-policy'];
  expect(csp).toMatch(/frame-ancestors 'self' https:\/\/japan\.iclei\.org/);
  // The demo host (not listed) framing the header-serving build is refused.
  const blocked = [];
  page.on('console', (m) => { if (/frame-ancestors/.test(m.text())) blocked.push(m.text()); });
  await page.goto(`${HOST_URL}/`);
  await page.evaluate((src) => {
    const f = document.createElement('iframe');
    f.src = src;
    f.id = 'strict';
    document.body.append(f);
  }, `${cspUrl}/embed/calendar`);
  await expect.poll(() => blocked.length).toBeGreaterThan(0);
  const frame = await (await page.locator('#strict').elementHandle()).contentFrame();
  await expect(frame.locator('main h1')).toHaveCount(0);
});

for (const width of [390, 1280]) {
  test(`the demo host page at ${width} px: the report looks native (screenshot)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${HOST_URL}/`);
    const frame = await reportFrame(page);
    await settled(page, frame, '/highlights/cbd-cop16');
    // Full width of the article column, no border, no padding, not capped.
    const box = await page.evaluate((sel) => {
      const f = document.querySelector(sel);
      const s = getComputedStyle(f);
      return {
        width: f.getBoundingClientRect().width,
        column: f.parentElement.clientWidth,
        border: s.borderTopWidth, padding: s.paddingTop, maxHeight: s.maxHeight, display: s.display,
        hostOverflow: document.documentElement.scrollWidth - window.innerWidth,
      };
    }, FRAME);
    expect(box).toEqual({ width: box.column, column: box.column, border: '0px', padding: '0px', maxHeight: 'none', display: 'block', hostOverflow: 0 });
    await page.screenshot({ path: screenshotPath(`embed-host-${width}.png`), fullPage: true });
  });
}
