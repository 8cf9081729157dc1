package no.kampanjekit.diagnostics;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a run, so all of them are reported at once. Thread-safe. */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();

    public synchronized void add(Diagnostic d) {
        all.add(d);
    }

    public void error(String path, int line, int column, String message, String hint) {
        add(Diagnostic.error(path, line, column, message, hint));
    }

    public void warning(String path, int line, int column, String message, String hint) {
        add(Diagnostic.warning(path, line, column, message, hint));
    }

    public void error(SourcePosition at, String message, String hint) {
        error(at.path(), at.line(), at.column(), message, hint);
    }

    public synchronized void addAll(Diagnostics other) {
        all.addAll(other.sorted());
    }

    /** Sorted by file, line and column, without duplicates, so output is stable across runs. */
    public synchronized List<Diagnostic> sorted() {
        return all.stream().distinct().sorted().toList();
    }

    public synchronized long errorCount() {
        return all.stream().distinct().filter(Diagnostic::isError).count();
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }
}
