<#--
  A slide deck as a 16:9 PDF, one slide a page, from the same slides as the .pptx (see
  docs/pipeline.md for content.slides). Styled by assets/print/slides.css in the colours of the
  slide master. Each slide is a section whose id the build uses to check that it fits its page.
  The first slide's title is the h1, the others' h2. Speaker notes are in the .pptx only.
-->
<#import "layout.ftl" as layout>
<@layout.document footer=false stylesheet="slides.css">
<div class="kk-footer kk-slide-footer">
  <span class="kk-footer-page"><span class="kk-page-number"></span></span>
  <span class="kk-footer-title">${content.title}</span>
</div>
<#list content.slides as s>
<div class="kk-slide kk-slide-${s.layout}" id="${s.id}">
<#if s?is_first><h1 class="kk-slide-heading">${s.title}</h1><#else><h2 class="kk-slide-heading">${s.title}</h2></#if>
<#switch s.layout>
  <#case "title">
    <div class="kk-slide-rule"></div>
    <div class="kk-slide-subtitle">${s.body}</div>
    <p class="kk-slide-publisher">${config.publisher.name} · <a href="${content.url}">${content.address}</a></p>
    <#break>
  <#case "two-columns">
    <div class="kk-slide-columns"><div class="kk-slide-column">${s.body}</div><div class="kk-slide-column kk-slide-column-right">${s.second}</div></div>
    <#break>
  <#case "picture">
    <img class="kk-slide-picture" src="${s.picture.src}" alt="${s.picture.alt}"/><#if s.body?has_content><div class="kk-slide-beside">${s.body}</div></#if>
    <#break>
  <#case "quote">
    <blockquote class="kk-slide-quote">${s.body}</blockquote>
    <#if s.has_second><p class="kk-slide-quote-by">${s.second}</p></#if>
    <#break>
  <#case "key-figure">
    <p class="kk-slide-figure">${s.figure}</p>
    <div class="kk-slide-figure-text">${s.body}</div>
    <#break>
  <#default>
    <#if s.table??>${s.table}<#else><div class="kk-slide-body">${s.body}</div></#if>
</#switch>
</div>
</#list>
</@layout.document>
