// Writes <dist>/_headers: the response headers recommended for deployment
// (the `_headers` format several static hosts read; README shows the same
// headers for others). The Content-Security-Policy allows the inline module
// loader Trunk emits by its hash, and nothing else inline.
//   node scripts/headers.mjs <dist> [frame-ancestors...]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dist = 'dist', ...ancestors] = process.argv.slice(2);
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);

export const csp = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
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
writeFileSync(
  join(dist, '_headers'),
  `/*\n${Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`,
);
console.log(`wrote ${join(dist, '_headers')} (${inline.length} inline script hash(es))`);
