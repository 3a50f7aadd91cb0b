// Lets a volunteer open the log-hours form without signal: the pages are fetched from the
// network when possible and from this cache otherwise. Posts are never touched (the page's own
// script keeps logs made offline and sends them later).
const cacheName = 'social-prescribing-volunteer-v1';
const pages = ['/volunteer/log-hours', '/volunteer/hours'];
const assets = ['/nhsuk/nhsuk-frontend.min.css', '/nhsuk/nhsuk-frontend.min.js', '/css/site.css', '/js/offline-hours.js'];

self.addEventListener('install', event => {
  event.waitUntil(caches.open(cacheName).then(cache => cache.addAll(assets)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(names => Promise.all(names.filter(name => name !== cacheName).map(name => caches.delete(name))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (pages.includes(url.pathname)) {
    event.respondWith(fetch(request)
      .then(response => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(cacheName).then(cache => cache.put(url.pathname, copy));
        }
        return response;
      })
      .catch(() => caches.match(url.pathname).then(cached => cached ?? Response.error())));
  } else if (assets.includes(url.pathname)) {
    event.respondWith(caches.match(url.pathname).then(cached => cached ?? fetch(request)));
  }
});
