<#import "layout/base.ftl" as layout>
<#-- Every municipality with personalised editions (kits/kommuner.csv), by health region. -->
<@layout.shell bodyClass="municipalities">
<header class="content-header">
  <p class="content-type">${t.municipalities_kicker}</p>
  <h1>${page.title}</h1>
  <p class="lead">${page.description}</p>
</header>
<#if regions?size gt 1>
<nav class="kit-jump" aria-label="${t.municipality_region}">
  <ul class="chips">
  <#list regions as r>
    <li><a class="chip" href="#${r.id}">${r.name} (${r.municipalities?size})</a></li>
  </#list>
  </ul>
</nav>
</#if>
<#list regions as r>
<section aria-labelledby="${r.id}">
  <h2 id="${r.id}">${r.name}</h2>
  <ul class="municipality-list">
  <#list r.municipalities as m>
    <li><a href="${root}${m.uri}">${m.name}</a> <span class="download-facts">(${m.number})</span></li>
  </#list>
  </ul>
</section>
</#list>
</@layout.shell>
