package no.kampanjekit.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.diagnostics.SourcePosition;
import no.kampanjekit.model.Deck;
import no.kampanjekit.model.Deck.Layout;
import no.kampanjekit.model.Deck.Marker;
import no.kampanjekit.model.Deck.Para;
import no.kampanjekit.model.Deck.Run;
import no.kampanjekit.model.FrontMatter;

/**
 * Reads a {@code type: slides} page as a deck: slides are separated by lines {@code ---}; a
 * slide's first heading ({@code #} or {@code ##}) is its title; speaker notes follow a line
 * {@code Notater:} at the end of the slide. The layout follows from what the slide holds (see
 * docs/authoring.md). Gives the deck as plain records for the .pptx writer, and the web page's
 * body: one {@code <section>} per slide, rendered with the one Markdown configuration. Every
 * problem is a diagnostic with file and line; a deck with errors gives nothing.
 */
public final class SlideDecks {
    /** Most columns and body rows a table on a slide may have. */
    public static final int MAX_TABLE_COLUMNS = 6;
    public static final int MAX_TABLE_ROWS = 8;
    /** Lines of text above which a slide probably does not fit (a warning). */
    public static final int MAX_LINES = 8;
    /** Longest text a slide with only a title and one paragraph may have to become a section header. */
    static final int SECTION_TEXT = 100;
    /** Longest bold paragraph that counts as a key figure. */
    static final int FIGURE_TEXT = 24;

    /** The line that starts the speaker notes: {@code Notater:} (also {@code Notat:} in nynorsk, {@code Notes:}). */
    static final Pattern NOTES = Pattern.compile("^(?:Notater|Notat|Notes):[ \\t]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMAGE_TYPES = Pattern.compile(".*\\.(png|jpe?g|gif)$", Pattern.CASE_INSENSITIVE);

    /** A deck and its web page body. */
    public record Read(Deck deck, String html) {}

    /**
     * What the reader needs from the rest of the site.
     *
     * @param baseUrl the site's absolute address, ending in '/': links in a .pptx must work outside the site
     * @param date the date the deck's files carry
     */
    public record Context(String baseUrl, LinkTargets targets, String author, LocalDate date) {}

    private static final Map<String, Map<String, String>> WORDS = Map.of(
            "nb", Map.of("slide", "Lysbilde", "of", "av", "notes", "Talenotater", "previous", "Forrige", "next", "Neste",
                    "slides", "Lysbildene", "list", "Til oversikten"),
            "nn", Map.of("slide", "Lysbilete", "of", "av", "notes", "Talenotat", "previous", "Førre", "next", "Neste",
                    "slides", "Lysbileta", "list", "Til oversikta"),
            "en", Map.of("slide", "Slide", "of", "of", "notes", "Speaker notes", "previous", "Previous", "next", "Next",
                    "slides", "The slides", "list", "Back to the list"));

    private final MarkdownEngine engine;

    public SlideDecks(MarkdownEngine engine) {
        this.engine = engine;
    }

    /** Reads one deck; empty when it has errors (they are reported). Thread-safe. */
    public Optional<Read> read(String body, String sourcePath, String contentPath, int bodyLineOffset, FrontMatter meta,
                               Context context, Diagnostics diagnostics) {
        ParsedPage page = engine.parse(body, sourcePath, contentPath, bodyLineOffset, false);
        Reader reader = new Reader(page, body, sourcePath, contentPath, bodyLineOffset, meta, context);
        reader.read();
        diagnostics.addAll(reader.problems);
        if (reader.problems.hasErrors()) return Optional.empty();
        Deck deck = new Deck(sourcePath, contentPath, meta.title(), meta.lang(), context.date(), context.author(),
                meta.summary(), List.copyOf(reader.slides));
        return Optional.of(new Read(deck, reader.html()));
    }

    /** One deck's reading: its slides, their HTML, and its problems. */
    private final class Reader {
        final ParsedPage page;
        final String body;
        final String sourcePath;
        final String contentPath;
        final int lineOffset;
        final FrontMatter meta;
        final Context context;
        final Diagnostics problems = new Diagnostics();
        final List<Deck.Slide> slides = new ArrayList<>();
        final List<String> sectionIds = new ArrayList<>();
        final List<String> headingIds = new ArrayList<>();
        final List<String> bodies = new ArrayList<>();
        final List<String> titlesHtml = new ArrayList<>();
        final List<String> notesHtml = new ArrayList<>();
        final int[] lineStarts;

        Reader(ParsedPage page, String body, String sourcePath, String contentPath, int lineOffset, FrontMatter meta, Context context) {
            this.page = page;
            this.body = body;
            this.sourcePath = sourcePath;
            this.contentPath = contentPath;
            this.lineOffset = lineOffset;
            this.meta = meta;
            this.context = context;
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < body.length(); i++) if (body.charAt(i) == '\n') starts.add(i + 1);
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        SourcePosition at(int offset) {
            int lo = 0, hi = lineStarts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (lineStarts[mid] <= offset) lo = mid;
                else hi = mid - 1;
            }
            return new SourcePosition(sourcePath, lo + 1 + lineOffset, offset - lineStarts[lo] + 1);
        }

        SourcePosition at(Node node) {
            return at(node.getStartOffset());
        }

        void error(Node node, String message, String hint) {
            problems.error(at(node), message, hint);
        }

        void read() {
            List<List<Node>> chunks = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            List<Node> current = new ArrayList<>();
            int start = 0;
            for (Node n = page.document.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof ThematicBreak) {
                    chunks.add(current);
                    starts.add(start);
                    current = new ArrayList<>();
                    start = Math.min(n.getEndOffset(), Math.max(0, body.length() - 1));
                    continue;
                }
                if (n instanceof Heading h && isSetextDashes(h)) {
                    problems.error(at(h.getClosingMarker().getStartOffset()),
                            "this `---` turns the text above it into a heading instead of starting a new slide",
                            "leave an empty line before `---`");
                }
                if (n instanceof Reference) continue;
                current.add(n);
            }
            chunks.add(current);
            starts.add(start);
            // A `---` at the very end starts no slide.
            if (chunks.size() > 1 && chunks.get(chunks.size() - 1).isEmpty()) {
                chunks.remove(chunks.size() - 1);
                starts.remove(starts.size() - 1);
            }
            for (int i = 0; i < chunks.size(); i++) slide(i + 1, chunks.get(i), starts.get(i));
        }

