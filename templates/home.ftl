<#import "layout/base.ftl" as layout>
<@layout.shell bodyClass="home">
<section class="hero">
  <h1>${content.title}</h1>
  <div class="hero-body">
${content.body}
  </div>
  <p class="deadline"><strong>${t.deadline_label}</strong> ${t.deadline_text}</p>
</section>

<section class="home-section" aria-labelledby="for-deg">
  <h2 id="for-deg">${t.for_you}</h2>
  <ul class="audience-grid">
  <#list audiences as a>
    <li><a class="audience-link" href="${root}${a.uri}"><span class="audience-name">${a.name}</span> <span class="audience-desc">${a.description}</span></a></li>
  </#list>
  </ul>
</section>

<section class="home-section" aria-labelledby="kits">
  <h2 id="kits">${t.kits}</h2>
  <ul class="kit-grid">
  <#list kits as k>
    <li class="kit-card">
      <h3><a href="${root}${k.uri}">${k.title}</a></h3>
      <p>${k.description}</p>
      <p class="kit-count">${k.items?size} ${t.items_in_kit}</p>
    </li>
  </#list>
  </ul>
</section>

<#if published_news?has_content>
<section class="home-section" aria-labelledby="kk-news">
  <h2 id="kk-news">${t.news}</h2>
  <ul class="news-list">
  <#list published_news[0..*3] as n>
    <li><a href="${root}${n.uri}">${n.title}</a><#if n.date_display??> <time datetime="${n.date}">${n.date_display}</time></#if></li>
  </#list>
  </ul>
  <p><a href="${root}${news_uri}">${t.all_news}</a></p>
</section>
</#if>
</@layout.shell>
