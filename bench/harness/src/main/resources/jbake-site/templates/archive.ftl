<#ftl output_format="HTML">
<!DOCTYPE html>
<html lang="nb">
<head>
<meta charset="utf-8">
<title>Arkiv – Kjernejournal nå</title>
</head>
<body>
<main>
<h1>Arkiv</h1>
<ul>
<#list published_posts as post>
<li><a href="${post.uri}">${post.title}</a></li>
</#list>
</ul>
</main>
</body>
</html>
