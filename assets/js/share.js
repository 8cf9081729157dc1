// Copy buttons for the sharing texts on kit and content pages (templates/layout/share.ftl).
// Without JavaScript the buttons stay hidden and readers select and copy the text themselves.
(function () {
  "use strict";
  var buttons = document.querySelectorAll("button[data-copy]");
  Array.prototype.forEach.call(buttons, function (button) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    if (!field) return;
    var status = button.parentNode.querySelector(".copy-status");
    var label = button.textContent;
    var timer = null;
    function copied() {
      button.textContent = button.getAttribute("data-copied");
      if (status) status.textContent = button.getAttribute("data-copied");
      clearTimeout(timer);
      timer = setTimeout(function () {
        button.textContent = label;
        if (status) status.textContent = "";
      }, 3000);
    }
    function bySelection() {
      field.focus();
      field.select();
      try {
        if (document.execCommand("copy")) copied();
      } catch (e) {
        // The text stays selected, ready for Ctrl+C.
      }
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(copied, bySelection);
        field.select();
      } else {
        bySelection();
      }
    });
  });
})();
