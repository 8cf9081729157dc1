package no.kampanjekit.render.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kampanjekit.diagnostics.SourcePosition;
import no.kampanjekit.markdown.HeadingIds;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the places a page leaves to fill in into form fields for its PDF. The syntax reads as
 * plain Markdown and on the web (docs/authoring.md, «Fields to fill in»):
 * <ul>
 * <li>a checklist item, {@code - [ ] Tekst}, becomes a checkbox labelled by its text;</li>
 * <li>four or more underscores after a label, {@code Ansvarlig: ________}, become a text field
 *     labelled «Ansvarlig»; {@code Beskrivelse: ________ (4 linjer)} makes it four lines high;</li>
 * <li>a line holding only {@code ________ (5 linjer)} becomes a box labelled by the heading above it;</li>
 * <li>in a table, a cell holding only {@code ________} or {@code [ ]} becomes a text field or a
 *     checkbox, and in templates so does every empty cell; each is labelled by its row and column,
 *     «Ansvarlig leder – Fyll inn».</li>
 * </ul>
 * Every field gets a name made from its label, and the label as its tooltip. Before each field
 * goes a tiny tagged marker, so that after layout the field can be put into the PDF's structure
 * tree where it is read ({@link FormFinisher}).
 */
final class FillableFields {
    enum Kind { CHECKBOX, TEXT }

    /** How a place to fill in was written, to find it again in the Markdown. */
    enum Written { TASK, BLANK, CELL_BOX }

    /** A field as the PDF gets it. */
    record Field(String name, String label, Kind kind, int lines) {}

    /** A place left to fill in without a label; {@code occurrence} counts the places written the same way in the page. */
    record Unlabelled(Written written, int occurrence) {}

    record Result(List<Field> fields, List<Unlabelled> unlabelled) {}

    /** Alt text of the marker before each field; {@link FormFinisher} finds the structure element by it. */
    static final String MARKER_PREFIX = "kk-field:";
    /** Four or more underscores standing alone, optionally followed by a height: {@code (4 linjer)}. */
    static final Pattern BLANK = Pattern.compile(
            "(?<![^\\s(])_{4,}(?![^\\s.,;:!?)])(?:[ \\t]*\\((\\d{1,2})\\s+(?:linjer|linje|lines|line)\\))?");
    private static final Pattern CELL_BOX = Pattern.compile("\\[([ xX])]");
    private static final Set<String> BLOCKS = Set.of("p", "li", "td", "th", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "div", "blockquote");
    private static final int MAX_NAME = 60;
    /** Height of one line of a text box, in millimetres. */
    private static final int LINE_MM = 7;

    private final boolean emptyCells;
    private final Set<String> names = new HashSet<>();
    private final Set<String> labels = new HashSet<>();
    private final List<Field> fields = new ArrayList<>();
    private final List<Unlabelled> unlabelled = new ArrayList<>();
    private int blanks;
    private int tasks;
    private int cellBoxes;

    private FillableFields(boolean emptyCells) {
        this.emptyCells = emptyCells;
    }

