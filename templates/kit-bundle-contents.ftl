<#-- innhold.html in every kit ZIP: what each file is, and where it is on the web. Opened from disk, so it is
     self-contained: no scripts, no site CSS, no relative links to the site. Links to the files are relative. -->
<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.bundle_contents_title}: ${kit.title}</title>
<style>
body { font-family: "Liberation Sans", Arial, sans-serif; line-height: 1.5; color: #1e2b3c; max-width: 50rem; margin: 0 auto; padding: 1rem; }
a { color: #0062ba; }
h1 { color: #0062ba; }
.lead { font-size: 1.15rem; }
ul.items { list-style: none; padding: 0; }
ul.items > li { border-top: 1px solid #d0d5dd; padding: .75rem 0; }
.kind { margin: 0; font-size: .9rem; text-transform: uppercase; letter-spacing: .04em; }
h2, h3 { margin: .25rem 0; }
.facts { color: #3d4a5c; }
</style>
</head>
<body>
<main>
<h1>${kit.title}</h1>
<p class="lead">${kit.description}</p>
<p>${t.version} ${kit.version}, ${t.updated?lower_case} <time datetime="${kit.date}">${kit.date_display}</time>.</p>
<p>${t.bundle_contents_intro?replace("{site}", site_title)} <a href="${kit.url}">${kit.url}</a></p>
<#if kit.audiences?has_content>
<h2>${t.kit_for_whom}</h2>
<ul>
<#list kit.audiences as a>
  <li><strong>${a.name}</strong> – ${a.description}</li>
</#list>
</ul>
</#if>
<h2>${t.kit_contents}</h2>
<ul class="items">
<#list items as i>
  <li>
    <p class="kind">${i.type_name}<#if i.translation> · ${i.language_name}</#if></p>
    <h3<#if i.translation> lang="${i.lang}"</#if>>${i.title}</h3>
    <#if i.summary?has_content><p<#if i.translation> lang="${i.lang}"</#if>>${i.summary}</p></#if>
    <#if i.files?has_content>
    <ul>
    <#list i.files as f>
      <li><a href="${f.href}">${f.name}</a> <span class="facts">(${f.format}<#if f.variant?has_content> ${f.variant}</#if>, ${f.size_display}<#if f.pages_display?has_content>, ${f.pages_display}</#if>)</span></li>
    </#list>
    </ul>
    <#else>
    <p class="facts">${t.bundle_web_only}</p>
    </#if>
    <p>${t.bundle_on_the_web}: <a href="${i.url}">${i.url}</a> <span class="facts">(${t.updated?lower_case} <time datetime="${i.updated}">${i.updated_display}</time>)</span></p>
  </li>
</#list>
</ul>
<p>${t.bundle_checksums_note}</p>
</main>
</body>
</html>
