<#ftl output_format="HTML">
<!DOCTYPE html>
<html lang="nb">
<head>
<meta charset="utf-8">
<title>Kjernejournal nå</title>
<link rel="stylesheet" href="css/site.css">
</head>
<body>
<main>
<h1>Kjernejournal nå</h1>
<ul>
<#list published_pages as page>
<li><a href="${page.uri}">${page.title}</a></li>
</#list>
</ul>
</main>
</body>
</html>
