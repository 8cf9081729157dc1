package no.kampanjekit.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.markdown.PageLinks;
import no.kampanjekit.markdown.ParsedPage;
import no.kampanjekit.markdown.PrivateEmail;
import no.kampanjekit.markdown.UrlPolicy;

/**
 * Checks every link and image of every page before anything is written: the page and heading a
 * link names must exist, images must be in the project and have alt text, and no link may use a
 * scheme that runs code or leaves the site's files.
 */
public final class LinkChecker {
    /** What a link may point at. */
    public record Targets(
            Map<String, Set<String>> anchorsByContentPath,
            Set<String> draftContentPaths,
            Set<String> staticContentFiles,
            Set<String> siteUris,
            Path assetsDir) {}

    private LinkChecker() {}

    public static void check(ParsedPage page, Targets targets, Diagnostics diagnostics) {
        for (var at : page.privateInText()) {
            diagnostics.error(at, "'privat:' is in the text, not in a link, so the address would be shown as it is",
                    "write [Kari Nordmann](privat:kari.nordmann@kommune.no), with no space in the address");
        }
        for (ParsedPage.LinkUse link : page.links()) {
            String url = link.url().strip();
            if (link.image() && (link.alt() == null || link.alt().isBlank())) {
                diagnostics.error(link.at(), "image '" + url + "' has no alt text",
                        "write what the image shows between the brackets: ![Plakat med datoen 1. januar 2026](" + url + ")");
            }
            switch (UrlPolicy.classify(url)) {
                case FORBIDDEN -> diagnostics.error(link.at(), "the address '" + shorten(url) + "' is not allowed",
                        "use an https:// or mailto: address, or link to a page's .md file");
                case EXTERNAL -> {
                    if (link.image()) {
                        diagnostics.error(link.at(), "image '" + shorten(url) + "' is on another site",
                                "the site makes no requests to other hosts: save the image in assets/images/ and write ![…](/images/name.png)");
                    }
                }
                case PRIVATE_MAIL -> checkPrivate(page, link, diagnostics);
                case SAME_PAGE -> checkAnchor(page.contentPath(), url.substring(1), page.anchors(), link, diagnostics);
                case SITE_ABSOLUTE -> checkSiteAbsolute(url, link, targets, diagnostics);
                case RELATIVE -> checkRelative(page, url, link, targets, diagnostics);
                default -> { }
            }
        }
    }

    /** A private address must be one a mail program can use, and must not also be written out on the page. */
    private static void checkPrivate(ParsedPage page, ParsedPage.LinkUse link, Diagnostics diagnostics) {
        String url = link.url().strip();
        if (link.image()) {
            diagnostics.error(link.at(), "an image cannot point at a private e-mail address", "use [name](" + shorten(url) + ") as a link instead");
            return;
        }
        Optional<String> address = PrivateEmail.valid(url);
        if (address.isEmpty()) {
            diagnostics.error(link.at(), "'" + shorten(PrivateEmail.address(url)) + "' is not an e-mail address",
                    "write it as [Kari Nordmann](privat:kari.nordmann@kommune.no): one @, a domain with a dot, no spaces or letters like æøå");
            return;
        }
        String lower = address.get().toLowerCase(java.util.Locale.ROOT);
        boolean inText = page.plainText().toLowerCase(java.util.Locale.ROOT).contains(lower);
        boolean asMailto = page.links().stream().anyMatch(l -> l.url().strip().toLowerCase(java.util.Locale.ROOT).equals("mailto:" + lower));
        if (inText || asMailto) {
            diagnostics.error(link.at(), "the private address " + address.get() + " is also written out on this page" + (asMailto ? " as a mailto: link" : ""),
                    "write the address only inside privat:…; the site then shows it in a form address harvesters cannot read");
        }
    }

    private static void checkRelative(ParsedPage page, String url, ParsedPage.LinkUse link, Targets targets, Diagnostics diagnostics) {
        String[] parts = PageLinks.splitFragment(url);
        Optional<String> target = PageLinks.resolveInContent(page.contentPath(), parts[0]);
        if (target.isEmpty()) {
            diagnostics.error(link.at(), "'" + shorten(url) + "' points outside the content folder",
                    "link only to pages and files inside content/, or to /images/… in assets/");
            return;
        }
        String path = target.get();
        if (path.endsWith(".md")) {
            Set<String> anchors = targets.anchorsByContentPath().get(path);
            if (anchors == null) {
                String near = Suggestions.nearest(path, targets.anchorsByContentPath().keySet());
                diagnostics.error(link.at(), "link to a page that does not exist: content/" + path,
                        near != null ? "did you mean " + relativeSuggestion(page.contentPath(), near) + "?" : "check the file name and folder");
            } else if (targets.draftContentPaths().contains(path) && !targets.draftContentPaths().contains(page.contentPath())) {
                diagnostics.error(link.at(), "link to a draft page: content/" + path,
                        "publish it with `status: published`, or remove the link");
            } else if (parts[1] != null) {
                checkAnchor(path, parts[1], anchors, link, diagnostics);
            }
        } else if (link.image() || !path.endsWith("/")) {
            if (!targets.staticContentFiles().contains(path)) {
                diagnostics.error(link.at(), (link.image() ? "image" : "file") + " 'content/" + path + "' does not exist",
                        link.image() ? "put images in assets/images/ and write /images/name.png, or beside the page in content/"
                                : "link to a page by its .md file, e.g. [tekst](side.md)");
            }
        } else {
            diagnostics.error(link.at(), "link to the folder '" + url + "'", "link to the page's .md file instead, e.g. [tekst](side.md)");
        }
    }

    private static void checkSiteAbsolute(String url, ParsedPage.LinkUse link, Targets targets, Diagnostics diagnostics) {
        String path = PageLinks.splitFragment(url)[0].substring(1);
        Path asset = targets.assetsDir().resolve(path).normalize();
        if (!asset.startsWith(targets.assetsDir())) {
            diagnostics.error(link.at(), "'" + shorten(url) + "' points outside the project", "link only to files in assets/ or to pages");
            return;
        }
        if (targets.siteUris().contains(path) || targets.staticContentFiles().contains(path)) return;
        if (!path.isEmpty() && Files.isRegularFile(asset)) return;
        diagnostics.error(link.at(), (link.image() ? "image" : "link target") + " '" + shorten(url) + "' does not exist",
                link.image() ? "put the image in assets" + url + "; addresses starting with / are files in assets/"
                        : "link to the page's .md file instead, e.g. [tekst](../kit/side.md)");
    }

    private static void checkAnchor(String contentPath, String anchor, Set<String> anchors, ParsedPage.LinkUse link, Diagnostics diagnostics) {
        if (anchors.contains(anchor)) return;
        List<String> headings = anchors.stream().filter(a -> !a.startsWith("fn-") && !a.startsWith("oppgave-")).sorted().toList();
        String near = Suggestions.nearest(anchor, headings);
        diagnostics.error(link.at(), "there is no heading '#" + anchor + "' in content/" + contentPath,
                near != null ? "did you mean '#" + near + "'?"
                        : headings.isEmpty() ? "that page has no headings" : "its headings are #" + String.join(", #", headings.stream().limit(8).toList()));
    }

    private static String relativeSuggestion(String from, String to) {
        Path base = Path.of(from).getParent();
        return (base == null ? Path.of(to) : base.relativize(Path.of(to))).toString().replace('\\', '/');
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
