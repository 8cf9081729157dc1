package no.kampanjekit.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import no.kampanjekit.build.Pipeline;
import no.kampanjekit.diagnostics.ContentErrorsException;
import no.kampanjekit.diagnostics.Diagnostic;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.model.ContentItem;
import no.kampanjekit.model.Site;
import no.kampanjekit.output.StagedOutput;
import no.kampanjekit.testing.SampleSites;

/**
 * Random front matter and Markdown, stitched from the fragments that break parsers and
 * sanitisers: every run either builds a page with safe HTML or reports diagnostics with a file
 * and line, within a time bound. Never an exception, a hang or a script.
 */
class FuzzedContentTest {
    private static final Pattern UNSAFE = Pattern.compile("<script|<iframe|<object|<embed|<style|\\son[a-z]+\\s*=|javascript:|vbscript:|href=\"data:|src=\"data:",
            Pattern.CASE_INSENSITIVE);
    private static Path project;

    @BeforeContainer
    static void makeProject() throws IOException {
        project = SampleSites.project("basic", Files.createTempDirectory("kampanjekit-fuzz"));
    }

    @AfterContainer
    static void removeProject() throws IOException {
        StagedOutput.deleteTree(project);
    }

    @Provide
    Arbitrary<String> frontMatter() {
        Arbitrary<String> line = Arbitraries.of(
                "title: Prøve", "title: \"Tittel: med kolon\"", "title:", "title: [a, b]", "type: checklist", "type: page",
                "type: mal", "lang: nn", "lang: se", "audience: [ikt]", "audience: ikt", "audience: {a: b}", "kit: kit-a",
                "kit: ukjent", "date: 2025-02-30", "date: 2025-09-01", "updated: 2024-01-01", "status: draft",
                "sources: [kilde-a.txt]", "x: &a [1]", "y: *a", "\ttitle: tab", "title: Dobbel", "? [kompleks]\n: nøkkel",
                "summary: |\n  flere\n  linjer", "- liste", "title: ÆØÅ æøå", "translation_key: sjekkliste", "title: \"\\u0000\"");
        return line.list().ofMinSize(0).ofMaxSize(8).map(lines -> String.join("\n", lines));
    }

    @Provide
    Arbitrary<String> markdown() {
        Arbitrary<String> piece = Arbitraries.of(
                "# Overskrift\n", "## Før dere går i gang\n", "- [ ] oppgave\n", "- [x] ferdig\n", "  - nivå 2\n", "> **Merk:** tekst\n",
                "> sitat\n", "| a | b |\n| --- | --- |\n| 1 | 2 |\n", "~~borte~~ ", "https://www.nhn.no ", "tekst[^1]\n\n[^1]: fotnote\n",
                "<script>alert(1)</script>\n", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>",
                "[lenke](javascript:alert(1))", "[lenke](JaVaScRiPt:alert(1))", "[lenke](data:text/html,<script>)", "[lenke]( java\tscript:x)",
                "![](bilde.png)", "![alt](/images/x.png)", "[side](veileder.md#for-dere-starter)", "[side](finnes.md)", "[ÅPENT: åpent punkt] ",
                "<abbr title=\"\\\" onclick=x\">KJ</abbr>", "<details><summary>Mer</summary>tekst</details>\n", "`kode <script>`",
                "```\n<script>\n```\n", "<!-- kommentar -->", "&lt;script&gt;", "<svg onload=alert(1)>", "\u0000", "\uFEFF", "\r\n", "***",
                "[", "]", "(", "<", ">>>", "\n---\n", "[x]: javascript:alert(1)\n\n[x]\n", "<https://www.nhn.no>", "<javascript:alert(1)>");
        return piece.list().ofMinSize(0).ofMaxSize(25).map(parts -> String.join("", parts));
    }

    @Property(tries = 150)
    void eitherSafeHtmlOrDiagnostics(@ForAll("frontMatter") String frontMatter, @ForAll("markdown") String body) {
        write("---\n" + frontMatter + "\n---\n" + body);
        assertTimeoutPreemptively(Duration.ofSeconds(15), () -> {
            try {
                Site site = new Pipeline().check(project, Pipeline.Options.PUBLISH, new Diagnostics());
                for (ContentItem item : site.items()) {
                    assertFalse(UNSAFE.matcher(item.html()).find(), () -> "unsafe HTML from:\n" + body + "\n→\n" + item.html());
                }
            } catch (ContentErrorsException e) {
                List<Diagnostic> errors = e.diagnostics().stream().filter(Diagnostic::isError).toList();
                assertFalse(errors.isEmpty());
                for (Diagnostic d : errors) {
                    assertTrue(d.path().startsWith("content/") || d.path().startsWith("kits/"), d.format());
                    assertFalse(d.message().isBlank(), d.format());
                }
            }
        });
    }

    private static void write(String text) {
        try {
            Files.writeString(project.resolve("content/kit-a/oppsummering.md"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
