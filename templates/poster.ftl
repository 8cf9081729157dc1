<#import "layout/base.ftl" as layout>
<#-- A poster: the facts and downloads first, then a web preview in the campaign look. -->
<@layout.shell bodyClass="type-poster">
<article class="content">
  <@layout.pageHeader c=content/>
  <div class="content-main">
    <figure class="poster-figure">
      <div class="poster-preview">
        <p class="poster-brand"><img src="${root}images/logo-white.svg" alt="" width="48" height="48"> <span>${config.title}</span></p>
        <p class="poster-title" aria-hidden="true">${content.title}</p>
        <div class="poster-body">
${content.body}
        </div>
        <p class="poster-url">${config.base_url?remove_beginning("https://")?remove_beginning("http://")?remove_ending("/")}</p>
      </div>
      <figcaption>${t.poster_caption}</figcaption>
    </figure>
  </div>
  <@layout.after c=content/>
</article>
</@layout.shell>
