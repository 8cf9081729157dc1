package no.kampanjekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
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

    /** Every file of a folder with its bytes and modification time: what a build that does nothing leaves alone. */
    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(f).toString(), Files.getLastModifiedTime(f).toMillis() + " " + Arrays.hashCode(Files.readAllBytes(f)));
            }
        }
        return files;
    }

    @Test
    void aSecondBuildWithNothingChangedLeavesTheSiteAloneAndRepeatsTheWarnings(@TempDir Path tmp) throws Exception {
        Path p = SampleSites.project("basic", tmp.resolve("p"));
        Files.writeString(p.resolve("kits/kit-a.yml"), Files.readString(p.resolve("kits/kit-a.yml")).replace("audiences: [enhetsleder, ikt]", "audiences: []"));
        Path out = tmp.resolve("out");
        Run first = run("build", "--project", p.toString(), "--out", out.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().contains("kits/kit-a.yml:3:12: warning: the kit does not say who it is for"), first.err());
        Map<String, String> before = snapshot(out);

        Run second = run("build", "--project", p.toString(), "--out", out.toString());
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().contains("nothing changed since the last build; " + out + " is up to date (13 pages and 1 kits"), second.out());
        assertTrue(second.err().contains("kits/kit-a.yml:3:12: warning: the kit does not say who it is for"), "warnings are said again: " + second.err());
        assertEquals(before, snapshot(out), "not one file written again");

        Run forced = run("build", "--force", "--project", p.toString(), "--out", out.toString());
        assertTrue(forced.out().contains("built 13 pages and 1 kits"), "--force builds: " + forced.out());
    }

    /** Builds the project into {@code out} and gives the command line, to run again. */
    private static String[] buildOnce(Path project, Path out) {
        String[] build = {"build", "--project", project.toString(), "--out", out.toString()};
        assertEquals(0, run(build).code());
        return build;
    }

    @Test
    void anEditedInputOrATouchedOutputBuildsAgain(@TempDir Path tmp) throws Exception {
        Path p = SampleSites.project("basic", tmp.resolve("p"));
        Path out = tmp.resolve("out");
        String[] build = buildOnce(p, out);

        Path page = p.resolve("content/kit-a/sjekkliste.md");
        Files.writeString(page, Files.readString(page) + "\nEn ny setning.\n");
        assertTrue(run(build).out().contains("built 13 pages"), "an edited page");
        assertTrue(Files.readString(out.resolve("kit-a/sjekkliste/index.html")).contains("En ny setning."));
        assertTrue(run(build).out().contains("nothing changed"));

        Files.writeString(p.resolve("templates/page.ftl"), Files.readString(p.resolve("templates/page.ftl")) + "\n");
        assertTrue(run(build).out().contains("built 13 pages"), "an edited template");
        Files.writeString(p.resolve("assets/ekstra.txt"), "ny fil");
        assertTrue(run(build).out().contains("built 13 pages"), "a new asset");
        assertTrue(Files.exists(out.resolve("ekstra.txt")));

        Files.delete(out.resolve("index.html"));
        assertTrue(run(build).out().contains("built 13 pages"), "a file deleted from the output");
        assertTrue(Files.exists(out.resolve("index.html")));
        Files.writeString(out.resolve("stray.html"), "left by hand");
        assertTrue(run(build).out().contains("built 13 pages"), "a file added to the output");
        assertFalse(Files.exists(out.resolve("stray.html")));
        Files.writeString(out.resolve("index.html"), Files.readString(out.resolve("index.html")).replace("<main", "<main data-x=\"1\""));
        assertTrue(run(build).out().contains("built 13 pages"), "a file edited in the output");

        assertTrue(run("build", "--drafts", "--project", p.toString(), "--out", out.toString()).out().contains("built"), "other options");
        assertTrue(run(build).out().contains("built"), "and back");
        assertTrue(run(build).out().contains("nothing changed"));
    }

    @Test
    void aChangeInsideALinkedFolderBuildsAgain(@TempDir Path tmp) throws Exception {
        Path p = SampleSites.project("basic", tmp.resolve("p"));
        Path shared = Files.move(p.resolve("templates"), tmp.resolve("shared-templates"));
        Files.createSymbolicLink(p.resolve("templates"), shared);
        Path out = tmp.resolve("out");
        String[] build = buildOnce(p, out);
        assertTrue(run(build).out().contains("nothing changed"));
        Files.writeString(shared.resolve("page.ftl"), Files.readString(shared.resolve("page.ftl")) + "\n");
        assertTrue(run(build).out().contains("built 13 pages"), "a template changed behind the link");
    }

    @Test
    void aFailedBuildIsNeverTakenAsUpToDate(@TempDir Path tmp) throws Exception {
        Path p = SampleSites.project("basic", tmp.resolve("p"));
        Path out = tmp.resolve("out");
        String[] build = buildOnce(p, out);
        Path page = p.resolve("content/kit-a/sjekkliste.md");
        String good = Files.readString(page);
        Files.writeString(page, good.replaceFirst("type: \\w+", "type: mal"));
        assertEquals(1, run(build).code());
        assertEquals(1, run(build).code(), "the same errors again, not «up to date»");
        Files.writeString(page, good);
        assertTrue(run(build).out().contains("built 13 pages"), "after a failure the site is built again, even with the old inputs back");
    }
}
