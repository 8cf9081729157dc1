<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
<#list all_pages as p>
  <url>
    <loc>${p.url}</loc>
<#if p.lastmod??>    <lastmod>${p.lastmod}</lastmod>
</#if>
<#list p.translations as tr>
    <xhtml:link rel="alternate" hreflang="${tr.lang}" href="${tr.url}"/>
</#list>
  </url>
</#list>
</urlset>
