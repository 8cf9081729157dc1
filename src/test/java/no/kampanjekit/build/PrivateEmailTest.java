package no.kampanjekit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.kampanjekit.markdown.PrivateEmail;
import no.kampanjekit.testing.SampleSites;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A private address ({@code privat:kari.nordmann@kommune.no}) on a web page, in a printed summary and
 * on a slide: no file of the built site holds it in plain form (ZIPs and decks unpacked, PDFs' text
 * extracted), yet every place still tells the reader how to write to Kari.
 */
class PrivateEmailTest {
    static final String ADDRESS = "kari.nordmann@kommune.no";
    static final String READABLE = "kari.nordmann [krøllalfa] kommune.no";
    /** What an address harvester looks for. */
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    @TempDir
    static Path tmp;
    static Path site;
    /** The text of every file in the site, ZIP entries and PDFs' extracted text included, by path. */
    static final TreeMap<String, String> texts = new TreeMap<>();

    @BeforeAll
    static void build() throws Exception {
        Path project = SampleSites.overlay(SampleSites.SITES.resolve("private-email"), tmp.resolve("project"));
        site = tmp.resolve("site");
        new Pipeline().build(project, site, Pipeline.Options.PUBLISH);
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                read(site.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
    }

    private static void read(String name, byte[] bytes) throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        texts.put(name, new String(bytes, StandardCharsets.ISO_8859_1)); // the raw bytes, whatever they are
        texts.put(name + " (UTF-8)", new String(bytes, StandardCharsets.UTF_8));
        if (lower.endsWith(".zip") || lower.endsWith(".pptx")) {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) read(name + "!/" + e.getName(), zip.readAllBytes());
            }
        } else if (lower.endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                texts.put(name + " (text)", new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "));
            }
        }
    }

    @Test
    void theAddressIsNowhereInTheSiteNotEvenPercentEncoded() {
        assertTrue(texts.keySet().stream().anyMatch(n -> n.contains(".zip!/") && n.endsWith(".pdf (text)")),
                "the kit ZIP was unpacked: " + texts.keySet());
        List<String> found = new ArrayList<>();
        for (var e : texts.entrySet()) {
            String text = e.getValue();
            String decoded = text.replace("%40", "@").replace("%2E", ".").replace("%2e", ".").replace("&#64;", "@").replace("&#x40;", "@");
            if (decoded.toLowerCase(Locale.ROOT).contains(ADDRESS)) found.add(e.getKey());
            Matcher m = EMAIL.matcher(text);
            while (m.find()) if (m.group().toLowerCase(Locale.ROOT).contains("nordmann")) found.add(e.getKey() + ": " + m.group());
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theWebPageShowsTheReadableFormAndCarriesTheEncodedAddressForSiteJs() throws IOException {
        Document d = Jsoup.parse(site.resolve("tilgjengelighet/index.html").toFile(), "UTF-8");
        Element a = d.selectFirst("a.private-email");
        assertNotNull(a, d.select(".body").html());
        assertFalse(a.hasAttr("href"), "no href until site.js has decoded the address");
        assertEquals("Kari Nordmann (" + READABLE + ")", a.text());
        assertEquals(ADDRESS, PrivateEmail.decode(a.attr(PrivateEmail.DATA_ATTRIBUTE)));
        assertEquals(List.of(), new no.kampanjekit.judges.NuHtmlChecker().errors(site.resolve("tilgjengelighet/index.html")));
    }

    @Test
    void thePrintedSummaryAndTheSlideDeckSayHowToReachKari() {
        String pdf = texts.get("downloads/kit-a/oppsummering.pdf (text)");
        assertNotNull(pdf, "PDFs: " + texts.keySet().stream().filter(n -> n.endsWith("(text)")).toList());
        assertTrue(pdf.contains("Kari Nordmann (" + READABLE + ")"), pdf);
        String slides = texts.entrySet().stream().filter(e -> e.getKey().matches("downloads/kit-a/[^!]*\\.pptx!/ppt/slides/slide\\d+\\.xml \\(UTF-8\\)"))
                .map(java.util.Map.Entry::getValue).reduce("", String::concat);
        assertTrue(slides.contains("Kari Nordmann") && slides.contains(" (" + READABLE + ")"), slides);
    }

    @Test
    void theEncodedFormIsNoAddressAndDecodesBack() {
        for (String address : List.of(ADDRESS, "Ola.Normann+kampanje@sub-domene.kommune.no", "a_b%c@x9.no")) {
            String encoded = PrivateEmail.encode(address);
            assertTrue(encoded.matches("[A-Za-z0-9%]+"), encoded);
            assertFalse(EMAIL.matcher(encoded).find(), encoded);
            assertFalse(EMAIL.matcher(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).results()
                    .anyMatch(m -> m.group().equalsIgnoreCase(address)), encoded);
            assertEquals(address, PrivateEmail.decode(encoded));
        }
    }
}
