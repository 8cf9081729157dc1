<#import "layout/base.ftl" as layout>
<#-- A kit: what it is, who it is for, every part in the kit's order, and further reading. -->
<@layout.shell bodyClass="kit">
<header class="content-header">
  <nav class="breadcrumbs" aria-label="${t.breadcrumbs}">
    <ol>
      <li><a href="${layout.href(layout.homeUri())}">${t.home}</a></li>
      <li><a href="${layout.href(layout.homeUri())}#kits">${t.kits}</a></li>
    </ol>
  </nav>
  <p class="content-type">${t.kit}</p>
  <h1>${kit.title}</h1>
  <p class="lead">${kit.description}</p>
  <dl class="page-meta">
    <#if kit.audiences?has_content><div class="meta-row"><dt>${t.for_whom}</dt><dd><ul class="chips"><#list kit.audiences as a><li><a class="chip" href="${layout.href(a.uri)}">${a.name}</a></li></#list></ul></dd></div></#if>
    <#if kit.version?has_content><div class="meta-row"><dt>${t.version}</dt><dd>${kit.version}</dd></div></#if>
    <#if kit.date_display??><div class="meta-row"><dt>${t.updated}</dt><dd><time datetime="${kit.date}">${kit.date_display}</time></dd></div></#if>
    <div class="meta-row"><dt>${t.parts}</dt><dd>${kit.items?size}</dd></div>
  </dl>
</header>
<section class="home-section" aria-labelledby="kk-kit-items">
  <h2 id="kk-kit-items">${t.in_this_kit}</h2>
  <@layout.cards items=kit.items numbered=true/>
</section>
<#if kit.links?has_content>
<section class="home-section further-reading" aria-labelledby="kk-kit-links">
  <h2 id="kk-kit-links">${t.further_reading}</h2>
  <ul class="link-list"><#list kit.links as l><li><a href="${l.url}" rel="external noopener">${l.title}</a></li></#list></ul>
</section>
</#if>
</@layout.shell>
