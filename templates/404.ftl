<#import "layout/base.ftl" as layout>
<#-- Served for any missing address, at any depth: root is the site's base path here. -->
<@layout.shell bodyClass="not-found" robots="noindex">
<header class="content-header">
  <p class="content-type">404</p>
  <h1>${t.not_found_title}</h1>
  <p class="lead">${t.not_found_text}</p>
</header>
<ul class="link-list">
  <li><a href="${layout.href(layout.homeUri())}">${t.not_found_home}</a></li>
  <li><a href="${layout.href(layout.homeUri())}#kits">${t.kits}</a></li>
  <li><a href="${layout.href(search_uri)}">${t.search}</a></li>
</ul>
</@layout.shell>
