package no.kampanjekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.model.Download;
import no.kampanjekit.model.Municipality;
import no.kampanjekit.model.Site;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The municipalities' personalised editions of the sample site (kits/kommuner.csv: Bergen with a
 * contact person, Voss in nynorsk and Tromsø with open points), read back with PDFBox: each carries
 * its municipality's fields and a QR code that leads to that municipality's page.
 */
class EditionPdfTest {
    private static final String BASE = PrintedPdfTest.BASE;

    private static PDDocument load(String municipality, String name) throws IOException {
        return Loader.loadPDF(PrintedSample.get().pdf("kommuner/" + municipality + "/" + name));
    }

    private static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc);
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({
        "bergen, sjekkliste.pdf, Kontaktperson i Bergen",
        "bergen, plakat-a3.pdf, Kontaktperson i Bergen",
        "tromso, plakat-a4.pdf, Kontaktperson i Tromsø",
        "voss, sjekkliste-nn.pdf, Kontaktperson i Voss"})
    void anEditionNamesItsMunicipalityAndItsQrCodeLeadsToTheMunicipalityPage(String slug, String name, String heading) throws Exception {
        try (PDDocument doc = load(slug, name)) {
            String text = text(doc);
            assertTrue(text.contains(heading), name + " has the contact box: " + text);
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            int w = page.getWidth(), h = page.getHeight();
            int[] pixels = page.getRGB(0, 0, w, h, null, 0, w);
            var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            assertEquals(BASE + "kommuner/" + slug + "/", result.getText(), "the QR code leads to the municipality's own page");
            assertTrue(text.replaceAll("\\s+", "").contains("test.example.no/kampanje/kommuner/" + slug + "/"), "its address is printed too");
            assertEquals(1, doc.getNumberOfPages(), "the box fits on the page: " + name);
        }
    }

    @Test
    void theContactFieldsComeFromTheDataFileAndOpenPointsStayVisible() throws IOException {
        try (PDDocument doc = load("bergen", "sjekkliste.pdf")) {
            String text = text(doc);
            assertTrue(text.contains("Kari Nordmann"), text);
            assertTrue(text.contains("kari.nordmann [krøllalfa] example.no") && text.contains("12 34 56 78"), text);
            assertFalse(text.contains("kari.nordmann@example.no"), "a contact person's address is not printed where harvesters read it");
            assertEquals("Sjekkliste for enhetsleder – Bergen", doc.getDocumentInformation().getTitle(), "the edition says whose it is");
            List<String> links = new ArrayList<>();
            for (var a : doc.getPage(0).getAnnotations()) {
                if (a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionURI u) links.add(u.getURI());
            }
            assertFalse(links.stream().anyMatch(l -> l.startsWith("mailto:")), "no mailto: link gives the address away: " + links);
        }
        try (PDDocument doc = load("tromso", "plakat-a4.pdf")) {
            String text = text(doc);
            assertTrue(text.contains("[ÅPENT: kontaktperson]") && text.contains("[ÅPENT: e-post]") && text.contains("[ÅPENT: telefon]"), text);
            assertFalse(text.contains("Kari Nordmann"), "one municipality's contact never lands on another's edition");
        }
    }

    @Test
    void aNynorskMunicipalityGetsTheNynorskTranslationAndWords() throws IOException {
        try (PDDocument doc = load("voss", "sjekkliste-nn.pdf")) {
            String text = text(doc);
            assertTrue(text.contains("Sjekkliste for einingsleiar"), text);
            assertTrue(text.contains("Sida for Voss"), "print words in nynorsk: " + text);
            assertEquals("nn", doc.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void editionsAreListedUnderTheirMunicipalityWithSizeAndPages() {
        Site site = PrintedSample.get().model;
        Municipality voss = site.municipalities().stream().filter(m -> m.slug().equals("voss")).findFirst().orElseThrow();
        List<Download> editions = site.downloadsOf(voss);
        assertEquals(List.of("downloads/kit-a/kommuner/voss/plakat-a3.pdf", "downloads/kit-a/kommuner/voss/plakat-a4.pdf",
                "downloads/kit-a/kommuner/voss/sjekkliste-nn.pdf"), editions.stream().map(Download::uri).toList());
        assertEquals(List.of("A3", "A4", ""), editions.stream().map(Download::variant).toList());
        for (Download d : editions) assertTrue(d.pages() == 1 && d.bytes() > 5_000, d.toString());
        assertEquals("nn/kit-a/sjekkliste.md", editions.get(2).contentPath(), "the nynorsk page was printed");
        // The item pages list only the files for everyone, not every municipality's.
        var checklist = site.itemByContentPath("kit-a/sjekkliste.md").orElseThrow();
        assertEquals(List.of("downloads/kit-a/sjekkliste.pdf"), site.downloadsOf(checklist).stream().map(Download::uri).toList());
    }

    /** The cache key holds the row's fields: a changed contact renders that municipality's editions again, and only those. */
    @Test
    void aChangedRowRendersOnlyThatMunicipalitysEditionsAgain(@TempDir Path tmp) throws IOException {
        var sample = PrintedSample.get();
        Path cache = tmp.resolve("cache");
        PrintRenderer.render(sample.model, sample.project, tmp.resolve("first"), cache, new Diagnostics(), 2);
        // Mark every cached PDF, so a file taken from the cache can be told from a fresh one.
        byte[] mark = "%cached\n".getBytes(StandardCharsets.US_ASCII);
        try (Stream<Path> s = Files.list(cache)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".pdf")).toList()) {
                Files.write(p, mark, java.nio.file.StandardOpenOption.APPEND);
            }
        }
        List<Municipality> changed = new ArrayList<>();
        for (Municipality m : sample.model.municipalities()) {
            changed.add(!m.slug().equals("bergen") ? m : new Municipality(m.number(), m.name(), m.slug(), m.region(), m.lang(),
                    "Ola Nordmann", m.email(), m.phone(), m.sourcePath(), m.line()));
        }
        Site site = new Site(sample.model.config(), sample.model.items(), sample.model.kits(), sample.model.data(), sample.model.contentFiles(),
                Map.of(), changed);
        Map<String, List<Download>> made = PrintRenderer.render(site, sample.project, tmp.resolve("second"), cache, new Diagnostics(), 2);
        List<String> fresh = new ArrayList<>();
        for (List<Download> list : made.values()) {
            for (Download d : list) {
                String tail = new String(Files.readAllBytes(tmp.resolve("second").resolve(d.uri())), StandardCharsets.ISO_8859_1);
                if (!tail.endsWith("%cached\n")) fresh.add(d.uri());
            }
        }
        assertEquals(List.of("downloads/kit-a/kommuner/bergen/plakat-a3.pdf", "downloads/kit-a/kommuner/bergen/plakat-a4.pdf",
                "downloads/kit-a/kommuner/bergen/sjekkliste.pdf"), fresh.stream().sorted().toList());
        try (PDDocument doc = Loader.loadPDF(tmp.resolve("second/downloads/kit-a/kommuner/bergen/sjekkliste.pdf").toFile())) {
            assertTrue(text(doc).contains("Ola Nordmann"));
        }
    }
}
