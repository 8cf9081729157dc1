package no.kampanjekit.diagnostics;

import java.util.List;

/** Ends a build whose input has errors; carries them so the caller prints them, never a stack trace. */
public final class ContentErrorsException extends Exception {
    private final transient List<Diagnostic> diagnostics;

    public ContentErrorsException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().filter(Diagnostic::isError).count() + " error(s) in content");
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
