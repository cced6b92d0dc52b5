// Writes page-code.json for scripts/split-wasm: for each chunk of page
// code, the files a page of it loads (the chunk, then the code it shares
// with other pages), read from the splitter's loader (__wasm_split.js).
//   node scripts/page-code.mjs path/to/__wasm_split.js path/to/page-code.json
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [loader, out] = process.argv.slice(2);
const source = readFileSync(loader, 'utf8');
// `export const __wasm_split_load_NAME = ... new URL("./FILE", ...) ... , [DEPS]`,
// each dependency `__chunk_N` being fetched from "./chunk_N.wasm".
const pattern = /export const __wasm_split_load_(\w+) = [^]*?new URL\("\.\/([\w.]+)"[^]*?\n, \[([^\]]*)\]/g;
const chunks = {};
for (const [, name, file, deps] of source.matchAll(pattern)) {
  const shared = deps
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => `${d.replace(/^__chunk_/, 'chunk_')}.wasm`);
  chunks[name] = [file, ...shared];
}
if (!Object.keys(chunks).length) {
  console.error(`page-code: no page chunks found in ${loader} (a new wasm-split?)`);
  process.exit(1);
}
for (const file of Object.values(chunks).flat()) {
  if (!existsSync(join(dirname(loader), file))) {
    console.error(`page-code: ${loader} names ${file}, which the splitter did not write`);
    process.exit(1);
  }
}
writeFileSync(out, JSON.stringify(chunks));
