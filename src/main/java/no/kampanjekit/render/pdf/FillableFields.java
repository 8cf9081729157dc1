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
 * Turns the fill-in places of a page into form fields for its PDF (docs/authoring.md, «Fields to
 * fill in»):
 * <ul>
 * <li>a checklist item {@code - [ ] Tekst} becomes a checkbox labelled by its text;</li>
 * <li>four or more underscores after a label, {@code Ansvarlig: ________}, become a text field
 *     labelled «Ansvarlig»; {@code ________ (4 linjer)} makes it four lines high;</li>
 * <li>in a table, a cell holding only {@code ________} or {@code [ ]} becomes a text field or a
 *     checkbox labelled by its row and column: «Uautorisert tilgang – Tiltak».</li>
 * </ul>
 * Every field gets a name made from its label and the label as its tooltip. Just before each field
 * goes a tiny tagged marker, so that after layout the field can be put into the PDF's structure
 * tree at the place it has on the page ({@link FormFinisher}).
 */
final class FillableFields {
    enum Kind { CHECKBOX, TEXT }

    /** A field as the PDF gets it. */
    record Field(String name, String label, Kind kind, int lines) {}

    /** A place the author left to fill in but gave no label; its number counts such places in the page. */
    record Unlabelled(Kind kind, int occurrence) {}

    record Result(List<Field> fields, List<Unlabelled> unlabelled) {}

    /** Alt text of the marker before each field; {@link FormFinisher} finds the structure element by it. */
    static final String MARKER_PREFIX = "kk-field:";
    /** Four or more underscores standing alone, optionally followed by a height: {@code (4 linjer)}. */
    static final Pattern BLANK = Pattern.compile("(?<![^\\s(])_{4,}(?![^\\s.,;:!?)])(?:[ \\t]*\\((\\d{1,2})\\s+(?:linjer|lines)\\))?");
    private static final Pattern CELL_BOX = Pattern.compile("\\[([ xX])]");
    private static final Set<String> BLOCKS = Set.of("p", "li", "td", "th", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "div", "blockquote");
    private static final int MAX_NAME = 40;

    private final Set<String> names = new HashSet<>();
    private final List<Field> fields = new ArrayList<>();
    private final List<Unlabelled> unlabelled = new ArrayList<>();
    private int blanks;
    private int tasks;

    private FillableFields() {}

