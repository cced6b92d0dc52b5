// Writes <dist>/sw.js, the service worker for offline reading: public/sw.js
// after the build's manifest (what it caches and a version that changes
// with any of it). Run after the last step that changes a cached file (the
// snapshot's minifying) and before precompressing. <routes.json> is what
// `cargo run --bin routes` prints for the build's snapshot: the worker
// takes the pattern of the app's paths from it.
//   node scripts/offline.mjs <dist> <base> <routes.json>
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const [dist, base, routesFile] = process.argv.slice(2);
if (!dist || !base?.startsWith('/') || !base.endsWith('/') || !routesFile) {
  console.error('usage: node scripts/offline.mjs <dist> </base/path/> <routes.json>');
  process.exit(2);
}
const appPaths = JSON.parse(readFileSync(routesFile, 'utf8')).app_paths;
if (typeof appPaths !== 'string') {
  console.error(`${routesFile} has no app_paths: print it with the current \`cargo run --bin routes\``);
  process.exit(1);
}

// Not for reading: link-preview images, crawler files, compressed siblings
// (the browser asks for the file), host headers, the worker itself and the
// build's list of page code files (read by the prerender step only).
const LEFT_OUT = [/^cards\//, /\.(br|gz)$/, /^_headers$/, /^sitemap\.xml$/, /^robots\.txt$/, /^sw\.js$/, /\/page-code\.json$/];

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield relative(dist, path).split(sep).join('/');
  }
}

const names = [...walk(dist)].filter((name) => !LEFT_OUT.some((re) => re.test(name))).sort();
const url = (name) => base + name;
// A prerendered page is served at its path: members/yokohama/index.html
// at <base>members/yokohama, index.html at <base>.
const pages = names.filter((name) => name === 'index.html' || name.endsWith('/index.html'));
const files = names.filter((name) => !pages.includes(name));
const hash = createHash('sha256');
for (const name of names) hash.update(name).update('\0').update(readFileSync(join(dist, name)));
const version = hash.digest('hex').slice(0, 16);

const build = {
  version,
  base,
  appPaths,
  shell: url('app.html'),
  pages: pages.map((name) => url(name.replace(/(^|\/)index\.html$/, ''))),
  files: files.map(url),
};
if (!files.includes('app.html')) {
  console.error(`${dist}/app.html is missing: run the prerender step first`);
  process.exit(1);
}
const worker = readFileSync(new URL('../public/sw.js', import.meta.url), 'utf8');
writeFileSync(join(dist, 'sw.js'), `const BUILD = ${JSON.stringify(build)};\n${worker}`);
const bytes = names.reduce((sum, name) => sum + readFileSync(join(dist, name)).length, 0);
console.log(
  `wrote ${join(dist, 'sw.js')}: version ${version}, ${pages.length} pages and ${files.length} files to keep offline (${bytes} bytes before compression)`,
);
