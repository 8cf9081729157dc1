package no.kampanjekit.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kampanjekit.model.Placeholder;

/**
 * Open points, written {@code [ÅPENT: what is missing]}: the team's marker for facts the sources
 * leave open. They are highlighted on the page and listed for editors, so none is forgotten.
 */
public final class Placeholders {
    /** The marker; ÅPENT may also be written APENT or ÅPE (nynorsk). */
    public static final Pattern MARKER = Pattern.compile("\\[(?:ÅPENT|APENT|ÅPE)(?::|\\s*–)\\s*([^\\]\\n]*)\\]");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern CODE = Pattern.compile("<pre[\\s>].*?</pre>|<code[\\s>].*?</code>", Pattern.DOTALL);

    private Placeholders() {}

    /** Whether a whole value (a contact's name, an address in a data file) is an open point, {@code [ÅPENT: …]}. */
    public static boolean isOpen(String value) {
        return MARKER.matcher(value).matches();
    }

    /** Finds markers in Markdown source, skipping fenced code blocks. */
    public static List<Placeholder> find(String body, String sourcePath, int lineOffset) {
        List<Placeholder> found = new ArrayList<>();
        String[] lines = body.split("\n", -1);
        boolean inFence = false;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].stripLeading();
            if (l.startsWith("```") || l.startsWith("~~~")) {
                inFence = !inFence;
                continue;
            }
            if (inFence) continue;
            Matcher m = MARKER.matcher(lines[i]);
            while (m.find()) found.add(new Placeholder(m.group(1).strip(), sourcePath, i + 1 + lineOffset));
        }
        return found;
    }

    /**
     * Wraps markers in rendered HTML in {@code <mark class="placeholder">}. Code is left alone, and
     * only text between tags is touched, so a marker inside an attribute value is never broken up.
     */
    public static String highlight(String html) {
        if (!html.contains("[")) return html;
        return outside(CODE, html, part -> outside(TAG, part, Placeholders::markText));
    }

    /** Applies {@code change} to the stretches of {@code html} that {@code skip} does not match. */
    private static String outside(Pattern skip, String html, java.util.function.UnaryOperator<String> change) {
        StringBuilder out = new StringBuilder(html.length() + 64);
        Matcher m = skip.matcher(html);
        int last = 0;
        while (m.find()) {
            out.append(change.apply(html.substring(last, m.start()))).append(m.group());
            last = m.end();
        }
        return out.append(change.apply(html.substring(last))).toString();
    }

    private static String markText(String text) {
        return MARKER.matcher(text).replaceAll(r -> "<mark class=\"placeholder\">" + Matcher.quoteReplacement(r.group()) + "</mark>");
    }
}
