// Kampanjekit, progressive enhancement only: every page works without this file.
// Checklists: ticks are remembered per page in localStorage (no cookies, nothing leaves the
// browser); a reset and a print button and a progress line are added, since they need JS.
(function () {
  "use strict";

  function storageKey(page, id) {
    return "kampanjekit:" + page + ":" + id;
  }

  function store() {
    try {
      var s = window.localStorage;
      s.setItem("kampanjekit:probe", "1");
      s.removeItem("kampanjekit:probe");
      return s;
    } catch (e) {
      return null; // private mode or storage switched off: ticks simply are not remembered
    }
  }

  function setUpChecklist(tools) {
    var page = tools.getAttribute("data-checklist");
    var body = document.querySelector('[data-checklist-body="' + page + '"]');
    if (!body) return;
    var boxes = Array.prototype.slice.call(body.querySelectorAll("input.task-checkbox"));
    var storage = store();
    var progress = document.createElement("p");
    progress.className = "checklist-progress";
    progress.setAttribute("aria-live", "polite");

    function update() {
      var done = boxes.filter(function (b) { return b.checked; }).length;
      progress.textContent = tools.getAttribute("data-progress-label")
        .replace("{done}", String(done)).replace("{total}", String(boxes.length));
    }

    boxes.forEach(function (box) {
      if (storage) {
        var saved = storage.getItem(storageKey(page, box.id));
        if (saved !== null) box.checked = saved === "1";
      }
      box.addEventListener("change", function () {
        if (storage) storage.setItem(storageKey(page, box.id), box.checked ? "1" : "0");
        update();
      });
    });

    var reset = document.createElement("button");
    reset.type = "button";
    reset.className = "button button-secondary";
    reset.setAttribute("data-action", "reset");
    reset.textContent = tools.getAttribute("data-reset-label");
    reset.addEventListener("click", function () {
      boxes.forEach(function (box) {
        box.checked = false;
        if (storage) storage.setItem(storageKey(page, box.id), "0");
      });
      update();
      if (boxes.length) boxes[0].focus();
    });

    var print = document.createElement("button");
    print.type = "button";
    print.className = "button";
    print.setAttribute("data-action", "print");
    print.textContent = tools.getAttribute("data-print-label");
    print.addEventListener("click", function () { window.print(); });

    tools.appendChild(progress);
    tools.appendChild(reset);
    tools.appendChild(print);
    update();
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-checklist]"), setUpChecklist);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