    /**
     * Rewrites {@code body} in place.
     *
     * @param fillable real form fields; false (posters) draws checklist boxes and leaves blanks as they are
     * @param emptyCells whether empty table cells are places to fill in (templates)
     */
    static Result apply(Element body, boolean fillable, boolean emptyCells) {
        FillableFields f = new FillableFields(emptyCells && fillable);
        List<Runnable> edits = new ArrayList<>();
        if (fillable) lineBreaksWhereBlanks(body);
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && e.nameIs("input") && e.hasClass("task-checkbox")) {
                    int n = ++f.tasks;
                    edits.add(() -> f.task(e, fillable, n));
                } else if (f.emptyCells && node instanceof Element td && td.nameIs("td") && td.children().isEmpty() && td.text().isBlank()) {
                    edits.add(() -> f.cellText(td));
                } else if (fillable && node instanceof TextNode t && !insideCode(t)) {
                    if (isWholeCell(t) && CELL_BOX.matcher(t.text().strip()).matches()) {
                        int n = ++f.cellBoxes;
                        edits.add(() -> f.cellCheckbox(t, n));
                    } else if (BLANK.matcher(t.getWholeText()).find()) {
                        edits.add(() -> f.blanks(t));
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {}
        }, body);
        edits.forEach(Runnable::run);
        if (fillable) markFieldColumns(body);
        if (!f.fields.isEmpty()) {
            // openhtmltopdf makes form fields only of controls inside a <form>.
            Element form = new Element("form").addClass("kk-form");
            form.appendChildren(new ArrayList<>(body.childNodes()));
            body.appendChild(form);
        }
        return new Result(List.copyOf(f.fields), List.copyOf(f.unlabelled));
    }

    private void task(Element input, boolean fillable, int occurrence) {
        Element li = input.parent();
        Element labelEl = li == null ? null : li.selectFirst("> label");
        String label = labelEl == null ? "" : clean(labelEl.text());
        boolean checked = input.hasAttr("checked");
        if (!fillable) {
            input.replaceWith(new Element("span").addClass("kk-box").addClass(checked ? "kk-box-checked" : "kk-box-empty"));
            return;
        }
        if (label.isEmpty()) {
            unlabelled.add(new Unlabelled(Written.TASK, occurrence));
            input.remove();
            return;
        }
        for (Node n : checkbox(label, checked)) input.before(n);
        input.remove();
        if (labelEl != null) labelEl.removeAttr("for");
    }

    private void cellCheckbox(TextNode t, int occurrence) {
        Element cell = (Element) t.parent();
        String label = cellLabel(cell);
        if (label.isEmpty()) {
            unlabelled.add(new Unlabelled(Written.CELL_BOX, occurrence));
            return;
        }
        boolean checked = !t.text().contains("[ ]");
        for (Node n : checkbox(label, checked)) t.before(n);
        t.remove();
        cell.addClass("kk-cell-field").addClass("kk-cell-check");
    }

    private void cellText(Element cell) {
        String label = cellLabel(cell);
        if (label.isEmpty()) return; // an empty cell in a table without headers is just an empty cell
        cell.empty();
        cell.appendChildren(textField(label, 2, true));
        cell.addClass("kk-cell-field");
    }

    /** Replaces each blank in a text node with a text field, labelled by the words before it on its line. */
    private void blanks(TextNode t) {
        String text = t.getWholeText();
        Matcher m = BLANK.matcher(text);
        Element block = block(t);
        boolean inCell = block != null && (block.nameIs("td") || block.nameIs("th"));
        List<Node> parts = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            int occurrence = ++blanks;
            String before = text.substring(last, m.start());
            if (!before.isEmpty()) parts.add(new TextNode(before));
            last = m.end();
            String label = lineLabel(block, t, text.substring(0, m.start()));
            boolean alone = block != null && clean(block.text()).equals(clean(m.group()));
            if (label.isEmpty() && alone) label = inCell ? cellLabel(block) : headingAbove(block);
            if (label.isEmpty()) {
                unlabelled.add(new Unlabelled(Written.BLANK, occurrence));
                parts.add(new TextNode(m.group()));
                continue;
            }
            int lines = m.group(1) == null ? (inCell && alone ? 2 : 1) : Math.max(1, Math.min(30, Integer.parseInt(m.group(1))));
            parts.addAll(textField(label, lines, inCell));
            if (inCell && alone) block.addClass("kk-cell-field");
            if (!inCell && block != null) block.addClass(alone ? "kk-field-block" : "kk-field-line");
        }
        if (last < text.length()) parts.add(new TextNode(text.substring(last)));
        for (Node p : parts) t.before(p);
        t.remove();
    }

    private List<Node> checkbox(String label, boolean checked) {
        label = uniqueLabel(label);
        String name = uniqueName(label);
        Element box = new Element("input").attr("type", "checkbox").addClass("kk-checkbox").attr("name", name).attr("title", label).attr("value", "Yes");
        if (checked) box.attr("checked", "checked");
        fields.add(new Field(name, label, Kind.CHECKBOX, 1));
        return List.of(marker(name), box);
    }

    /** A one-line field, or a box of {@code lines} lines (multi-line in the PDF either way when {@code multiline}). */
    private List<Node> textField(String label, int lines, boolean multiline) {
        label = uniqueLabel(label);
        String name = uniqueName(label);
        Element field = lines > 1 || multiline
                ? new Element("textarea").addClass("kk-text").addClass("kk-text-lines").attr("rows", String.valueOf(lines))
                        .attr("style", "height: " + (lines * LINE_MM) + "mm")
                : new Element("input").attr("type", "text").addClass("kk-text");
        field.attr("name", name).attr("title", label);
        fields.add(new Field(name, label, Kind.TEXT, lines));
        return List.of(marker(name), field);
    }

    /** The words before a blank on the same line of its block: since the last line break or the last field. */
    private static String lineLabel(Element block, TextNode t, String beforeInNode) {
        StringBuilder before = new StringBuilder();
        if (block != null) {
            NodeTraversor.traverse(new NodeVisitor() {
                boolean done;

                @Override
                public void head(Node node, int depth) {
                    if (done) return;
                    if (node == t) {
                        done = true;
                        return;
                    }
                    if (node instanceof TextNode tn && !(tn.parent() instanceof Element p && p.hasClass("kk-field-tag"))) before.append(tn.getWholeText());
                    else if (node instanceof Element e && (e.nameIs("br") || e.nameIs("input") || e.nameIs("textarea"))) before.append('\n');
                }

                @Override
                public void tail(Node node, int depth) {}
            }, block);
        }
        before.append(beforeInNode);
        String line = before.toString();
        line = line.substring(line.lastIndexOf('\n') + 1);
        Matcher m = BLANK.matcher(line);
        int end = 0;
        while (m.find()) end = m.end();
        return clean(line.substring(end));
    }

    /** «row – column»: the row's other texts and the column's header; «column n» in a row without text. */
    private static String cellLabel(Element cell) {
        Element row = cell.parent();
        if (row == null) return "";
        int col = cell.elementSiblingIndex();
        List<String> texts = new ArrayList<>();
        for (Element c : row.children()) {
            if (c == cell || c.selectFirst("input, textarea") != null) continue;
            String s = clean(c.text());
            if (!s.isEmpty() && !BLANK.matcher(s).find() && !CELL_BOX.matcher(s).matches()) texts.add(s);
        }
        String rowLabel = String.join(" ", texts);
        String colLabel = "";
        Element table = cell.closest("table");
        Element header = table == null ? null : table.selectFirst("thead tr");
        if (header != null && header != row && col < header.childrenSize()) colLabel = clean(header.child(col).text());
        if (rowLabel.isEmpty() && colLabel.isEmpty()) return "";
        if (rowLabel.isEmpty()) return colLabel + " " + (row.elementSiblingIndex() + 1);
        return colLabel.isEmpty() ? rowLabel : rowLabel + " – " + colLabel;
    }

    /** The text of the nearest heading before {@code block}, for a box standing alone under it. */
    private static String headingAbove(Element block) {
        for (Element e = block; e != null; e = e.parent()) {
            for (Element s = e.previousElementSibling(); s != null; s = s.previousElementSibling()) {
                if (s.normalName().matches("h[1-6]")) return clean(s.text());
                Element inner = s.select("h1, h2, h3, h4, h5, h6").last();
                if (inner != null) return clean(inner.text());
            }
        }
        return "";
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING = Pattern.compile("[\\s:–-]+$");

    private static String clean(String label) {
        String s = SPACES.matcher(label.replace('\u00A0', ' ').strip()).replaceAll(" ");
        return TRAILING.matcher(s).replaceAll("").strip();
    }

    private String uniqueLabel(String label) {
        String l = label;
        for (int n = 2; !labels.add(l); n++) l = label + " (" + n + ")";
        return l;
    }

    private String uniqueName(String label) {
        String base = HeadingIds.slug(label);
        if (base.length() > MAX_NAME) {
            int cut = base.lastIndexOf('-', MAX_NAME);
            base = base.substring(0, cut > 10 ? cut : MAX_NAME);
        }
        String name = base;
        for (int n = 2; !names.add(name); n++) name = base + "-" + n;
        return name;
    }

    private static Element marker(String name) {
        return new Element("span").addClass("kk-field-tag").attr("title", MARKER_PREFIX + name).appendText("\u00A0");
    }

    private static Element block(Node n) {
        for (Node p = n.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e && BLOCKS.contains(e.normalName())) return e;
        }
        return null;
    }

    private static boolean isWholeCell(TextNode t) {
        return t.parent() instanceof Element e && (e.nameIs("td") || e.nameIs("th")) && e.childNodeSize() == 1;
    }

    private static boolean insideCode(Node n) {
        for (Node p = n.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e && (e.nameIs("code") || e.nameIs("pre") || e.nameIs("a") || e.nameIs("script") || e.nameIs("style"))) return true;
        }
        return false;
    }

    /**
     * Marks the header of each table column that holds only fields ({@code kk-col-field}, or
     * {@code kk-col-check} for checkboxes), so the styles can give it room to write in; a column
     * of empty cells would otherwise be squeezed to nothing.
     */
    private static void markFieldColumns(Element body) {
        for (Element table : body.select("table")) {
            Element head = table.selectFirst("thead tr");
            List<Element> rows = table.select("tbody tr");
            if (head == null || rows.isEmpty()) continue;
            for (int col = 0; col < head.childrenSize(); col++) {
                boolean fields = true, checks = true;
                for (Element row : rows) {
                    Element cell = col < row.childrenSize() ? row.child(col) : null;
                    fields &= cell != null && cell.hasClass("kk-cell-field");
                    checks &= cell != null && cell.hasClass("kk-cell-check");
                }
                if (checks) head.child(col).addClass("kk-col-check");
                else if (fields) head.child(col).addClass("kk-col-field");
            }
        }
    }

    /** Soft line breaks in a paragraph with blanks become real ones, so «Navn: ____» and «Dato: ____» stay on their own lines. */
    private static void lineBreaksWhereBlanks(Element body) {
        for (Element block : body.select("p, li, td, th")) {
            if (!BLANK.matcher(block.text()).find()) continue;
            for (TextNode t : new ArrayList<>(block.textNodes())) {
                String text = t.getWholeText();
                if (!text.contains("\n")) continue;
                String[] lines = text.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) t.before(new Element("br"));
                    if (!lines[i].isEmpty()) t.before(new TextNode(lines[i]));
                }
                t.remove();
            }
        }
    }

    /**
     * Where the {@code occurrence}-th blank (or checklist item) of a page is in its Markdown file,
     * for messages; the whole file when it cannot be told.
     */
    static SourcePosition locate(String path, String source, Written written, int occurrence) {
        String[] lines = source.split("\n", -1);
        int start = 0;
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].strip().equals("---")) {
                    start = i + 1;
                    break;
                }
            }
        }
        Pattern p = switch (written) {
            case BLANK -> BLANK;
            case TASK -> Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+\\[[ xX]]");
            case CELL_BOX -> Pattern.compile("(?<=\\|)\\s*(\\[[ xX]])\\s*(?=\\||$)");
        };
        boolean fence = false;
        int seen = 0;
        for (int i = start; i < lines.length && occurrence > 0; i++) {
            String l = lines[i].stripLeading();
            if (l.startsWith("```") || l.startsWith("~~~")) {
                fence = !fence;
                continue;
            }
            if (fence) continue;
            Matcher m = p.matcher(lines[i]);
            while (m.find()) {
                int col = m.groupCount() > 0 && m.group(1) != null && written == Written.CELL_BOX ? m.start(1) : m.start();
                if (++seen == occurrence) return new SourcePosition(path, i + 1, col + 1);
            }
        }
        return SourcePosition.file(path);
    }
}
