package no.kampanjekit.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kampanjekit.diagnostics.Diagnostics;

/**
 * Shapes no campaign page needs and that make Markdown parsers slow or deeply recursive: quotes
 * and lists nested many levels deep, and long runs of * _ [ ]. Reported before parsing, at
 * their line, so a pasted oddity costs its author one message and the build nothing.
 */
public final class MarkdownLimits {
    public static final int MAX_QUOTE_DEPTH = 10;
    /** About twelve levels of list at two to four spaces each. */
    public static final int MAX_INDENT = 48;
    public static final int MAX_RUN = 64;
    private static final Pattern RUN = Pattern.compile("([*_\\[\\]<>`~])\\1{" + (MAX_RUN - 1) + ",}");

    private MarkdownLimits() {}

    /** How many quote markers open the line (counted by hand: a regex would recurse once per marker). */
    static int quoteDepth(String line) {
        int depth = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '>') {
                depth++;
            } else if (c != ' ' && c != '\t') {
                break;
            }
            i++;
        }
        return depth;
    }

    /** @return whether the body is within the limits; problems are reported */
    public static boolean check(String body, String path, int lineOffset, Diagnostics diagnostics) {
        boolean ok = true;
        boolean deepQuote = false, deepList = false, longRun = false; // one message per kind and file
        String[] lines = body.split("\n", -1);
        boolean inFence = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.stripLeading();
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) inFence = !inFence;
            if (inFence) continue;
            int lineNo = i + 1 + lineOffset;
            int depth = quoteDepth(line);
            if (depth > 0) {
                if (depth > MAX_QUOTE_DEPTH) {
                    if (!deepQuote) diagnostics.error(path, lineNo, 1, "quotes nested " + depth + " levels deep",
                            "use at most " + MAX_QUOTE_DEPTH + " levels of >");
                    deepQuote = true;
                    ok = false;
                    continue;
                }
            }
            int indent = line.length() - trimmed.length();
            if (indent > MAX_INDENT && !trimmed.isEmpty()) {
                if (!deepList) diagnostics.error(path, lineNo, 1, "the line is indented " + indent + " spaces, a list nested too deep to read",
                        "keep lists to a few levels; more than " + MAX_INDENT / 4 + " is never needed");
                deepList = true;
                ok = false;
                continue;
            }
            Matcher run = RUN.matcher(line);
            if (run.find()) {
                if (!longRun) diagnostics.error(path, lineNo, run.start() + 1, run.group().length() + " '" + run.group(1) + "' characters in a row",
                        "shorten the run; for a line across the page write --- on a line of its own");
                longRun = true;
                ok = false;
            }
        }
        return ok;
    }
}
