<#ftl output_format="HTML">
<!DOCTYPE html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${content.title} – ${config.site_host}</title>
<link rel="stylesheet" href="${content.rootpath}css/site.css">
</head>
<body>
<header><a href="${content.rootpath}index.html">Kjernejournal nå</a></header>
<main>
<article>
<h1>${content.title}</h1>
<p><time datetime="${content.date?string("yyyy-MM-dd")}">${content.date?string("d. MMMM yyyy")}</time></p>
${content.body?no_esc}
<#if content.tags??><p>Emner: <#list content.tags as tag><a href="${content.rootpath}tags/${tag}.html">${tag}</a><#sep>, </#list></p></#if>
</article>
<nav>
<#if content.previousContent??><a rel="prev" href="${content.rootpath}${content.previousContent.uri}">${content.previousContent.title}</a></#if>
<#if content.nextContent??><a rel="next" href="${content.rootpath}${content.nextContent.uri}">${content.nextContent.title}</a></#if>
</nav>
</main>
</body>
</html>
