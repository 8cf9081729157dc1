package no.kampanjekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void checkReportsDeckErrorsWithFileAndLineWithoutWritingFiles(@TempDir Path tmp) throws Exception {
        Path p = SampleSites.project("basic", tmp.resolve("p"));
        // Front matter of six lines; the second slide (line 12) has no title, the third a list three levels deep (line 20).
        Files.writeString(p.resolve("content/kit-a/lysark.md"), """
                ---
                title: Kjernejournal for ledere
                type: slides
                audience: [ikt]
                kit: kit-a
                ---
                # Hva er kjernejournal?

                - Viktige helseopplysninger samlet

                ---

                Et lysbilde uten tittel

                ---

                ## Lister

                - Nivå 1
                  - Nivå 2
                    - Nivå 3
                """);
        MainTest.Run r = MainTest.run("check", "--project", p.toString());
        assertEquals(1, r.code(), r.out());
        assertEquals(List.of(
                "content/kit-a/lysark.md:13:1: error: slide 2 has no title (start the slide with a heading, e.g. `## Hva er kjernejournal?`)",
                "content/kit-a/lysark.md:21:5: error: a list nested three levels deep; a slide takes two levels (move these points up a level, or split the slide)"),
                r.err().lines().filter(l -> l.startsWith("content/")).toList());
        assertFalse(Files.exists(p.resolve("target")), "check writes nothing");

        MainTest.Run json = MainTest.run("check", "--format", "json", "--project", p.toString());
        assertEquals(1, json.code());
        assertTrue(json.out().contains("{\"path\":\"content/kit-a/lysark.md\",\"line\":13,\"column\":1,\"severity\":\"error\""), json.out());
    }

    @Test
    void checkReportsAMasterWithoutItsLayouts(@TempDir Path tmp) throws Exception {
        Path p = SampleSites.project("basic", tmp.resolve("p"));
        Files.delete(p.resolve("assets/slides/master.pptx"));
        MainTest.Run r = MainTest.run("check", "--project", p.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().startsWith("assets/slides/master.pptx: error: the slide master is missing"), r.err());
    }
}
