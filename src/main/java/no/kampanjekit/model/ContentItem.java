package no.kampanjekit.model;

import java.util.List;
import java.util.Set;

/**
 * One page of content, parsed and rendered to HTML.
 *
 * @param sourcePath project-relative, e.g. {@code content/kit/side.md}
 * @param contentPath relative to content/, e.g. {@code kit/side.md}; kits name items by it
 * @param uri the page's address relative to the site root, e.g. {@code kit/side/} ({@code ""} for the home page)
 * @param html the rendered Markdown body
 * @param anchors every id in the body a link may point at (headings, checkboxes, footnotes)
 */
public record ContentItem(
        String sourcePath,
        String contentPath,
        String uri,
        FrontMatter meta,
        String html,
        List<Heading> toc,
        Set<String> anchors,
        int tasks,
        List<Placeholder> placeholders,
        String plainText) {

    public String title() {
        return meta.title();
    }

    public String lang() {
        return meta.lang();
    }

    public ContentType type() {
        return meta.type();
    }

    /** Whether this is a home page ({@code content/index.md} or a language's {@code index.md}). */
    public boolean isHome() {
        return contentPath.equals("index.md") || contentPath.matches("[a-z]{2}/index\\.md");
    }
}
