<#import "layout/base.ftl" as layout>
<@layout.shell bodyClass="not-found">
<h1>${t.not_found_title}</h1>
<p class="lead">${t.not_found_text}</p>
<p><a href="${root}">${t.home}</a> · <a href="${root}${search_uri}">${t.search}</a></p>
</@layout.shell>
