<#import "layout/base.ftl" as layout>
<@layout.shell bodyClass="audience">
<header class="content-header">
  <p class="content-type">${t.for_you}</p>
  <h1>${t.for_prefix} ${audience.name?lower_case}</h1>
  <p class="lead">${audience.description}</p>
</header>
<#if audience_kits?has_content>
<section aria-labelledby="kk-audience-kits">
  <h2 id="kk-audience-kits">${t.kits}</h2>
  <ul class="kit-grid">
  <#list audience_kits as k>
    <li class="kit-card"><h3><a href="${root}${k.uri}">${k.title}</a></h3><p>${k.description}</p></li>
  </#list>
  </ul>
</section>
</#if>
<section aria-labelledby="kk-audience-items">
  <h2 id="kk-audience-items">${t.material_for_you}</h2>
  <#if items?has_content>
  <@layout.cards items=items/>
  <#else>
  <p>${t.nothing_yet}</p>
  </#if>
</section>
</@layout.shell>
