package no.kampanjekit.render.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.kampanjekit.build.Pipeline;
import no.kampanjekit.diagnostics.ContentErrorsException;
import no.kampanjekit.diagnostics.Diagnostic;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.markdown.LinkTargets;
import no.kampanjekit.markdown.MarkdownEngine;
import no.kampanjekit.markdown.SlideDecks;
import no.kampanjekit.model.ContentType;
import no.kampanjekit.model.FrontMatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every problem in a deck is reported at once, with file, line and a hint, and no file is made. */
class DeckDiagnosticsTest {
    /** Front matter of six lines, so the body starts on line 7. */
    static final String HEAD = """
            ---
            title: Feil i lysark
            type: slides
            audience: [ikt]
            kit: kit-a
            ---
            """;

    static final String BAD = HEAD + """
            # Tittel

            ---

            - Et punkt uten tittel

            ---

            ## Lister

            - Nivå 1
              - Nivå 2
                - Nivå 3

            ---

            ---

            ## Tabell

            | a | b | c | d | e | f | g |
            | --- | --- | --- | --- | --- | --- | --- |
            | 1 | 2 | 3 | 4 | 5 | 6 | 7 |

            ---

            ## To titler

            Tekst

            ## Enda en tittel

            ---

            ## Kode

            ```
            x = 1
            ```

            ---

            ## Tabell og tekst

            Tekst over tabellen.

            | a | b |
            | --- | --- |
            | 1 | 2 |

            ---

            ## Bilder

            ![Kart](/images/kart.webp)

            ![Skjermbilde](/images/skjerm.png)

            ---

            ## Uten tom linje
            Tekst rett over
            ---

            ## Neste
            """;

    static List<String> read(String text) {
        Diagnostics d = new Diagnostics();
        String body = text.substring(HEAD.length());
        FrontMatter meta = new FrontMatter("Feil i lysark", ContentType.SLIDES, "nb", null, List.of("ikt"), "kit-a", null, null, null, false, List.of());
        var context = new SlideDecks.Context("https://test.example.no/", LinkTargets.NONE, "Kampanjekit", LocalDate.of(2025, 1, 1));
        var read = new SlideDecks(new MarkdownEngine()).read(body, "content/kit-a/lysark.md", "kit-a/lysark.md", 6, meta, context, d);
        assertTrue(read.isEmpty(), "a deck with errors gives nothing to write");
        return d.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void reportsEveryProblemWithItsLineAndAHint() {
        assertEquals(String.join("\n", List.of(
                "content/kit-a/lysark.md:11:1: error: slide 2 has no title (start the slide with a heading, e.g. `## Hva er kjernejournal?`)",
                "content/kit-a/lysark.md:19:5: error: a list nested three levels deep; a slide takes two levels (move these points up a level, or split the slide)",
                "content/kit-a/lysark.md:21: error: slide 4 is empty (remove one of the two `---` lines, or write the slide between them)",
                "content/kit-a/lysark.md:27:1: error: the table has 7 columns; a slide fits at most 6 (split the table, or put it on a page and link to it)",
                "content/kit-a/lysark.md:37:1: error: slide 6 has a second title 'Enda en tittel' (a slide takes one # or ## heading: start a new slide with a line `---` before it, or use ### for a column heading)",
                "content/kit-a/lysark.md:43:1: error: code blocks cannot go on a slide (write it as ordinary text, or link to a page that shows it)",
                "content/kit-a/lysark.md:51:1: error: slide 8 has a table and other text; a table needs a slide of its own (move the text to the speaker notes or to a slide of its own)",
                "content/kit-a/lysark.md:61:1: error: image '/images/kart.webp' cannot go in a slide deck (save it as PNG or JPEG; slides take .png, .jpg and .gif)",
                "content/kit-a/lysark.md:63:1: error: slide 9 has 2 images; a slide takes one (give each image a slide of its own)",
                "content/kit-a/lysark.md:69:1: error: this `---` turns the text above it into a heading instead of starting a new slide (leave an empty line before `---`)")),
                String.join("\n", read(BAD)));
    }

    @Test
    void anImageWithoutAltTextIsReported() {
        List<String> problems = read(HEAD + "# Tittel\n\n---\n\n## Bilde\n\n![](/images/skjerm.png)\n");
        assertEquals(List.of("content/kit-a/lysark.md:13:1: error: image '/images/skjerm.png' has no alt text "
                + "(write what the image shows between the brackets: ![Kart over Helse Vest](/images/skjerm.png))"), problems);
    }

    @Test
    void aBuildListsAllDeckProblemsAtOnceAndPublishesNothing(@TempDir Path tmp) throws Exception {
        Path project = DeckProjects.project(tmp.resolve("project"), HEAD + """
                # Tittel

                ---

                Uten tittel

                ---

                ## Lister

                - 1
                  - 2
                    - 3
                """);
        Path out = tmp.resolve("site");
        var e = assertThrows(ContentErrorsException.class, () -> new Pipeline().build(project, out, Pipeline.Options.PUBLISH));
        assertEquals(List.of(
                "content/kit-a/lysark.md:11:1: error: slide 2 has no title (start the slide with a heading, e.g. `## Hva er kjernejournal?`)",
                "content/kit-a/lysark.md:19:5: error: a list nested three levels deep; a slide takes two levels (move these points up a level, or split the slide)"),
                e.diagnostics().stream().map(Diagnostic::format).toList());
        assertTrue(Files.notExists(out), "nothing is published");
    }

    @Test
    void aMasterWithoutTheLayoutsIsReported(@TempDir Path tmp) throws Exception {
        Path project = DeckProjects.project(tmp.resolve("project"));
        Files.delete(project.resolve(SlideDeckStage.MASTER));
        var e = assertThrows(ContentErrorsException.class, () -> new Pipeline().build(project, tmp.resolve("site"), Pipeline.Options.PUBLISH));
        assertEquals(List.of("assets/slides/master.pptx: error: the slide master is missing (restore assets/slides/master.pptx from the "
                + "repository, or save your own master there as a .pptx (see docs/authoring.md))"),
                e.diagnostics().stream().map(Diagnostic::format).toList());
    }
}
