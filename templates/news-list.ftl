<#import "layout/base.ftl" as layout>
<#-- Every published news item in this language, newest first. -->
<@layout.shell bodyClass="news-list-page">
<header class="content-header">
  <h1>${t.news}</h1>
  <p class="lead">${t.news_intro}</p>
</header>
<#if items?has_content>
<ul class="news-teasers news-teasers-full">
<#list items as n>
  <li class="news-teaser">
    <h2 class="news-teaser-title"><a href="${layout.href(n.uri)}">${n.title}</a></h2>
    <#if n.date_display??><p class="news-date"><time datetime="${n.date}">${n.date_display}</time></p></#if>
    <#if n.summary?has_content><p>${n.summary}</p></#if>
  </li>
</#list>
</ul>
<#else>
<p>${t.nothing_yet}</p>
</#if>
<p class="feed-link"><a href="${layout.href(feed_uri)}" type="application/atom+xml">${t.feed}</a> – ${t.feed_explained}</p>
</@layout.shell>
