package no.kampanjekit.render.pptx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Dimension2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import no.kampanjekit.build.Pipeline;
import no.kampanjekit.model.Download;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFGraphicFrame;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/**
 * Builds a site whose deck uses every layout, and reads the .pptx back with POI: slides, titles in
 * title placeholders, layouts, notes, alt text, nothing outside a placeholder, 16:9, dates from the
 * content, and the same bytes on a second build. The web page: one section per slide.
 */
class DeckBuildTest {
    @TempDir
    static Path tmp;
    static Path project;
    static Path site;
    static Pipeline.Result result;
    static XMLSlideShow ppt;

    @BeforeAll
    static void build() throws Exception {
        project = DeckProjects.project(tmp.resolve("project"));
        site = tmp.resolve("site");
        long start = System.nanoTime();
        result = new Pipeline().build(project, site, Pipeline.Options.PUBLISH);
        System.out.printf("deck site built in %d ms (%s)%n", (System.nanoTime() - start) / 1_000_000, result.stageMillis());
        try (InputStream in = Files.newInputStream(site.resolve(DeckProjects.PPTX))) {
            ppt = new XMLSlideShow(in);
        }
    }

    static List<XSLFSlide> slides() {
        return ppt.getSlides();
    }

    static XSLFTextShape title(XSLFSlide slide) {
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFTextShape t && (t.getTextType() == Placeholder.TITLE || t.getTextType() == Placeholder.CENTERED_TITLE)) return t;
        }
        return null;
    }

    @Test
    void oneSlidePerSectionWithItsTitleInTheTitlePlaceholder() {
        assertEquals(DeckProjects.TITLES.size(), slides().size());
        for (int i = 0; i < slides().size(); i++) {
            XSLFTextShape title = title(slides().get(i));
            assertNotNull(title, "slide " + (i + 1) + " has a title placeholder");
            assertEquals(DeckProjects.TITLES.get(i), title.getText(), "slide " + (i + 1));
        }
    }

    @Test
    void eachSlideUsesTheMastersLayoutForWhatItHolds() {
        List<String> used = slides().stream().map(s -> s.getSlideLayout().getName()).toList();
        assertEquals(DeckProjects.LAYOUTS, used);
    }

    @Test
    void isWidescreen() {
        Dimension2D size = ppt.getPageSize();
        assertEquals(960.0, size.getWidth(), 0.5);
        assertEquals(540.0, size.getHeight(), 0.5);
    }

    @Test
    void everyShapeIsAFilledPlaceholderWithoutItsOwnFontsOrColours() {
        for (XSLFSlide slide : slides()) {
            for (XSLFShape shape : slide.getShapes()) {
                String where = "slide " + (slide.getSlideNumber()) + ", shape '" + shape.getShapeName() + "'";
                assertTrue(shape.isPlaceholder(), where + " is a placeholder");
                if (shape instanceof XSLFTextShape t) {
                    assertFalse(t.getText().isBlank(), where + " has text");
                    assertFalse(((CTShape) t.getXmlObject()).getSpPr().isSetXfrm(), where + " stays where the layout puts it");
                }
            }
            String xml = slide.getXmlObject().xmlText();
            assertFalse(xml.contains("<a:latin"), "slide " + slide.getSlideNumber() + " sets no font of its own");
            assertFalse(xml.contains("srgbClr"), "slide " + slide.getSlideNumber() + " sets no colour of its own");
        }
    }

    @Test
    void listsKeepTheirLevelsAndLinksPointAtThePublishedSite() {
        XSLFTextShape body = (XSLFTextShape) slides().get(1).getShapes().stream()
                .filter(s -> s instanceof XSLFTextShape t && t != title(slides().get(1))).findFirst().orElseThrow();
        List<Integer> levels = body.getTextParagraphs().stream().map(p -> p.getIndentLevel()).toList();
        assertEquals(List.of(0, 1, 1, 0, 0), levels);
        var link = body.getTextParagraphs().get(3).getTextRuns().stream().filter(r -> r.getHyperlink() != null).findFirst().orElseThrow();
        assertEquals("sjekklisten", link.getRawText());
        assertEquals("https://test.example.no/kampanje/kit-a/sjekkliste/", link.getHyperlink().getAddress());
        assertTrue(body.getTextParagraphs().get(3).getTextRuns().stream().anyMatch(r -> r.isBold() && r.getRawText().equals("helsepersonell")));
    }

    @Test
    void speakerNotesAreInTheNotesPages() {
        List<String> notes = new ArrayList<>();
        for (XSLFSlide slide : slides()) {
            XSLFNotes n = slide.getNotes();
            String text = "";
            if (n != null) {
                for (XSLFTextShape s : n.getPlaceholders()) if (s.getTextType() == Placeholder.BODY) text = s.getText();
            }
            notes.add(text);
        }
        assertEquals("Velkommen. Presenter deg selv.", notes.get(0));
        assertEquals("Kjernejournal erstatter ikke journalen.\nDen viser det som ligger hos andre.", notes.get(1));
        assertEquals("", notes.get(2));
        assertEquals("Teknisk innført er ikke det samme som brukt.", notes.get(6));
    }

    @Test
    void theImageCarriesItsAltTextAndFillsThePicturePlaceholder() {
        XSLFPictureShape pic = slides().get(4).getShapes().stream().filter(s -> s instanceof XSLFPictureShape)
                .map(s -> (XSLFPictureShape) s).findFirst().orElseThrow();
        CTPicture ct = (CTPicture) pic.getXmlObject();
        assertEquals("Skjermbilde av kjernejournal med legemiddellisten øverst", ct.getNvPicPr().getCNvPr().getDescr());
        assertEquals("pic", ct.getNvPicPr().getNvPr().getPh().getType().toString());
    }

    @Test
    void keyFigureQuoteAndTableGoWhereTheirLayoutsSay() {
        List<String> figure = texts(slides().get(6));
        assertEquals(List.of("Innført i 2023", "263", "kommuner hadde tatt i bruk kjernejournal teknisk."), figure);
        List<String> quote = texts(slides().get(5));
        assertEquals(List.of("Fra utredningen", "Samlet og oppdatert informasjon gir tryggere beslutninger.",
                "— Utredningen om helseteknologiordningen"), quote);
        XSLFTable table = (XSLFTable) slides().get(7).getShapes().stream().filter(s -> s instanceof XSLFGraphicFrame).findFirst().orElseThrow();
        assertEquals(3, table.getNumberOfRows());
        assertEquals("Region", table.getCell(0, 0).getText());
        assertEquals("PLL først", table.getCell(2, 1).getText());
        assertEquals(PptxDeckWriter.TABLE_STYLE, table.getCTTable().getTblPr().getTableStyleId());
    }

    static List<String> texts(XSLFSlide slide) {
        return slide.getShapes().stream().filter(s -> s instanceof XSLFTextShape).map(s -> ((XSLFTextShape) s).getText()).toList();
    }

    @Test
    void propertiesComeFromTheContentNotTheClock() {
        var core = ppt.getProperties().getCoreProperties();
        assertEquals("Kjernejournal for ledere", core.getTitle());
        assertEquals(Instant.parse("2025-10-01T00:00:00Z"), core.getCreated().toInstant());
        assertEquals(Instant.parse("2025-10-01T00:00:00Z"), core.getModified().toInstant());
    }

    @Test
    void theDeckIsADownloadWithFormatSizeAndSlideCount() throws IOException {
        List<Download> downloads = result.site().downloads().get("kit-a/lysark.md");
        assertEquals(List.of(DeckProjects.PPTX, "downloads/kit-a/lysark.pdf"), downloads.stream().map(Download::uri).toList(),
                "the .pptx, then its 16:9 PDF beside it");
        Download d = downloads.get(0);
        assertEquals("PPTX", d.format());
        assertEquals(DeckProjects.TITLES.size(), d.pages());
        assertTrue(d.slides());
        assertEquals(Files.size(site.resolve(DeckProjects.PPTX)), d.bytes());
        Download pdf = downloads.get(1);
        assertEquals("PDF", pdf.format());
        assertEquals(DeckProjects.TITLES.size(), pdf.pages(), "a page per slide");
        assertTrue(pdf.slides(), "its pages are counted as slides");
    }

    @Test
    void aSecondBuildGivesTheSameBytesWhateverTheTimeZone() throws Exception {
        TimeZone zone = TimeZone.getDefault();
        Path again = tmp.resolve("site-again");
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            new Pipeline().build(project, again, Pipeline.Options.PUBLISH);
        } finally {
            TimeZone.setDefault(zone);
        }
        assertArrayEquals(Files.readAllBytes(site.resolve(DeckProjects.PPTX)), Files.readAllBytes(again.resolve(DeckProjects.PPTX)));
    }

    @Test
    void theWebPageHasOneSectionPerSlideWithAnH2AndNotesInDetails() throws IOException {
        Document d = Jsoup.parse(site.resolve("kit-a/lysark/index.html").toFile(), "UTF-8");
        assertEquals(1, d.select("h1").size(), "the page title is the only h1");
        var sections = d.select("main section.slide");
        assertEquals(DeckProjects.TITLES.size(), sections.size());
        for (int i = 0; i < sections.size(); i++) {
            Element s = sections.get(i);
            Element h2 = s.selectFirst("> h2");
            assertNotNull(h2, "section " + (i + 1) + " starts with an h2");
            assertEquals(DeckProjects.TITLES.get(i), h2.text());
            assertEquals(h2.id(), s.attr("aria-labelledby"));
            assertNotNull(d.selectFirst("nav.slide-index a[href=#" + s.id() + "]"), "the list of slides links to section " + (i + 1));
        }
        assertEquals("Talenotater", sections.get(0).selectFirst("details.slide-notes > summary").text());
        assertEquals("Velkommen. Presenter deg selv.", sections.get(0).selectFirst("details.slide-notes p").text());
        assertNull(sections.get(2).selectFirst("details"), "a slide without notes has no notes box");
        assertFalse(d.select("main").text().contains("Notater:"), "the notes label is not shown as text");
        assertEquals("#lysbilde-3", sections.get(1).selectFirst("a[rel=next]").attr("href"));
        assertEquals("[ÅPENT: bestemmelsen]", sections.get(1).selectFirst("mark.placeholder").text());
        assertEquals("263", sections.get(6).selectFirst(".slide-figure").text());
        assertEquals("../../kit-a/sjekkliste/", sections.get(1).selectFirst(".slide-body a").attr("href"), "links work as on other pages");
        var img = sections.get(4).selectFirst(".slide-body img");
        assertNotNull(img, "the image is shown");
        assertEquals("../../images/skjerm.png", img.attr("src"));
        assertEquals("Skjermbilde av kjernejournal med legemiddellisten øverst", img.attr("alt"));
        assertNotNull(sections.get(5).selectFirst(".slide-body blockquote"), "the quote is a blockquote");
        assertEquals(3, sections.get(7).select(".slide-body table tr").size(), "the table is a table");
        var download = d.selectFirst("a.download");
        assertEquals("../../" + DeckProjects.PPTX, download.attr("href"));
        assertTrue(download.parent().text().contains(DeckProjects.TITLES.size() + " lysbilder"), download.parent().text());
    }
}
