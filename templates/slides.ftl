<#import "layout/base.ftl" as layout>
<#-- A slide deck. Its files (PowerPoint, then the 16:9 PDF) with size and slide count, then every slide as
     a <section> whose title is an h2 (the page title stays the only h1), its speaker notes in a
     <details>, and plain links to the previous and next slide and back to the list of slides.
     The body (content.body) is made by markdown.SlideDecks; see docs/authoring.md. -->
<@layout.shell bodyClass="type-${content.type}">
<article class="content">
  <@layout.pageHeader c=content + {"downloads": []}>
    <#if content.downloads?has_content>
    <ul class="downloads">
    <#list content.downloads as d>
      <li><a class="download" href="${layout.href(d.uri)}" download>${t.download} ${d.format}<#if d.variant?has_content> ${d.variant}</#if></a>
        <span class="download-facts">${d.size_display}<#if d.pages_display?has_content>, ${d.pages_display}</#if></span></li>
    </#list>
    </ul>
    </#if>
  </@layout.pageHeader>
  <div class="content-main">
    <div class="body slides">
${content.body}
    </div>
  </div>
  <@layout.after c=content/>
</article>
</@layout.shell>
