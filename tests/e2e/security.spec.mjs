// Hostile snapshot text stays inert; the build runs under a strict CSP.
import { expect, test, report, routes, ready, watchConsole } from './helpers.mjs';
import { headingOf } from './expected.mjs';

// Fields whose values are ids, references, dates or enum values: they must
// stay valid for the snapshot to load, so the payload goes everywhere else.
const STRUCTURAL = new Set(['id', 'ids', 'members', 'person', 'event', 'applies_to', 'municipality', 'regular',
  'schema_version', 'start', 'end', 'kind', 'level', 'type']);
const PAYLOAD = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'
  + '<a href="javascript:window.__pwned=3">x</a> javascript:window.__pwned=4 data:text/html,<b>x</b> '
  + '\u202Eevil\u202C\u200B\u200D';
const LONG = '長'.repeat(3000) + 'x'.repeat(3000);

function hostile(value, key) {
  if (typeof value === 'string') return STRUCTURAL.has(key) ? value : `${value}${PAYLOAD}`;
  if (Array.isArray(value)) return value.map((v) => hostile(v, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hostile(v, k)]));
  }
  return value;
}

test('hostile text in every field renders as inert text', async ({ page, cspUrl }) => {
  const doc = hostile(report, '');
  doc.about.intro += LONG;
  const problems = watchConsole(page);
  await page.route('**/data/report.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(doc) }));
  const paths = [...routes.pages.filter((p) => p.top_level).map((p) => p.path), '/members/yokohama', '/highlights/cop29', '/activities/support'];
  for (const path of paths) {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    await ready(page);
    await expect(page.locator('main')).toContainText('<script>window.__pwned=1</script>');
    const state = await page.evaluate(() => ({
      pwned: window.__pwned,
      // Scripts but the loader, index.html's theme and offline scripts, the
      // edition's data and the list of the page's code files (JSON blocks,
      // never run).
      scripts: document.querySelectorAll('script:not([type="module"]):not(#theme-init):not(#offline-init):not(#composition-init):not(#edition[type="application/json"]):not(#page-code[type="application/json"])').length + document.querySelectorAll('main script, header script, footer script').length,
      images: document.querySelectorAll('img').length,
      unsafeLinks: [...document.querySelectorAll('[href], [src]')]
        .map((e) => e.getAttribute('href') ?? e.getAttribute('src'))
        .filter((url) => /^\s*(javascript|data):/i.test(url)).length,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    }));
    expect(state, path).toEqual({ pwned: undefined, scripts: 0, images: 0, unsafeLinks: 0, overflow: 0 });
  }
  expect(problems).toEqual([]);
});

test('every route works under the strict Content-Security-Policy with no violation', async ({ page, request, cspUrl }) => {
  const headers = (await request.get(`${cspUrl}/`)).headers();
  const csp = headers['content-security-policy'];
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain("'unsafe-eval'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const problems = watchConsole(page);
  for (const entry of routes.pages) {
    await page.goto(`${cspUrl}${entry.path}`);
    await expect(page.locator('main h1')).toHaveText(headingOf(entry.path));
    expect(await page.evaluate(() => window.__violations), entry.path).toEqual([]);
  }
  expect(problems).toEqual([]);
});
