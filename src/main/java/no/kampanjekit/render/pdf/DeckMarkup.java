package no.kampanjekit.render.pdf;

import java.util.List;
import no.kampanjekit.markdown.Escape;
import no.kampanjekit.model.Deck;
import no.kampanjekit.model.Deck.Marker;
import no.kampanjekit.model.Deck.Para;
import no.kampanjekit.model.Deck.Run;

/**
 * A deck's text as XHTML for the print template: paragraphs, lists of two levels, tables with
 * header cells. Made from the same records as the .pptx, so the PDF shows what the slides show.
 * Everything is escaped here; the template puts it in as markup.
 */
final class DeckMarkup {
    private DeckMarkup() {}

    /**
     * Paragraphs and lists. Neighbouring items with a marker form one list; a level-1 item goes in
     * a list inside the item before it. With {@code headingFirst}, the first paragraph (a column's
     * {@code ###} heading) becomes an {@code <h3>}.
     */
    static String paras(List<Para> paras, boolean headingFirst) {
        StringBuilder s = new StringBuilder();
        int i = 0;
        if (headingFirst && !paras.isEmpty() && paras.get(0).marker() == Marker.NONE) {
            s.append("<h3>").append(plain(paras.get(0).runs())).append("</h3>\n");
            i = 1;
        }
        while (i < paras.size()) {
            Para p = paras.get(i);
            if (p.marker() == Marker.NONE) {
                s.append(p.level() > 0 ? "<p class=\"kk-level-1\">" : "<p>").append(runs(p.runs())).append("</p>\n");
                i++;
            } else {
                i = list(paras, i, p.level(), s);
            }
        }
        return s.toString();
    }

    /** One list of items at {@code level}, from {@code from}; returns the index after it. */
    private static int list(List<Para> paras, int from, int level, StringBuilder s) {
        Marker marker = paras.get(from).marker();
        String tag = marker == Marker.NUMBER ? "ol" : "ul";
        s.append('<').append(tag).append(level > 0 ? " class=\"kk-level-1\">" : ">");
        int i = from;
        while (i < paras.size()) {
            Para p = paras.get(i);
            if (p.level() < level || p.marker() == Marker.NONE || (p.level() == level && p.marker() != marker)) break;
            if (p.level() > level) {
                // A sub-list with no item of its own above it: give it an empty item to hang in.
                s.append("<li>");
                i = list(paras, i, p.level(), s);
                s.append("</li>");
                continue;
            }
            s.append("<li>").append(runs(p.runs()));
            i++;
            if (i < paras.size() && paras.get(i).level() > level && paras.get(i).marker() != Marker.NONE) i = list(paras, i, paras.get(i).level(), s);
            s.append("</li>");
        }
        s.append("</").append(tag).append(">\n");
        return i;
    }

    /** The first row as column headers, the rest as data. */
    static String table(Deck.Table table) {
        StringBuilder s = new StringBuilder("<table>\n");
        List<List<List<Run>>> rows = table.rows();
        if (!rows.isEmpty()) {
            s.append("<thead><tr>");
            for (List<Run> cell : rows.get(0)) s.append("<th scope=\"col\">").append(runs(cell)).append("</th>");
            s.append("</tr></thead>\n");
        }
        if (rows.size() > 1) {
            s.append("<tbody>\n");
            for (List<List<Run>> row : rows.subList(1, rows.size())) {
                s.append("<tr>");
                for (List<Run> cell : row) s.append("<td>").append(runs(cell)).append("</td>");
                s.append("</tr>\n");
            }
            s.append("</tbody>\n");
        }
        return s.append("</table>\n").toString();
    }

    static String runs(List<Run> runs) {
        StringBuilder s = new StringBuilder();
        for (Run r : runs) {
            // Open points stand out in yellow, as on the web and in the other PDFs, until the team fills them in.
            String text = no.kampanjekit.markdown.Placeholders.highlight(Escape.html(r.text())).replace("\n", "<br/>");
            if (r.strike()) text = "<del>" + text + "</del>";
            if (r.italic()) text = "<em>" + text + "</em>";
            if (r.bold()) text = "<strong>" + text + "</strong>";
            if (r.link() != null) text = "<a href=\"" + Escape.html(r.link()) + "\">" + text + "</a>";
            s.append(text);
        }
        return s.toString();
    }

    static String plain(List<Run> runs) {
        StringBuilder s = new StringBuilder();
        for (Run r : runs) s.append(r.text());
        return Escape.html(s.toString().strip());
    }
}
