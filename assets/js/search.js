// Kampanjekit search: static files only, no server. The search page reads search-index.json
// ([{url, title, summary, lang, type, type_name, text}], url relative to the root) and
// search-synonyms.json ([["kj", "kjernejournal"], …]) from the site root given in data-root.
//
// Matching is Norwegian-aware and the same on both sides (query and index):
//   - lower case, and æ→ae, ø→o, å→a (other accents dropped), so «kjøre» and «kjore» meet;
//   - a light stemmer strips one common plural or definite ending (-ene, -ane, -er, -ar, -en,
//     -et, -a, -e, and -ere, -eren, -erne, -arar, -aren, -arane) when a stem of at least four
//     letters is left, so «sjekklister» finds «sjekkliste» and «enhetsledere» «enhetsleder»;
//   - the last word typed also matches as the start of a word, so results come while typing;
//   - synonym groups: «KJ» finds «kjernejournal», «PLL» finds «pasientens legemiddelliste».
// Every word typed must match (common little words like «og» and «i» are skipped). Pages in the
// page's own language come first; within them, a match in the title outranks one in the
// summary, which outranks one in the text.
//
// The pure functions are exported as the global Kampanjesok (and module.exports under Node) so
// tests can load this file and call them without a page.
(function (global) {
  "use strict";

  // Longest first. The compound endings keep the -er/-ar nouns together: leder, lederen, ledere and
  // sykepleier, sykepleiere, sykepleieren all become one stem; so do nynorsk leiar, leiarar, leiarane.
  var SUFFIXES = ["arane", "erne", "arar", "aren", "eren", "ere", "ene", "ane", "er", "ar", "en", "et", "a", "e"];
  var MIN_STEM = 4;
  var MIN_PREFIX = 2;
  var WEIGHT = { title: 10, summary: 4, text: 1 };
  var PREFIX_FACTOR = 0.6;
  var LANGUAGE_FIRST = true;
  // Skipped in queries of more than these words alone (folded and stemmed forms).
  var STOP_WORDS = ["og", "i", "er", "en", "et", "ei", "a", "pa", "for", "som", "med", "til", "av", "at",
    "det", "de", "den", "dei", "om", "hva", "kva", "hvordan", "korleis", "jeg", "eg", "vi", "du",
    "the", "of", "and", "to", "in", "is", "how", "what"];
  var STOP = {};
  STOP_WORDS.forEach(function (w) { STOP[w] = true; });

  /** Lower case, æ→ae, ø→o, å→a, other diacritics removed. */
  function fold(text) {
    return String(text == null ? "" : text).toLowerCase()
      .replace(/æ/g, "ae").replace(/ø/g, "o").replace(/å/g, "a")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  /** Strips one common Norwegian plural or definite ending, keeping a stem of MIN_STEM letters. */
  function stem(word) {
    for (var i = 0; i < SUFFIXES.length; i++) {
      var s = SUFFIXES[i];
      if (word.length - s.length >= MIN_STEM && word.slice(-s.length) === s) return word.slice(0, -s.length);
    }
    return word;
  }

  /** Text to folded, stemmed words. */
  function terms(text) {
    return fold(text).split(/[^a-z0-9]+/).filter(Boolean).map(stem);
  }

  /**
   * Synonym groups to a lookup: every single-word member points at its group, each member a list
   * of stems. Members of several words («pasientens legemiddelliste») are listed in phrases, so
   * a query that contains one is recognised too.
   */
  function synonymTable(groups) {
    var table = { words: {}, phrases: [] };
    (groups || []).forEach(function (group) {
      var alternatives = group.map(terms).filter(function (a) { return a.length; });
      alternatives.forEach(function (alt) {
        if (alt.length === 1) {
          table.words[alt[0]] = (table.words[alt[0]] || []).concat(alternatives);
        } else {
          table.phrases.push({ words: alt, alternatives: alternatives });
        }
      });
    });
    return table;
  }

  function words(table) {
    return table && table.words ? table.words : (table || {});
  }

  /**
   * A query to the units that must all match. Each unit is {alternatives: [[stem, …], …], prefix}:
   * it matches when one alternative's stems all occur. Only the reader's own last word is a prefix.
   */
  function parseQuery(query, synonyms) {
    var raw = terms(query);
    var endsInSpace = /\s$/.test(String(query));
    var units = [];
    var phrases = synonyms && synonyms.phrases ? synonyms.phrases : [];
    var lookup = words(synonyms);
    var i = 0;
    while (i < raw.length) {
      var phrase = null;
      for (var p = 0; p < phrases.length && !phrase; p++) {
        var w = phrases[p].words;
        if (raw.slice(i, i + w.length).join(" ") === w.join(" ")) phrase = phrases[p];
      }
      if (phrase) {
        units.push({ alternatives: phrase.alternatives, prefix: false, word: phrase.words.join(" ") });
        i += phrase.words.length;
        continue;
      }
      var t = raw[i];
      var alternatives = [[t]];
      if (lookup[t]) alternatives = alternatives.concat(lookup[t]);
      var last = i === raw.length - 1;
      units.push({ alternatives: alternatives, prefix: last && !endsInSpace && t.length >= MIN_PREFIX, word: t });
      i++;
    }
    var content = units.filter(function (u) { return !STOP[u.word]; });
    return content.length ? content : units;
  }

  /** The index, with each document's title, summary and text as sets of stems. */
  function prepare(index) {
    return (index || []).map(function (doc) {
      return {
        doc: doc,
        title: new Set(terms(doc.title)),
        summary: new Set(terms(doc.summary)),
        text: new Set(terms(doc.title + " " + doc.summary + " " + doc.text))
      };
    });
  }

  /** 1 for the word itself, PREFIX_FACTOR for a word it begins, 0 for none. */
  function found(set, term, prefix) {
    if (set.has(term)) return 1;
    if (!prefix) return 0;
    var hit = 0;
    set.forEach(function (t) { if (!hit && t.indexOf(term) === 0) hit = PREFIX_FACTOR; });
    return hit;
  }

  function fieldScore(prepared, term, prefix) {
    return Math.max(
      found(prepared.title, term, prefix) * WEIGHT.title,
      found(prepared.summary, term, prefix) * WEIGHT.summary,
      found(prepared.text, term, prefix) * WEIGHT.text);
  }

  /** How well one unit matches one document: 0 when it does not. */
  function unitScore(prepared, unit) {
    var best = 0;
    unit.alternatives.forEach(function (alt, a) {
      var score = 0;
      var all = alt.every(function (term, i) {
        // Only what the reader typed is a prefix, never a synonym standing in for it.
        var s = fieldScore(prepared, term, unit.prefix && a === 0 && i === alt.length - 1);
        score += s;
        return s > 0;
      });
      if (all) best = Math.max(best, score / alt.length);
    });
    return best;
  }

  /**
   * Ranked documents for a query: every unit must match; the page's language first (when lang is
   * given), then the score, then the title.
   */
  function search(prepared, synonyms, query, lang) {
    var units = parseQuery(query, synonyms);
    if (!units.length) return [];
    var hits = [];
    prepared.forEach(function (p) {
      var total = 0;
      var ok = units.every(function (u) {
        var s = unitScore(p, u);
        total += s;
        return s > 0;
      });
      if (ok) hits.push({ doc: p.doc, score: total, own: !lang || p.doc.lang === lang });
    });
    hits.sort(function (a, b) {
      if (LANGUAGE_FIRST && a.own !== b.own) return a.own ? -1 : 1;
      return b.score - a.score || String(a.doc.title).localeCompare(String(b.doc.title), "nb");
    });
    return hits.map(function (h) { return h.doc; });
  }

  var api = { fold: fold, stem: stem, terms: terms, synonymTable: synonymTable, parseQuery: parseQuery,
    prepare: prepare, search: search };
  global.Kampanjesok = api;
  if (typeof module !== "undefined" && module.exports) module.exports = api;

  // ---- The search page ----

  function start() {
    var input = document.querySelector("[data-search-input]");
    var list = document.querySelector("[data-search-results]");
    var status = document.querySelector("[data-search-status]");
    if (!input || !list || !status) return;
    var root = list.getAttribute("data-root") || "";
    var lang = list.getAttribute("data-lang");
    var prepared = null;
    var synonyms = synonymTable([]);
    var timer = null;
    var shown = null;

    function languageName(code) {
      return list.getAttribute("data-lang-" + code) || code;
    }

    function element(name, className, text) {
      var e = document.createElement(name);
      if (className) e.className = className;
      if (text) e.textContent = text;
      return e;
    }

    function render(query) {
      if (!prepared || query === shown) return;
      shown = query;
      var results = query.trim() ? search(prepared, synonyms, query, lang) : [];
      list.textContent = "";
      results.slice(0, 50).forEach(function (doc) {
        var li = element("li", "search-result");
        if (doc.lang !== lang) li.lang = doc.lang;
        var a = element("a", null, doc.title);
        a.href = root + doc.url;
        if (doc.lang !== lang) a.hreflang = doc.lang;
        var h = element("h2", "result-title");
        h.appendChild(a);
        li.appendChild(h);
        var meta = element("p", "result-type", doc.type_name || doc.type);
        if (doc.lang !== lang) {
          var l = element("span", "result-lang", languageName(doc.lang));
          l.lang = lang;
          meta.appendChild(document.createTextNode(" · "));
          meta.appendChild(l);
        }
        li.appendChild(meta);
        if (doc.summary) li.appendChild(element("p", "result-summary", doc.summary));
        list.appendChild(li);
      });
      if (!query.trim()) status.textContent = "";
      else if (results.length === 0) status.textContent = status.getAttribute("data-none");
      else if (results.length === 1) status.textContent = status.getAttribute("data-one");
      else status.textContent = status.getAttribute("data-many").replace("{n}", String(results.length));
    }

    function remember(query) {
      if (!window.history || !window.history.replaceState) return;
      var url = new URL(window.location.href);
      if (query.trim()) url.searchParams.set("q", query); else url.searchParams.delete("q");
      try { window.history.replaceState(null, "", url.toString()); } catch (e) { /* file: pages */ }
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { render(input.value); remember(input.value); }, 150);
    });
    // With the script running, the results are already on the page: no need to reload it.
    input.form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(timer);
      render(input.value);
      remember(input.value);
    });

    var q = new URLSearchParams(window.location.search).get("q");
    if (q) input.value = q;

    function json(name) {
      return fetch(root + name).then(function (r) {
        if (!r.ok) throw new Error(name + ": " + r.status);
        return r.json();
      });
    }

    Promise.all([json("search-index.json"), json("search-synonyms.json").catch(function () { return []; })])
      .then(function (loaded) {
        prepared = prepare(loaded[0]);
        synonyms = synonymTable(loaded[1]);
        render(input.value);
      })
      .catch(function () {
        status.textContent = status.getAttribute("data-failed");
      });
  }

  if (typeof document !== "undefined") {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
    else start();
  }
})(typeof window !== "undefined" ? window : globalThis);
