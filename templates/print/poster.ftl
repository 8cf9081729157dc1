<#--
  A poster, A3 and A4 portrait from the same template (the page size is print.size; the styles
  scale everything with it). It must fit on one page: the build measures the text and reports by
  how much it is too big. The element with id kk-poster-spacer takes up the spare height, so the
  foot with the QR code sits at the bottom of the page. A municipality's edition (edition??) gets
  its contact box above the foot, and its QR code leads to the municipality's page.
-->
<#import "layout.ftl" as layout>
<@layout.document footer=false>
<div class="kk-poster-band"><#if content.kit??>${content.kit.title}<#else>${config.title}</#if></div>
<h1 class="kk-poster-title">${content.title}</h1>
<div class="kk-poster-body">
${content.body}
</div>
<div id="kk-poster-spacer"></div>
<#if edition??><@layout.editionBox/></#if>
<div class="kk-poster-foot">
  <object class="kk-qr" type="${print.qr_type}" data="${print.qr_url}" alt="${t.print_qr_alt} ${print.qr_address}"></object>
  <div class="kk-poster-foot-text">
    <p class="kk-poster-more"><#if edition??>${t.print_edition_online?replace("{kommune}", edition.name)}<#else>${t.print_more}</#if></p>
    <p class="kk-poster-url"><a href="${print.qr_url}">${print.qr_address}</a></p>
    <p class="kk-poster-publisher">${t.print_published_by} ${config.publisher.name}</p>
  </div>
</div>
</@layout.document>