        void slide(int number, List<Node> nodes, int startOffset) {
            String what = "slide " + number;
            if (nodes.isEmpty()) {
                SourcePosition p = at(startOffset);
                problems.error(p.path(), p.line(), 0, what + " is empty", "remove one of the two `---` lines, or write the slide between them");
                return;
            }
            // Speaker notes: from a paragraph starting «Notater:» to the end of the slide.
            int notesAt = -1;
            for (int i = 0; i < nodes.size(); i++) {
                if (nodes.get(i) instanceof Paragraph p && p.getFirstChild() instanceof Text t && NOTES.matcher(t.getChars()).find()) {
                    notesAt = i;
                    break;
                }
            }
            List<Node> content = new ArrayList<>(notesAt < 0 ? nodes : nodes.subList(0, notesAt));
            List<Node> notes = new ArrayList<>(notesAt < 0 ? List.of() : nodes.subList(notesAt, nodes.size()));
            if (!notes.isEmpty()) stripNotesLabel(notes);

            // Title: the first heading, # or ##.
            Heading title = null;
            if (!content.isEmpty() && content.get(0) instanceof Heading h && h.getLevel() <= 2) {
                title = h;
                content.remove(0);
            }
            // A `---` right under text is reported once, as such, not as the second title it makes.
            boolean setext = content.stream().anyMatch(n -> n instanceof Heading h && isSetextDashes(h));
            for (Node n : content) {
                if (n instanceof Heading h && h.getLevel() <= 2) {
                    if (title == null) {
                        error(nodes.get(0), what + " has text before its title", "put the heading `" + "#".repeat(h.getLevel()) + " " + text(h) + "` first on the slide");
                    } else if (!setext) {
                        error(h, what + " has a second title '" + text(h) + "'",
                                "a slide takes one # or ## heading: start a new slide with a line `---` before it, or use ### for a column heading");
                    }
                    title = title == null ? h : title;
                }
            }
            content.removeIf(n -> n instanceof Heading h && h.getLevel() <= 2);
            String titleText = title == null ? "" : text(title);
            if (titleText.isEmpty()) {
                error(title != null ? title : nodes.get(0), what + " has no title",
                        "start the slide with a heading, e.g. `## Hva er kjernejournal?`");
            }
            Deck.Slide slide = build(number, title == null ? nodes.get(0) : title, titleText, content, notes);
            if (slide == null) return;
            slides.add(slide);

            // The web page: the title as h2 (the page title is the only h1), the body as rendered Markdown.
            String headingId = title == null ? null : page.ids.get(title);
            if (title != null) title.setLevel(2);
            String sectionId = uniqueSectionId(number);
            sectionIds.add(sectionId);
            headingIds.add(headingId);
            titlesHtml.add(title == null ? "" : engine.renderNodes(page, context.targets(), List.of(title)));
            bodies.add(slide.layout() == Layout.KEY_FIGURE
                    ? "<p class=\"slide-figure\"><strong>" + Escape.html(slide.figure()) + "</strong></p>\n"
                            + engine.renderNodes(page, context.targets(), content.subList(1, content.size()))
                    : engine.renderNodes(page, context.targets(), content));
            notesHtml.add(notes.isEmpty() ? "" : engine.renderNodes(page, context.targets(), notes));
        }

