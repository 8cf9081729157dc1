<#import "layout/base.ftl" as layout>
<@layout.shell bodyClass="placeholders">
<#-- Kept out of search engines: this page is for the editors. -->
<h1>${t.placeholders_title}</h1>
<p class="lead">${t.placeholders_intro}</p>
<#if placeholders?has_content>
<table>
  <caption>${placeholders?size} ${t.placeholders_count}</caption>
  <thead><tr><th scope="col">${t.placeholder_what}</th><th scope="col">${t.placeholder_page}</th><th scope="col">${t.placeholder_file}</th></tr></thead>
  <tbody>
  <#list placeholders as p>
    <tr><td>${p.text}</td><td><a href="${root}${p.uri}">${p.title}</a></td><td><code>${p.source_path}:${p.line}</code></td></tr>
  </#list>
  </tbody>
</table>
<#else>
<p>${t.placeholders_none}</p>
</#if>
</@layout.shell>
