<#import "layout/base.ftl" as layout>
<#-- One audience: its kits, then everything written for it, grouped by kind. -->
<@layout.shell bodyClass="audience">
<header class="content-header">
  <p class="content-type">${t.for_you}</p>
  <h1>${audience.name}</h1>
  <p class="lead">${audience.description}</p>
</header>
<#if audience_kits?has_content>
<section class="home-section" aria-labelledby="kk-audience-kits">
  <h2 id="kk-audience-kits">${t.kits_for_you}</h2>
  <ul class="kit-grid">
  <#list audience_kits as k>
    <li class="kit-card">
      <h3 class="kit-card-title"<@layout.kitLang/>><a href="${layout.href(k.uri)}<#if k.audience_groups?seq_contains(audience.id)>#for-${audience.id}</#if>"<@layout.kitHreflang/>>${k.title}</a></h3>
      <p<@layout.kitLang/>>${k.description}</p>
      <p class="kit-count">${k.items?size} <#if k.items?size == 1>${t.part_one}<#else>${t.part_many}</#if></p>
      <#if k.zip??><p class="kit-zip"><a href="${root}${k.zip.uri}" download>${t.kit_download_all}<span class="kk-visually-hidden">: ${k.title}</span></a> <span class="download-facts">(ZIP, ${k.zip.size_display})</span></p></#if>
    </li>
  </#list>
  </ul>
</section>
</#if>
<section class="home-section" aria-labelledby="kk-audience-items">
  <h2 id="kk-audience-items">${t.material_for_you}</h2>
  <#if items?has_content>
    <#list ["summary", "checklist", "guide", "slides", "poster", "template", "page", "news"] as type>
      <#assign group = items?filter(i -> i.type == type)>
      <#if group?has_content>
  <h3 class="group-title">${t["type_" + type + "_plural"]} <span class="group-count">(${group?size})</span></h3>
  <@layout.cards items=group headingLevel=4/>
      </#if>
    </#list>
  <#else>
  <p>${t.nothing_yet}</p>
  </#if>
</section>
</@layout.shell>
