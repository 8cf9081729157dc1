<#import "layout/base.ftl" as layout>
<#-- For editors: every open point, so none is published unnoticed. Kept out of search engines. -->
<@layout.shell bodyClass="placeholders" robots="noindex">
<header class="content-header">
  <p class="content-type">${t.for_editors}</p>
  <h1>${t.placeholders_title}</h1>
  <p class="lead">${t.placeholders_intro}</p>
</header>
<#if placeholders?has_content>
<div class="table-wrap" role="region" aria-labelledby="kk-ph-caption" tabindex="0">
<table class="placeholder-table">
  <caption id="kk-ph-caption">${placeholders?size} ${t.placeholders_count}</caption>
  <thead><tr><th scope="col">${t.placeholder_what}</th><th scope="col">${t.placeholder_page}</th><th scope="col">${t.placeholder_file}</th></tr></thead>
  <tbody>
  <#list placeholders as p>
    <tr><td><mark class="placeholder">${p.text}</mark></td><td><a href="${layout.href(p.uri)}">${p.title}</a></td><td><code>${p.source_path}:${p.line}</code></td></tr>
  </#list>
  </tbody>
</table>
</div>
<#else>
<p>${t.placeholders_none}</p>
</#if>
</@layout.shell>
