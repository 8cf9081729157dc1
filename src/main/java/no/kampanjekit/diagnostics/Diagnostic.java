package no.kampanjekit.diagnostics;

/**
 * One problem in the team's content, templates or settings. Every stage reports through this
 * type, so the editor always sees {@code path:line:col: error: what (how to fix it)}.
 *
 * @param path project-relative path with forward slashes, e.g. {@code content/kit/side.md}
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 */
public record Diagnostic(Severity severity, String path, int line, int column, String message, String hint)
        implements Comparable<Diagnostic> {

    public enum Severity { ERROR, WARNING }

    public static Diagnostic error(String path, int line, int column, String message, String hint) {
        return new Diagnostic(Severity.ERROR, path, line, column, message, hint);
    }

    public static Diagnostic warning(String path, int line, int column, String message, String hint) {
        return new Diagnostic(Severity.WARNING, path, line, column, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form editors and CI annotations read. */
    public String format() {
        StringBuilder s = new StringBuilder(path);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) s.append(':').append(column);
        }
        s.append(": ").append(severity == Severity.ERROR ? "error" : "warning").append(": ").append(message);
        if (hint != null && !hint.isBlank()) s.append(" (").append(hint).append(')');
        return s.toString();
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = path.compareTo(o.path);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        if (c != 0) return c;
        c = Integer.compare(column, o.column);
        return c != 0 ? c : message.compareTo(o.message);
    }

    @Override
    public String toString() {
        return format();
    }
}
