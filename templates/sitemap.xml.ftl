<?xml version="1.0" encoding="utf-8"?>
<#-- Every page. A page with translations lists them all, itself included, plus x-default (the
     default language's version), as search engines ask. A page's language is read from its address
     (nn/…, en/…), since the entries carry none. -->
<#function langOf url>
  <#local rel = url?remove_beginning(config.base_url)>
  <#list config.languages as l><#if l != config.default_lang && rel?starts_with(l + "/")><#return l></#if></#list>
  <#return config.default_lang>
</#function>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
<#list all_pages as p>
  <url>
    <loc>${p.url}</loc>
<#if p.lastmod??>    <lastmod>${p.lastmod}</lastmod>
</#if>
<#if p.translations?has_content>
    <xhtml:link rel="alternate" hreflang="${p.lang!langOf(p.url)}" href="${p.url}"/>
<#list p.translations as tr>
    <xhtml:link rel="alternate" hreflang="${tr.lang}" href="${tr.url}"/>
</#list>
<#assign xdefault = ((p.lang!langOf(p.url)) == config.default_lang)?then(p.url, "")>
<#list p.translations as tr><#if tr.lang == config.default_lang><#assign xdefault = tr.url></#if></#list>
<#if xdefault?has_content>
    <xhtml:link rel="alternate" hreflang="x-default" href="${xdefault}"/>
</#if>
</#if>
  </url>
</#list>
</urlset>
