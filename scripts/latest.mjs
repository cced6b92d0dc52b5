// Writes the site of the `latest` address (editions.json's "latest", e.g.
// /report/latest/): every path there leads to the same page of the newest
// published edition, for links that should never go stale.
// - A prerendered redirect page for each of that edition's pages
//   ({path}/index.html): it works on any static host, without server
//   rules; with script it keeps the query and the fragment
//   (location.replace), without it a meta refresh and a link still lead
//   there. noindex: the edition's own page is the one to index, and its
//   canonical link says so.
// - app.html, the fallback a host serves for any other path: the nearest
//   page of the edition's route list, found by the path's parents (a
//   member who left the newest edition leads to its members page).
//   node scripts/latest.mjs <dist> <latest base> <edition base> <routes.json> <origin>
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dist, latest, base, routesFile, origin] = process.argv.slice(2);
if (!dist || !latest?.endsWith('/') || !base?.endsWith('/') || !routesFile || !origin) {
  console.error('usage: node scripts/latest.mjs <dist> </latest/> </edition/base/> <routes.json> <origin>');
  process.exit(2);
}
const routes = JSON.parse(readFileSync(routesFile, 'utf8'));
const pages = [...routes.pages, ...routes.other_pages].map((p) => p.path).concat(routes.app_only);
const year = base.match(/(\d{4})\/$/)?.[1] ?? '';
// JSON in a script: `<` escaped so that no value can close the element.
const json = (value) => JSON.stringify(value).replace(/</g, '\\u003c');
const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The page of a redirect to `target` (an absolute path), or, with `script`, to where it finds. */
function page(target, script) {
  return `<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>最新版（${escape(year)}年度版）へ移動します</title>
${target ? `<link rel="canonical" href="${escape(origin + target)}">\n<meta http-equiv="refresh" content="0; url=${escape(target)}">` : ''}
<script>${script}</script>
</head><body><main><p><a href="${escape(target ?? base)}">最新版（${escape(year)}年度版）へ</a></p></main></body></html>
`;
}

rmSync(dist, { recursive: true, force: true });
for (const path of pages) {
  const target = base + path.slice(1);
  const file = join(dist, path, 'index.html');
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, page(target, `location.replace(${json(target)} + location.search + location.hash);`));
}
// A path outside the latest base (another case, say) goes to the start page.
const find = `var pages = ${json(pages)}, latest = ${json(latest)}, p = location.pathname.replace(/\\/{2,}/g, "/");
p = p.indexOf(latest) == 0 ? "/" + p.slice(latest.length).replace(/\\/$/, "") : "/";
while (pages.indexOf(p) < 0) p = p.slice(0, p.lastIndexOf("/")) || "/";
location.replace(${json(base)} + p.slice(1) + location.search + location.hash);`;
writeFileSync(join(dist, 'app.html'), page(null, find));
console.log(`wrote ${dist}: ${pages.length} redirect pages and app.html, ${latest} → ${base}`);
