package no.kampanjekit.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The words of a Markdown tree, for heading ids, search and labels. Written here rather than
 * using flexmark's TextCollectingVisitor, whose sequence builder trips its own assertions on
 * some inputs (seen in the property test: strikethrough, raw HTML and a footnote on one line).
 */
public final class PlainText {
    private PlainText() {}

    public static String of(Node node) {
        StringBuilder b = new StringBuilder();
        collect(node, b);
        return b.toString().replaceAll("\\s+", " ").strip();
    }

    private static void collect(Node node, StringBuilder b) {
        if (node instanceof Text || node instanceof Code) {
            b.append(node instanceof Code c ? c.getText() : node.getChars());
            return;
        }
        if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            b.append(' ');
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) collect(child, b);
        if (node instanceof Block || node instanceof Strikethrough) b.append(' ');
    }
}
