// The API's browsable documentation: Swagger UI on /api/v1/openapi.json (no inline code,
// so the page keeps the site's Content-Security-Policy).
(function () {
  "use strict";
  var root = document.getElementById("api-docs");
  window.SwaggerUIBundle({
    url: root.getAttribute("data-spec-url"),
    domNode: root,
    deepLinking: true,
    presets: [window.SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
})();
