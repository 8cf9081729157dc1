package no.kampanjekit.diagnostics;

/** A place in a project file; lines and columns are 1-based, 0 means unknown. */
public record SourcePosition(String path, int line, int column) {
    public static SourcePosition file(String path) {
        return new SourcePosition(path, 0, 0);
    }

    public SourcePosition withLineOffset(int offset) {
        return new SourcePosition(path, line + offset, column);
    }
}
