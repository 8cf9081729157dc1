package no.kampanjekit.output;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import no.kampanjekit.diagnostics.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The last check before publishing: every link, image, script and stylesheet address in the
 * generated pages must lead to a file the build made, and every #fragment to an id on that page.
 * Content links are checked earlier with file and line; this catches what templates add.
 */
public final class InternalLinks {
    private InternalLinks() {}

    public static void check(Path site, Diagnostics diagnostics) throws IOException {
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        Map<Path, Set<String>> ids = new HashMap<>();
        Map<Path, Document> docs = new HashMap<>();
        for (Path page : pages) {
            Document d = Jsoup.parse(page.toFile(), "UTF-8");
            docs.put(page, d);
            Set<String> pageIds = new HashSet<>();
            for (Element e : d.select("[id]")) pageIds.add(e.id());
            ids.put(page, pageIds);
        }
        for (Path page : pages) {
            if (page.getFileName().toString().equals("404.html")) continue; // its links start from the base path
            String rel = site.relativize(page).toString().replace('\\', '/');
            for (Element e : docs.get(page).select("a[href], link[href], img[src], script[src], source[srcset]")) {
                String attr = e.hasAttr("href") ? "href" : e.hasAttr("src") ? "src" : "srcset";
                String url = e.attr(attr);
                if (url.isEmpty() || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || url.startsWith("//")) continue;
                String path;
                String fragment;
                try {
                    URI uri = new URI(url);
                    path = uri.getRawPath() == null ? "" : URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
                    fragment = uri.getFragment();
                } catch (URISyntaxException ex) {
                    diagnostics.error("target/site/" + rel, 0, 0, "malformed address '" + url + "' in <" + e.tagName() + ">", "check the template or content that writes it");
                    continue;
                }
                Path target = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
                if (!target.startsWith(site)) {
                    diagnostics.error("target/site/" + rel, 0, 0, "'" + url + "' leads outside the site", "links must stay inside the site; check the template");
                    continue;
                }
                if (Files.isDirectory(target)) target = target.resolve("index.html");
                if (!Files.isRegularFile(target)) {
                    diagnostics.error("target/site/" + rel, 0, 0, "'" + url + "' in <" + e.tagName() + "> leads to a file the build did not make",
                            "check the template that writes this link (docs/templates.md: prefix site links with ${root})");
                } else if (fragment != null && !fragment.isEmpty() && ids.containsKey(target) && !ids.get(target).contains(fragment)) {
                    diagnostics.error("target/site/" + rel, 0, 0, "'" + url + "' points at #" + fragment + ", which is not on that page",
                            "check the template or the heading");
                }
            }
        }
    }
}
