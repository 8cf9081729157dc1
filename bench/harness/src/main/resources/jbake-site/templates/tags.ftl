<#ftl output_format="HTML">
<!DOCTYPE html>
<html lang="nb">
<head>
<meta charset="utf-8">
<title>Emne: ${tag}</title>
</head>
<body>
<main>
<h1>Emne: ${tag}</h1>
<ul>
<#list tagged_documents as doc>
<li><a href="${content.rootpath}${doc.uri}">${doc.title}</a></li>
</#list>
</ul>
</main>
</body>
</html>
