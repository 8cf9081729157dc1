// Decap's preview pane, styled by the site's own stylesheet and laid out like a content page.
// Addresses are relative to this script, so a site under a base path (…/kampanje/admin/) finds
// …/kampanje/css/site.css. Loaded after decap-cms.js, which defines CMS, h and createClass.
(function () {
  "use strict";
  var here = document.currentScript.src;
  CMS.registerPreviewStyle(new URL("../css/site.css", here).href);
  CMS.registerPreviewStyle(new URL("preview.css", here).href);

  var ContentPage = createClass({
    render: function () {
      var data = this.props.entry.get("data");
      var summary = data.get("summary");
      return h("article", { className: "content type-" + (data.get("type") || "page") },
        h("header", { className: "content-header" },
          data.get("status") === "draft" ? h("p", { className: "draft-banner" }, "Utkast") : null,
          h("h1", null, data.get("title") || ""),
          summary ? h("p", { className: "lead" }, summary) : null),
        h("div", { className: "content-main" }, h("div", { className: "body" }, this.props.widgetFor("body"))));
    }
  });
  // The collection names are written into config.yml by the build; each gets the same layout.
  JSON.parse(document.currentScript.getAttribute("data-collections")).forEach(function (name) {
    CMS.registerPreviewTemplate(name, ContentPage);
  });
})();
