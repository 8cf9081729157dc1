package no.kampanjekit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.kampanjekit.build.Pipeline;
import no.kampanjekit.diagnostics.ContentErrorsException;
import no.kampanjekit.diagnostics.Diagnostic;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.testing.SampleSites;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder under sites/invalid is the basic sample site with a few files changed, and an
 * expected.txt holding the exact diagnostics, in order, that an editor must see.
 */
class InvalidContentTest {
    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(SampleSites.SITES.resolve("invalid"))) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedDiagnostics(String name, @TempDir Path tmp) throws IOException {
        Path caseDir = SampleSites.SITES.resolve("invalid").resolve(name);
        Path project = SampleSites.overlay(caseDir, tmp.resolve("project"));
        List<String> actual;
        try {
            new Pipeline().check(project, Pipeline.Options.PUBLISH, new Diagnostics());
            actual = List.of();
        } catch (ContentErrorsException e) {
            actual = e.diagnostics().stream().map(Diagnostic::format).toList();
        }
        Path expectedFile = caseDir.resolve("expected.txt");
        if (!Files.exists(expectedFile)) fail("no expected.txt in " + caseDir + "; the build reported:\n" + String.join("\n", actual));
        List<String> expected = Files.readAllLines(expectedFile).stream().filter(l -> !l.isBlank()).toList();
        assertTrue(!expected.isEmpty(), "an invalid case must expect at least one diagnostic");
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }
}
