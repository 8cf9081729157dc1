<#import "layout/base.ftl" as layout>
<@layout.shell bodyClass="news-list">
<h1>${t.news}</h1>
<#if items?has_content>
<ul class="news-list">
<#list items as n>
  <li>
    <h2><a href="${root}${n.uri}">${n.title}</a></h2>
    <#if n.date_display??><p class="news-date"><time datetime="${n.date}">${n.date_display}</time></p></#if>
    <#if n.summary?has_content><p>${n.summary}</p></#if>
  </li>
</#list>
</ul>
<#else>
<p>${t.nothing_yet}</p>
</#if>
<p><a href="${root}${feed_uri}">${t.feed}</a></p>
</@layout.shell>
