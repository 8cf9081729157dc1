package no.kampanjekit.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.kampanjekit.diagnostics.SourcePosition;

/**
 * The one Markdown configuration of the project. Web pages and print documents both render
 * through here, so a checklist reads the same on screen and on paper.
 */
public final class MarkdownEngine {
    /** Ids the page templates use themselves; headings never take them. */
    static final Set<String> RESERVED_IDS = Set.of("main", "innhold", "kk-main", "kk-search", "kk-toc", "toppen");

    static final DataKey<LinkTargets> LINK_TARGETS = new DataKey<>("KK_LINK_TARGETS", LinkTargets.NONE);
    static final DataKey<ParsedPageHolder> PAGE = new DataKey<>("KK_PAGE", new ParsedPageHolder());

    /** Lets renderers find the analysis of the page they render (flexmark's data keys need a default). */
    static final class ParsedPageHolder {
        ParsedPage page;
    }

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownEngine() {
        DataHolder options = options();
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    /** The flexmark options: CommonMark plus GitHub tables, task lists, strikethrough, autolinks; footnotes. */
    static DataHolder options() {
        MutableDataSet o = new MutableDataSet();
        // Ours last: it must override the task list extension's renderer (and delegates what it leaves alone).
        o.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(),
                TaskListExtension.create(),
                StrikethroughExtension.create(),
                AutolinkExtension.create(),
                FootnoteExtension.create(),
                KampanjeHtmlExtension.create()));
        o.set(TablesExtension.COLUMN_SPANS, false);
        o.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        o.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        o.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        o.set(TablesExtension.CLASS_NAME, "");
        o.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        o.set(HtmlRenderer.RENDER_HEADER_ID, false);
        o.set(HtmlRenderer.SOFT_BREAK, "\n");
        o.set(HtmlRenderer.FENCED_CODE_NO_LANGUAGE_CLASS, "");
        return o.toImmutable();
    }

    /**
     * Parses and analyses a page body. Thread-safe.
     *
     * @param numberSteps whether level-2 headings are numbered steps (guides)
     */
    public ParsedPage parse(String body, String sourcePath, String contentPath, int bodyLineOffset, boolean numberSteps) {
        Document document = parser.parse(body);
        ParsedPage page = new ParsedPage(document, contentPath, numberSteps);
        LineIndex lines = new LineIndex(body, sourcePath, bodyLineOffset);
        Set<String> taken = new HashSet<>(RESERVED_IDS);
        List<no.kampanjekit.model.Heading> headings = new ArrayList<>();
        List<ParsedPage.LinkUse> links = new ArrayList<>();
        List<ParsedPage.HtmlProblem> htmlProblems = new ArrayList<>();
        List<SourcePosition> privateInText = new ArrayList<>();
        int[] step = {0};
        int[] task = {0};
        walk(document, node -> {
            if (node instanceof Heading h) {
                String text = PlainText.of(h).strip();
                String id = HeadingIds.unique(text, taken);
                page.ids.put(h, id);
                if (numberSteps && h.getLevel() == 2) page.stepNumbers.put(h, ++step[0]);
                headings.add(new no.kampanjekit.model.Heading(h.getLevel(), id, text));
            } else if (node instanceof TaskListItem item) {
                page.ids.put(item, HeadingIds.unique("oppgave-" + (++task[0]), taken));
            } else if (node instanceof Image img) {
                links.add(new ParsedPage.LinkUse(img.getUrl().toString(), true, img.getText().toString(), lines.at(img.getStartOffset())));
            } else if (node instanceof ImageRef ref) {
                Reference r = ref.getReferenceNode(document);
                links.add(new ParsedPage.LinkUse(r == null ? "" : r.getUrl().toString(), true, ref.getText().toString(), lines.at(ref.getStartOffset())));
            } else if (node instanceof Link link) {
                links.add(new ParsedPage.LinkUse(link.getUrl().toString(), false, null, lines.at(link.getStartOffset())));
            } else if (node instanceof LinkRef ref && ref.isDefined()) {
                Reference r = ref.getReferenceNode(document);
                if (r != null) links.add(new ParsedPage.LinkUse(r.getUrl().toString(), false, null, lines.at(ref.getStartOffset())));
            } else if (node instanceof AutoLink link) {
                links.add(new ParsedPage.LinkUse(link.getUrl().toString(), false, null, lines.at(link.getStartOffset())));
            } else if (node instanceof com.vladsch.flexmark.ast.Text t) {
                String text = t.getChars().toString().toLowerCase(java.util.Locale.ROOT);
                for (int i = text.indexOf(PrivateEmail.SCHEME); i >= 0; i = text.indexOf(PrivateEmail.SCHEME, i + 1)) {
                    privateInText.add(lines.at(t.getStartOffset() + i));
                }
            } else if ((node instanceof HtmlBlock || node instanceof HtmlInline)
                    && !(node instanceof HtmlCommentBlock) && !(node instanceof HtmlInlineComment)) {
                RawHtmlPolicy.Verdict verdict = RawHtmlPolicy.check(node.getChars().toString());
                for (String problem : verdict.problems()) {
                    htmlProblems.add(new ParsedPage.HtmlProblem(problem, lines.at(node.getStartOffset())));
                }
            }
        });
        Set<String> anchors = new HashSet<>(taken);
        anchors.removeAll(RESERVED_IDS);
        walk(document, node -> {
            if (node instanceof Footnote f) anchors.add("fn-" + f.getText());
        });
        page.headings = List.copyOf(headings);
        page.links = List.copyOf(links);
        page.htmlProblems = List.copyOf(htmlProblems);
        page.privateInText = List.copyOf(privateInText);
        page.placeholders = Placeholders.find(body, sourcePath, bodyLineOffset);
        page.anchors = Set.copyOf(anchors);
        page.tasks = task[0];
        page.plainText = PlainText.of(document).replaceAll("\\s+", " ").strip();
        return page;
    }

    /** Renders a parsed page to HTML, turning links to .md files into page addresses. Thread-safe. */
    public String render(ParsedPage page, LinkTargets targets) {
        if (!page.renderable()) throw new IllegalStateException(page.contentPath() + " was restored from a cache: parse it to render it");
        // The document carries per-page state for our renderers; a page is rendered by one thread at a time.
        synchronized (page) {
            page.document.set(LINK_TARGETS, targets);
            ParsedPageHolder holder = new ParsedPageHolder();
            holder.page = page;
            page.document.set(PAGE, holder);
            return Placeholders.highlight(renderer.render(page.document));
        }
    }

    /**
     * Renders some top-level nodes of a parsed page on their own, with the page's heading ids,
     * links and references: one slide of a deck ({@link SlideDecks}). The nodes move into a
     * document of their own (flexmark renders links only inside a document), so the page must not
     * be rendered whole afterwards. Thread-safe like {@link #render}.
     */
    String renderNodes(ParsedPage page, LinkTargets targets, List<Node> nodes) {
        synchronized (page) {
            Document part = new Document(page.document, page.document.getChars());
            for (Node node : nodes) part.appendChild(node);
            part.set(LINK_TARGETS, targets);
            ParsedPageHolder holder = new ParsedPageHolder();
            holder.page = page;
            part.set(PAGE, holder);
            return Placeholders.highlight(renderer.render(part));
        }
    }

    private static void walk(Node node, java.util.function.Consumer<Node> visit) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            visit.accept(child);
            walk(child, visit);
        }
    }

    /** Turns offsets in the body into file positions. */
    private static final class LineIndex {
        private final int[] starts;
        private final String path;
        private final int offset;

        LineIndex(String body, String path, int offset) {
            this.path = path;
            this.offset = offset;
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = 0; i < body.length(); i++) if (body.charAt(i) == '\n') s.add(i + 1);
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        SourcePosition at(int pos) {
            int lo = 0, hi = starts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (starts[mid] <= pos) lo = mid;
                else hi = mid - 1;
            }
            return new SourcePosition(path, lo + 1 + offset, pos - starts[lo] + 1);
        }
    }
}
