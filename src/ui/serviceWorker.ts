/**
 * The offline worker (served as sw.js): on install it caches every file of the build, so
 * after a first visit the game plays without a network. The build
 * (scripts/offline-worker.ts) puts `PRECACHE` in front of this code: the built files and
 * a version naming that list. A new build has a new version, so the browser installs the
 * new worker, which retires the old cache.
 *
 * Type-checked on its own with the worker's types (tsconfig.sw.json), not the page's.
 */
declare const PRECACHE: { version: string; files: string[] };

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `security-dilemma-${PRECACHE.version}`;

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.files))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('security-dilemma-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => worker.clients.claim()),
  );
});

// ignoreVary: the server varies on Origin, and module scripts are fetched in CORS mode.
worker.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== worker.location.origin) return;
  event.respondWith(caches.match(request, { ignoreSearch: true, ignoreVary: true }).then((hit) => hit || fetch(request)));
});
