// Pasar Pendamping's service worker: pages stay readable offline, static files come from
// the cache. Posts written offline are queued by static/js/app.js (IndexedDB), not here.
"use strict";
var PAGES = "pages-v1";
var STATIC = "static-v1";

self.addEventListener("install", function () { self.skipWaiting(); });
self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) { return n !== PAGES && n !== STATIC; })
      .map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }));
});

function isStatic(url) {
  return url.pathname.indexOf("/static/") === 0 || url.pathname.indexOf("/bootstrap/static/") === 0;
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) { return; }
  if (request.method === "POST" && url.pathname === "/auth/logout") {
    // Signed out: nobody else on this phone should read the pages kept for this person.
    event.waitUntil(caches.delete(PAGES));
    return;
  }
  if (request.method !== "GET") { return; }
  if (isStatic(url)) {
    // Hashed names never change content: the cache is always right.
    event.respondWith(caches.open(STATIC).then(function (cache) {
      return cache.match(request, { ignoreVary: true }).then(function (hit) {
        return hit || fetch(request).then(function (response) {
          if (response.ok) { event.waitUntil(cache.put(request, response.clone())); }
          return response;
        });
      });
    }));
    return;
  }
  if (request.mode === "navigate") {
    // Network first, so pages are current when there is signal; the last copy otherwise.
    event.respondWith(fetch(request).then(function (response) {
      if (response.ok && response.type === "basic") {
        var copy = response.clone();
        event.waitUntil(caches.open(PAGES).then(function (cache) { return cache.put(request, copy); }));
      }
      return response;
    }).catch(function () {
      return caches.open(PAGES).then(function (cache) {
        return cache.match(request, { ignoreVary: true }).then(function (hit) {
          return hit || cache.match("/dashboard", { ignoreVary: true });
        });
      }).then(function (page) { return page || offlinePage(); });
    }));
  }
});

function offlinePage() {
  var body = "<!doctype html><meta charset=utf-8><meta name=viewport content='width=device-width'>" +
    "<title>Offline</title><p>Tidak ada sinyal. Halaman ini belum pernah dibuka di HP ini.</p>" +
    "<p lang=en>No signal. This page was not opened on this phone before.</p><p><a href='/dashboard'>Halaman saya / My page</a></p>";
  return new Response(body, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
}
