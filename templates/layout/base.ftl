<#-- The page shell every HTML page uses: head, header with navigation, language switcher and search, footer. -->
<#macro shell bodyClass="">
<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'">
<meta name="referrer" content="strict-origin-when-cross-origin">
<title><#if page.uri?has_content>${page.title} – ${config.title}<#else>${config.title}</#if></title>
<meta name="description" content="${page.description}">
<link rel="canonical" href="${page.url}">
<#if page.translations?has_content>
<link rel="alternate" hreflang="${lang}" href="${page.url}">
<#list page.translations as tr>
<link rel="alternate" hreflang="${tr.lang}" href="${config.base_url}${tr.uri}">
</#list>
</#if>
<meta property="og:title" content="${page.title}">
<meta property="og:description" content="${page.description}">
<meta property="og:url" content="${page.url}">
<meta property="og:type" content="<#if page.type == 'news'>article<#else>website</#if>">
<meta property="og:site_name" content="${config.title}">
<meta property="og:locale" content="<#if lang == 'en'>en_GB<#elseif lang == 'nn'>nn_NO<#else>nb_NO</#if>">
<meta name="twitter:card" content="summary">
<link rel="stylesheet" href="${root}css/site.css">
<link rel="alternate" type="application/atom+xml" title="${t.news} – ${config.title}" href="${root}${feed_uri}">
<link rel="icon" href="${root}images/favicon.svg" type="image/svg+xml">
<script src="${root}js/site.js" defer></script>
</head>
<body class="${bodyClass}">
<a class="skip-link" href="#main">${t.skip_to_content}</a>
<header class="site-header">
  <div class="wrap header-row">
    <a class="site-title" href="${root}${languages?filter(l -> l.code == lang)?first.home_uri}">
      <img src="${root}images/logo.svg" alt="" width="40" height="40">
      <span>${config.title}</span>
    </a>
    <nav class="lang-switch" aria-label="${t.language}">
      <ul>
      <#list languages as l>
        <#if l.code == lang>
        <li><a href="${root}${page.uri}" aria-current="true" lang="${l.code}" hreflang="${l.code}">${l.name}</a></li>
        <#else>
          <#assign target = (page.translations![])?filter(tr -> tr.lang == l.code)>
        <li><a href="${root}<#if target?has_content>${target?first.uri}<#else>${l.home_uri}</#if>" lang="${l.code}" hreflang="${l.code}">${l.name}</a></li>
        </#if>
      </#list>
      </ul>
    </nav>
  </div>
  <div class="wrap header-row">
    <nav class="main-nav" aria-label="${t.main_menu}">
      <ul>
        <li><a href="${root}${languages?filter(l -> l.code == lang)?first.home_uri}">${t.home}</a></li>
        <li><a href="${root}${languages?filter(l -> l.code == lang)?first.home_uri}#kits">${t.kits}</a></li>
        <li><a href="${root}${languages?filter(l -> l.code == lang)?first.home_uri}#for-deg">${t.for_you}</a></li>
        <li><a href="${root}${news_uri}">${t.news}</a></li>
      </ul>
    </nav>
    <form class="search-form" role="search" action="${root}${search_uri}" method="get">
      <label for="kk-search-q">${t.search}</label>
      <input id="kk-search-q" type="search" name="q" autocomplete="off">
      <button type="submit">${t.search_button}</button>
    </form>
  </div>
</header>
<main id="main" tabindex="-1">
<div class="wrap">
<#nested>
</div>
</main>
<footer class="site-footer">
  <div class="wrap footer-grid">
    <div>
      <p class="footer-title">${config.title}</p>
      <p>${config.description}</p>
    </div>
    <nav aria-label="${t.footer_menu}">
      <ul>
        <#assign a11y = published_pages?filter(p -> p.uri?ends_with("tilgjengelighet/"))>
        <li><a href="${root}<#if a11y?has_content>${a11y?first.uri}<#else>tilgjengelighet/</#if>">${t.accessibility_statement}</a></li>
        <li><a href="${root}apne-punkter/" rel="nofollow">${t.placeholders_title}</a></li>
        <li><a href="${root}${feed_uri}">${t.feed}</a></li>
      </ul>
    </nav>
    <p>${t.published_by} ${config.publisher.name}</p>
  </div>
</footer>
</body>
</html>
</#macro>

<#-- Audience chips, kit and dates: the facts shown above every content page. -->
<#macro meta item>
<#if item.draft!false><p class="draft-banner" role="note">${t.draft_banner}</p></#if>
<dl class="page-meta">
  <#if item.kit??><div><dt>${t.kit}</dt><dd><a href="${root}${item.kit.uri}">${item.kit.title}</a></dd></div></#if>
  <#if item.audience?has_content><div><dt>${t.for_whom}</dt><dd><ul class="chips"><#list item.audience as a><li><a class="chip" href="${root}${a.uri}">${a.name}</a></li></#list></ul></dd></div></#if>
  <#if item.date_display??><div><dt>${t.published}</dt><dd><time datetime="${item.date}">${item.date_display}</time></dd></div></#if>
  <#if item.updated_display??><div><dt>${t.updated}</dt><dd><time datetime="${item.updated}">${item.updated_display}</time></dd></div></#if>
</dl>
<#if (item.downloads![])?has_content>
<ul class="downloads">
<#list item.downloads as d>
  <li><a class="download" href="${root}${d.uri}" download>${t.download} ${d.format}<#if d.variant?has_content> ${d.variant}</#if></a>
    <span class="download-facts">(${d.size_display}<#if d.pages gt 0>, ${d.pages} <#if d.pages == 1>${t.page_one}<#else>${t.page_many}</#if></#if>)</span></li>
</#list>
</ul>
</#if>
</#macro>

<#-- A list of content summaries as cards. -->
<#macro cards items headingLevel=3>
<ul class="cards">
<#list items as i>
  <li class="card card-${i.type}">
    <p class="card-type">${i.type_name}</p>
    <h${headingLevel} class="card-title"><a href="${root}${i.uri}">${i.title}</a></h${headingLevel}>
    <#if i.summary?has_content><p>${i.summary}</p></#if>
  </li>
</#list>
</ul>
</#macro>

<#-- Sources, previous/next: shown below every content page. -->
<#macro after c>
<#if c.sources?has_content>
<section class="sources" aria-labelledby="kk-sources">
  <h2 id="kk-sources">${t.sources}</h2>
  <ul><#list c.sources as s><li>${s.title}</li></#list></ul>
</section>
</#if>
<#if c.previousContent?? || c.nextContent??>
<nav class="prev-next" aria-label="${t.in_this_kit}">
  <#if c.previousContent??><a class="prev" href="${root}${c.previousContent.uri}"><span>${t.previous}</span> ${c.previousContent.title}</a></#if>
  <#if c.nextContent??><a class="next" href="${root}${c.nextContent.uri}"><span>${t.next}</span> ${c.nextContent.title}</a></#if>
</nav>
</#if>
</#macro>
