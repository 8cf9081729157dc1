package no.kampanjekit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import no.kampanjekit.build.Pipeline;
import no.kampanjekit.diagnostics.ContentErrorsException;
import no.kampanjekit.diagnostics.Diagnostic;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.testing.SampleSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input too big to keep in the repository, made on the fly: a clear error, quickly, never a hang or an out-of-memory. */
class HugeInputTest {
    private static List<String> diagnostics(Path project) {
        try {
            new Pipeline().check(project, Pipeline.Options.PUBLISH, new Diagnostics());
            return List.of();
        } catch (ContentErrorsException e) {
            return e.diagnostics().stream().map(Diagnostic::format).toList();
        }
    }

    @Test
    void aFiveMegabytePageIsRefusedWithItsSize(@TempDir Path tmp) throws Exception {
        Path p = SampleSites.project("basic", tmp.resolve("p"));
        StringBuilder page = new StringBuilder("---\ntitle: Stor\ntype: page\n---\n");
        while (page.length() < 5_000_000) page.append("Kjernejournal gir tilgang til viktige helseopplysninger. ");
        Files.writeString(p.resolve("content/stor.md"), page);
        List<String> found = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> diagnostics(p));
        assertEquals(List.of("content/stor.md: error: file is 4882 KiB, more than the 2 MiB a page may be"
                + " (split it into several pages or link to a download)"), found);
    }

    @Test
    void aHugeFrontMatterValueIsRefused(@TempDir Path tmp) throws Exception {
        Path p = SampleSites.project("basic", tmp.resolve("p"));
        Files.writeString(p.resolve("content/lang.md"), "---\ntitle: Lang\ntype: page\nsummary: " + "x".repeat(1_500_000) + "\n---\nTekst\n");
        List<String> found = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> diagnostics(p));
        assertEquals(1, found.size(), String.join("\n", found));
        assertEquals("content/lang.md:2: error: the front matter is longer than 1000000 characters"
                + " (front matter must stay short; move long text into the body)", found.get(0));
    }

    @Test
    void aBillionLaughsAliasBombIsRefusedAtOnce(@TempDir Path tmp) throws Exception {
        Path p = SampleSites.project("basic", tmp.resolve("p"));
        StringBuilder y = new StringBuilder("---\ntitle: Bombe\ntype: page\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char prev = (char) (c - 1);
            y.append(c).append(": &").append(c).append(" [").append(("*" + prev + ",").repeat(8)).append('*').append(prev).append("]\n");
        }
        Files.writeString(p.resolve("content/bombe.md"), y.append("---\nTekst\n"));
        List<String> found = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> diagnostics(p));
        assertEquals("content/bombe.md:2: error: YAML anchors and aliases (& and *) are not allowed (write each value out in full)", found.get(0));
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndingsAreReadAsPlainText(@TempDir Path tmp) throws Exception {
        Path p = SampleSites.project("basic", tmp.resolve("p"));
        Path file = p.resolve("content/kit-a/oppsummering.md");
        String lf = Files.readString(file);
        Files.write(file, ("\uFEFF" + lf.replace("\n", "\r\n")).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var site = new Pipeline().check(p, Pipeline.Options.PUBLISH, new Diagnostics());
        var item = site.itemByContentPath("kit-a/oppsummering.md").orElseThrow();
        assertEquals("Kort fortalt for IKT", item.title());
        assertEquals(false, item.html().contains("\r") || item.html().contains("\uFEFF"));
    }
}
