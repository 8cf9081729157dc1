package no.kampanjekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import no.kampanjekit.model.ContentType;
import no.kampanjekit.testing.SampleSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `new` writes passes `check`, as a draft and once published; `check --format json` is machine-readable. */
class NewAndCheckTest {
    @Test
    void everyTypeScaffoldsAFileThatPassesCheck(@TempDir Path tmp) throws Exception {
        Path p = SampleSites.project("basic", tmp.resolve("p"));
        for (ContentType type : ContentType.values()) {
            MainTest.Run r = MainTest.run("new", type.id(), "Prøve på " + type.id(), "--kit", "kit-a", "--project", p.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(Files.exists(p.resolve("content/kit-a/prove-pa-" + type.id() + ".md")), r.out());
        }
        assertEquals(0, MainTest.run("new", "kit", "Ny pakke", "--project", p.toString()).code());
        assertEquals(0, MainTest.run("check", "--project", p.toString()).code());
        MainTest.Run drafts = MainTest.run("check", "--drafts", "--project", p.toString());
        assertEquals(0, drafts.code(), drafts.err());
        assertTrue(drafts.out().contains("22 pages and 2 kits checked"), drafts.out());
    }

    @Test
    void checkReportsPlantedErrorsAsJson(@TempDir Path tmp) throws Exception {
        Path p = SampleSites.project("basic", tmp.resolve("p"));
        Files.writeString(p.resolve("content/kit-a/oppsummering.md"), "---\ntitle: Kort\ntype: summary\nkit: kit-a\n---\n[Borte](borte.md)\n");
        MainTest.Run r = MainTest.run("check", "--format", "json", "--project", p.toString());
        assertEquals(1, r.code());
        assertEquals("[{\"path\":\"content/kit-a/oppsummering.md\",\"line\":6,\"column\":1,\"severity\":\"error\","
                + "\"message\":\"link to a page that does not exist: content/kit-a/borte.md\",\"hint\":\"check the file name and folder\"}]",
                r.out().strip());
    }
}
