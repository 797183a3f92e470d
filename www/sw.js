// Padilla's service worker: the files of one version of the app (every state's data
// included), kept so that it loads and assesses with no network. scripts/finish-dist.mjs writes VERSION (a hash of every file)
// and FILES (each file with its SHA-256) when the bundle is built.
//
// - Only the bundle's own files are cached, each checked against its hash as it is
//   downloaded, in a cache named after this version; nothing a reader types is ever stored.
// - Each version answers from its own cache only: old code never meets new data, nor the
//   reverse. A new version installs beside the old one and waits until the reader reloads
//   (the page sends 'activate'); then the old cache is deleted.
// - Any other request goes to the network untouched.
const VERSION = '__PADILLA_VERSION__';
const FILES = __PADILLA_FILES__;
const CACHE = `padilla-${VERSION}`;
const SCOPE = new URL('./', self.location.href);

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // `integrity`: a file that changed on the server since this list was written fails the
    // install (tried again on the next visit) instead of mixing two versions.
    await Promise.all(FILES.map(async ([path, integrity]) => {
      const url = new URL(path, SCOPE);
      const response = await fetch(url, { cache: 'no-store', integrity, credentials: 'omit' });
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      await cache.put(url, response);
    }));
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('padilla-') && name !== CACHE) await caches.delete(name);
    }
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'activate') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    let key = new URL(url.pathname, SCOPE);
    if (request.mode === 'navigate' && key.pathname.endsWith('/')) key = new URL('index.html', key);
    // The data files are asked for with ?v=<data version>; the cache holds them without.
    const hit = await cache.match(key, { ignoreSearch: true });
    return hit ?? fetch(request);
  })());
});
