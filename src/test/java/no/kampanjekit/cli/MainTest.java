package no.kampanjekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.kampanjekit.testing.SampleSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as CI and editors use it: exit codes and what is printed. */
class MainTest {
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void contentErrorsExitWithOneAndListEveryProblemWithoutAStackTrace(@TempDir Path tmp) throws Exception {
        Path p = SampleSites.project("basic", tmp.resolve("p"));
        Files.writeString(p.resolve("content/kit-a/mal.md"), "---\ntitle: Mal\ntype: mal\nfarge: blå\n---\nTekst\n");
        Run r = run("build", "--project", p.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("content/kit-a/mal.md:3:7: error: unknown type 'mal'"), r.err());
        assertTrue(r.err().contains("content/kit-a/mal.md:4:1: error: unknown front matter key 'farge'"), r.err());
        assertTrue(r.err().contains("2 errors; nothing was published"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void aGoodBuildExitsWithZero(@TempDir Path tmp) {
        Path p = SampleSites.project("basic", tmp.resolve("p"));
        Run r = run("build", "--project", p.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("built 13 pages and 1 kits"), r.out());
        assertTrue(Files.exists(tmp.resolve("out/index.html")));
    }

    @Test
    void wrongUsageExitsWithTwoAndExplains() {
        assertEquals(2, run("bake").code());
        Run r = run("build", "--out");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--out needs a folder"), r.err());
    }
}
