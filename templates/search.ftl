<#import "layout/base.ftl" as layout>
<#-- The search page. Without JavaScript it still shows the form and says where to look instead;
     js/search.js searches search-index.json at the root (data-root) while the reader types. -->
<@layout.shell bodyClass="search-page" scripts=["search.js"] search=false>
<header class="content-header">
  <h1>${t.search}</h1>
</header>
<form class="search-big" role="search" aria-label="${t.search_site}" method="get" action="${layout.href(search_uri)}">
  <label for="kk-search-q">${t.search_label}</label>
  <p class="search-hint" id="kk-search-hint">${t.search_hint}</p>
  <div class="search-row">
    <input id="kk-search-q" type="search" name="q" autocomplete="off" enterkeyhint="search" aria-describedby="kk-search-hint" data-search-input>
    <button type="submit" class="button">${t.search_button}</button>
  </div>
</form>
<p class="search-status" role="status" aria-live="polite" data-search-status data-one="${t.search_one_hit}" data-many="${t.search_hits}" data-none="${t.search_no_hits}" data-failed="${t.search_failed}"></p>
<ol class="search-results" data-search-results data-root="${root}" data-lang="${lang}"
<#list languages as l> data-lang-${l.code}="${l.name}"</#list>></ol>
<noscript><p class="notice notice-merk">${t.search_needs_js} <a href="${layout.href(layout.homeUri())}#kits">${t.kits}</a></p></noscript>
</@layout.shell>
