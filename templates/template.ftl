<#import "layout/base.ftl" as layout>
<#-- A template (mal) to copy and adapt: the notice says so before the text starts. -->
<@layout.shell bodyClass="type-template">
<article class="content">
  <@layout.pageHeader c=content/>
  <div class="content-main">
    <div class="notice notice-tips template-note" role="note"><p><strong class="notice-label">${t.template_label}</strong> ${t.template_note}</p></div>
    <div class="body template-body">
${content.body}
    </div>
  </div>
  <@layout.after c=content/>
</article>
</@layout.shell>
