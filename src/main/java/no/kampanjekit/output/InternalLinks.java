package no.kampanjekit.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
        check(site, Set.of(), diagnostics);
    }

    /**
     * As {@link #check(Path, Diagnostics)}, for a preview build: {@code planned} are addresses
     * (relative to the site root) of files that are made when opened, and count as there.
     */
    public static void check(Path site, Set<String> planned, Diagnostics diagnostics) throws IOException {
        check(site, planned, diagnostics, null);
    }

    /**
     * As {@link #check(Path, Set, Diagnostics)}, keeping what it read of each page in {@code keptFile}
     * (target/site.link-cache) for the next build, by a hash of the page's bytes; null keeps nothing.
     */
    public static void check(Path site, Set<String> planned, Diagnostics diagnostics, Path keptFile) throws IOException {
        String setup = keptFile == null ? "" : setup();
        Map<String, Page> kept = setup.isEmpty() ? Map.of() : read(keptFile, setup);
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        // Reading and parsing the pages is most of the check: on every core.
        List<Map.Entry<String, Page>> parsed;
        try {
            parsed = pages.parallelStream().map(page -> {
            try {
                byte[] html = Files.readAllBytes(page);
                String key = Sha256.hex(html);
                Page p = kept.get(key);
                if (p == null) p = PAGES.get(key);
                return Map.entry(key, p != null ? p : Page.of(html));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Map<Path, Page> read = new HashMap<>();
        Map<String, Page> seen = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            read.put(pages.get(i), parsed.get(i).getValue());
            seen.put(parsed.get(i).getKey(), parsed.get(i).getValue());
        }
        // Keep what this build read, drop the rest: the cache never holds more than one site's pages.
        PAGES.keySet().retainAll(seen.keySet());
        PAGES.putAll(seen);
        if (!setup.isEmpty() && !seen.keySet().equals(kept.keySet())) write(keptFile, setup, seen);
        // Pages link to the same few hundred files thousands of times, and pages in one folder
        // write the same addresses: look at each file, and each address from each folder, once.
        Map<Path, Kind> kinds = new HashMap<>();
        Map<Path, Map<String, Resolved>> resolvedIn = new HashMap<>();
        for (Path page : pages) {
            if (page.getFileName().toString().equals("404.html")) continue; // its links start from the base path
            String rel = site.relativize(page).toString().replace('\\', '/');
            Map<String, Resolved> resolved = resolvedIn.computeIfAbsent(page.getParent(), k -> new HashMap<>());
            for (Link e : read.get(page).links()) {
                String url = e.url();
                if (url.isEmpty() || SCHEME.matcher(url).lookingAt() || url.startsWith("//")) continue;
                Resolved r = resolved.computeIfAbsent(url, u -> resolve(site, page.getParent(), u, planned, kinds));
                if (r.problem() == Problem.MALFORMED) {
                    diagnostics.error("target/site/" + rel, 0, 0, "malformed address '" + url + "' in <" + e.tag() + ">", "check the template or content that writes it");
                } else if (r.problem() == Problem.OUTSIDE) {
                    diagnostics.error("target/site/" + rel, 0, 0, "'" + url + "' leads outside the site", "links must stay inside the site; check the template");
                } else if (r.problem() == Problem.MISSING) {
                    diagnostics.error("target/site/" + rel, 0, 0, "'" + url + "' in <" + e.tag() + "> leads to a file the build did not make",
                            "check the template that writes this link (docs/templates.md: prefix site links with ${root})");
                } else if (r.problem() == Problem.NONE && r.fragment() != null) {
                    Page target = r.target() == null ? read.get(page) : read.get(r.target());
                    if (target != null && !target.ids().contains(r.fragment())) {
                        diagnostics.error("target/site/" + rel, 0, 0, "'" + url + "' points at #" + r.fragment() + ", which is not on that page",
                                "check the template or the heading");
                    }
                }
            }
        }
    }

    static final String FORMAT = "kampanjekit link check 1";

    /** The code that reads a page: this package's and jsoup's. Empty (keep nothing) if it cannot be told. */
    static String setup() {
        try {
            return CodeDigest.of(InternalLinks.class, Jsoup.class, org.jsoup.parser.Parser.class);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static Map<String, Page> read(Path file, String setup) {
        Map<String, Page> kept = new HashMap<>();
        boolean whole = CacheFile.read(file, FORMAT, setup, in -> {
            for (int n = in.readInt(); n > 0; n--) {
                String key = CacheFile.readString(in);
                Set<String> ids = new HashSet<>();
                for (int i = in.readInt(); i > 0; i--) ids.add(CacheFile.readString(in));
                List<Link> links = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--) links.add(new Link(CacheFile.readString(in), CacheFile.readString(in)));
                kept.put(key, new Page(Set.copyOf(ids), List.copyOf(links)));
            }
        });
        return whole ? kept : Map.of();
    }

    static void write(Path file, String setup, Map<String, Page> pages) {
        Map<String, Page> sorted = new java.util.TreeMap<>(pages);
        CacheFile.write(file, FORMAT, setup, out -> {
            out.writeInt(sorted.size());
            for (var e : sorted.entrySet()) {
                CacheFile.writeString(out, e.getKey());
                out.writeInt(e.getValue().ids().size());
                for (String id : new java.util.TreeSet<>(e.getValue().ids())) CacheFile.writeString(out, id);
                out.writeInt(e.getValue().links().size());
                for (Link l : e.getValue().links()) {
                    CacheFile.writeString(out, l.tag());
                    CacheFile.writeString(out, l.url());
                }
            }
        });
    }

    private enum Problem { NONE, MALFORMED, OUTSIDE, MISSING }

    /**
     * Where an address written in a page of {@code folder} leads: the file (null for the page
     * itself, as in {@code #top}), its non-empty #fragment, or what is wrong with it.
     */
    private record Resolved(Path target, String fragment, Problem problem) {}

    private static Resolved resolve(Path site, Path folder, String url, Set<String> planned, Map<Path, Kind> kinds) {
        String path;
        String fragment;
        try {
            URI uri = new URI(url);
            path = uri.getRawPath() == null ? "" : URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
            fragment = uri.getFragment() == null || uri.getFragment().isEmpty() ? null : uri.getFragment();
        } catch (URISyntaxException ex) {
            return new Resolved(null, null, Problem.MALFORMED);
        }
        if (path.isEmpty()) return new Resolved(null, fragment, Problem.NONE);
        Path target = folder.resolve(path).normalize();
        if (!target.startsWith(site)) return new Resolved(null, null, Problem.OUTSIDE);
        if (kinds.computeIfAbsent(target, InternalLinks::kind) == Kind.FOLDER) target = target.resolve("index.html");
        if (!planned.isEmpty() && planned.contains(site.relativize(target).toString().replace('\\', '/'))) return new Resolved(target, null, Problem.NONE);
        if (kinds.computeIfAbsent(target, InternalLinks::kind) != Kind.FILE) return new Resolved(target, null, Problem.MISSING);
        return new Resolved(target, fragment, Problem.NONE);
    }

    /**
     * What the check needs from one page: its ids and its links. Kept between builds by a hash of
     * the page's bytes (in memory for the preview, in a file for builds), so a rebuild parses only
     * the pages that changed; the same bytes give the same ids and links, so the result is the
     * same as parsing again.
     */
    record Page(Set<String> ids, List<Link> links) {
        static Page of(byte[] html) {
            Document d = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
            Set<String> ids = new HashSet<>();
            for (Element e : d.select("[id]")) ids.add(e.id());
            List<Link> links = new ArrayList<>();
            for (Element e : d.select("a[href], link[href], img[src], script[src], source[srcset]")) {
                String attr = e.hasAttr("href") ? "href" : e.hasAttr("src") ? "src" : "srcset";
                links.add(new Link(e.tagName(), e.attr(attr)));
            }
            return new Page(Set.copyOf(ids), List.copyOf(links));
        }
    }

    record Link(String tag, String url) {}

    private enum Kind { FILE, FOLDER, NONE }

    private static Kind kind(Path p) {
        return Files.isRegularFile(p) ? Kind.FILE : Files.isDirectory(p) ? Kind.FOLDER : Kind.NONE;
    }

    /** An address with a scheme (https:, mailto:, …) leads outside the site. */
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:");

    private static final Map<String, Page> PAGES = new ConcurrentHashMap<>();
}
