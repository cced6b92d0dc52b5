// A static file server for the built app, as a static host would serve it:
// files from a folder under a base path, {path}/index.html for a page's path
// (prerendered pages) and app.html for any other path under that base
// (client-side routes), precompressed .br/.gz siblings when the
// client accepts them, and optional response headers (e.g. a strict CSP).
//
//   node tests/e2e/server.mjs --root dist --port 4173 [--base /report/2024/]
//        [--header "Name: value"]... [--headers-file dist/_headers]
//        [--mount /report/2025/=target/editions/dist-2025]...
// --mount serves another folder under another base on the same origin (two
// editions side by side, as a host publishes them).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

export function parseArgs(argv) {
  const options = { root: 'dist', port: 4173, base: '/', headers: {}, pathHeaders: {}, mounts: [] };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--root') options.root = value;
    else if (flag === '--port') options.port = Number(value);
    else if (flag === '--base') options.base = value.endsWith('/') ? value : `${value}/`;
    else if (flag === '--mount') {
      const [base, root] = value.split('=');
      options.mounts.push({ base: base.endsWith('/') ? base : `${base}/`, root });
    }
    else if (flag === '--header') {
      const at = value.indexOf(':');
      options.headers[value.slice(0, at).trim()] = value.slice(at + 1).trim();
    } else if (flag === '--headers-file') {
      const { all, byPath } = readHeadersFile(value);
      Object.assign(options.headers, all);
      Object.assign(options.pathHeaders, byPath);
    } else throw new Error(`unknown option ${flag}`);
  }
  return options;
}

/**
 * The blocks of a `_headers` file: `all`, the headers of its `/*` block;
 * `byPath`, those of each block for one exact path (`/report/2024/sw.js`).
 */
function readHeadersFile(path) {
  const all = {};
  const byPath = {};
  let block;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.startsWith(' ')) {
      const name = line.trim();
      block = name === '/*' ? all : name ? (byPath[name] = {}) : undefined;
    } else if (block && line.includes(':')) {
      const at = line.indexOf(':');
      block[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return { all, byPath };
}

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves `root` on `port` under `base`, with `headers` on every answer and
 * `pathHeaders[path]` on the answer for `path`. `rewrite: [from, to]` replaces text
 * in the HTML it serves (the embed tests point their demo host page at the
 * build under test). `requests`, if given, gets each request's path, in
 * the order they came (the offline tests see the worker's own requests).
 */
export function startServer({ root, port, base: mainBase, headers, pathHeaders = {}, rewrite, requests, mounts = [] }) {
  // The folder and base a path is served from: the longest base it is under.
  const folders = [{ base: mainBase, root }, ...mounts]
    .map((m) => ({ base: m.base, rootDir: resolve(m.root) }))
    .sort((a, b) => b.base.length - a.base.length);
  const handle = async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    requests?.push(url.pathname);
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    const common = { ...headers, ...pathHeaders[pathname], 'Cache-Control': 'no-cache' };
    const { base, rootDir } = folders.find((f) => pathname.startsWith(f.base) || `${pathname}/` === f.base) ?? folders.at(-1);
    if (!pathname.startsWith(base) && `${pathname}/` !== base) {
      res.writeHead(404, { ...common, 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const relative = normalize(pathname.slice(base.length - 1)).replace(/^(\.\.[/\\])+/, '');
    let file = join(rootDir, relative);
    if (!file.startsWith(rootDir) || !(await isFile(file))) {
      // A route of the app (no file extension) gets its prerendered page,
      // or else the app shell.
      if (extname(pathname) && extname(pathname) !== '.html') {
        res.writeHead(404, { ...common, 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      const page = join(file, 'index.html');
      const shell = join(rootDir, 'app.html');
      file = page.startsWith(rootDir) && (await isFile(page)) ? page : (await isFile(shell)) ? shell : join(rootDir, 'index.html');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const accepts = req.headers['accept-encoding'] ?? '';
    let body;
    let encoding;
    for (const [name, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
      if (accepts.includes(name) && (await isFile(file + suffix))) {
        body = await readFile(file + suffix);
        encoding = name;
        break;
      }
    }
    body ??= await readFile(file);
    if (rewrite && !encoding && type.startsWith('text/html')) body = Buffer.from(body.toString('utf8').replaceAll(rewrite[0], rewrite[1]));
    res.writeHead(200, {
      ...common,
      'Content-Type': type,
      'Content-Length': body.length,
      Vary: 'Accept-Encoding',
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  // A file gone while it was being served (a test changing the build) is
  // a 500 for that request, not the server's end.
  const server = createServer((req, res) =>
    handle(req, res).catch((error) => (res.headersSent ? res.destroy() : res.writeHead(500).end(error.message))),
  );
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const options = parseArgs(process.argv.slice(2));
  await startServer(options);
  console.log(`Serving ${options.root} at http://127.0.0.1:${options.port}${options.base}`);
}
