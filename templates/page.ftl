<#import "layout/base.ftl" as layout>
<@layout.shell bodyClass="type-${content.type}">
<article class="content">
  <header class="content-header">
    <p class="content-type">${content.type_name}</p>
    <h1>${content.title}</h1>
    <#if content.summary?has_content><p class="lead">${content.summary}</p></#if>
    <@layout.meta item=content/>
  </header>
  <div class="body">
${content.body}
  </div>
  <@layout.after c=content/>
</article>
</@layout.shell>
