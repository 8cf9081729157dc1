<#import "layout/base.ftl" as layout>
<#-- The home page: content/index.md (its body is the intro), the deadline, who it is for, the kits, news. -->
<@layout.shell bodyClass="home">
<div class="hero band band-tint">
  <div class="hero-text">
    <h1>${content.title}</h1>
    <div class="hero-body">
${content.body}
    </div>
  </div>
  <aside class="deadline" aria-labelledby="kk-deadline">
    <h2 id="kk-deadline" class="deadline-label">${t.deadline_label}</h2>
    <p class="deadline-date">${t.deadline_date}</p>
    <p class="deadline-text">${t.deadline_text}</p>
  </aside>
</div>

<section class="home-section" aria-labelledby="for-deg">
  <h2 id="for-deg">${t.for_you}</h2>
  <p class="section-intro">${t.for_you_intro}</p>
  <ul class="audience-grid">
  <#list audiences as a>
    <li class="audience-card"><a class="audience-link" href="${layout.href(a.uri)}"><span class="audience-name">${a.name}</span> <span class="audience-desc">${a.description}</span></a></li>
  </#list>
  </ul>
</section>

<section class="home-section" aria-labelledby="kits">
  <h2 id="kits">${t.kits}</h2>
  <p class="section-intro">${t.kits_intro}</p>
  <ul class="kit-grid">
  <#-- The biggest kit first: kits carry no order of their own yet (see docs/templates.md). -->
  <#assign bySize = []>
  <#list kits as k><#assign bySize += [{"kit": k, "size": k.items?size}]></#list>
  <#list bySize?sort_by("size")?reverse?map(x -> x.kit) as k>
    <li class="kit-card">
      <h3 class="kit-card-title"<@layout.kitLang/>><a href="${layout.href(k.uri)}"<@layout.kitHreflang/>>${k.title}</a></h3>
      <p<@layout.kitLang/>>${k.description}</p>
      <p class="kit-count">${k.items?size} <#if k.items?size == 1>${t.part_one}<#else>${t.part_many}</#if></p>
      <#if k.zip??><p class="kit-zip"><a href="${root}${k.zip.uri}" download>${t.kit_download_all}<span class="kk-visually-hidden">: ${k.title}</span></a> <span class="download-facts">(ZIP, ${k.zip.size_display})</span></p></#if>
    </li>
  </#list>
  </ul>
</section>

<#if published_news?has_content>
<section class="home-section" aria-labelledby="kk-news">
  <h2 id="kk-news">${t.news}</h2>
  <ul class="news-teasers">
  <#list published_news[0..*3] as n>
    <li class="news-teaser">
      <h3 class="news-teaser-title"><a href="${layout.href(n.uri)}">${n.title}</a></h3>
      <#if n.date_display??><p class="news-date"><time datetime="${n.date}">${n.date_display}</time></p></#if>
      <#if n.summary?has_content><p>${n.summary}</p></#if>
    </li>
  </#list>
  </ul>
  <p class="more-link"><a href="${layout.href(news_uri)}">${t.all_news}</a></p>
</section>
</#if>
</@layout.shell>
