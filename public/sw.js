// The edition's service worker: after one visit the whole report opens
// without a network. scripts/offline.mjs writes it into a build as
// <dist>/sw.js, after a line that defines the build's manifest:
//   const BUILD = { version, base, appPaths, shell, pages: [...], files: [...] };
// version: a hash of every file below, so any change (a new snapshot, new
// wasm) is a new worker with a cache of its own; base: the base path the
// build serves under; appPaths: a regular expression for every path the
// app renders, relative to the base (`routes::app_paths_pattern`); shell:
// app.html's URL (the page for an app path with no prerendered page);
// pages: the prerendered pages' URLs; files: every other file the app
// loads (Trunk's hashed JS, wasm and CSS, the snapshot, the maps, the CSV
// files). Share cards, the sitemap and compressed siblings are left out.
//
// How each request is answered (GET, same origin, under the base only but
// for the base without its trailing slash):
// - a listed file: if hashed (a name Trunk gives by content), from the
//   cache; any other (the snapshot, maps, CSV, also when downloaded) from
//   the network, the cached copy when that fails. A page that was itself
//   answered from the cache takes everything it loads from the cache, so
//   older wasm never meets a newer snapshot.
// - a page (navigation) at an app path: from the network, so a reader
//   online always gets the latest build; offline, or with no answer in
//   NAVIGATION_TIMEOUT_MS, the cached page for that path (any query: the
//   app applies it), else the shell, which renders every route, embed
//   pages and the not-found page included.
// - a page at the base without its trailing slash (`/report/2024`, in the
//   worker's scope where the host sends Service-Worker-Allowed): a
//   redirect to the base, which the rules above answer.
// Nothing else is touched: a host serving the edition from its root keeps
// its own pages to itself. Nothing is stored but at install, and only 200
// answers: an install that meets any other answer fails and the old worker
// stays. A new worker takes over at once and deletes the older caches of
// its base path (another base's build on the same origin keeps its own).
// No library (Workbox) is used: its precache keys every URL by revision and
// matches navigations to one fallback page, where this needs one page per
// path and the rules above; the whole of it is this file.

const CACHE_PREFIX = `iclei-report ${BUILD.base} `;
const CACHE = CACHE_PREFIX + BUILD.version;
const NAVIGATION_TIMEOUT_MS = 4000;
// Trunk's names, and the page code in the folder named like the main module
// (scripts/split-wasm): its files are as new as their folder's name.
const HASHED = /-[0-9a-f]{16}((_bg)?\.(js|wasm|css)|\/[\w.]+\.(js|wasm))$/;
const FILES = new Set(BUILD.files);
const APP_PATH = new RegExp(BUILD.appPaths);
// Clients whose page came from the cache (lost when the worker restarts,
// which a page's own loading does not outlast).
const fromCache = new Set();

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await Promise.all(
        [...BUILD.pages, ...BUILD.files].map(async (url) => {
          // Hashed files may come from the HTTP cache (the page has just
          // loaded them); anything else is revalidated.
          const response = await fetch(url, { cache: HASHED.test(url) ? 'default' : 'no-cache' });
          if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
          // A page a host reached by redirect cannot answer a navigation.
          const stored = response.redirected
            ? new Response(await response.blob(), { headers: response.headers })
            : response;
          await cache.put(url, stored);
        }),
      );
      await self.skipWaiting();
    })().catch(async (error) => {
      await caches.delete(CACHE);
      throw error;
    }),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // The base without its trailing slash (in scope where the host allows
  // it): the address of the overview, online or not.
  if (request.mode === 'navigate' && `${url.pathname}/` === BUILD.base) {
    event.respondWith(Response.redirect(BUILD.base + url.search, 301));
    return;
  }
  if (!url.pathname.startsWith(BUILD.base)) return;
  if (FILES.has(url.pathname)) {
    event.respondWith(file(event, url.pathname));
  } else if (request.mode === 'navigate' && APP_PATH.test(url.pathname.slice(BUILD.base.length - 1))) {
    event.respondWith(page(event, url));
  }
});

/**
 * A page: the network's answer; if it fails or is slow, the cached page,
 * else the shell; with neither, the network's answer after all.
 */
async function page(event, url) {
  const network = fetch(event.request);
  try {
    return await withTimeout(network, NAVIGATION_TIMEOUT_MS);
  } catch {
    const cache = await caches.open(CACHE);
    const path = url.pathname === BUILD.base ? url.pathname : url.pathname.replace(/\/$/, '');
    const cached = (await cache.match(path)) ?? (await cache.match(BUILD.shell));
    if (!cached) return network;
    if (event.resultingClientId) fromCache.add(event.resultingClientId);
    return cached;
  }
}

/** A listed file: by the rules above. */
async function file(event, path) {
  const cached = await caches.open(CACHE).then((cache) => cache.match(path));
  if (cached && (HASHED.test(path) || fromCache.has(event.clientId))) return cached;
  try {
    const response = await fetch(event.request);
    return response.ok || !cached ? response : cached;
  } catch (error) {
    if (cached) return cached;
    throw error;
  }
}

function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}
