<#import "share.ftl" as sharing>
<#-- The page shell every HTML page uses, and the small parts content pages share.
     Macros: shell (the page), pageHeader (eyebrow, h1, lead, facts), meta (kit, audiences, dates,
     downloads), cards (a list of content summaries), after (sources, previous/next, the kit's
     other parts). Functions: href (a site link from the root), homeUri. -->

<#-- A link to a path relative to the site root; never an empty href. -->
<#function href path="">
  <#local h = root + path>
  <#return h?has_content?then(h, "./")>
</#function>

<#-- The home page address of a language, relative to the root ("" for the default language). -->
<#function homeUri code=lang>
  <#list languages as l><#if l.code == code><#return l.home_uri></#if></#list>
  <#return "">
</#function>

<#-- A page of this language by its address under the language's home ({uri, lang}). When there is
     none: the default language's page at that address if fallback is true (the caller knows it
     exists), else {} (templates see only this language's pages). -->
<#function localPage path fallback=false>
  <#local own = homeUri() + path>
  <#if published_uris[own]??><#return {"uri": own, "lang": lang}></#if>
  <#return fallback?then({"uri": path, "lang": config.default_lang}, {})>
</#function>

<#-- Kits exist in the default language only: on other languages' pages their titles and pages are marked as such. -->
<#macro kitLang><#if lang != config.default_lang> lang="${config.default_lang}"</#if></#macro>
<#macro kitHreflang><#if lang != config.default_lang> hreflang="${config.default_lang}"</#if></#macro>

<#-- Text from kampanjekit.yml that is still an open point is shown as one. -->
<#macro maybeOpen text><#if text?starts_with("[ÅPENT")><mark class="placeholder">${text}</mark><#else>${text}</#if></#macro>

<#--
  The page. bodyClass: classes on <body>; scripts: extra script files under js/ (deferred);
  robots: a robots meta value ("noindex"); search: false leaves the header search out (the search page has its own).
-->
<#macro shell bodyClass="" scripts=[] robots="" search=true>
<#assign home = href(homeUri())>
<#assign ptype = page.type!"">
<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'">
<meta name="referrer" content="strict-origin-when-cross-origin">
<title><#if ptype == "home" || !page.title?has_content>${config.title}<#else>${page.title} – ${config.title}</#if></title>
<meta name="description" content="${page.description}">
<#if robots?has_content><meta name="robots" content="${robots}">
</#if>
<link rel="canonical" href="${page.url}">
<#if page.translations?has_content>
<link rel="alternate" hreflang="${lang}" href="${page.url}">
<#list page.translations as tr>
<link rel="alternate" hreflang="${tr.lang}" href="${config.base_url}${tr.uri}">
</#list>
<#if lang == config.default_lang>
<link rel="alternate" hreflang="x-default" href="${page.url}">
<#else>
<#list page.translations as tr><#if tr.lang == config.default_lang>
<link rel="alternate" hreflang="x-default" href="${config.base_url}${tr.uri}">
</#if></#list>
</#if>
</#if>
<meta property="og:site_name" content="${config.title}">
<meta property="og:title" content="${page.title}">
<meta property="og:description" content="${page.description}">
<meta property="og:url" content="${page.url}">
<meta property="og:type" content="<#if ptype == 'news'>article<#else>website</#if>">
<meta property="og:locale" content="<#if lang == 'en'>en_GB<#elseif lang == 'nn'>nn_NO<#else>nb_NO</#if>">
<meta property="og:image" content="${page.image.url}">
<meta property="og:image:type" content="${page.image.type}">
<meta property="og:image:width" content="${page.image.width}">
<meta property="og:image:height" content="${page.image.height}">
<meta property="og:image:alt" content="${page.image.alt}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="${page.title}">
<meta name="twitter:description" content="${page.description}">
<meta name="twitter:image:alt" content="${page.image.alt}">
<link rel="stylesheet" href="${root}css/site.css">
<link rel="stylesheet" href="${root}css/kits.css">
<link rel="preload" href="${root}fonts/Inter-Regular.woff2" as="font" type="font/woff2" crossorigin>
<link rel="icon" href="${root}images/favicon.svg" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" title="${t.news} – ${config.title}" href="${root}${feed_uri}">
<script src="${root}js/site.js" defer></script>
<script src="${root}js/share.js" defer></script>
<#list scripts as s>
<script src="${root}js/${s}" defer></script>
</#list>
</head>
<body class="${bodyClass}" data-table-label="${t.table}">
<a class="skip-link" href="#main">${t.skip_to_content}</a>
<header class="site-header">
  <div class="wrap header-top">
    <a class="site-title" href="${home}"<#if ptype == "home"> aria-current="page"</#if>>
      <img class="site-logo" src="${root}images/logo.svg" alt="" width="44" height="44">
      <span class="site-name">${config.title}</span>
    </a>
    <nav class="lang-switch" aria-label="${t.language}">
      <ul>
      <#list languages as l>
        <#if l.code == lang>
        <li><a href="${href(page.uri)}" aria-current="true" lang="${l.code}" hreflang="${l.code}">${l.name}</a></li>
        <#else>
          <#assign target = href(l.home_uri)>
          <#list page.translations![] as tr><#if tr.lang == l.code><#assign target = href(tr.uri)></#if></#list>
        <li><a href="${target}" lang="${l.code}" hreflang="${l.code}">${l.name}</a></li>
        </#if>
      </#list>
      </ul>
    </nav>
  </div>
  <div class="wrap header-bottom">
    <nav class="main-nav" aria-label="${t.main_menu}">
      <ul>
        <li><a href="${home}"<#if ptype == "home"> aria-current="page"</#if>>${t.home}</a></li>
        <li><a href="${home}#kits"<#if ptype == "kit"> aria-current="true"</#if>>${t.kits}</a></li>
        <li><a href="${home}#for-deg"<#if ptype == "audience"> aria-current="true"</#if>>${t.nav_audiences}</a></li>
        <li><a href="${href(news_uri)}"<#if ptype == "news-list"> aria-current="page"<#elseif ptype == "news"> aria-current="true"</#if>>${t.news}</a></li>
        <li><a href="${href(search_uri)}"<#if ptype == "search"> aria-current="page"</#if>>${t.search}</a></li>
      </ul>
    </nav>
    <#if search>
    <form class="site-search" role="search" aria-label="${t.search_site}" action="${href(search_uri)}" method="get">
      <label class="visually-hidden" for="kk-site-q">${t.search_site}</label>
      <input id="kk-site-q" type="search" name="q" autocomplete="off" enterkeyhint="search">
      <button type="submit" class="button">${t.search_button}</button>
    </form>
    </#if>
  </div>
</header>
<main id="main" tabindex="-1">
<div class="wrap">
<#nested>
</div>
</main>
<footer class="site-footer">
  <div class="wrap footer-grid">
    <div class="footer-about">
      <p class="footer-title"><img src="${root}images/logo-white.svg" alt="" width="32" height="32"> ${config.title}</p>
      <p>${config.description}</p>
    </div>
    <nav aria-label="${t.footer_menu}">
      <ul>
        <#assign about = localPage("om/")>
        <#if about.uri??><li><a href="${href(about.uri)}">${t.about}</a></li></#if>
        <#-- The accessibility statement is required on every page: tilgjengelighet/ in the default language at least. -->
        <#assign a11y = localPage("tilgjengelighet/", true)>
        <li><a href="${href(a11y.uri)}"<#if a11y.lang != lang> hreflang="${a11y.lang}"</#if>>${t.accessibility_statement}</a></li>
        <li><a href="${href(feed_uri)}" type="application/atom+xml">${t.feed}</a></li>
        <li><a href="${href('apne-punkter/')}" rel="nofollow"<#if lang != config.default_lang> hreflang="${config.default_lang}"</#if>>${t.placeholders_link}</a></li>
      </ul>
    </nav>
    <div class="footer-publisher">
      <p><span class="footer-label">${t.published_by}</span> <@maybeOpen config.publisher.name/></p>
      <#if config.publisher.email?has_content>
      <p><span class="footer-label">${t.feedback}</span>
        <#if config.publisher.email?starts_with("[ÅPENT")><@maybeOpen config.publisher.email/><#else><a href="mailto:${config.publisher.email}">${config.publisher.email}</a></#if></p>
      </#if>
    </div>
  </div>
  <p class="print-only print-url">${page.url}</p>
</footer>
</body>
</html>
</#macro>

<#-- Eyebrow (what kind of page), the title, the summary as lead, and the facts. -->
<#macro pageHeader c eyebrow="">
<header class="content-header">
  <#if c.kit??>
  <nav class="breadcrumbs" aria-label="${t.breadcrumbs}">
    <ol>
      <li><a href="${href(homeUri())}">${t.home}</a></li>
      <li><a href="${href(c.kit.uri)}"<@kitLang/><@kitHreflang/>>${c.kit.title}</a></li>
    </ol>
  </nav>
  </#if>
  <p class="content-type">${eyebrow?has_content?then(eyebrow, c.type_name)}</p>
  <h1>${c.title}</h1>
  <#if c.summary?has_content><p class="lead">${c.summary}</p></#if>
  <@meta item=c/>
  <#nested>
</header>
</#macro>

<#-- Kit, audience chips and dates: the facts shown above every content page, then its downloads. -->
<#macro meta item>
<#if item.draft!false><p class="draft-banner" role="note">${t.draft_banner}</p></#if>
<dl class="page-meta">
  <#if item.kit??><div class="meta-row"><dt>${t.kit}</dt><dd><a href="${href(item.kit.uri)}"<@kitLang/><@kitHreflang/>>${item.kit.title}</a></dd></div></#if>
  <#if item.audience?has_content><div class="meta-row"><dt>${t.for_whom}</dt><dd><ul class="chips"><#list item.audience as a><li><a class="chip" href="${href(a.uri)}">${a.name}</a></li></#list></ul></dd></div></#if>
  <#if item.date_display??><div class="meta-row"><dt>${t.published}</dt><dd><time datetime="${item.date}">${item.date_display}</time></dd></div></#if>
  <#if item.updated_display??><div class="meta-row"><dt>${t.updated}</dt><dd><time datetime="${item.updated}">${item.updated_display}</time></dd></div></#if>
</dl>
<#if (item.downloads![])?has_content>
<ul class="downloads">
<#list item.downloads as d>
  <li><a class="download" href="${href(d.uri)}" download>${t.download} ${d.format}<#if d.variant?has_content> ${d.variant}</#if></a>
    <span class="download-facts">${d.size_display}<#if d.pages_display?has_content>, ${d.pages_display}</#if></span></li>
</#list>
</ul>
</#if>
</#macro>

<#-- A list of content summaries as cards; the whole card is the link's target area. -->
<#macro cards items headingLevel=3 numbered=false>
<${numbered?then("ol", "ul")} class="cards<#if numbered> cards-numbered</#if>">
<#list items as i>
  <li class="card card-${i.type}"<#if i.lang != lang> lang="${i.lang}"</#if>>
    <p class="card-type">${i.type_name}</p>
    <h${headingLevel} class="card-title"><a href="${href(i.uri)}"<#if i.lang != lang> hreflang="${i.lang}"</#if>>${i.title}</a></h${headingLevel}>
    <#if i.summary?has_content><p class="card-summary">${i.summary}</p></#if>
    <#if i.date_display?? && i.type == "news"><p class="card-date"><time datetime="${i.date}">${i.date_display}</time></p></#if>
  </li>
</#list>
</${numbered?then("ol", "ul")}>
</#macro>

<#-- Below every content page: sources, previous/next, and the kit's other parts. -->
<#macro after c>
<div class="content-after">
<#if c.sources?has_content>
<section class="sources" aria-labelledby="kk-sources">
  <h2 id="kk-sources">${t.sources}</h2>
  <ul><#list c.sources as s><li>${s.title}</li></#list></ul>
</section>
</#if>
<#if c.share??><@sharing.box share=c.share heading=t.share_page id="kk-share-page"/></#if>
<#if c.previousContent?? || c.nextContent??>
<nav class="prev-next" aria-label="${t.previous_next}">
  <#if c.previousContent??><a class="prev" rel="prev" href="${href(c.previousContent.uri)}"><span class="prev-next-label">${t.previous}</span> <span class="prev-next-title">${c.previousContent.title}</span></a></#if>
  <#if c.nextContent??><a class="next" rel="next" href="${href(c.nextContent.uri)}"><span class="prev-next-label">${t.next}</span> <span class="prev-next-title">${c.nextContent.title}</span></a></#if>
</nav>
</#if>
</div>
<#-- The kit's parts, when this page is one of them (a translation is not: the kit lists the default language's pages). -->
<#if c.kit??>
  <#list kits as k><#if k.id == c.kit.id && k.items?filter(i -> i.uri == c.uri)?has_content>
<nav class="kit-nav" aria-labelledby="kk-kit-nav">
  <h2 id="kk-kit-nav" class="kit-nav-title">${t.in_this_kit}</h2>
  <p class="kit-nav-kit"><a href="${href(k.uri)}">${k.title}</a></p>
  <ol>
  <#list k.items as i>
    <li><#if i.uri == c.uri><a href="${href(i.uri)}" aria-current="page">${i.title}</a><#else><a href="${href(i.uri)}">${i.title}</a></#if> <span class="kit-nav-type">${i.type_name}</span></li>
  </#list>
  </ol>
</nav>
  </#if></#list>
</#if>
</#macro>
