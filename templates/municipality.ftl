<#import "layout/base.ftl" as layout>
<#-- One municipality (from kits/kommuner.csv): its facts, its local contact and its own editions
     of the kits' posters and checklists, by kit. The QR codes on those editions lead here. -->
<#macro files i>
  <ul class="downloads">
  <#list i.downloads as d>
    <li><a class="download" href="${root}${d.uri}" download>${t.download} ${d.format}<#if d.variant?has_content> ${d.variant}</#if><span class="kk-visually-hidden">: ${i.title}, ${municipality.name}</span></a>
      <span class="download-facts">(${d.size_display}<#if d.pages_display?has_content>, ${d.pages_display}</#if>)</span></li>
  </#list>
  </ul>
</#macro>
<@layout.shell bodyClass="municipality">
<header class="content-header">
  <nav class="breadcrumbs" aria-label="${t.breadcrumbs}">
    <ol><li><a href="${layout.href()}">${t.home}</a></li><li><a href="${root}kommuner/">${t.municipality_all}</a></li></ol>
  </nav>
  <p class="content-type">${t.municipality}</p>
  <h1>${municipality.name}</h1>
  <p class="lead">${page.description}</p>
  <dl class="page-meta">
    <div><dt>${t.municipality_number}</dt><dd>${municipality.number}</dd></div>
    <div><dt>${t.municipality_region}</dt><dd>${municipality.region}</dd></div>
    <div><dt>${t.municipality_language}</dt><dd>${municipality.language_name}</dd></div>
  </dl>
</header>

<section class="municipality-contact" aria-labelledby="kk-mun-contact">
  <h2 id="kk-mun-contact">${t.municipality_contact}</h2>
  <dl class="page-meta">
    <div><dt>${t.municipality_contact}</dt><dd><@layout.maybeOpen municipality.contact/></dd></div>
    <div><dt>${t.municipality_email}</dt><dd><#if municipality.email_open><@layout.maybeOpen municipality.email_readable/><#else><a class="private-email" data-kk-epost="${municipality.email_encoded}"><span class="private-email-address">${municipality.email_readable}</span></a></#if></dd></div>
    <div><dt>${t.municipality_phone}</dt><dd><@layout.maybeOpen municipality.phone/></dd></div>
  </dl>
</section>

<#if municipality.kits?has_content>
<p>${t.municipality_editions_note?replace("{kommune}", municipality.name)}</p>
<#list municipality.kits as k>
<section class="kit-group" aria-labelledby="kk-mun-${k.id}">
  <h2 id="kk-mun-${k.id}"><a href="${root}${k.uri}">${k.title}</a></h2>
  <ul class="kit-items">
  <#list k.items as i>
    <li class="kit-item card-${i.type}"<#if i.lang != lang> lang="${i.lang}"</#if>>
      <p class="card-type">${i.type_name}</p>
      <h3 class="kit-item-title"><a href="${root}${i.uri}"<#if i.lang != lang> hreflang="${i.lang}"</#if>>${i.title}</a></h3>
      <@files i=i/>
    </li>
  </#list>
  </ul>
</section>
</#list>
<#else>
<p>${t.municipality_no_editions}</p>
</#if>
</@layout.shell>
