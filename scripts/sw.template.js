// Interviewgids service worker, generated at build time by scripts/post_build.py.
// The app's files are precached under a cache named after the worker's scope and the build's
// content: a new build installs beside the old one and takes over when the user reloads, and
// two copies of the app on one origin (a test and a live one) keep each other's offline copy.
const BUILD = '__BUILD__';
const SCOPE = new URL(self.registration.scope).pathname;
const PREFIX = `interviewgids:${SCOPE}:`;
const CACHE = PREFIX + BUILD;
// Builds before the caches were named for their scope called them "interviewgids-<hash>".
const UNSCOPED = 'interviewgids-';
const ASSETS = __ASSETS__;
const ORG_FILE = 'org-library.json';
// Offline before the organisation's file was ever fetched: no standard lenses (an empty
// interchange file, like the one the build ships), rather than an error.
const NO_ORG_LENSES = '{"format":"interviewgids","version":2,"kind":"backup","sessions":[],"lenses":[]}';
const JSON_TYPE = { status: 200, headers: { 'Content-Type': 'application/json' } };

// Trunk and the build name files after their content ("main-0123456789abcdef.css"; Trunk
// leaves out leading zeros, so a name may have fewer than 16 digits).
const CONTENT_NAMED = /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$/;

// A file named after its content is the same file wherever it comes from, so the copy the
// page has just loaded (in the browser's HTTP cache) is taken as it is: the first visit does
// not download the app twice, even from a host that sends no validators. The rest is checked.
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        ASSETS.map((path) =>
          fetch(new Request(path, { cache: CONTENT_NAMED.test(path) ? 'force-cache' : 'no-cache' }))
            .then((response) => {
              if (!response.ok) throw new Error(`precache: ${path} answered ${response.status}`);
              return cache.put(path, response);
            }),
        ),
      ),
    ),
  );
});

// Only this scope's older caches go; an unscoped one from an earlier build goes only when
// everything in it lies under this scope (it is this copy's, not another copy's).
const ours = (key) =>
  key.startsWith(UNSCOPED)
    ? caches
        .open(key)
        .then((cache) => cache.keys())
        .then((requests) => requests.every((r) => new URL(r.url).pathname.startsWith(SCOPE)))
    : Promise.resolve(key.startsWith(PREFIX) && key !== CACHE);

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.map((key) => ours(key).then((mine) => mine && caches.delete(key)))),
      )
      .then(() => self.clients.claim()),
  );
});

// The page asks a waiting worker to take over once the user chose to reload.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const scope = new URL(self.registration.scope);
  if (!url.pathname.startsWith(scope.pathname)) return;

  // The organisation's file may change: network first, the last copy when offline.
  if (url.pathname === scope.pathname + ORG_FILE) {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        })
        .catch(() =>
          caches.match(request).then((hit) => hit || new Response(NO_ORG_LENSES, JSON_TYPE)),
        ),
    );
    return;
  }

  // Everything else: the app shell for navigations, otherwise cache first.
  const lookup = request.mode === 'navigate' ? './' : request;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(lookup, { ignoreSearch: request.mode === 'navigate' }))
      .then((hit) => hit || fetch(request)),
  );
});
