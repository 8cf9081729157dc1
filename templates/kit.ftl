<#import "layout/base.ftl" as layout>
<@layout.shell bodyClass="kit">
<header class="content-header">
  <p class="content-type">${t.kit}</p>
  <h1>${kit.title}</h1>
  <p class="lead">${kit.description}</p>
  <dl class="page-meta">
    <#if kit.audiences?has_content><div><dt>${t.for_whom}</dt><dd><ul class="chips"><#list kit.audiences as a><li><a class="chip" href="${root}${a.uri}">${a.name}</a></li></#list></ul></dd></div></#if>
    <#if kit.version?has_content><div><dt>${t.version}</dt><dd>${kit.version}</dd></div></#if>
    <#if kit.date_display??><div><dt>${t.updated}</dt><dd><time datetime="${kit.date}">${kit.date_display}</time></dd></div></#if>
  </dl>
</header>
<section aria-labelledby="kk-kit-items">
  <h2 id="kk-kit-items">${t.in_this_kit}</h2>
  <@layout.cards items=kit.items/>
</section>
<#if kit.links?has_content>
<section aria-labelledby="kk-kit-links">
  <h2 id="kk-kit-links">${t.further_reading}</h2>
  <ul><#list kit.links as l><li><a href="${l.url}" rel="noopener external">${l.title}</a></li></#list></ul>
</section>
</#if>
</@layout.shell>
