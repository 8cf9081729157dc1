package no.kampanjekit.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kampanjekit.diagnostics.SourcePosition;
import no.kampanjekit.model.Heading;
import no.kampanjekit.model.Placeholder;

/**
 * A page's Markdown after parsing and analysis: what it links to, its headings and ids. Holds the
 * flexmark tree, which stays inside this package.
 */
public final class ParsedPage {
    /** A link or image as written, with its place in the file. */
    public record LinkUse(String url, boolean image, String alt, SourcePosition at) {}

    /** Raw HTML the policy refused. */
    public record HtmlProblem(String message, SourcePosition at) {}

    final Document document;
    final Map<Node, String> ids = new IdentityHashMap<>();
    final Map<Node, Integer> stepNumbers = new IdentityHashMap<>();
    final String contentPath;
    final boolean numberSteps;
    List<Heading> headings;
    List<LinkUse> links;
    List<HtmlProblem> htmlProblems;
    List<SourcePosition> privateInText = List.of();
    List<Placeholder> placeholders;
    Set<String> anchors;
    int tasks;
    String plainText;

    ParsedPage(Document document, String contentPath, boolean numberSteps) {
        this.document = document;
        this.contentPath = contentPath;
        this.numberSteps = numberSteps;
    }

    /**
     * A page as an earlier build parsed it, from what it found (a cache keeps these, not the
     * flexmark tree): everything but rendering works; render the text parsed afresh instead.
     */
    public static ParsedPage restored(String contentPath, boolean numberSteps, List<Heading> headings, List<LinkUse> links,
            List<HtmlProblem> htmlProblems, List<SourcePosition> privateInText, List<Placeholder> placeholders, Set<String> anchors,
            int tasks, String plainText) {
        ParsedPage page = new ParsedPage(null, contentPath, numberSteps);
        page.headings = List.copyOf(headings);
        page.links = List.copyOf(links);
        page.htmlProblems = List.copyOf(htmlProblems);
        page.privateInText = List.copyOf(privateInText);
        page.placeholders = List.copyOf(placeholders);
        page.anchors = Set.copyOf(anchors);
        page.tasks = tasks;
        page.plainText = plainText;
        return page;
    }

    /** False for a {@link #restored} page, which cannot be rendered. */
    public boolean renderable() {
        return document != null;
    }

    public boolean numberSteps() {
        return numberSteps;
    }

    public List<Heading> headings() {
        return headings;
    }

    public List<LinkUse> links() {
        return links;
    }

    public List<HtmlProblem> htmlProblems() {
        return htmlProblems;
    }

    /** Where {@code privat:} stands in the text rather than as a link's target (a typo that would show the address). */
    public List<SourcePosition> privateInText() {
        return privateInText;
    }

    public List<Placeholder> placeholders() {
        return placeholders;
    }

    /** Every id a link may point at: headings, checkboxes and footnotes. */
    public Set<String> anchors() {
        return anchors;
    }

    public int tasks() {
        return tasks;
    }

    public String plainText() {
        return plainText;
    }

    public String contentPath() {
        return contentPath;
    }
}
