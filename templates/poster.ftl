<#import "layout/base.ftl" as layout>
<@layout.shell bodyClass="type-poster">
<article class="content">
  <header class="content-header">
    <p class="content-type">${content.type_name}</p>
    <@layout.meta item=content/>
  </header>
  <section class="poster-preview" aria-labelledby="kk-poster-title">
    <p class="poster-brand">${config.title}</p>
    <h1 id="kk-poster-title">${content.title}</h1>
    <div class="poster-body">
${content.body}
    </div>
    <p class="poster-url">${config.base_url}</p>
  </section>
  <@layout.after c=content/>
</article>
</@layout.shell>
