package no.kampanjekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.kampanjekit.build.Pipeline;
import no.kampanjekit.diagnostics.ContentErrorsException;
import no.kampanjekit.diagnostics.Diagnostic;
import no.kampanjekit.testing.SampleSites;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder under src/test/resources/print/ is the basic sample site with a few files changed
 * so that a PDF cannot be made, and an expected.txt with the exact errors an editor must see.
 * Nothing may be published then.
 */
class PrintDiagnosticsTest {
    static final Path CASES = Path.of("src/test/resources/print");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(d -> Files.exists(d.resolve("expected.txt")) || Files.isDirectory(d.resolve("content")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedErrors(String name, @TempDir Path tmp) throws IOException {
        Path caseDir = CASES.resolve(name);
        Path project = SampleSites.overlay(caseDir, tmp.resolve("project"));
        Path out = tmp.resolve("site");
        List<String> actual;
        try {
            new Pipeline().build(project, out, Pipeline.Options.PUBLISH);
            actual = List.of();
        } catch (ContentErrorsException e) {
            actual = e.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
        }
        Path expectedFile = caseDir.resolve("expected.txt");
        if (!Files.exists(expectedFile)) fail("no expected.txt in " + caseDir + "; the build reported:\n" + String.join("\n", actual));
        List<String> expected = Files.readAllLines(expectedFile).stream().filter(l -> !l.isBlank()).toList();
        assertEquals(String.join("\n", expected), String.join("\n", actual));
        assertFalse(Files.exists(out), "nothing is published when a PDF cannot be made");
    }
}