        boolean isSetextDashes(Heading h) {
            return h.isSetextHeading() && h.getClosingMarker().toString().startsWith("-");
        }

        String uniqueSectionId(int number) {
            String base = (meta.lang().equals("en") ? "slide-" : "lysbilde-") + number;
            String id = base;
            for (int n = 2; page.anchors().contains(id); n++) id = base + "-" + n;
            return id;
        }

        /** Removes «Notater:» from the first notes paragraph (and the paragraph, if that was all of it). */
        void stripNotesLabel(List<Node> notes) {
            Paragraph p = (Paragraph) notes.get(0);
            Text label = (Text) p.getFirstChild();
            Matcher m = NOTES.matcher(label.getChars());
            m.find();
            if (m.end() < label.getChars().length()) {
                label.setChars(label.getChars().subSequence(m.end()));
                return;
            }
            Node next = label.getNext();
            label.unlink();
            if (next instanceof SoftLineBreak || next instanceof HardLineBreak) next.unlink();
            if (p.getFirstChild() == null) notes.remove(0);
        }

        // ------------------------------------------------------------ slide contents

        Deck.Slide build(int number, Node at, String title, List<Node> content, List<Node> notesNodes) {
            String what = "slide " + number;
            List<Para> notes = new ArrayList<>();
            for (Node n : notesNodes) notes.addAll(paras(n, 0, what));
            List<Para> none = List.of();

            if (content.isEmpty()) {
                return new Deck.Slide(number, at(at).line(), number == 1 ? Layout.TITLE : Layout.SECTION, title, none, none, null, null, null, notes);
            }
            if (number == 1 && content.stream().allMatch(n -> n instanceof Paragraph && imageIn(n) == null)) {
                return new Deck.Slide(number, at(at).line(), Layout.TITLE, title, parasOf(content, what), none, null, null, null, notes);
            }
            // A quote on its own: the quote layout, with who said it («— Navn») on a last line of its own.
            if (content.size() == 1 && content.get(0) instanceof BlockQuote q && NoticeBoxes.kindOf(q) == null) {
                List<Para> quote = new ArrayList<>();
                for (Node n = q.getFirstChild(); n != null; n = n.getNext()) quote.addAll(paras(n, 0, what));
                List<Para> who = new ArrayList<>();
                if (quote.size() > 1 && quote.get(quote.size() - 1).text().matches("^[—–].*")) who.add(quote.remove(quote.size() - 1));
                return new Deck.Slide(number, at(at).line(), Layout.QUOTE, title, quote, who, null, null, null, notes);
            }
            // A key figure: a first paragraph that is only bold text, short, like **263**.
            if (content.get(0) instanceof Paragraph p && p.getFirstChild() instanceof StrongEmphasis s && p.getFirstChild() == p.getLastChild()) {
                String figure = text(s);
                if (!figure.isEmpty() && figure.length() <= FIGURE_TEXT) {
                    return new Deck.Slide(number, at(at).line(), Layout.KEY_FIGURE, title, parasOf(content.subList(1, content.size()), what), none,
                            figure, null, null, notes);
                }
            }
            // Two columns: two ### headings, each followed by its text.
            List<Node> columns = content.stream().filter(n -> n instanceof Heading h && h.getLevel() == 3).toList();
            if (columns.size() > 2) {
                error(columns.get(2), what + " has " + columns.size() + " ### headings; a slide takes two columns",
                        "keep two ### headings (left and right column), or split the slide");
                return null;
            }
            if (columns.size() == 2) {
                if (content.get(0) != columns.get(0)) {
                    error(content.get(0), what + " has text before its first column", "start the left column with its ### heading right after the title");
                    return null;
                }
                int split = content.indexOf(columns.get(1));
                return new Deck.Slide(number, at(at).line(), Layout.TWO_COLUMNS, title, parasOf(content.subList(0, split), what),
                        parasOf(content.subList(split, content.size()), what), null, null, null, notes);
            }
            // A picture, with text beside it.
            List<Node> pictures = content.stream().filter(n -> imageIn(n) != null).toList();
            if (pictures.size() > 1) {
                pictures.forEach(p -> picture(imageIn(p), what));
                error(pictures.get(1), what + " has " + pictures.size() + " images; a slide takes one", "give each image a slide of its own");
                return null;
            }
            if (pictures.size() == 1) {
                Deck.Picture picture = picture(imageIn(pictures.get(0)), what);
                List<Node> rest = new ArrayList<>(content);
                rest.remove(pictures.get(0));
                List<Para> text = parasOf(rest, what);
                return picture == null ? null
                        : new Deck.Slide(number, at(at).line(), Layout.PICTURE, title, text, none, null, picture, null, notes);
            }
            // A table on its own.
            List<Node> tables = content.stream().filter(n -> n instanceof TableBlock).toList();
            if (!tables.isEmpty()) {
                if (content.size() > 1) {
                    error(content.get(content.get(0) == tables.get(0) ? 1 : 0), what + " has a table and other text; a table needs a slide of its own",
                            "move the text to the speaker notes or to a slide of its own");
                    return null;
                }
                Deck.Table table = table((TableBlock) tables.get(0), what);
                return table == null ? null : new Deck.Slide(number, at(at).line(), Layout.CONTENT, title, none, none, null, null, table, notes);
            }
            List<Para> text = parasOf(content, what);
            if (content.size() == 1 && content.get(0) instanceof Paragraph && text.size() == 1 && text.get(0).text().length() <= SECTION_TEXT) {
                return new Deck.Slide(number, at(at).line(), Layout.SECTION, title, text, none, null, null, null, notes);
            }
            long lines = text.size();
            if (lines > MAX_LINES) {
                problems.warning(sourcePath, at(content.get(0)).line(), 0, what + " has " + lines + " lines of text and may not fit",
                        "keep to about six points a slide, or split it in two");
            }
            return new Deck.Slide(number, at(at).line(), Layout.CONTENT, title, text, none, null, null, null, notes);
        }

