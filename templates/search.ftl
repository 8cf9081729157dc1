<#import "layout/base.ftl" as layout>
<@layout.shell bodyClass="search-page">
<h1>${t.search}</h1>
<form class="search-big" role="search" method="get">
  <label for="kk-search-page-q">${t.search_label}</label>
  <input id="kk-search-page-q" type="search" name="q" autocomplete="off" data-search-input>
  <button type="submit">${t.search_button}</button>
</form>
<p class="search-status" role="status" aria-live="polite" data-search-status data-one="${t.search_one_hit}" data-many="${t.search_hits}" data-none="${t.search_no_hits}"></p>
<ol class="search-results" data-search-results data-root="${root}" data-lang="${lang}"></ol>
<noscript><p>${t.search_needs_js}</p></noscript>
<script src="${root}js/search.js" defer></script>
</@layout.shell>
