// Kampanjekit search: static files only (search-index.json, search-synonyms.json), no server.
// Norwegian-aware: æ/ø/å fold to ae/o/a on both sides, a light stemmer joins singular and
// plural (sjekkliste/sjekklister), the last word typed matches as a prefix, and synonym groups
// from kampanjekit.yml make «KJ» find «kjernejournal».
(function (global) {
  "use strict";

  var SUFFIXES = ["ene", "ane", "er", "ar", "en", "et", "a", "e"];
  var MIN_STEM = 4;

  function fold(text) {
    return String(text).toLowerCase()
      .replace(/æ/g, "ae").replace(/ø/g, "o").replace(/å/g, "a")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function stem(word) {
    for (var i = 0; i < SUFFIXES.length; i++) {
      var s = SUFFIXES[i];
      if (word.length - s.length >= MIN_STEM && word.slice(-s.length) === s) return word.slice(0, -s.length);
    }
    return word;
  }

  function terms(text) {
    return fold(text).split(/[^a-z0-9]+/).filter(Boolean).map(stem);
  }

  /** Each synonym group becomes a list of alternatives, each a list of stems. */
  function synonymTable(groups) {
    var table = {};
    (groups || []).forEach(function (group) {
      var alternatives = group.map(terms).filter(function (a) { return a.length; });
      alternatives.forEach(function (alt) {
        if (alt.length === 1) table[alt[0]] = alternatives;
      });
    });
    return table;
  }

  function prepare(index) {
    return index.map(function (doc) {
      return {
        doc: doc,
        title: new Set(terms(doc.title)),
        summary: new Set(terms(doc.summary)),
        text: new Set(terms(doc.text))
      };
    });
  }

  function has(set, term, prefix) {
    if (set.has(term)) return true;
    if (!prefix) return false;
    var found = false;
    set.forEach(function (t) { if (!found && t.indexOf(term) === 0) found = true; });
    return found;
  }

  /** Weight of one query term in one prepared document: 0 when it does not occur. */
  function weigh(prepared, alternatives, prefix) {
    var best = 0;
    alternatives.forEach(function (alt) {
      var score = 0;
      var all = alt.every(function (t, i) {
        var p = prefix && i === alt.length - 1;
        var w = has(prepared.title, t, p) ? 10 : has(prepared.summary, t, p) ? 4 : has(prepared.text, t, p) ? 1 : 0;
        score += w;
        return w > 0;
      });
      if (all && score > best) best = score;
    });
    return best;
  }

  function search(prepared, synonyms, query, lang) {
    var words = terms(query);
    if (!words.length) return [];
    var hits = [];
    prepared.forEach(function (p) {
      var total = 0;
      var ok = words.every(function (w, i) {
        var alternatives = synonyms[w] ? synonyms[w].concat([[w]]) : [[w]];
        var s = weigh(p, alternatives, i === words.length - 1);
        total += s;
        return s > 0;
      });
      if (ok) hits.push({ doc: p.doc, score: total + (p.doc.lang === lang ? 5 : 0) });
    });
    hits.sort(function (a, b) { return b.score - a.score || a.doc.title.localeCompare(b.doc.title, "nb"); });
    return hits.map(function (h) { return h.doc; });
  }

  global.Kampanjesok = { fold: fold, stem: stem, terms: terms, synonymTable: synonymTable, prepare: prepare, search: search };

  // The search page.
  function start() {
    var input = document.querySelector("[data-search-input]");
    var list = document.querySelector("[data-search-results]");
    var status = document.querySelector("[data-search-status]");
    if (!input || !list || !status) return;
    var root = list.getAttribute("data-root");
    var lang = list.getAttribute("data-lang");
    var prepared = null;
    var synonyms = {};
    var timer = null;

    function show(query) {
      if (!prepared) return;
      var results = query.trim() ? search(prepared, synonyms, query, lang) : [];
      list.textContent = "";
      results.slice(0, 50).forEach(function (doc) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = root + doc.url;
        a.textContent = doc.title;
        if (doc.lang !== lang) a.setAttribute("hreflang", doc.lang);
        var h = document.createElement("h2");
        h.className = "result-title";
        h.appendChild(a);
        li.appendChild(h);
        var meta = document.createElement("p");
        meta.className = "result-type";
        meta.textContent = doc.type_name + (doc.lang !== lang ? " · " + doc.lang : "");
        li.appendChild(meta);
        if (doc.summary) {
          var p = document.createElement("p");
          p.textContent = doc.summary;
          li.appendChild(p);
        }
        list.appendChild(li);
      });
      if (!query.trim()) status.textContent = "";
      else if (results.length === 0) status.textContent = status.getAttribute("data-none");
      else if (results.length === 1) status.textContent = status.getAttribute("data-one");
      else status.textContent = status.getAttribute("data-many").replace("{n}", String(results.length));
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { show(input.value); }, 120);
    });

    var q = new URLSearchParams(window.location.search).get("q");
    if (q) input.value = q;

    Promise.all([
      fetch(root + "search-index.json").then(function (r) { return r.json(); }),
      fetch(root + "search-synonyms.json").then(function (r) { return r.json(); })
    ]).then(function (loaded) {
      prepared = prepare(loaded[0]);
      synonyms = synonymTable(loaded[1]);
      show(input.value);
    });
  }

  if (typeof document !== "undefined") {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
    else start();
  }
})(typeof window !== "undefined" ? window : globalThis);
