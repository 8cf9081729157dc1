<#import "layout/base.ftl" as layout>
<#import "layout/share.ftl" as sharing>
<#-- One downloadable item of the kit: its page, what it is, and every file made from it. -->
<#macro kitItem i>
  <li class="kit-item card-${i.type}">
    <p class="card-type">${i.type_name}</p>
    <h3 class="kit-item-title"><a href="${root}${i.uri}">${i.title}</a></h3>
    <#if i.summary?has_content><p>${i.summary}</p></#if>
    <@files i=i/>
    <#list i.translations as tr>
    <div class="kit-item-translation" lang="${tr.lang}">
      <p><a href="${root}${tr.uri}" hreflang="${tr.lang}">${tr.title}</a> <span class="download-facts">(${tr.language_name})</span></p>
      <@files i=tr/>
    </div>
    </#list>
  </li>
</#macro>
<#macro files i>
    <#if i.downloads?has_content>
    <ul class="downloads">
    <#list i.downloads as d>
      <li><a class="download" href="${root}${d.uri}" download>${t.download} ${d.format}<#if d.variant?has_content> ${d.variant}</#if><span class="kk-visually-hidden">: ${i.title}</span></a>
        <span class="download-facts">(${d.size_display}<#if d.pages_display?has_content>, ${d.pages_display}</#if><#if d.updated_display??>, ${t.updated?lower_case} <time datetime="${d.updated}">${d.updated_display}</time></#if>)</span></li>
    </#list>
    </ul>
    <#else>
    <p class="download-facts">${t.kit_web_only}<#if i.updated_display??>, ${t.updated?lower_case} <time datetime="${i.updated}">${i.updated_display}</time><#elseif i.date_display??>, ${t.published?lower_case} <time datetime="${i.date}">${i.date_display}</time></#if></p>
    </#if>
</#macro>
<@layout.shell bodyClass="kit">
<header class="content-header">
  <p class="content-type">${t.kit}</p>
  <h1>${kit.title}</h1>
  <p class="lead">${kit.description}</p>
  <dl class="page-meta">
    <#if kit.version?has_content><div><dt>${t.version}</dt><dd>${kit.version}</dd></div></#if>
    <#if kit.date_display??><div><dt>${t.updated}</dt><dd><time datetime="${kit.date}">${kit.date_display}</time></dd></div></#if>
  </dl>
</header>

<#if kit.bundle.zip??>
<section class="kit-bundle" aria-labelledby="kk-kit-bundle">
  <h2 id="kk-kit-bundle">${t.kit_whole}</h2>
  <p><a class="download download-zip" href="${root}${kit.bundle.zip.uri}" download>${t.kit_download_all}<span class="kk-visually-hidden">: ${kit.title}</span></a>
    <span class="download-facts">(ZIP, ${kit.bundle.zip.size_display}, ${kit.bundle.files + 1} <#if kit.bundle.files == 0>${t.file_one}<#else>${t.file_many}</#if>)</span></p>
  <p>${t.kit_zip_note}</p>
  <p class="kit-bundle-more"><#if kit.bundle.checksums??><a href="${root}${kit.bundle.checksums.uri}">${t.kit_checksums}</a> · </#if><a href="${root}${kit.bundle.json_uri}">${t.kit_machine_readable}</a></p>
</section>
</#if>

<#if kit.has_editions>
<section class="kit-editions" aria-labelledby="kk-kit-editions">
  <h2 id="kk-kit-editions">${t.kit_editions_title}</h2>
  <p>${t.kit_editions_text} <a href="${root}kommuner/">${t.kit_editions_link}</a></p>
</section>
</#if>

<section aria-labelledby="kk-kit-whom">
  <h2 id="kk-kit-whom">${t.kit_for_whom}</h2>
  <#if kit.audiences?has_content>
  <ul class="kit-audiences">
  <#list kit.audiences as a>
    <li><a href="${root}${a.uri}">${a.name}</a>: ${a.description}</li>
  </#list>
  </ul>
  <#else>
  <p>${t.kit_for_everyone}</p>
  </#if>
  <#if kit.featured??>
  <p class="kit-featured">${kit.featured.type_name}: <a href="${root}${kit.featured.uri}">${kit.featured.title}</a></p>
  </#if>
</section>

<#if kit.groups?has_content>
<nav class="kit-jump" aria-labelledby="kk-kit-jump">
  <h2 id="kk-kit-jump">${t.kit_contents}</h2>
  <p>${t.kit_jump_to}:</p>
  <ul class="chips">
  <#list kit.groups as g>
    <li><a class="chip" href="#${g.id}">${g.audience???then(g.audience.name, g.title)} (${g.items?size})</a></li>
  </#list>
  </ul>
</nav>
<#list kit.groups as g>
<section class="kit-group" aria-labelledby="${g.id}">
  <h2 id="${g.id}">${g.title}</h2>
  <ul class="kit-items">
  <#list g.items as i><@kitItem i=i/></#list>
  </ul>
</section>
</#list>
<#else>
<section aria-labelledby="kk-kit-items">
  <h2 id="kk-kit-items">${t.in_this_kit}</h2>
  <ul class="kit-items">
  <#list kit.items as i><@kitItem i=i/></#list>
  </ul>
</section>
</#if>

<#if kit.links?has_content>
<section aria-labelledby="kk-kit-links">
  <h2 id="kk-kit-links">${t.further_reading}</h2>
  <ul><#list kit.links as l><li><a href="${l.url}" rel="noopener external">${l.title}</a></li></#list></ul>
</section>
</#if>

<@sharing.box share=kit.share heading=t.share_kit id="kk-share-kit"/>
</@layout.shell>