    /**
     * Rewrites {@code body} in place.
     *
     * @param fillable true for real form fields; false (posters) draws empty boxes and leaves blanks as they are
     */
    static Result apply(Element body, boolean fillable) {
        FillableFields f = new FillableFields();
        List<Runnable> edits = new ArrayList<>();
        if (fillable) lineBreaksWhereBlanks(body);
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && e.nameIs("input") && e.hasClass("task-checkbox")) {
                    int n = ++f.tasks;
                    edits.add(() -> f.task(e, fillable, n));
                } else if (fillable && node instanceof TextNode t && !insideCode(t)) {
                    if ((parentIs(t, "td") || parentIs(t, "th")) && t.parent().childNodeSize() == 1 && CELL_BOX.matcher(t.text().strip()).matches()) {
                        edits.add(() -> f.cellCheckbox(t));
                    } else if (BLANK.matcher(t.getWholeText()).find()) {
                        edits.add(() -> f.blanks(t));
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {}
        }, body);
        edits.forEach(Runnable::run);
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
        String label = labelEl == null ? "" : labelEl.text().strip();
        boolean checked = input.hasAttr("checked");
        if (!fillable) {
            input.replaceWith(new Element("span").addClass("kk-box").addClass(checked ? "kk-box-checked" : "kk-box-empty"));
            return;
        }
        if (label.isEmpty()) {
            unlabelled.add(new Unlabelled(Kind.CHECKBOX, occurrence));
            return;
        }
        String name = uniqueName(label);
        Element box = new Element("input").attr("type", "checkbox").addClass("kk-checkbox").attr("name", name).attr("title", label).attr("value", "Yes");
        if (checked) box.attr("checked", "checked");
        input.before(marker(name));
        input.replaceWith(box);
        if (labelEl != null) labelEl.removeAttr("for");
        fields.add(new Field(name, label, Kind.CHECKBOX, 1));
    }

    private void cellCheckbox(TextNode t) {
        Element cell = (Element) t.parent();
        String label = cellLabel(cell);
        if (label.isEmpty()) {
            unlabelled.add(new Unlabelled(Kind.CHECKBOX, 0));
            return;
        }
        boolean checked = !t.text().contains("[ ]");
        String name = uniqueName(label);
        Element box = new Element("input").attr("type", "checkbox").addClass("kk-checkbox").attr("name", name).attr("title", label).attr("value", "Yes");
        if (checked) box.attr("checked", "checked");
        t.replaceWith(box);
        box.before(marker(name));
        cell.addClass("kk-cell-field");
        fields.add(new Field(name, label, Kind.CHECKBOX, 1));
    }

    /** Replaces each blank in a text node with a text field, labelled by the words before it on its line. */
    private void blanks(TextNode t) {
        String text = t.getWholeText();
        Matcher m = BLANK.matcher(text);
        Element block = block(t);
        List<Node> parts = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            int occurrence = ++blanks;
            String before = text.substring(last, m.start());
            if (!before.isEmpty()) parts.add(new TextNode(before));
            String label = lineLabel(block, t, text.substring(0, m.start()));
            boolean wholeCell = block != null && (block.nameIs("td") || block.nameIs("th")) && block.text().strip().equals(m.group().strip());
            if (label.isEmpty() && wholeCell) label = cellLabel(block);
            if (label.isEmpty()) {
                unlabelled.add(new Unlabelled(Kind.TEXT, occurrence));
                parts.add(new TextNode(m.group()));
                last = m.end();
                continue;
            }
            int lines = m.group(1) == null ? 1 : Math.max(1, Integer.parseInt(m.group(1)));
            String name = uniqueName(label);
            parts.add(marker(name));
            Element field = lines > 1
                    ? new Element("textarea").addClass("kk-text").addClass("kk-text-lines").attr("rows", String.valueOf(lines))
                            .attr("style", "height: " + (lines * 7) + "mm")
                    : new Element("input").attr("type", "text").addClass("kk-text");
            field.attr("name", name).attr("title", label);
            if (wholeCell) block.addClass("kk-cell-field");
            parts.add(field);
            fields.add(new Field(name, label, Kind.TEXT, lines));
            last = m.end();
        }
        if (last < text.length()) parts.add(new TextNode(text.substring(last)));
        for (Node p : parts) t.before(p);
        t.remove();
    }

    /** The words before a blank on the same line of its block: since the last line break or the last blank. */
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
                    if (node instanceof TextNode tn) before.append(tn.getWholeText());
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

    /** «row – column» from the first cell of the row and the column's header. */
    private static String cellLabel(Element cell) {
        Element row = cell.parent();
        if (row == null) return "";
        int col = cell.elementSiblingIndex();
        String rowLabel = "";
        Element first = row.child(0);
        if (first != cell && !BLANK.matcher(first.text()).find() && !CELL_BOX.matcher(first.text().strip()).matches()) rowLabel = clean(first.text());
        String colLabel = "";
        Element table = cell.closest("table");
        Element header = table == null ? null : table.selectFirst("thead tr");
        if (header != null && col < header.childrenSize() && header.child(col) != cell) colLabel = clean(header.child(col).text());
        if (rowLabel.isEmpty() && colLabel.isEmpty()) return "";
        if (rowLabel.isEmpty()) {
            int rowNumber = row.elementSiblingIndex() + 1;
            return colLabel + " " + rowNumber;
        }
        return colLabel.isEmpty() ? rowLabel : rowLabel + " – " + colLabel;
    }

    private static String clean(String label) {
        return label.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ").replaceAll("[\\s:–-]+$", "").strip();
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

    private static boolean parentIs(TextNode t, String name) {
        return t.parent() instanceof Element e && e.nameIs(name);
    }

    private static boolean insideCode(Node n) {
        for (Node p = n.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e && (e.nameIs("code") || e.nameIs("pre") || e.nameIs("a") || e.nameIs("script") || e.nameIs("style"))) return true;
        }
        return false;
    }

    /** Soft line breaks in a paragraph with blanks become real ones, so «Navn: ____» and «Dato: ____» stay on their own lines. */
    private static void lineBreaksWhereBlanks(Element body) {
        for (Element block : body.select("p, li, td, th")) {
            if (!BLANK.matcher(block.ownText()).find() && !BLANK.matcher(block.text()).find()) continue;
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
    static SourcePosition locate(String path, String source, Kind kind, int occurrence) {
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
        Pattern p = kind == Kind.TEXT ? BLANK : Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+\\[[ xX]]");
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
                if (++seen == occurrence) return new SourcePosition(path, i + 1, m.start() + 1);
            }
        }
        return SourcePosition.file(path);
    }
}
