// Preview only: reload the page as soon as a build newer than the one it shows is ready.
(function () {
  "use strict";
  var shown = document.currentScript ? document.currentScript.getAttribute("data-version") : null;
  var events = new EventSource("/_kampanjekit/events");
  events.onmessage = function (e) {
    if (shown === null) shown = e.data;
    else if (e.data !== shown) window.location.reload();
  };
})();
