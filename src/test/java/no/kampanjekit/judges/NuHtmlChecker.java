package no.kampanjekit.judges;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nu.validator.checker.InfoAwareErrorHandler;
import nu.validator.validation.SimpleDocumentValidator;
import nu.validator.xml.SystemErrErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Judge: the Nu HTML Checker (vnu), run in this JVM.
 *
 * <p>Setting up the HTML schema is the slow part (about a second), so a
 * checker is built once and then reused for every page. Not thread-safe
 * inside vnu, hence {@code synchronized}.
 *
 * <p>Messages read {@code file:line:col: message}, where {@code file} is the
 * path as passed in, so they can be pasted into an editor's "go to".
 */
public final class NuHtmlChecker {

    /** What vnu said about one file. Info messages are dropped. */
    public record Report(List<String> errors, List<String> warnings) {}

    // The same schema the vnu command line uses for .html files.
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    public NuHtmlChecker() {
        // The vnu CLI sets this unless --errors-only: it turns on the
        // "potentially bad value" datatype warnings.
        System.setProperty("nu.validator.datatype.warn", "true");
        // log4j: configure vnu's own quiet setup; logUrls: off, like the CLI;
        // language detection: on, like the CLI (a wrong lang is a warning).
        validator = new SimpleDocumentValidator(true, false, true);
        try {
            validator.setUpMainSchema(HTML_SCHEMA, new SystemErrErrorHandler());
            // noStream=false and loadExternalEnts=false are the CLI defaults.
            validator.setUpValidatorAndParsers(collector, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the Nu HTML Checker", e);
        }
    }

    /** Errors (including fatal parse errors) for one HTML file; empty when valid. */
    public List<String> errors(Path htmlFile) {
        return check(htmlFile).errors();
    }

    /** Errors and warnings for one HTML file. */
    public synchronized Report check(Path htmlFile) {
        collector.start(htmlFile.toString());
        // Our own stream, closed here: vnu's checkHtmlFile(File) never closes
        // the FileInputStream it opens, which leaks one descriptor a page.
        try (InputStream in = Files.newInputStream(htmlFile)) {
            InputSource source = new InputSource(in);
            source.setSystemId(htmlFile.toUri().toString());
            validator.checkHtmlInputSource(source); // reads as UTF-8
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + htmlFile, e);
        } catch (SAXException e) {
            // Parse errors never get here (vnu reports them to the collector
            // and swallows the exception), so this is vnu itself failing.
            collector.errors.add(htmlFile + ":0:0: the checker failed: " + e);
        }
        return new Report(List.copyOf(collector.errors), List.copyOf(collector.warnings));
    }

    /**
     * Receives vnu's messages for the file being checked. Implementing the
     * info-aware interface keeps info messages out of the warnings.
     */
    private static final class Collector implements InfoAwareErrorHandler {
        private String file;
        private final List<String> errors = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        void start(String displayName) {
            file = displayName;
            errors.clear();
            warnings.clear();
        }

        private String line(SAXParseException e) {
            return file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }

        @Override public void error(SAXParseException e) { errors.add(line(e)); }
        @Override public void fatalError(SAXParseException e) { errors.add(line(e)); }
        @Override public void warning(SAXParseException e) { warnings.add(line(e)); }
        @Override public void info(SAXParseException e) { /* not a problem */ }
    }
}
