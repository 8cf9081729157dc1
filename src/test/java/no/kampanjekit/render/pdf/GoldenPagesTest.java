package no.kampanjekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The first page of each kind of PDF, rendered small and compared with a golden image by pixel
 * difference, so a change in the templates, styles or engine that moves things shows up.
 *
 * <p>After a deliberate change of the print look, look at the new pages and regenerate:
 * {@code mvn test -Dtest=GoldenPagesTest -Dkampanjekit.regenerateGolden=true}. It refuses to
 * run when {@code CI=true}. A failed comparison leaves the page and a difference image in
 * {@code target/golden/}.
 */
class GoldenPagesTest {
    static final Path GOLDEN = Path.of("src/test/resources/print/golden");
    static final Path FAILED = Path.of("target/golden");
    static final float DPI = 40;
    /** A pixel counts as different when its grey level moved by more than this (of 255). */
    static final int PIXEL_TOLERANCE = 48;
    /** At most this share of pixels may differ: anti-aliasing, not layout. */
    static final double SHARE_TOLERANCE = 0.004;

    @ParameterizedTest
    @ValueSource(strings = {"sjekkliste", "veileder", "plakat-a4", "plakat-a3", "mal", "oppsummering", "lysark"})
    void firstPageLooksAsBefore(String name) throws IOException {
        BufferedImage actual;
        try (PDDocument doc = Loader.loadPDF(PrintedSample.get().pdf(name + ".pdf"))) {
            actual = new PDFRenderer(doc).renderImageWithDPI(0, DPI, ImageType.GRAY);
        }
        Path golden = GOLDEN.resolve(name + ".png");
        if (Boolean.getBoolean("kampanjekit.regenerateGolden")) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) fail("refusing to regenerate golden images on CI (CI=true); regenerate them locally and commit them");
            Files.createDirectories(GOLDEN);
            ImageIO.write(actual, "png", golden.toFile());
            return;
        }
        assertTrue(Files.exists(golden), "no golden image " + golden + "; run with -Dkampanjekit.regenerateGolden=true and look at it");
        BufferedImage expected = ImageIO.read(golden.toFile());
        assertEquals(expected.getWidth() + "x" + expected.getHeight(), actual.getWidth() + "x" + actual.getHeight(), name + ": page size in pixels");
        int w = actual.getWidth(), h = actual.getHeight(), differing = 0;
        BufferedImage diff = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int a = actual.getRaster().getSample(x, y, 0);
                int e = expected.getRaster().getSample(x, y, 0);
                boolean differs = Math.abs(a - e) > PIXEL_TOLERANCE;
                if (differs) differing++;
                diff.setRGB(x, y, differs ? 0xFF0000 : a << 16 | a << 8 | a);
            }
        }
        double share = differing / (double) (w * h);
        if (share > SHARE_TOLERANCE) {
            Files.createDirectories(FAILED);
            ImageIO.write(actual, "png", FAILED.resolve(name + "-actual.png").toFile());
            ImageIO.write(diff, "png", FAILED.resolve(name + "-diff.png").toFile());
            fail(String.format("%s: %.2f %% of the pixels differ from %s (at most %.2f %% may); see %s", name, share * 100, golden,
                    SHARE_TOLERANCE * 100, FAILED.resolve(name + "-diff.png")));
        }
    }
}
