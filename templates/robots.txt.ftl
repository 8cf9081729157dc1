User-agent: *
Disallow: ${config.base_url?replace("^https?://[^/]+", "", "r")}apne-punkter/
Allow: /

Sitemap: ${sitemap_url}
