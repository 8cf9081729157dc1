<#--
  Shared parts of every print document. The output is read as XHTML by openhtmltopdf and styled
  by assets/print/print.css; the model is described in docs/pipeline.md («Print templates»).
  Everything here ends up in a tagged PDF: keep headings in order, give images alt text, and put
  things in the order they should be read.
-->

<#-- The page: <head> with the PDF's metadata, the running footer, then the document's own body.
     stylesheet: a file in assets/print/ read after print.css (slides.css for decks). -->
<#macro document footer=true bookmarks=false stylesheet="">
<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8"/>
<title>${content.title}</title>
<#if content.summary?has_content><meta name="subject" content="${content.summary}"/></#if>
<#if print.keywords?has_content><meta name="keywords" content="${print.keywords}"/></#if>
<meta name="author" content="${config.publisher.name}"/>
<link rel="stylesheet" href="${print.assets}print.css"/>
<#if stylesheet?has_content><link rel="stylesheet" href="${print.assets}${stylesheet}"/></#if>
<style>@page { size: ${print.page}; }</style>
<#if bookmarks && content.toc?has_content>
<bookmarks>
<#list content.toc as h><#if h.level == 2>
  <bookmark name="${h.text}" href="#${h.id}"><#list content.toc[h?index + 1..] as s><#if s.level == 2><#break></#if><#if s.level == 3><bookmark name="${s.text}" href="#${s.id}"/></#if></#list></bookmark>
</#if></#list>
</bookmarks>
</#if>
</head>
<body class="kk-print kk-${content.type} kk-${print.size_id}">
<#if footer>
<div class="kk-footer">
  <span class="kk-footer-page">${t.print_page} <span class="kk-page-number"></span> ${t.print_of} <span class="kk-page-count"></span></span>
  <span class="kk-footer-title">${content.title}<#if print.date?has_content> · ${print.date}</#if></span>
</div>
</#if>
<#nested>
</body>
</html>
</#macro>

<#-- Type, title, the QR code with the page's address (when asked for, and always on a
     municipality's edition), summary and audiences; an edition's contact box below. -->
<#macro header qr=false>
<#local qr = qr || edition??>
<div class="kk-header<#if qr> kk-with-qr</#if>"><div class="kk-header-main">
  <p class="kk-type">${content.type_name}<#if content.kit??> · ${content.kit.title}</#if></p>
  <h1>${content.title}</h1>
  <#if content.summary?has_content><p class="kk-lead">${content.summary}</p></#if>
  <#if content.audience?has_content>
  <p class="kk-meta">${t.print_for}: <#list content.audience as a>${a.name}<#sep>, </#list></p>
  </#if>
</div><#if qr><@qrBox/></#if></div>
<#if edition??><@editionBox/></#if>
</#macro>

<#-- The QR code leading to the page on the web (on an edition: to the municipality's page), with the address printed beside it. -->
<#macro qrBox>
<div class="kk-qr-box">
  <object class="kk-qr" type="${print.qr_type}" data="${print.qr_url}" alt="${t.print_qr_alt} ${print.qr_address}"></object>
  <p class="kk-qr-text"><#if edition??>${t.print_edition_online?replace("{kommune}", edition.name)}<#else>${t.print_online}</#if>:<br/><a href="${print.qr_url}">${print.qr_address}</a></p>
</div>
</#macro>

<#-- A municipality's edition: its local contact, from kits/kommuner.csv. An open point
     ([ÅPENT: …]) is printed marked, like on the web, until the team fills it in. -->
<#macro editionBox>
<div class="kk-edition">
  <p class="kk-edition-title">${t.print_edition_contact?replace("{kommune}", edition.name)}</p>
  <p class="kk-edition-line"><@editionField f=edition.contact/></p>
  <p class="kk-edition-line">${t.print_edition_email}: <@editionField f=edition.email/>
    · ${t.print_edition_phone}: <@editionField f=edition.phone/></p>
</div>
</#macro>
<#macro editionField f><#if f.open><mark class="placeholder">${f.text}</mark><#else>${f.text}</#if></#macro>

<#-- Sources and publisher, at the end. -->
<#macro after>
<#if content.sources?has_content>
<div class="kk-sources">
  <h2>${t.print_sources}</h2>
  <ul><#list content.sources as s><li>${s.title}</li></#list></ul>
</div>
</#if>
<p class="kk-colophon">${t.print_published_by} ${config.publisher.name} · <a href="${content.url}">${content.address}</a><#if print.date?has_content> · ${t.print_updated} ${print.date}</#if></p>
</#macro>
