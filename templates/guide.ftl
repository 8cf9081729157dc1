<#import "layout/base.ftl" as layout>
<@layout.shell bodyClass="type-guide">
<article class="content">
  <header class="content-header">
    <p class="content-type">${content.type_name}</p>
    <h1>${content.title}</h1>
    <#if content.summary?has_content><p class="lead">${content.summary}</p></#if>
    <@layout.meta item=content/>
  </header>
  <#assign steps = content.toc?filter(h -> h.level == 2)>
  <#if steps?has_content>
  <nav class="toc" aria-labelledby="kk-toc">
    <h2 id="kk-toc">${t.contents}</h2>
    <ol>
    <#list steps as h><li><a href="#${h.id}">${h.text}</a></li></#list>
    </ol>
  </nav>
  </#if>
  <div class="body guide-body">
${content.body}
  </div>
  <@layout.after c=content/>
</article>
</@layout.shell>
