package no.kampanjekit.render.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import no.kampanjekit.build.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the decks open outside POI: LibreOffice converts them to PDF with one 16:9 page per slide,
 * and two slides rendered to PNG (poppler's pdftoppm) show the master's look. Needs Debian's
 * {@code libreoffice-impress} and {@code poppler-utils}; fails, never skips, without them. The PNGs
 * are kept in target/deck-previews/ for people to look at.
 */
class DeckLibreOfficeIT {
    static final Path PREVIEWS = Path.of("target/deck-previews");

    @TempDir
    static Path tmp;
    static Path sample;
    static Path real;

    @BeforeAll
    static void build() throws Exception {
        Path project = DeckProjects.project(tmp.resolve("project"));
        new Pipeline().build(project, tmp.resolve("site"), Pipeline.Options.PUBLISH);
        sample = tmp.resolve("site").resolve(DeckProjects.PPTX);
        new Pipeline().build(Path.of("."), tmp.resolve("real"), Pipeline.Options.PUBLISH);
        real = tmp.resolve("real/downloads/kjernejournal-pll/lysark-ledere.pptx");
        convert(sample, real);
    }

    static Path pdf(Path pptx) {
        return tmp.resolve("pdf").resolve(pptx.getFileName().toString().replace(".pptx", ".pdf"));
    }

    @Test
    void libreOfficeOpensTheDeckWithOneWidescreenPagePerSlide() throws Exception {
        Info info = info(pdf(sample));
        assertEquals(DeckProjects.TITLES.size(), info.pages, "pages in the PDF LibreOffice made");
        assertEquals(16.0 / 9, info.width / info.height, 0.01, "page proportions");
        Info ledere = info(pdf(real));
        assertEquals(11, ledere.pages, "pages of content/kjernejournal-pll/lysark-ledere.md");
    }

    @Test
    void theTitleSlideIsBlueAndAContentSlideWhiteWithTheBlueBar() throws Exception {
        List<Path> pngs = render(pdf(sample), "layouts", 1, 2);
        BufferedImage title = ImageIO.read(pngs.get(0).toFile());
        BufferedImage content = ImageIO.read(pngs.get(1).toFile());
        assertEquals(800, title.getWidth(), 1, "13.333 in at 60 dpi");
        assertEquals(450, title.getHeight(), 1, "7.5 in at 60 dpi");
        assertColour(0x0062BA, title.getRGB(400, 420), "title slide background");
        assertColour(0xFFFFFF, content.getRGB(400, 400), "content slide background");
        assertColour(0x0062BA, content.getRGB(400, 448), "the bar along the bottom of a content slide");
        assertTrue(darkPixels(content, 0, 40, 400, 60) > 200, "the title of slide 2 is drawn in its place");
        assertTrue(darkPixels(content, 0, 100, 600, 120) > 500, "the points of slide 2 are drawn below it");
        render(pdf(real), "lysark-ledere", 1, 5);
    }

    static void assertColour(int expected, int argb, String what) {
        int[] e = {(expected >> 16) & 255, (expected >> 8) & 255, expected & 255};
        int[] a = {(argb >> 16) & 255, (argb >> 8) & 255, argb & 255};
        for (int i = 0; i < 3; i++) {
            assertTrue(Math.abs(e[i] - a[i]) <= 12, what + ": expected #" + Integer.toHexString(expected) + ", got #" + Integer.toHexString(argb & 0xFFFFFF));
        }
    }

    /** Pixels clearly not white in a box: text drawn there. */
    static int darkPixels(BufferedImage img, int x, int y, int w, int h) {
        int n = 0;
        for (int i = x; i < x + w; i++) {
            for (int j = y; j < y + h; j++) {
                int rgb = img.getRGB(i, j);
                if (((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255) < 500) n++;
            }
        }
        return n;
    }

    // ---------------------------------------------------------------- the tools

    static void convert(Path... pptx) throws Exception {
        String office = tool("libreoffice", "apt-get install libreoffice-impress");
        List<String> command = new ArrayList<>(List.of(office, "--headless", "--norestore",
                "-env:UserInstallation=" + tmp.resolve("lo-profile").toUri(), "--convert-to", "pdf", "--outdir", tmp.resolve("pdf").toString()));
        for (Path p : pptx) command.add(p.toString());
        run(command, 240);
        for (Path p : pptx) {
            if (!Files.isRegularFile(pdf(p))) fail("LibreOffice made no PDF of " + p.getFileName() + ": it could not open the .pptx");
        }
    }

    record Info(int pages, double width, double height) {}

    static Info info(Path pdf) throws Exception {
        String out = run(List.of(tool("pdfinfo", "apt-get install poppler-utils"), pdf.toString()), 60);
        Matcher pages = Pattern.compile("Pages:\\s+(\\d+)").matcher(out);
        Matcher size = Pattern.compile("Page size:\\s+([\\d.]+) x ([\\d.]+) pts").matcher(out);
        if (!pages.find() || !size.find()) fail("pdfinfo gave no page count or size:\n" + out);
        return new Info(Integer.parseInt(pages.group(1)), Double.parseDouble(size.group(1)), Double.parseDouble(size.group(2)));
    }

    /** Renders pages to PNG at 60 dpi and keeps them in target/deck-previews/. */
    static List<Path> render(Path pdf, String name, int first, int last) throws Exception {
        Path prefix = tmp.resolve("png").resolve(name);
        Files.createDirectories(prefix.getParent());
        run(List.of(tool("pdftoppm", "apt-get install poppler-utils"), "-png", "-r", "60", "-f", "" + first, "-l", "" + last,
                pdf.toString(), prefix.toString()), 60);
        Files.createDirectories(PREVIEWS);
        List<Path> pngs = new ArrayList<>();
        try (var files = Files.list(prefix.getParent())) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith(name + "-")).sorted().toList()) {
                pngs.add(p);
                Files.copy(p, PREVIEWS.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        assertEquals(last - first + 1, pngs.size(), "pages rendered");
        return pngs;
    }

    static String tool(String name, String install) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, name))) return Path.of(dir, name).toString();
        }
        fail(name + " is not installed, and the deck tests need it to prove the .pptx files open: " + install + " (Debian)");
        return null;
    }

    static String run(List<String> command, int seconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(command.get(0) + " did not finish in " + seconds + " s");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) fail(String.join(" ", command) + " failed (" + p.exitValue() + "):\n" + text);
        return text;
    }
}
