<#import "layout/base.ftl" as layout>
<@layout.shell bodyClass="type-${content.type}">
<article class="content">
  <@layout.pageHeader c=content/>
  <div class="content-main">
    <div class="body">
${content.body}
    </div>
  </div>
  <@layout.after c=content/>
</article>
</@layout.shell>
