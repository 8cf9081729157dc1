<#import "layout/base.ftl" as layout>
<#-- A slide deck. Its files (PowerPoint, later PDF) with size and slide count, then every slide as
     a <section> whose title is an h2 (the page title stays the only h1), its speaker notes in a
     <details>, and plain links to the previous and next slide and back to the list of slides.
     The body (content.body) is made by markdown.SlideDecks; see docs/authoring.md. -->
<#assign slideOne = (lang == 'en')?then('slide', (lang == 'nn')?then('lysbilete', 'lysbilde'))>
<#assign slideMany = (lang == 'en')?then('slides', (lang == 'nn')?then('lysbilete', 'lysbilder'))>
<@layout.shell bodyClass="type-${content.type}">
<article class="content">
  <header class="content-header">
    <p class="content-type">${content.type_name}</p>
    <h1>${content.title}</h1>
    <#if content.summary?has_content><p class="lead">${content.summary}</p></#if>
    <@layout.meta item=content + {"downloads": []}/>
    <#if content.downloads?has_content>
    <ul class="downloads">
    <#list content.downloads as d>
      <li><a class="download" href="${root}${d.uri}" download>${t.download} ${d.format}<#if d.variant?has_content> ${d.variant}</#if></a>
        <span class="download-facts">(${d.size_display}<#if d.pages gt 0>, ${d.pages} <#if d.pages == 1>${slideOne}<#else>${slideMany}</#if></#if>)</span></li>
    </#list>
    </ul>
    </#if>
  </header>
  <div class="body slides">
${content.body}
  </div>
  <@layout.after c=content/>
</article>
</@layout.shell>
