// While a listing's suggestions are being prepared, look again every two seconds and put
// them in place once they are ready; without JavaScript a reload shows them.
(function () {
  var tries = 0;
  function look() {
    var box = document.getElementById("suggestions");
    if (!box || !box.querySelector('[data-preparing="preparing"]') || tries++ > 30) { return; }
    fetch(window.location.href, { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : ""; })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("suggestions");
        if (fresh && !fresh.querySelector('[data-preparing="preparing"]')) {
          box.replaceWith(fresh);
        } else {
          window.setTimeout(look, 2000);
        }
      })
      .catch(function () { window.setTimeout(look, 4000); });
  }
  document.addEventListener("DOMContentLoaded", function () { window.setTimeout(look, 1500); });
})();
