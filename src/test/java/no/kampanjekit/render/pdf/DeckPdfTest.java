package no.kampanjekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import no.kampanjekit.build.Pipeline;
import no.kampanjekit.diagnostics.ContentErrorsException;
import no.kampanjekit.diagnostics.Diagnostic;
import no.kampanjekit.render.pptx.DeckProjects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A slide deck's 16:9 PDF, read back with PDFBox: a page per slide, 16:9 pages, the slides' text
 * (not the speaker notes), embedded fonts, tags, language and metadata, PDF/UA-1 by veraPDF, the
 * same bytes from the same input, and the deck page listing it. The deck uses every layout
 * ({@link DeckProjects#DECK}).
 */
class DeckPdfTest {
    static final String PDF = "downloads/kit-a/lysark.pdf";
    static final Path LOOK = Path.of("target/deck-pdf");

    @TempDir
    static Path tmp;
    static Path project;
    static Path site;
    static byte[] pdf;

    @BeforeAll
    static void build() throws Exception {
        // Every Norwegian letter on a slide: æ here, ø and å are in the deck already.
        project = DeckProjects.project(tmp.resolve("project"), DeckProjects.DECK.replace("- Ringe rundt", "- Ringe rundt – særlig om kvelden"));
        site = tmp.resolve("site");
        try {
            new Pipeline().build(project, site, Pipeline.Options.PUBLISH);
        } catch (ContentErrorsException e) {
            throw new AssertionError(String.join("\n", e.diagnostics().stream().map(Diagnostic::format).toList()), e);
        }
        pdf = Files.readAllBytes(site.resolve(PDF));
        // Kept for looking at: pdftoppm -png -r 60 target/deck-pdf/lysark.pdf
        Files.createDirectories(LOOK);
        Files.write(LOOK.resolve("lysark.pdf"), pdf);
    }

    @Test
    void onePageForEachSlideEveryPageSixteenByNine() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(DeckProjects.TITLES.size(), doc.getNumberOfPages(), "one page per slide");
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                double ratio = box.getWidth() / box.getHeight();
                assertEquals(16.0 / 9, ratio, 16.0 / 9 * 0.01, "16:9 within 1 %: " + box);
                assertEquals(254, box.getWidth() / 72 * 25.4, 0.5, "254 mm wide");
            }
        }
    }

    @Test
    void eachPageShowsItsSlideButNotTheSpeakerNotes() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper text = new PDFTextStripper();
            for (int i = 0; i < DeckProjects.TITLES.size(); i++) {
                text.setStartPage(i + 1);
                text.setEndPage(i + 1);
                String page = text.getText(doc);
                assertTrue(page.contains(DeckProjects.TITLES.get(i)), "page " + (i + 1) + " has its slide's title: " + page);
                // The title slide and section headers fill the page, as in the master; the others have a footer.
                if (i != 0 && i != 2) assertTrue(page.contains("Kjernejournal for ledere") && page.contains(String.valueOf(i + 1)),
                        "the footer has the deck's title and the slide number: " + page);
            }
            String all = new PDFTextStripper().getText(doc);
            for (String expected : List.of("særlig om kvelden", "Før og etter", "må gjøre", "ÅPENT", "Legemidler", "Allergier", "263", "kommuner hadde tatt i bruk", "Samlet og oppdatert",
                    "Utredningen om helseteknologiordningen", "Helse Vest", "Legemiddellisten vises", "Hva det er, og hva dere må gjøre")) {
                assertTrue(all.contains(expected), "has «" + expected + "»");
            }
            for (String note : List.of("Presenter deg selv", "erstatter ikke journalen", "Teknisk innført er ikke")) {
                assertFalse(all.contains(note), "speaker notes stay in the .pptx: «" + note + "»");
            }
        }
    }

    @Test
    void taggedWithLanguageMetadataAndEmbeddedFonts() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var catalog = doc.getDocumentCatalog();
            assertEquals("nb", catalog.getLanguage());
            assertTrue(catalog.getMarkInfo().isMarked(), "marked as tagged");
            assertNotNull(catalog.getStructureTreeRoot(), "has a structure tree");
            List<String> tags = new ArrayList<>();
            collect(catalog.getStructureTreeRoot(), tags);
            assertTrue(tags.contains("H1") && tags.contains("H2"), "slide titles are headings: " + tags);
            assertTrue(tags.contains("L") && tags.contains("LI"), "lists: " + tags);
            assertTrue(tags.contains("Table") && tags.contains("TH"), "tables with header cells: " + tags);
            assertTrue(tags.contains("Figure"), "the picture is a figure: " + tags);
            assertEquals(1, tags.stream().filter("H1"::equals).count(), "one H1: the first slide's title");

            var info = doc.getDocumentInformation();
            assertEquals("Kjernejournal for ledere", info.getTitle());
            assertEquals("Et sett som bruker alle oppsettene.", info.getSubject());
            assertTrue(info.getKeywords().contains("IKT"), info.getKeywords());
            Calendar created = info.getCreationDate();
            assertEquals(2025, created.get(Calendar.YEAR));
            assertEquals(Calendar.OCTOBER, created.get(Calendar.MONTH));
            assertEquals(TimeZone.getTimeZone("UTC").getRawOffset(), created.getTimeZone().getRawOffset());

            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                }
            }
        }
    }

    @Test
    void thePictureCarriesItsAltText() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> alts = new ArrayList<>();
            collectAlt(doc.getDocumentCatalog().getStructureTreeRoot(), alts);
            assertTrue(alts.contains("Skjermbilde av kjernejournal med legemiddellisten øverst"), alts.toString());
        }
    }

    @Test
    void passesPdfUa1() {
        VeraPdf.Verdict v = VeraPdf.ua1(pdf);
        assertTrue(v.checks() > 500, "really checked: " + v.checks());
        assertEquals(List.of(), v.failures());
    }

    @Test
    void theSameDeckGivesTheSameBytes() throws Exception {
        Path again = tmp.resolve("again");
        new Pipeline().build(project, again, Pipeline.Options.PUBLISH);
        assertArrayEquals(pdf, Files.readAllBytes(again.resolve(PDF)));
    }

    @Test
    void theDeckPageListsBothFilesWithSizeAndSlideCount() throws Exception {
        Document page = Jsoup.parse(site.resolve("kit-a/lysark/index.html").toFile(), "UTF-8");
        for (String file : List.of("lysark.pptx", "lysark.pdf")) {
            var link = page.selectFirst("a.download[href$=" + file + "]");
            assertNotNull(link, file + " is listed");
            String size = no.kampanjekit.render.site.SiteRenderer.sizeDisplay(Files.size(site.resolve("downloads/kit-a/" + file)), "nb");
            assertEquals(size + ", 8 lysbilder", link.parent().selectFirst(".download-facts").text(), file);
        }
    }

    @Test
    void aSlideTooFullForItsPageIsAnErrorAtThatSlide(@TempDir Path dir) throws Exception {
        StringBuilder deck = new StringBuilder(DeckProjects.DECK.substring(0, DeckProjects.DECK.indexOf("---\n\n## Hva er")));
        deck.append("---\n\n## For mye tekst\n\n");
        for (int i = 1; i <= 12; i++) deck.append("- Punkt ").append(i).append(" er altfor langt for et lysark, for det fortsetter og fortsetter over flere linjer\n");
        Path p = DeckProjects.project(dir.resolve("project"), deck.toString());
        var e = assertThrows(ContentErrorsException.class, () -> new Pipeline().build(p, dir.resolve("site"), Pipeline.Options.PUBLISH));
        assertEquals(List.of("content/kit-a/lysark.md:18: error: slide 2 does not fit on one page of the deck's PDF (/" + PDF + ") "
                        + "(shorten its text or split it in two; a slide holds about six points, or a table of up to 8 short rows)"),
                e.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList());
    }

    static void collect(PDStructureNode node, List<String> tags) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                tags.add(e.getStructureType());
                collect(e, tags);
            }
        }
    }

    static void collectAlt(PDStructureNode node, List<String> alts) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if ("Figure".equals(e.getStructureType()) && e.getAlternateDescription() != null) alts.add(e.getAlternateDescription());
                collectAlt(e, alts);
            }
        }
    }


    @Test
    void openPointsOnSlidesAreMarkedAsOnTheWeb() {
        String markup = DeckMarkup.runs(List.of(new no.kampanjekit.model.Deck.Run("Hjemmel: [ÅPENT: bestemmelsen] & mer", false, false, false, null)));
        assertEquals("Hjemmel: <mark class=\"placeholder\">[ÅPENT: bestemmelsen]</mark> &amp; mer", markup);
    }
}
