package no.kampanjekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import no.kampanjekit.model.Download;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads the sample site's PDFs back with PDFBox: what a municipality downloads, checked page by page. */
class PrintedPdfTest {
    static final String BASE = "https://test.example.no/kampanje/";
    static final float A4_W = 595.28f, A4_H = 841.89f, A3_W = 841.89f, A3_H = 1190.55f;

    private static PDDocument load(String name) throws IOException {
        return Loader.loadPDF(PrintedSample.get().pdf(name));
    }

    private static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc);
    }

    @Test
    void everyPrintedTypeGetsItsPdfsAndNothingElseDoes() throws IOException {
        Set<String> files = new TreeSet<>();
        try (var s = Files.walk(PrintedSample.get().site.resolve("downloads"))) {
            s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".pdf"))
                    .forEach(p -> files.add(PrintedSample.get().site.relativize(p).toString().replace('\\', '/')));
        }
        assertEquals(new TreeSet<>(List.of(
                "downloads/kit-a/lysark.pdf",
                "downloads/kit-a/mal.pdf",
                "downloads/kit-a/oppsummering.pdf",
                "downloads/kit-a/plakat-a3.pdf",
                "downloads/kit-a/plakat-a4.pdf",
                "downloads/kit-a/sjekkliste-nn.pdf",
                "downloads/kit-a/sjekkliste.pdf",
                "downloads/kit-a/veileder.pdf")), files, "pages and news get no print PDF; a deck gets its 16:9 one beside its .pptx");
    }

    @Test
    void downloadsCarryRealSizeAndPageCountAndThePagesListThem() throws IOException {
        var sample = PrintedSample.get();
        List<Download> poster = sample.model.downloads().get("kit-a/plakat.md");
        assertEquals(List.of("downloads/kit-a/plakat-a3.pdf", "downloads/kit-a/plakat-a4.pdf"), poster.stream().map(Download::uri).toList());
        assertEquals(List.of("A3", "A4"), poster.stream().map(Download::variant).toList());
        for (var entry : sample.model.downloads().entrySet()) {
            for (Download d : entry.getValue()) {
                if (!d.format().equals("PDF")) continue;
                byte[] bytes = Files.readAllBytes(sample.site.resolve(d.uri()));
                assertEquals(bytes.length, d.bytes(), d.uri());
                try (PDDocument doc = Loader.loadPDF(bytes)) {
                    assertEquals(doc.getNumberOfPages(), d.pages(), d.uri());
                }
            }
        }
        var page = Jsoup.parse(sample.site.resolve("kit-a/sjekkliste/index.html").toFile(), "UTF-8");
        var link = page.selectFirst("a[href$=downloads/kit-a/sjekkliste.pdf]");
        assertNotNull(link, "the checklist's page links its PDF");
        assertTrue(link.text().contains("PDF"), link.text());
        assertTrue(link.parent().text().matches("(?s).*\\d+ kB, 1 side.*"), link.parent().text());
    }

    @Test
    void postersAreOnePageOnA3AndA4Portrait() throws IOException {
        try (PDDocument a3 = load("plakat-a3.pdf"); PDDocument a4 = load("plakat-a4.pdf")) {
            assertEquals(1, a3.getNumberOfPages());
            assertEquals(1, a4.getNumberOfPages());
            assertSize(a3.getPage(0), A3_W, A3_H);
            assertSize(a4.getPage(0), A4_W, A4_H);
            assertTrue(text(a4).replaceAll("\\s+", " ").contains("1. januar 2026: Kjernejournal skal være i bruk"), text(a4));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sjekkliste.pdf", "sjekkliste-nn.pdf", "veileder.pdf", "oppsummering.pdf", "mal.pdf"})
    void documentsAreA4WithPageNumbersAndARunningFooter(String name) throws IOException {
        try (PDDocument doc = load(name)) {
            for (PDPage page : doc.getPages()) assertSize(page, A4_W, A4_H);
            String title = doc.getDocumentInformation().getTitle();
            int pages = doc.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // the page number is drawn after the text around it
            for (int i = 1; i <= pages; i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String t = stripper.getText(doc);
                assertTrue(t.contains("Side " + i + " av " + pages), name + " page " + i + ":\n" + t);
                assertTrue(t.contains(title), name + " page " + i + " has the title in its footer");
            }
        }
    }

    @Test
    void everyNorwegianLetterIsTextAndEveryFontIsEmbedded() throws IOException {
        try (PDDocument doc = load("veileder.pdf")) {
            String t = text(doc);
            for (String s : List.of("Før dere starter", "Opplæring på avdelingen", "Slik tar dere i bruk kjernejournal", "Sykepleiere",
                    "Før 1. januar 2026", "Tilgang gis bare ved tjenstlig behov")) {
                assertTrue(t.contains(s), "«" + s + "» in:\n" + t);
            }
        }
        try (PDDocument doc = load("sjekkliste-nn.pdf")) {
            assertTrue(text(doc).contains("Avklar kven som treng tilgang"));
        }
        for (String name : List.of("plakat-a3.pdf", "sjekkliste.pdf", "veileder.pdf", "mal.pdf")) {
            try (PDDocument doc = load(name)) {
                int fonts = 0;
                for (PDPage page : doc.getPages()) {
                    PDResources r = page.getResources();
                    for (COSName n : r.getFontNames()) {
                        PDFont f = r.getFont(n);
                        assertTrue(f.isEmbedded(), name + ": " + f.getName() + " is embedded");
                        assertTrue(f.getName().contains("LiberationSans"), name + ": " + f.getName());
                        fonts++;
                    }
                }
                assertTrue(fonts > 0, name);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"plakat-a3.pdf", "plakat-a4.pdf", "sjekkliste.pdf", "sjekkliste-nn.pdf", "veileder.pdf", "oppsummering.pdf", "mal.pdf"})
    void taggedWithLanguageTitleAndStructure(String name) throws IOException {
        try (PDDocument doc = load(name)) {
            var catalog = doc.getDocumentCatalog();
            assertNotNull(catalog.getStructureTreeRoot(), "StructTreeRoot");
            assertTrue(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), "MarkInfo /Marked true");
            assertEquals(name.contains("-nn") ? "nn" : "nb", catalog.getLanguage());
            assertTrue(catalog.getViewerPreferences().displayDocTitle(), "the viewer shows the title, not the file name");
            List<String> types = new ArrayList<>();
            List<String> alts = new ArrayList<>();
            collect(catalog.getStructureTreeRoot(), types, alts);
            assertTrue(types.contains("H1"), name + " " + types);
            if (!name.equals("mal.pdf")) { // templates are filled in, not looked up
                assertTrue(types.contains("Figure") && alts.stream().anyMatch(a -> a.startsWith("QR-kode") && a.contains("test.example.no/kampanje/")),
                        name + ": the QR code is a figure with alt text " + alts);
            }
        }
    }

    @Test
    void structureHasListsTablesWithHeaderCellsAndFormFieldsInReadingOrder() throws IOException {
        try (PDDocument doc = load("veileder.pdf")) {
            List<String> types = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), types, new ArrayList<>());
            List<String> alts = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), new ArrayList<>(), alts);
            for (String t : List.of("H1", "H2", "L", "LI", "Table", "TR", "TH", "TD", "Link", "Figure")) assertTrue(types.contains(t), t + " in " + types);
            assertTrue(alts.contains("Eksempel på et søylediagram med fire søyler"), "the page's image keeps its alt text: " + alts);
            // The title comes before the first step, and the steps in order.
            assertTrue(types.indexOf("H1") < types.indexOf("H2"));
        }
        try (PDDocument doc = load("sjekkliste.pdf")) {
            List<String> types = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), types, new ArrayList<>());
            assertEquals(4, types.stream().filter("Form"::equals).count(), "each checkbox is in a Form element: " + types);
            // Each Form element sits in its list item, before the item's text.
            PDStructureElement form = find(doc.getDocumentCatalog().getStructureTreeRoot(), "Form");
            assertNotNull(form);
            assertEquals("LBody", form.getParent() instanceof PDStructureElement p ? p.getStructureType() : "", "a checkbox is read with its label");
        }
    }

    @Test
    void metadataComesFromTheContent() throws IOException {
        try (PDDocument doc = load("veileder.pdf")) {
            var info = doc.getDocumentInformation();
            assertEquals("Slik tar dere i bruk kjernejournal", info.getTitle());
            assertEquals("Steg for steg fra beslutning til daglig bruk.", info.getSubject());
            assertEquals("Enhetsleder, IKT-ansvarlig, Prøvekit", info.getKeywords());
            assertEquals("Testutgiver", info.getAuthor());
            assertEquals(utc(2025, 9, 1), info.getCreationDate().getTimeInMillis(), "created = date");
            assertEquals(utc(2025, 10, 15), info.getModificationDate().getTimeInMillis(), "modified = updated");
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), xmp);
            assertTrue(xmp.contains("Slik tar dere i bruk kjernejournal"), xmp);
            assertTrue(xmp.contains("<rdf:li>nb</rdf:li>"), xmp);
            assertTrue(xmp.contains("<xmp:ModifyDate>2025-10-15T00:00:00Z</xmp:ModifyDate>"), xmp);
            var id = doc.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertEquals(2, id.size());
        }
        try (PDDocument doc = load("mal.pdf")) {
            // No date on the page: the kit's date.
            assertEquals(utc(2025, 10, 1), doc.getDocumentInformation().getCreationDate().getTimeInMillis());
        }
    }

    @Test
    void guideHasContentsWithPageNumbersWorkingLinksAndBookmarks() throws IOException {
        try (PDDocument doc = load("veileder.pdf")) {
            String t = text(doc);
            assertTrue(t.matches("(?s).*Innhold\\s+Før dere starter\\s*\\.+\\s*1\\s+Opplæring på avdelingen\\s*\\.+\\s*\\d.*"), t);
            var outline = doc.getDocumentCatalog().getDocumentOutline();
            assertNotNull(outline, "PDF bookmarks");
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : outline.children()) titles.add(item.getTitle());
            assertEquals(List.of("Før dere starter", "Opplæring på avdelingen"), titles);
            int internal = 0;
            for (PDAnnotation a : doc.getPage(0).getAnnotations()) {
                if (a instanceof PDAnnotationLink link && (link.getDestination() != null || link.getAction() instanceof PDActionGoTo)) internal++;
            }
            assertTrue(internal >= 2, "the contents link to their headings");
        }
    }

    @Test
    void checklistItemsAreRealCheckboxesWithNamesAndTooltips() throws IOException {
        try (PDDocument doc = load("sjekkliste.pdf")) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            assertNotNull(form);
            Map<String, String> tooltips = new java.util.TreeMap<>();
            for (PDField f : form.getFieldTree()) {
                assertTrue(f instanceof PDCheckBox, f.getFullyQualifiedName());
                tooltips.put(f.getFullyQualifiedName(), f.getAlternateFieldName());
            }
            assertEquals(Map.of(
                    "avklar-hvem-som-trenger-tilgang", "Avklar hvem som trenger tilgang",
                    "sett-av-tid-til-opplaering", "Sett av tid til opplæring",
                    "oppdater-rutinen-for-legemiddelgjennomgang", "Oppdater rutinen for legemiddelgjennomgang",
                    "avtal-oppfolging-etter-tre-maneder-apent-dato-fastsettes", "Avtal oppfølging etter tre måneder: [ÅPENT: dato fastsettes]"),
                    tooltips);
            assertTrue(((PDCheckBox) form.getField("sett-av-tid-til-opplaering")).isChecked(), "- [x] starts ticked");
            assertFalse(((PDCheckBox) form.getField("avklar-hvem-som-trenger-tilgang")).isChecked());
        }
    }

    @Test
    void templateFieldsFollowTheMarkdown() throws IOException {
        try (PDDocument doc = load("mal.pdf")) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            Map<String, String> fields = new java.util.TreeMap<>();
            for (PDField f : form.getFieldTree()) fields.put(f.getFullyQualifiedName(), (f instanceof PDTextField ? "text: " : "box: ") + f.getAlternateFieldName());
            assertEquals(new java.util.TreeMap<>(Map.ofEntries(
                    Map.entry("saksbehandler", "text: Saksbehandler"),
                    Map.entry("dato", "text: Dato"),
                    Map.entry("bakgrunn", "text: Bakgrunn"),
                    Map.entry("noen-ser-opplysninger-uten-tjenstlig-behov-sannsynlighet", "text: Noen ser opplysninger uten tjenstlig behov – Sannsynlighet"),
                    Map.entry("noen-ser-opplysninger-uten-tjenstlig-behov-tiltak", "text: Noen ser opplysninger uten tjenstlig behov – Tiltak"),
                    Map.entry("kjernejournal-er-utilgjengelig-sannsynlighet", "text: Kjernejournal er utilgjengelig – Sannsynlighet"),
                    Map.entry("kjernejournal-er-utilgjengelig-tiltak", "text: Kjernejournal er utilgjengelig – Tiltak"),
                    Map.entry("samlet-risiko-lav", "box: Samlet risiko – Lav"),
                    Map.entry("samlet-risiko-middels", "box: Samlet risiko – Middels"),
                    Map.entry("samlet-risiko-hoy", "box: Samlet risiko – Høy"),
                    Map.entry("kommunen-tar-i-bruk-kjernejournal-i-pleie-og", "box: kommunen tar i bruk kjernejournal i pleie- og omsorgstjenestene"),
                    Map.entry("opplaeringen-er-fullfort-for-1-januar-2026", "box: opplæringen er fullført før 1. januar 2026"),
                    Map.entry("merknad", "text: Merknad"))), fields);
            assertTrue(((PDTextField) form.getField("bakgrunn")).isMultiline(), "«(4 linjer)» makes a box");
            assertFalse(((PDTextField) form.getField("dato")).isMultiline());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"plakat-a3.pdf", "plakat-a4.pdf", "sjekkliste.pdf"})
    void qrCodeOnThePageLeadsToTheWebPage(String name) throws Exception {
        String expected = BASE + (name.startsWith("plakat") ? "kit-a/plakat/" : "kit-a/sjekkliste/");
        try (PDDocument doc = load(name)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            int w = page.getWidth(), h = page.getHeight();
            int[] pixels = page.getRGB(0, 0, w, h, null, 0, w);
            var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            assertEquals(expected, result.getText());
            assertTrue(text(doc).replaceAll("\\s+", "").contains("test.example.no/kampanje/" + (name.startsWith("plakat") ? "kit-a/plakat/" : "kit-a/sjekkliste/")),
                    "the address is printed beside the code");
        }
    }

    static void assertSize(PDPage page, float w, float h) {
        PDRectangle box = page.getMediaBox();
        assertEquals(w, box.getWidth(), 1.0, "width");
        assertEquals(h, box.getHeight(), 1.0, "height");
    }

    static void collect(Object node, List<String> types, List<String> alts) {
        List<Object> kids = node instanceof PDStructureTreeRoot r ? r.getKids() : ((PDStructureElement) node).getKids();
        for (Object k : kids) {
            if (k instanceof PDStructureElement e) {
                types.add(e.getStructureType());
                if (e.getAlternateDescription() != null) alts.add(e.getAlternateDescription());
                collect(e, types, alts);
            }
        }
    }

    static PDStructureElement find(Object node, String type) {
        List<Object> kids = node instanceof PDStructureTreeRoot r ? r.getKids() : ((PDStructureElement) node).getKids();
        for (Object k : kids) {
            if (k instanceof PDStructureElement e) {
                if (e.getStructureType().equals(type)) return e;
                PDStructureElement found = find(e, type);
                if (found != null) return found;
            }
        }
        return null;
    }

    static long utc(int y, int m, int d) {
        Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(y, m - 1, d);
        return c.getTimeInMillis();
    }
}
