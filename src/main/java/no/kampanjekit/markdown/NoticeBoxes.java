package no.kampanjekit.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Locale;
import java.util.Map;

/**
 * Notice boxes: a quote whose first word is a bold label, {@code > **Merk:** …}. The label words
 * (bokmål, nynorsk, English) map to four kinds that templates style.
 */
public final class NoticeBoxes {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("merk", "merk"), Map.entry("note", "merk"),
            Map.entry("viktig", "viktig"), Map.entry("important", "viktig"),
            Map.entry("tips", "tips"), Map.entry("tip", "tips"),
            Map.entry("advarsel", "advarsel"), Map.entry("åtvaring", "advarsel"), Map.entry("warning", "advarsel"));

    private NoticeBoxes() {}

    /** The kind of notice (merk, viktig, tips, advarsel), or null when the quote is an ordinary quote. */
    public static String kindOf(BlockQuote quote) {
        StrongEmphasis label = label(quote);
        if (label == null) return null;
        String text = PlainText.of(label).strip().replaceAll(":$", "").strip();
        return LABELS.get(text.toLowerCase(Locale.ROOT));
    }

    /** The bold label that opens a quote, if it opens with one. */
    static StrongEmphasis label(BlockQuote quote) {
        Node first = quote.getFirstChild();
        if (!(first instanceof Paragraph p)) return null;
        return p.getFirstChild() instanceof StrongEmphasis s ? s : null;
    }
}
