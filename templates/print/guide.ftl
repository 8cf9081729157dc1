<#-- A guide on A4: a table of contents with page numbers, links and PDF bookmarks. -->
<#import "layout.ftl" as layout>
<@layout.document bookmarks=true>
<@layout.header qr=true/>
<#if content.toc?has_content>
<div class="kk-toc">
  <h2 class="kk-toc-title">${t.print_contents}</h2>
  <ol>
  <#list content.toc as h>
    <li class="kk-toc-${h.level}"><a href="#${h.id}">${h.text}</a></li>
  </#list>
  </ol>
</div>
</#if>
<div class="kk-body">
${content.body}
</div>
<@layout.after/>
</@layout.document>
