// Remembers ticked checkboxes on checklist pages (localStorage, no cookies).
(function () {
  "use strict";
})();
