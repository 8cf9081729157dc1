package no.kampanjekit.judges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vnu judge passes a valid page and fails the known bad one with vnu's own words. */
class NuHtmlCheckerTest {

    private static NuHtmlChecker checker;

    @BeforeAll
    static void setUp() {
        long start = System.nanoTime();
        checker = new NuHtmlChecker();
        long setUp = System.nanoTime() - start;
        start = System.nanoTime();
        checker.errors(fixture("index.html")); // first page: classes load, JIT is cold
        System.out.printf("vnu: set-up %d ms, first page %d ms%n",
                setUp / 1_000_000, (System.nanoTime() - start) / 1_000_000);
    }

    static Path fixture(String name) {
        try {
            return Path.of(NuHtmlCheckerTest.class.getResource("/judges/site/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void validPagesHaveNoErrorsOrWarnings() {
        for (String page : List.of("index.html", "404.html", "kit/index.html")) {
            NuHtmlChecker.Report report = checker.check(fixture(page));
            assertEquals(List.of(), report.errors(), page);
            assertEquals(List.of(), report.warnings(), page);
        }
    }

    @Test
    void brokenPageGivesDuplicateIdAndMissingAlt() {
        Path page = fixture("broken.html");
        assertEquals(List.of(
                page + ":14:24: An “img” element must have an “alt” attribute, except under certain"
                        + " conditions. For details, consult guidance on providing text alternatives"
                        + " for images.",
                page + ":15:16: Duplicate ID “top”."),
                checker.errors(page));
    }

    @Test
    void missingLangIsAWarningNotAnError() {
        Path page = fixture("broken.html");
        assertEquals(List.of(
                page + ":12:17: The first occurrence of ID “top” was here.",
                page + ":2:6: Consider adding a “lang” attribute to the “html” start tag to declare"
                        + " the language of this document."),
                checker.check(page).warnings());
    }

    @Test
    void reusedCheckerKeepsNoMessagesFromThePreviousPage(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html lang=en><title>x</title><p id=a><p id=a>");
        assertEquals(1, checker.errors(bad).size());
        assertEquals(List.of(), checker.errors(fixture("index.html")));
    }

    @Test
    void unclosedMarkupIsAnError(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("unclosed.html");
        Files.writeString(bad, "<!DOCTYPE html><html lang=en><title>x</title><div><p>text</span>");
        List<String> errors = checker.errors(bad);
        assertTrue(errors.stream().anyMatch(e -> e.contains("Stray end tag “span”.")), errors.toString());
    }

    @Test
    void fiftyPagesTakeSecondsNotMinutes(@TempDir Path dir) throws Exception {
        String page = Files.readString(fixture("index.html"));
        long fifty = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            Path copy = dir.resolve("page" + i + ".html");
            Files.writeString(copy, page.replace("Ren side", "Side " + i));
            assertEquals(List.of(), checker.errors(copy), copy.toString());
        }
        fifty = System.nanoTime() - fifty;
        System.out.printf("vnu: 50 pages %d ms%n", fifty / 1_000_000);
        assertTrue(fifty < 30_000_000_000L, "50 pages took " + fifty / 1_000_000 + " ms");
    }
}
