package no.kampanjekit.markdown;

import java.nio.file.Path;
import java.util.Optional;

/** Turns the links editors write (to .md files and project files) into site addresses. */
public final class PageLinks {
    private PageLinks() {}

    /** The path a relative link points at, relative to content/, or empty when it leaves content/. */
    public static Optional<String> resolveInContent(String fromContentPath, String relative) {
        Path from = Path.of(fromContentPath).getParent();
        Path target = (from == null ? Path.of(relative) : from.resolve(relative)).normalize();
        String s = target.toString().replace('\\', '/');
        if (s.startsWith("..") || s.startsWith("/") || s.isEmpty()) return Optional.empty();
        return Optional.of(s);
    }

    /** The address of a content file's page: {@code kit/side.md} → {@code kit/side/}, {@code index.md} → {@code ""}. */
    public static String pageUri(String contentPath) {
        String noExt = contentPath.replaceFirst("\\.md$", "");
        if (noExt.equals("index")) return "";
        if (noExt.endsWith("/index")) return noExt.substring(0, noExt.length() - "index".length());
        return noExt + "/";
    }

    /** The way from a page at {@code uri} back to the site root, e.g. {@code ../../} for {@code kit/side/}. */
    public static String rootFrom(String uri) {
        int depth = 0;
        for (int i = 0; i < uri.length(); i++) if (uri.charAt(i) == '/') depth++;
        if (!uri.isEmpty() && !uri.endsWith("/")) depth = uri.split("/").length - 1;
        return "../".repeat(depth);
    }

    /**
     * The pages (content paths of .md files) whose addresses the rendered page writes, as the
     * renderer resolves its relative links ({@code KampanjeHtmlExtension.MdLinkResolver}): a
     * rendered body stays right while each of these keeps its address.
     */
    public static java.util.SortedSet<String> linkedPages(ParsedPage page) {
        java.util.SortedSet<String> pages = new java.util.TreeSet<>();
        for (ParsedPage.LinkUse link : page.links()) {
            if (UrlPolicy.classify(link.url()) != UrlPolicy.Kind.RELATIVE) continue;
            try {
                resolveInContent(page.contentPath(), splitFragment(link.url())[0]).filter(p -> p.endsWith(".md")).ifPresent(pages::add);
            } catch (java.nio.file.InvalidPathException e) {
                pages.add(link.url()); // not a path: kept as written, so it still counts
            }
        }
        return pages;
    }

    /** Splits {@code a.md#b} into path and fragment ({@code null} fragment when there is none). */
    public static String[] splitFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? new String[] {url, null} : new String[] {url.substring(0, hash), url.substring(hash + 1)};
    }
}
