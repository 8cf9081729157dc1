package no.kampanjekit.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The policy for raw HTML written in Markdown: a few harmless inline tags, with no attributes but
 * {@code title} and {@code lang}; comments are dropped. Everything else is refused, so no script,
 * event handler, style or frame can reach a page, whatever an editor pastes.
 */
public final class RawHtmlPolicy {
    public static final Set<String> ALLOWED_TAGS = Set.of("abbr", "br", "kbd", "mark", "small", "sub", "sup", "details", "summary");
    public static final Set<String> ALLOWED_ATTRIBUTES = Set.of("title", "lang");
    private static final Pattern TOKEN = Pattern.compile("<!--.*?-->|<\\s*(/?)\\s*([a-zA-Z][a-zA-Z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>|<[^>]*>?", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=/>\"']+)(?:\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");

    /** Why a piece of raw HTML was refused; empty when it is allowed. */
    public record Verdict(List<String> problems, String safeHtml) {
        public boolean allowed() {
            return problems.isEmpty();
        }
    }

    private RawHtmlPolicy() {}

    /** Checks raw HTML and returns the problems plus a safe rendering (allowed tags rebuilt, the rest escaped). */
    public static Verdict check(String html) {
        List<String> problems = new ArrayList<>();
        StringBuilder safe = new StringBuilder();
        Matcher m = TOKEN.matcher(html);
        int last = 0;
        while (m.find()) {
            safe.append(Escape.html(html.substring(last, m.start())));
            last = m.end();
            String token = m.group();
            if (token.startsWith("<!--")) continue;
            String name = m.group(2);
            if (name == null) {
                problems.add("raw HTML '" + shorten(token) + "' is not allowed");
                safe.append(Escape.html(token));
                continue;
            }
            String tag = name.toLowerCase(Locale.ROOT);
            boolean closingTag = !m.group(1).isEmpty();
            if (!ALLOWED_TAGS.contains(tag)) {
                if (!closingTag) problems.add("raw HTML tag <" + tag + "> is not allowed"); // its opening tag was reported
                safe.append(Escape.html(token));
                continue;
            }
            StringBuilder rebuilt = new StringBuilder("<").append(closingTag ? "/" : "").append(tag);
            Matcher a = ATTRIBUTE.matcher(m.group(3) == null ? "" : m.group(3));
            boolean ok = true;
            while (a.find()) {
                String attr = a.group(1).toLowerCase(Locale.ROOT);
                if (closingTag || !ALLOWED_ATTRIBUTES.contains(attr)) {
                    problems.add("attribute '" + attr + "' on <" + tag + "> is not allowed");
                    ok = false;
                    continue;
                }
                String value = a.group(3) != null ? a.group(3) : a.group(4) != null ? a.group(4) : a.group(5) != null ? a.group(5) : "";
                rebuilt.append(' ').append(attr).append("=\"").append(Escape.html(value)).append('"');
            }
            rebuilt.append('>');
            safe.append(ok ? rebuilt : Escape.html(token));
        }
        safe.append(Escape.html(html.substring(last)));
        return new Verdict(List.copyOf(problems), safe.toString());
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }
}
