// Narrow the regency list to the chosen province. Without JavaScript every regency
// stays listed and the server still refuses a regency outside the province.
(function () {
  function pairUp(provinceSelect, regencySelect) {
    var all = Array.prototype.slice.call(regencySelect.options);
    function filter() {
      var province = provinceSelect.value;
      var current = regencySelect.value;
      regencySelect.innerHTML = "";
      all.forEach(function (option) {
        if (!option.value || !province || option.value.indexOf(province + ".") === 0) {
          regencySelect.appendChild(option);
        }
      });
      regencySelect.value = current;
      if (regencySelect.value !== current) { regencySelect.selectedIndex = 0; }
    }
    provinceSelect.addEventListener("change", filter);
    filter();
  }
  document.addEventListener("DOMContentLoaded", function () {
    var pairs = [["province_code", "regency_code"], ["province", "regency"]];
    pairs.forEach(function (names) {
      var p = document.getElementById(names[0]);
      var r = document.getElementById(names[1]);
      if (p && r && p.tagName === "SELECT" && r.tagName === "SELECT") { pairUp(p, r); }
    });
  });
})();

// Keep the pages a group officer uses readable without signal (static/sw.js).
if ("serviceWorker" in navigator) {
  window.addEventListener("load", function () { navigator.serviceWorker.register("/sw.js"); });
}

// A date input shows the browser's own format; the line under it says the picked date in
// the page's language (the server writes it the same way with Babel when the form opens).
(function () {
  function echoFor(input) {
    var echo = input.parentNode.querySelector(".form-text");
    if (!echo) {
      echo = document.createElement("small");
      echo.className = "form-text text-body-secondary";
      input.insertAdjacentElement("afterend", echo);
    }
    return echo;
  }
  function show(input) {
    if (!input.value || !window.Intl) { return; }
    var parts = input.value.split("-").map(Number);
    var day = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2]));
    var format = new Intl.DateTimeFormat(document.documentElement.lang || "id", {
      weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC"
    });
    echoFor(input).textContent = format.format(day);
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("input[data-date-echo]").forEach(function (input) {
      input.addEventListener("change", function () { show(input); });
    });
  });
})();
