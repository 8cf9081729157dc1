// Kampanjekit: progressive enhancement only. Every page works without this file.
//
// Checklists: each tick is remembered in this browser's localStorage, keyed by the page's path
// (from data-checklist) and the checkbox id, so two checklists never share ticks. No cookies,
// nothing leaves the browser. Because they need JavaScript, the progress line and the
// «Nullstill» (reset) and «Skriv ut» (print) buttons are added here, not in the HTML.
//
// Tables: a table wider than the column is put in a box that scrolls sideways (see wrapTables).
//
// Private e-mail addresses become mailto: links (see revealEmails).
(function () {
  "use strict";

  var PREFIX = "kampanjekit:checklist:";

  function storageKey(page, id) {
    return PREFIX + page + "#" + id;
  }

  /** localStorage, or null when the browser will not keep anything (private mode, blocked storage). */
  function store() {
    try {
      var s = window.localStorage;
      var probe = PREFIX + "probe";
      s.setItem(probe, "1");
      s.removeItem(probe);
      return s;
    } catch (e) {
      return null;
    }
  }

  function button(label, action, className, onClick) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = className;
    b.setAttribute("data-action", action);
    b.textContent = label;
    b.addEventListener("click", onClick);
    return b;
  }

  function setUpChecklist(tools) {
    var page = tools.getAttribute("data-checklist");
    var body = document.querySelector('[data-checklist-body="' + page + '"]');
    if (!body) return;
    var boxes = Array.prototype.slice.call(body.querySelectorAll("input.task-checkbox"));
    if (!boxes.length) return;
    var storage = store();

    var progress = document.createElement("p");
    progress.className = "checklist-progress";
    var status = document.createElement("p");
    status.className = "checklist-status";
    status.setAttribute("role", "status");

    function update() {
      var done = boxes.filter(function (b) { return b.checked; }).length;
      progress.textContent = tools.getAttribute("data-progress-label")
        .replace("{done}", String(done)).replace("{total}", String(boxes.length));
      tools.classList.toggle("checklist-complete", done === boxes.length);
    }

    boxes.forEach(function (box) {
      if (!box.id) return;
      if (storage) {
        var saved = storage.getItem(storageKey(page, box.id));
        if (saved !== null) box.checked = saved === "1";
      }
      box.addEventListener("change", function () {
        if (storage) storage.setItem(storageKey(page, box.id), box.checked ? "1" : "0");
        status.textContent = "";
        update();
      });
    });

    // Reset puts every box back as the page was written (a `- [x]` item stays ticked) and forgets them.
    var reset = button(tools.getAttribute("data-reset-label"), "reset", "button button-secondary", function () {
      boxes.forEach(function (box) {
        box.checked = box.defaultChecked;
        if (storage && box.id) storage.removeItem(storageKey(page, box.id));
      });
      update();
      status.textContent = tools.getAttribute("data-reset-done");
    });
    var print = button(tools.getAttribute("data-print-label"), "print", "button", function () { window.print(); });

    var actions = document.createElement("div");
    actions.className = "checklist-actions";
    actions.appendChild(print);
    actions.appendChild(reset);

    tools.appendChild(progress);
    tools.appendChild(actions);
    if (storage) {
      var saved = document.createElement("p");
      saved.className = "checklist-saved";
      saved.textContent = tools.getAttribute("data-saved-label");
      tools.appendChild(saved);
    }
    tools.appendChild(status);
    tools.hidden = false;
    // The progress line says how many there are; the plain count above is for pages without JS.
    var count = document.querySelector(".task-count");
    if (count) count.hidden = true;
    update();
  }

  // Tables wider than the text column scroll sideways in their own box instead of widening the
  // page; a box that scrolls can be reached and scrolled with the keyboard.
  function wrapTables() {
    var label = document.body.getAttribute("data-table-label") || "";
    var wraps = Array.prototype.map.call(document.querySelectorAll(".body table"), function (table) {
      if (table.parentNode.classList.contains("table-wrap")) return table.parentNode;
      var wrap = document.createElement("div");
      wrap.className = "table-wrap";
      table.parentNode.insertBefore(wrap, table);
      wrap.appendChild(table);
      var head = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) { return th.textContent.trim(); });
      wrap.setAttribute("data-label", (label + ": " + head.join(", ")).replace(/^: /, ""));
      return wrap;
    });
    function check() {
      wraps.forEach(function (wrap) {
        var scrolls = wrap.scrollWidth > wrap.clientWidth + 1;
        if (scrolls && !wrap.hasAttribute("tabindex")) {
          wrap.setAttribute("tabindex", "0");
          wrap.setAttribute("role", "region");
          wrap.setAttribute("aria-label", wrap.getAttribute("data-label"));
        } else if (!scrolls && wrap.hasAttribute("tabindex")) {
          wrap.removeAttribute("tabindex");
          wrap.removeAttribute("role");
          wrap.removeAttribute("aria-label");
        }
      });
    }
    if (!wraps.length) return;
    check();
    var timer = null;
    window.addEventListener("resize", function () {
      clearTimeout(timer);
      timer = setTimeout(check, 150);
    });
  }

  // Private e-mail addresses (written privat:… in Markdown) reach the page without an href and
  // only as «kari.nordmann [krøllalfa] kommune.no», so address harvesters that read HTML find
  // nothing. data-kk-epost holds the address reversed, ROT13 and percent-encoded
  // (no.kampanjekit.markdown.PrivateEmail); here it becomes a working mailto: link.
  function rot13(s) {
    return s.replace(/[a-zA-Z]/g, function (c) {
      var base = c <= "Z" ? 65 : 97;
      return String.fromCharCode((c.charCodeAt(0) - base + 13) % 26 + base);
    });
  }

  function revealEmails() {
    Array.prototype.forEach.call(document.querySelectorAll("a[data-kk-epost]"), function (a) {
      var address;
      try {
        address = rot13(decodeURIComponent(a.getAttribute("data-kk-epost"))).split("").reverse().join("");
      } catch (e) {
        return;
      }
      a.setAttribute("href", "mailto:" + address);
      var shown = a.querySelector(".private-email-address");
      if (shown) shown.textContent = address;
    });
  }

  // A folder's own page (content/x/index.md) is at /x/; the browser editor's «view live» link
  // and hand-typed addresses may say /x/index/, which the host answers with the 404 page.
  function folderPageFromIndex() {
    if (!document.body.classList.contains("not-found")) return false;
    var m = window.location.pathname.match(/^(.*\/)index\/?$/);
    if (!m) return false;
    window.location.replace(m[1] + window.location.search + window.location.hash);
    return true;
  }

  function start() {
    if (folderPageFromIndex()) return;
    Array.prototype.forEach.call(document.querySelectorAll("[data-checklist]"), setUpChecklist);
    wrapTables();
    revealEmails();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
