// Writes <dist>/_headers: the response headers recommended for deployment
// (the `_headers` format several static hosts read; docs/deploying.md shows the same
// headers for others). The Content-Security-Policy allows the inline module
// loaders Trunk emits (and prerender adapts) by their hashes, and nothing else inline.
//   node scripts/headers.mjs <dist> [frame-ancestors...]
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dist = 'dist', ...ancestors] = process.argv.slice(2);
// Prerendered pages (index.html and the rest) load the app after the first
// paint, the shell (app.html) at once: two loaders, two hashes.
const pages = ['index.html', 'app.html'].filter((name) => existsSync(join(dist, name)));
const inline = [...new Set(pages.flatMap((name) => [...readFileSync(join(dist, name), 'utf8')
  .matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1])))];
const hashes = inline.map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);

export const csp = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  // The offline reading worker (sw.js); its fetches are connect-src.
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors ${["'self'", ...ancestors].join(' ')}`,
].join('; ');

const headers = {
  'Content-Security-Policy': csp,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};
// Under a base path the worker may also answer the base without its
// trailing slash (`/report/2024`), one level above its own folder: the
// browser allows that scope only with this header on the worker's script.
const base = readFileSync(join(dist, 'index.html'), 'utf8').match(/<base href="([^"]+)"/)?.[1];
if (!base?.startsWith('/')) throw new Error(`${dist}/index.html has no <base href="/…">`);
const blocks = { '/*': headers };
if (base !== '/') blocks[`${base}sw.js`] = { 'Service-Worker-Allowed': base.slice(0, -1) };
writeFileSync(
  join(dist, '_headers'),
  Object.entries(blocks)
    .map(([path, block]) => `${path}\n${Object.entries(block).map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`)
    .join(''),
);
console.log(`wrote ${join(dist, '_headers')} (${inline.length} inline script hash(es))`);
