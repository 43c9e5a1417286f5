// Posts written without signal wait on the phone (IndexedDB) and are sent when it returns.
// Every create form carries a one-time key (idempotency_key), so sending twice makes one
// record. A CSRF token that expired while waiting is renewed from /csrf-token.
(function () {
  "use strict";
  if (!window.indexedDB || !window.fetch) { return; }
  var DB = "pasar-outbox", STORE = "posts";

  function open() {
    return new Promise(function (resolve, reject) {
      var req = indexedDB.open(DB, 1);
      req.onupgradeneeded = function () { req.result.createObjectStore(STORE, { keyPath: "id", autoIncrement: true }); };
      req.onsuccess = function () { resolve(req.result); };
      req.onerror = function () { reject(req.error); };
    });
  }
  function tx(mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var t = db.transaction(STORE, mode), result = work(t.objectStore(STORE));
        t.oncomplete = function () { resolve(result && result.result); };
        t.onerror = function () { reject(t.error); };
      });
    });
  }
  function all() { return tx("readonly", function (s) { return s.getAll(); }); }
  function add(item) { return tx("readwrite", function (s) { return s.add(item); }); }
  function put(item) { return tx("readwrite", function (s) { return s.put(item); }); }
  function remove(id) { return tx("readwrite", function (s) { return s.delete(id); }); }

  var banner = document.getElementById("outbox-status");
  function show(items) {
    if (!banner) { return; }
    var waiting = items.filter(function (i) { return !i.refused; }).length;
    var refused = items.length - waiting;
    var parts = [];
    if (waiting) { parts.push(banner.dataset.waiting.replace("{n}", waiting)); }
    if (refused) { parts.push(banner.dataset.refused.replace("{n}", refused)); }
    banner.textContent = parts.join(" ");
    banner.classList.toggle("d-none", parts.length === 0);
  }
  function refresh() { return all().then(show); }

  function post(item) {
    return fetch(item.action, {
      method: "POST", body: new URLSearchParams(item.fields), credentials: "same-origin", redirect: "follow"
    });
  }
  function freshToken() {
    return fetch("/csrf-token", { credentials: "same-origin", cache: "no-store" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) { return data && data.csrf_token; });
  }
  function send(item) {
    return post(item).then(function (response) {
      if (response.status !== 400) { return response; }
      return freshToken().then(function (token) {
        if (!token) { return response; }
        item.fields = item.fields.map(function (f) { return f[0] === "csrf_token" ? [f[0], token] : f; });
        return post(item);
      });
    }).then(function (response) {
      if (response.redirected) { return remove(item.id); }  // created (or created before): done
      if (response.status >= 500) { return null; }  // try again later
      item.refused = true;  // the server refused the content: keep it for the person to see
      return put(item);
    }, function () { return null; });  // still no signal
  }
  var flushing = null;
  function flush() {
    if (!navigator.onLine || flushing) { return flushing; }
    flushing = all().then(function (items) {
      return items.filter(function (i) { return !i.refused; })
        .reduce(function (chain, item) { return chain.then(function () { return send(item); }); }, Promise.resolve());
    }).then(function () { flushing = null; return refresh(); }, function () { flushing = null; });
    return flushing;
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (navigator.onLine || !form.querySelector("input[name=idempotency_key]")) { return; }
    event.preventDefault();
    var fields = [];
    new FormData(form).forEach(function (value, name) { if (typeof value === "string") { fields.push([name, value]); } });
    add({ action: form.action, fields: fields, page: location.pathname, saved: Date.now() })
      .then(function () { form.reset(); return refresh(); });
  });
  window.addEventListener("online", flush);
  refresh().then(flush);
})();
