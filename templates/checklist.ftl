<#import "layout/base.ftl" as layout>
<@layout.shell bodyClass="type-checklist">
<article class="content">
  <header class="content-header">
    <p class="content-type">${content.type_name}</p>
    <h1>${content.title}</h1>
    <#if content.summary?has_content><p class="lead">${content.summary}</p></#if>
    <@layout.meta item=content/>
  </header>
  <#-- site.js fills this in: the tools need JavaScript, so without it nothing is shown. -->
  <div class="checklist-tools" data-checklist="${content.uri}" data-reset-label="${t.reset}" data-print-label="${t.print}"
       data-progress-label="${t.progress}" data-total="${content.tasks}" aria-live="polite"></div>
  <div class="body checklist-body" data-checklist-body="${content.uri}">
${content.body}
  </div>
  <@layout.after c=content/>
</article>
</@layout.shell>
