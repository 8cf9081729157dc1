<#import "layout/base.ftl" as layout>
<#-- A guide: numbered steps (each h2 starts with <span class="step-number">), with a table of contents. -->
<@layout.shell bodyClass="type-guide">
<article class="content">
  <@layout.pageHeader c=content/>
  <#assign steps = content.toc?filter(h -> h.level == 2)>
  <#if steps?has_content>
  <nav class="toc" aria-labelledby="kk-toc">
    <h2 id="kk-toc" class="toc-title">${t.contents}</h2>
    <ol>
    <#list steps as h><li><a href="#${h.id}">${h.text}</a></li></#list>
    </ol>
  </nav>
  </#if>
  <div class="content-main">
    <div class="body guide-body">
${content.body}
    </div>
  </div>
  <@layout.after c=content/>
</article>
</@layout.shell>