        List<Para> parasOf(List<Node> nodes, String what) {
            List<Para> out = new ArrayList<>();
            for (Node n : nodes) out.addAll(paras(n, 0, what));
            return out;
        }

        List<Para> paras(Node block, int level, String what) {
            List<Para> out = new ArrayList<>();
            if (block instanceof Paragraph p) {
                Node image = imageIn(p);
                if (image != null) {
                    error(image, "an image on a slide must be a paragraph of its own", "put the image on its own line, with empty lines around it");
                } else {
                    out.add(new Para(runs(p, what), level, Marker.NONE));
                }
            } else if (block instanceof ListBlock list) {
                Marker marker = list instanceof OrderedList ? Marker.NUMBER : Marker.BULLET;
                if (level >= 2) {
                    error(list, "a list nested three levels deep; a slide takes two levels",
                            "move these points up a level, or split the slide");
                    return out;
                }
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    if (!(item instanceof ListItem)) continue;
                    List<Run> runs = new ArrayList<>();
                    List<Para> nested = new ArrayList<>();
                    for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                        if (c instanceof Paragraph cp) {
                            if (!runs.isEmpty()) runs.add(Run.plain("\n"));
                            runs.addAll(runs(cp, what));
                        } else if (c instanceof ListBlock) {
                            nested.addAll(paras(c, level + 1, what));
                        } else {
                            nested.addAll(paras(c, level + 1, what));
                        }
                    }
                    out.add(new Para(merge(runs), level, marker));
                    out.addAll(nested);
                }
            } else if (block instanceof BlockQuote q) {
                for (Node n = q.getFirstChild(); n != null; n = n.getNext()) out.addAll(paras(n, level, what));
            } else if (block instanceof Heading h) {
                out.add(new Para(List.of(new Run(text(h), true, false, false, null)), level, Marker.NONE));
            } else if (block instanceof TableBlock) {
                error(block, what + " has a table and other text; a table needs a slide of its own", "move the text to the speaker notes or to a slide of its own");
            } else if (block instanceof FencedCodeBlock || block instanceof IndentedCodeBlock) {
                error(block, "code blocks cannot go on a slide", "write it as ordinary text, or link to a page that shows it");
            } else if (block instanceof HtmlCommentBlock || block instanceof Reference) {
                // nothing to show
            } else if (block instanceof HtmlBlock) {
                error(block, "raw HTML cannot go on a slide", "write it in Markdown");
            } else if (block instanceof FootnoteBlock) {
                error(block, "footnotes cannot go on a slide", "put the source in the speaker notes, after `Notater:`");
            } else {
                error(block, "this cannot go on a slide", "slides take headings, text, lists, one image, one table or one quote");
            }
            return out;
        }

        List<Run> runs(Node parent, String what) {
            List<Run> out = new ArrayList<>();
            inline(parent, false, false, false, null, out, what);
            // Trim the paragraph's edges, as a browser does.
            if (!out.isEmpty()) {
                Run first = out.get(0);
                out.set(0, new Run(first.text().stripLeading(), first.bold(), first.italic(), first.strike(), first.link()));
                Run last = out.get(out.size() - 1);
                out.set(out.size() - 1, new Run(last.text().stripTrailing(), last.bold(), last.italic(), last.strike(), last.link()));
            }
            return merge(out);
        }

        void inline(Node parent, boolean bold, boolean italic, boolean strike, String link, List<Run> out, String what) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Text t) {
                    out.add(new Run(t.getChars().unescape(), bold, italic, strike, link));
                } else if (n instanceof SoftLineBreak) {
                    out.add(new Run(" ", bold, italic, strike, link));
                } else if (n instanceof HardLineBreak) {
                    out.add(new Run("\n", bold, italic, strike, link));
                } else if (n instanceof StrongEmphasis) {
                    inline(n, true, italic, strike, link, out, what);
                } else if (n instanceof Emphasis) {
                    inline(n, bold, true, strike, link, out, what);
                } else if (n instanceof Strikethrough) {
                    inline(n, bold, italic, true, link, out, what);
                } else if (n instanceof Code c) {
                    out.add(new Run(c.getText().toString(), bold, italic, strike, link));
                } else if (n instanceof Link l && PrivateEmail.isPrivate(l.getUrl().toString())) {
                    privateAddress(n, l.getUrl().toString(), bold, italic, strike, out, what);
                } else if (n instanceof Link l) {
                    inline(n, bold, italic, strike, absolute(l.getUrl().toString()), out, what);
                } else if (n instanceof AutoLink a) {
                    out.add(new Run(a.getText().toString(), bold, italic, strike, absolute(a.getUrl().toString())));
                } else if (n instanceof MailLink m) {
                    out.add(new Run(m.getText().toString(), bold, italic, strike, "mailto:" + m.getText()));
                } else if (n instanceof LinkRef ref) {
                    Reference r = ref.isDefined() ? ref.getReferenceNode(page.document) : null;
                    if (r == null) out.add(new Run(ref.getChars().unescape(), bold, italic, strike, link));
                    else if (PrivateEmail.isPrivate(r.getUrl().toString())) privateAddress(n, r.getUrl().toString(), bold, italic, strike, out, what);
                    else inline(n, bold, italic, strike, absolute(r.getUrl().toString()), out, what);
                } else if (n instanceof HtmlEntity e) {
                    out.add(new Run(e.getChars().unescape(), bold, italic, strike, link));
                } else if (n instanceof HtmlInline h) {
                    if (h.getChars().toString().toLowerCase(Locale.ROOT).matches("<br\\s*/?>")) out.add(new Run("\n", bold, italic, strike, link));
                } else if (n instanceof HtmlInlineComment) {
                    // nothing to show
                } else if (n instanceof Footnote) {
                    error(n, "footnotes cannot go on a slide", "put the source in the speaker notes, after `Notater:`");
                } else if (n instanceof Image || n instanceof ImageRef) {
                    error(n, "an image on a slide must be a paragraph of its own", "put the image on its own line, with empty lines around it");
                } else {
                    inline(n, bold, italic, strike, link, out, what);
                }
            }
        }

        /** A private address on a slide: the link's words and the readable form, with no link (see {@link PrivateEmail}). */
        void privateAddress(Node n, String url, boolean bold, boolean italic, boolean strike, List<Run> out, String what) {
            int before = out.size();
            inline(n, bold, italic, strike, null, out, what);
            boolean words = out.subList(before, out.size()).stream().anyMatch(r -> !r.text().isBlank());
            String readable = PrivateEmail.valid(url).map(a -> PrivateEmail.readable(a, contentPath)).orElse("");
            out.add(new Run(words ? " (" + readable + ")" : readable, bold, italic, strike, null));
        }

        /** Joins neighbouring runs of the same style, so the slide's XML stays small and editable. */
        List<Run> merge(List<Run> runs) {
            List<Run> out = new ArrayList<>();
            for (Run r : runs) {
                if (r.text().isEmpty()) continue;
                if (!out.isEmpty()) {
                    Run last = out.get(out.size() - 1);
                    if (last.bold() == r.bold() && last.italic() == r.italic() && last.strike() == r.strike()
                            && java.util.Objects.equals(last.link(), r.link()) && !r.text().equals("\n") && !last.text().endsWith("\n")) {
                        out.set(out.size() - 1, new Run(last.text() + r.text(), r.bold(), r.italic(), r.strike(), r.link()));
                        continue;
                    }
                }
                out.add(r);
            }
            return out;
        }

        /** A link as it must be written in a file people download: absolute, to the published site. */
        String absolute(String url) {
            String base = context.baseUrl();
            return switch (UrlPolicy.classify(url)) {
                case EXTERNAL, MAIL_OR_PHONE -> url;
                case SITE_ABSOLUTE -> base + url.substring(1);
                case SAME_PAGE -> base + PageLinks.pageUri(contentPath) + url;
                case RELATIVE -> {
                    String[] parts = PageLinks.splitFragment(url);
                    String fragment = parts[1] == null ? "" : "#" + parts[1];
                    Optional<String> inContent = PageLinks.resolveInContent(contentPath, parts[0]);
                    if (inContent.isEmpty()) yield null;
                    if (inContent.get().endsWith(".md")) yield context.targets().pageUri(inContent.get()).map(u -> base + u + fragment).orElse(null);
                    yield base + inContent.get() + fragment;
                }
                case FORBIDDEN, PRIVATE_MAIL -> null; // a private address is never a link in a file people download
            };
        }

        /** The image of a paragraph that holds only an image, or null. */
        Node imageIn(Node block) {
            if (!(block instanceof Paragraph p)) return null;
            Node image = null;
            for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Image || n instanceof ImageRef) {
                    if (image != null) return n;
                    image = n;
                } else if (!(n instanceof SoftLineBreak) && !(n instanceof HardLineBreak) && !n.getChars().isBlank()) {
                    return image == null ? null : image;
                }
            }
            return image;
        }

        Deck.Picture picture(Node node, String what) {
            String url;
            String alt;
            if (node instanceof Image img) {
                url = img.getUrl().toString();
                alt = img.getText().toString();
            } else {
                ImageRef ref = (ImageRef) node;
                Reference r = ref.getReferenceNode(page.document);
                url = r == null ? "" : r.getUrl().toString();
                alt = ref.getText().toString();
            }
            if (alt.isBlank()) {
                error(node, "image '" + url + "' has no alt text", "write what the image shows between the brackets: ![Kart over Helse Vest](" + url + ")");
                return null;
            }
            String path = PageLinks.splitFragment(url)[0];
            if (!IMAGE_TYPES.matcher(path).matches()) {
                error(node, "image '" + url + "' cannot go in a slide deck", "save it as PNG or JPEG; slides take .png, .jpg and .gif");
                return null;
            }
            String projectPath = switch (UrlPolicy.classify(path)) {
                case SITE_ABSOLUTE -> "assets" + path;
                case RELATIVE -> PageLinks.resolveInContent(contentPath, path).map(p -> "content/" + p).orElse(null);
                default -> null;
            };
            if (projectPath == null) {
                error(node, "image '" + url + "' is not in the project", "put it in assets/images/ and write /images/name.png");
                return null;
            }
            return new Deck.Picture(projectPath, alt.strip());
        }

        Deck.Table table(TableBlock block, String what) {
            List<List<List<Run>>> rows = new ArrayList<>();
            List<Node> rowNodes = new ArrayList<>();
            collectRows(block, rowNodes);
            int columns = 0;
            for (Node row : rowNodes) {
                List<List<Run>> cells = new ArrayList<>();
                for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof TableCell cell) cells.add(runs(cell, what));
                }
                columns = Math.max(columns, cells.size());
                rows.add(cells);
            }
            boolean ok = true;
            if (columns > MAX_TABLE_COLUMNS) {
                error(block, "the table has " + columns + " columns; a slide fits at most " + MAX_TABLE_COLUMNS,
                        "split the table, or put it on a page and link to it");
                ok = false;
            }
            if (rows.size() - 1 > MAX_TABLE_ROWS) {
                error(block, "the table has " + (rows.size() - 1) + " rows; a slide fits at most " + MAX_TABLE_ROWS,
                        "split it over two slides, or put it on a page and link to it");
                ok = false;
            }
            if (rows.isEmpty()) return null;
            return ok ? new Deck.Table(rows) : null;
        }

        void collectRows(Node node, List<Node> rows) {
            for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof TableRow) rows.add(n);
                else if (!(n instanceof TableSeparator)) collectRows(n, rows);
            }
        }

        String text(Node n) {
            return PlainText.of(n).replaceAll("\\s+", " ").strip();
        }

        // ------------------------------------------------------------ the web page

        String html() {
            Map<String, String> w = WORDS.getOrDefault(meta.lang(), WORDS.get("nb"));
            int count = slides.size();
            String listId = meta.lang().equals("en") ? "slides" : "lysbilder";
            StringBuilder s = new StringBuilder();
            s.append("<nav class=\"slide-index\" id=\"").append(listId).append("\" aria-label=\"").append(w.get("slides")).append("\">\n<ol>\n");
            for (int i = 0; i < count; i++) {
                s.append("<li><a href=\"#").append(sectionIds.get(i)).append("\">").append(Escape.html(slides.get(i).title())).append("</a></li>\n");
            }
            s.append("</ol>\n</nav>\n");
            for (int i = 0; i < count; i++) {
                Deck.Slide slide = slides.get(i);
                String layout = slide.layout().name().toLowerCase(Locale.ROOT).replace('_', '-');
                s.append("<section class=\"slide slide-").append(layout).append("\" id=\"").append(sectionIds.get(i)).append('"');
                if (headingIds.get(i) != null) s.append(" aria-labelledby=\"").append(headingIds.get(i)).append('"');
                s.append(">\n").append(titlesHtml.get(i));
                s.append("<p class=\"slide-count\">").append(w.get("slide")).append(' ').append(i + 1).append(' ').append(w.get("of")).append(' ').append(count).append("</p>\n");
                s.append("<div class=\"slide-body\">\n").append(bodies.get(i)).append("</div>\n");
                if (!notesHtml.get(i).isBlank()) {
                    s.append("<details class=\"slide-notes\">\n<summary>").append(w.get("notes")).append("</summary>\n").append(notesHtml.get(i)).append("</details>\n");
                }
                s.append("<p class=\"slide-nav\">");
                if (i > 0) s.append("<a href=\"#").append(sectionIds.get(i - 1)).append("\" rel=\"prev\">").append(w.get("previous")).append(": ")
                        .append(Escape.html(slides.get(i - 1).title())).append("</a> ");
                if (i < count - 1) s.append("<a href=\"#").append(sectionIds.get(i + 1)).append("\" rel=\"next\">").append(w.get("next")).append(": ")
                        .append(Escape.html(slides.get(i + 1).title())).append("</a> ");
                s.append("<a href=\"#").append(listId).append("\">").append(w.get("list")).append("</a></p>\n");
                s.append("</section>\n");
            }
            return s.toString();
        }
    }
}
