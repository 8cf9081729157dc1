User-agent: *
Allow: /

Sitemap: ${sitemap_url}
