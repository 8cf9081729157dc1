package no.kampanjekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import no.kampanjekit.build.Pipeline;
import no.kampanjekit.diagnostics.Diagnostics;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The judges on what `mvn package` publishes, not only on the sample site: veraPDF's PDF/UA-1
 * verdict on every PDF of the shipped site, and on every poster and checklist a QR code that
 * decodes to a published page which offers that very PDF, with the address printed beside it.
 */
class ShippedPdfsIT {
    static Path site;
    static List<Path> pdfs;

    @BeforeAll
    static void findTheBakedSite() throws IOException {
        assumeFalse(Boolean.parseBoolean(System.getProperty("kampanjekit.skipBake", "false")), "the bake was skipped on request");
        site = Path.of(System.getProperty("kampanjekit.bakedSite", "target/site"));
        try (Stream<Path> files = Files.walk(site.resolve("downloads"))) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    @Test
    void everyShippedPdfPassesPdfUa1() throws IOException {
        assertTrue(pdfs.size() >= 50, "the shipped kits print at least 50 PDFs, found " + pdfs.size());
        Map<String, String> failures = new TreeMap<>();
        for (Path pdf : pdfs) {
            VeraPdf.Verdict v = VeraPdf.ua1(Files.readAllBytes(pdf));
            assertTrue(v.checks() > 500, pdf + " was really checked (" + v.checks() + " checks)");
            if (!v.compliant()) failures.put(site.relativize(pdf).toString(), String.join("\n  ", v.failures()));
        }
        assertEquals(Map.of(), failures);
    }

    @Test
    void everyPosterAndChecklistLeadsByQrCodeToAPageOfferingIt() throws Exception {
        String baseUrl = new Pipeline().check(Path.of("."), Pipeline.Options.PUBLISH, new Diagnostics()).config().baseUrl();
        List<Path> printed = pdfs.stream().filter(p -> {
            String name = p.getFileName().toString();
            return name.startsWith("plakat-") || name.startsWith("sjekkliste-");
        }).toList();
        assertTrue(printed.size() >= 30, "posters and checklists found: " + printed.size());
        Map<String, String> problems = new TreeMap<>();
        for (Path pdf : printed) {
            String name = site.relativize(pdf).toString();
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.RGB);
                int w = page.getWidth(), h = page.getHeight();
                int[] pixels = page.getRGB(0, 0, w, h, null, 0, w);
                String url = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels))),
                        Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
                if (!url.startsWith(baseUrl)) {
                    problems.put(name, "QR code leads to " + url + ", not under " + baseUrl);
                    continue;
                }
                String uri = url.substring(baseUrl.length());
                Path html = site.resolve(uri).resolve("index.html");
                if (!Files.isRegularFile(html)) {
                    problems.put(name, "QR code leads to " + url + ", which is no page of the site");
                    continue;
                }
                String fileName = pdf.getFileName().toString();
                if (!Files.readString(html).contains(fileName)) problems.put(name, "the page " + url + " does not offer " + fileName);
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
                if (!text.contains(url.replaceFirst("^https?://", ""))) problems.put(name, "the address " + url + " is not printed beside the code");
            } catch (com.google.zxing.ReaderException e) {
                problems.put(name, "no readable QR code on the first page (" + e.getClass().getSimpleName() + ")");
            }
        }
        assertEquals(Map.of(), problems);
    }
}
