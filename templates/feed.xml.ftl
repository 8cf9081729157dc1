<?xml version="1.0" encoding="utf-8"?>
<#-- Atom 1.0: this language's published news, newest first; every address absolute. -->
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <title>${t.news} – ${config.title}</title>
  <subtitle>${config.description}</subtitle>
  <link rel="self" type="application/atom+xml" href="${feed_url}"/>
  <link rel="alternate" type="text/html" hreflang="${lang}" href="${news_url}"/>
  <id>${feed_url}</id>
  <updated>${feed_updated_iso}</updated>
  <author><name>${config.publisher.name}</name></author>
  <icon>${config.base_url}images/favicon.svg</icon>
<#list published_news as n>
  <entry>
    <title>${n.title}</title>
    <link rel="alternate" type="text/html" href="${n.url}"/>
    <id>${n.url}</id>
    <published>${n.date_iso}</published>
    <updated>${n.updated_iso!n.date_iso}</updated>
<#if n.summary?has_content>
    <summary>${n.summary}</summary>
</#if>
  </entry>
</#list>
</feed>
