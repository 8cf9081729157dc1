package no.kampanjekit.render.social;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import no.kampanjekit.build.Pipeline;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.testing.SampleSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SocialImagesTest {
    @TempDir
    static Path tmp;
    static Path site;
    static CardPainter painter;

    @BeforeAll
    static void build() throws Exception {
        Path project = SampleSites.project("basic", tmp.resolve("project"));
        site = tmp.resolve("site");
        new Pipeline().build(project, site, Pipeline.Options.PUBLISH);
        painter = new CardPainter(Font.createFont(Font.TRUETYPE_FONT, Path.of(SocialImages.BOLD).toFile()),
                Font.createFont(Font.TRUETYPE_FONT, Path.of(SocialImages.REGULAR).toFile()));
    }

    static List<Path> pages() throws Exception {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void everyPageHasOpenGraphAndTwitterTagsForAnImageThatExistsAt1200x630() throws Exception {
        String base = "https://test.example.no/kampanje/";
        for (Path page : pages()) {
            Document d = Jsoup.parse(page.toFile(), "UTF-8");
            String where = site.relativize(page).toString();
            for (String p : List.of("og:title", "og:description", "og:url", "og:image", "og:image:alt")) {
                assertFalse(d.select("meta[property=" + p + "]").attr("content").isBlank(), where + " has " + p);
            }
            assertEquals("1200", d.select("meta[property=og:image:width]").attr("content"), where);
            assertEquals("630", d.select("meta[property=og:image:height]").attr("content"), where);
            assertEquals("summary_large_image", d.select("meta[name=twitter:card]").attr("content"), where);
            String image = d.select("meta[property=og:image]").attr("content");
            assertTrue(image.startsWith(base + "social/"), where + ": self-hosted absolute address " + image);
            Path png = site.resolve(image.substring(base.length()));
            assertTrue(Files.isRegularFile(png), where + ": " + image + " exists");
            BufferedImage read = ImageIO.read(png.toFile());
            assertEquals(1200, read.getWidth(), image);
            assertEquals(630, read.getHeight(), image);
        }
    }

    @Test
    void eachPageAndKitGetsACardOfItsOwn() throws Exception {
        Document kit = Jsoup.parse(site.resolve("kit/kit-a/index.html").toFile(), "UTF-8");
        assertEquals("https://test.example.no/kampanje/social/kit/kit-a.png", kit.select("meta[property=og:image]").attr("content"));
        assertEquals("Materiellpakke – Prøvekit (Testkampanje)", kit.select("meta[property=og:image:alt]").attr("content"));
        Document nn = Jsoup.parse(site.resolve("nn/kit-a/sjekkliste/index.html").toFile(), "UTF-8");
        assertEquals("https://test.example.no/kampanje/social/nn/kit-a/sjekkliste.png", nn.select("meta[property=og:image]").attr("content"));
        assertEquals("Sjekkliste – Sjekkliste for einingsleiar (Testkampanje)", nn.select("meta[property=og:image:alt]").attr("content"));
    }

    @Test
    void twoBuildsDrawTheSamePngs(@TempDir Path dir) throws Exception {
        Path other = dir.resolve("site");
        new Pipeline().build(SampleSites.project("basic", dir.resolve("p")), other, Pipeline.Options.PUBLISH);
        Map<String, byte[]> a = pngs(site);
        Map<String, byte[]> b = pngs(other);
        assertEquals(a.keySet(), b.keySet());
        assertTrue(a.size() >= 25, "a card per page: " + a.size());
        for (String k : a.keySet()) assertArrayEquals(a.get(k), b.get(k), k);
    }

    static Map<String, byte[]> pngs(Path dir) throws Exception {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir.resolve("social"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) m.put(dir.relativize(p).toString(), Files.readAllBytes(p));
        }
        return m;
    }

    @Test
    void aLongTitleWrapsAndShrinksButIsNeverCutOff() {
        String title = "Steg for steg: fra vedtak i kommunestyret til daglig bruk av kjernejournal og pasientens legemiddelliste "
                + "i alle pleie- og omsorgstjenestene, med sjekkpunkter for ledere, IKT-ansvarlige, enhetsledere og sykepleiere "
                + "og en plan for opplæring, rutiner, tilgangsstyring og evaluering etter tre og seks måneder";
        assertAllInside(title);
        CardPainter.Layout layout = painter.fitTitle(title);
        assertEquals(title, String.join(" ", layout.lines()), "every word is set, in order");
        assertTrue(layout.font().getSize2D() < CardPainter.LARGEST);
    }

    @Test
    void aWordLongerThanALineIsBrokenInsideTheCard() {
        String title = "Helseteknologiordningsfinansieringsmodellberegningsgrunnlagsdokumentasjonsvedlegg-oversikt";
        CardPainter.Layout layout = painter.fitTitle(title);
        for (String line : layout.lines()) assertTrue(CardPainter.width(line, layout.font()) <= CardPainter.TEXT_WIDTH, line);
        assertEquals(title, String.join("", layout.lines()));
        assertAllInside(title);
    }

    @Test
    void aShortTitleIsSetLarge() {
        assertEquals(CardPainter.LARGEST, painter.fitTitle("Nyheter").font().getSize2D());
    }

    /** Outside the margins and between the title box and the footer rule, the card is plain blue. */
    static void assertAllInside(String title) {
        BufferedImage img = painter.paint(new SocialImages.Card("x.png", "Veileder", title, "Testkampanje  ·  test.example.no"));
        int blue = CardPainter.BLUE.getRGB();
        List<String> outside = new ArrayList<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                boolean margin = x < CardPainter.MARGIN - 2 || x > img.getWidth() - CardPainter.MARGIN + 2;
                boolean belowTitle = y > CardPainter.TITLE_BOTTOM + 2 && y < CardPainter.RULE_Y - 2;
                if ((margin || belowTitle) && img.getRGB(x, y) != blue) outside.add(x + "," + y);
            }
        }
        assertEquals(List.of(), outside.stream().limit(5).toList(), "text outside its box");
    }

    @Test
    void aCachedCardIsTheCardDrawnAnewAndStaleOnesAreRemoved(@TempDir Path dir) throws Exception {
        Path project = Path.of(".");
        Path cache = dir.resolve("cache");
        var card = new SocialImages.Card("social/a.png", "Sjekkliste", "Sjekkliste for enhetsleder", "Testkampanje  ·  test.example.no");
        var other = new SocialImages.Card("social/b.png", "Plakat", "En plakat", "Testkampanje  ·  test.example.no");
        Diagnostics d = new Diagnostics();
        SocialImages.draw(List.of(card, other), project, dir.resolve("fresh"), null, d);
        SocialImages.draw(List.of(card, other), project, dir.resolve("first"), cache, d);
        assertEquals(2, Files.list(cache).count(), "both kept");
        SocialImages.draw(List.of(card), project, dir.resolve("second"), cache, d);
        assertFalse(d.hasErrors(), d.sorted().toString());
        assertArrayEquals(Files.readAllBytes(dir.resolve("fresh/social/a.png")), Files.readAllBytes(dir.resolve("second/social/a.png")));
        assertEquals(1, Files.list(cache).count(), "the card no page uses any more is gone");
        var changed = new SocialImages.Card("social/a.png", "Sjekkliste", "Sjekkliste for einingsleiar", "Testkampanje  ·  test.example.no");
        SocialImages.draw(List.of(changed), project, dir.resolve("third"), cache, d);
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("fresh/social/a.png")), Files.readAllBytes(dir.resolve("third/social/a.png"))),
                "a new title is drawn, not taken from the cache");
    }

    @Test
    void missingFontIsReportedNotSkipped(@TempDir Path dir) {
        Diagnostics d = new Diagnostics();
        SocialImages.draw(List.of(new SocialImages.Card("social/x.png", "", "X", "Y")), dir, dir.resolve("out"), d);
        assertEquals("assets/fonts/LiberationSans-Bold.ttf: error: the font for social images is missing "
                + "(restore assets/fonts/LiberationSans-Bold.ttf from the repository (Liberation Sans, OFL))", d.sorted().get(0).format());
    }
}
