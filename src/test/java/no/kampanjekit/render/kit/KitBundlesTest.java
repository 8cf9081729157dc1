package no.kampanjekit.render.kit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.kampanjekit.build.Pipeline;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.judges.NuHtmlChecker;
import no.kampanjekit.model.Download;
import no.kampanjekit.model.Site;
import no.kampanjekit.output.Sha256;
import no.kampanjekit.render.site.SiteRenderer;
import no.kampanjekit.testing.SampleSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kit stage on the basic sample site, with stand-in downloads for its items (as the print and
 * slide stages would make them): the ZIP must hold exactly those files, byte for byte, under
 * readable names, plus innhold.html; the checksum list and kits.json must agree with the files.
 */
class KitBundlesTest {
    static final String FOLDER = "Prøvekit/";
    @TempDir
    static Path tmp;
    static Path project;
    static Path out;
    static Site site;

    /** Stand-in downloads: a PDF per checklist (bokmål and nynorsk), A4 and A3 posters, a deck as PPTX and PDF. */
    static final Map<String, List<Download>> DOWNLOADS = new TreeMap<>(Map.of(
            "kit-a/sjekkliste.md", List.of(new Download("kit-a/sjekkliste.md", "downloads/kit-a/sjekkliste.pdf", "PDF", "", 0, 2)),
            "nn/kit-a/sjekkliste.md", List.of(new Download("nn/kit-a/sjekkliste.md", "downloads/nn/kit-a/sjekkliste.pdf", "PDF", "", 0, 2)),
            "kit-a/plakat.md", List.of(
                    new Download("kit-a/plakat.md", "downloads/kit-a/plakat-a4.pdf", "PDF", "A4", 0, 1),
                    new Download("kit-a/plakat.md", "downloads/kit-a/plakat-a3.pdf", "PDF", "A3", 0, 1)),
            "kit-a/lysark.md", List.of(
                    new Download("kit-a/lysark.md", "downloads/kit-a/lysark.pptx", "PPTX", "", 0, 12),
                    new Download("kit-a/lysark.md", "downloads/kit-a/lysark.pdf", "PDF", "", 0, 12, true))));

    /** What each stand-in file must be called in the ZIP. */
    static final Map<String, String> NAMES = Map.of(
            "downloads/kit-a/sjekkliste.pdf", "Sjekkliste for enhetsleder.pdf",
            "downloads/nn/kit-a/sjekkliste.pdf", "Nynorsk/Sjekkliste for einingsleiar.pdf",
            "downloads/kit-a/plakat-a4.pdf", "1. januar 2026 – Kjernejournal skal være i bruk (A4).pdf",
            "downloads/kit-a/plakat-a3.pdf", "1. januar 2026 – Kjernejournal skal være i bruk (A3).pdf",
            "downloads/kit-a/lysark.pptx", "Kjernejournal for ledere.pptx",
            "downloads/kit-a/lysark.pdf", "Kjernejournal for ledere.pdf");

    @BeforeAll
    static void build() throws Exception {
        project = SampleSites.project("basic", tmp.resolve("project"));
        out = tmp.resolve("out");
        site = bundle(project, out);
    }

    /** Writes the stand-in files (different sizes, so a mix-up shows) and runs the kit stage. */
    static Site bundle(Path project, Path out) throws Exception {
        Site checked = new Pipeline().check(project, Pipeline.Options.PUBLISH, new Diagnostics());
        Map<String, List<Download>> made = new TreeMap<>();
        int n = 0;
        for (var e : DOWNLOADS.entrySet()) {
            List<Download> list = new ArrayList<>();
            for (Download d : e.getValue()) {
                byte[] bytes = fakeFile(d.uri(), 1500 + 700 * n++);
                Path f = out.resolve(d.uri());
                Files.createDirectories(f.getParent());
                Files.write(f, bytes);
                list.add(new Download(d.contentPath(), d.uri(), d.format(), d.variant(), bytes.length, d.pages(), d.slides()));
            }
            made.put(e.getKey(), list);
        }
        Diagnostics diagnostics = new Diagnostics();
        Site bundled = KitBundles.write(checked.withDownloads(made), project, out, diagnostics);
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        return bundled;
    }

    static byte[] fakeFile(String name, int size) {
        byte[] b = new byte[size];
        byte[] seed = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < size; i++) b[i] = (byte) (seed[i % seed.length] * 31 + i * 7);
        return b;
    }

    static Map<String, byte[]> unzip(Path zip) throws IOException {
        return unzipAnyDate(zip, java.time.LocalDate.of(2025, 10, 1));
    }

    /** The entries of a ZIP, checking each is stamped with the kit's date at noon and carries no extra fields. */
    static Map<String, byte[]> unzipAnyDate(Path zip, java.time.LocalDate kitDate) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                assertEquals(LocalDateTime.of(kitDate, java.time.LocalTime.NOON), e.getTimeLocal(), e.getName() + ": stamped with the kit's date");
                assertEquals(null, e.getExtra(), e.getName() + ": no extra fields (they carry times and owners)");
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void theZipHoldsExactlyTheKitsFilesByteForByteUnderReadableNames() throws Exception {
        Map<String, byte[]> entries = unzip(out.resolve("downloads/kit-a/kit-a.zip"));
        List<String> expected = new ArrayList<>(List.of(FOLDER, FOLDER + "Nynorsk/", FOLDER + "innhold.html"));
        NAMES.values().forEach(n -> expected.add(FOLDER + n));
        assertEquals(expected.stream().sorted().toList(), List.copyOf(entries.keySet()), "sorted, nothing more, nothing less");
        for (var e : NAMES.entrySet()) {
            assertArrayEquals(Files.readAllBytes(out.resolve(e.getKey())), entries.get(FOLDER + e.getValue()), e.getValue() + " is the site's copy");
        }
    }

    @Test
    void theChecksumListVerifiesTheZipAndEveryFileInIt() throws Exception {
        Path zip = out.resolve("downloads/kit-a/kit-a.zip");
        Map<String, byte[]> entries = unzip(zip);
        List<String> lines = Files.readAllLines(out.resolve("downloads/kit-a/SHA256SUMS.txt"), StandardCharsets.UTF_8);
        assertEquals(Sha256.hex(Files.readAllBytes(zip)) + "  kit-a.zip", lines.get(0));
        Map<String, String> listed = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.matches("[0-9a-f]{64}  \\S.*"), "sha256sum format: " + line);
            listed.put(line.substring(66), line.substring(0, 64));
        }
        Map<String, String> actual = new TreeMap<>();
        entries.forEach((name, bytes) -> {
            if (!name.endsWith("/")) actual.put(name, Sha256.hex(bytes));
        });
        assertEquals(actual, listed);
    }

    @Test
    void innholdHtmlIsValidAndListsEveryFileAndItsPage() throws Exception {
        Path html = tmp.resolve("innhold.html");
        Files.write(html, unzip(out.resolve("downloads/kit-a/kit-a.zip")).get(FOLDER + "innhold.html"));
        assertEquals(List.of(), new NuHtmlChecker().errors(html));
        Document d = Jsoup.parse(html.toFile(), "UTF-8");
        assertEquals("nb", d.selectFirst("html").attr("lang"));
        assertEquals("Prøvekit", d.selectFirst("h1").text());
        for (String name : NAMES.values()) {
            String href = KitBundles.href(name);
            assertFalse(d.select("a[href=" + href + "]").isEmpty(), "links to " + name + " as " + href);
        }
        assertTrue(d.text().contains("(PDF A3, 4 kB, 1 side)"), d.text());
        assertTrue(d.text().contains("(PPTX, 2 kB, 12 lysbilder)"), d.text());
        assertTrue(d.text().contains("(PDF, 2 kB, 12 lysbilder)"), "the deck's PDF counts slides too: " + d.text());
        assertFalse(d.select("a[href=https://test.example.no/kampanje/kit/kit-a/]").isEmpty(), "links back to the kit page");
        assertFalse(d.select("a[href=https://test.example.no/kampanje/kit-a/mal/]").isEmpty(), "an item without files links to its page");
        assertEquals("nn", d.select("h3:contains(einingsleiar)").attr("lang"));
    }

    @Test
    void kitsJsonGivesEveryFilesAddressSizeAndHash() throws Exception {
        String json = Files.readString(out.resolve("kits.json"));
        Matcher m = Pattern.compile("\"path\":\"(downloads/[^\"]+)\",\"format\":\"[^\"]+\",(?:\"variant\":\"[^\"]+\",)?\"bytes\":(\\d+),(?:\"pages\":\\d+,)?\"sha256\":\"([0-9a-f]{64})\"")
                .matcher(json);
        Map<String, String> seen = new TreeMap<>();
        while (m.find()) {
            byte[] file = Files.readAllBytes(out.resolve(m.group(1)));
            assertEquals(file.length, Long.parseLong(m.group(2)), m.group(1));
            assertEquals(Sha256.hex(file), m.group(3), m.group(1));
            seen.put(m.group(1), m.group(3));
        }
        List<String> expected = new ArrayList<>(NAMES.keySet());
        expected.add("downloads/kit-a/kit-a.zip");
        expected.add("downloads/kit-a/SHA256SUMS.txt");
        assertEquals(expected.stream().sorted().toList(), List.copyOf(seen.keySet()));
        assertTrue(json.contains("\"url\":\"https://test.example.no/kampanje/downloads/kit-a/kit-a.zip\""), json);
        assertTrue(json.contains("\"name_in_zip\":\"Prøvekit/Nynorsk/Sjekkliste for einingsleiar.pdf\""), json);
    }

    @Test
    void theKitPageShowsTheRealSizesOfTheZipAndOfEachFile() throws Exception {
        Path pages = tmp.resolve("pages");
        Diagnostics diagnostics = new Diagnostics();
        for (String uri : NAMES.keySet()) {
            Files.createDirectories(pages.resolve(uri).getParent());
            Files.copy(out.resolve(uri), pages.resolve(uri));
        }
        SiteRenderer.render(site, project, pages, diagnostics);
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        Document d = Jsoup.parse(pages.resolve("kit/kit-a/index.html").toFile(), "UTF-8");
        String zipSize = SiteRenderer.sizeDisplay(Files.size(out.resolve("downloads/kit-a/kit-a.zip")), "nb");
        var zipLink = d.selectFirst("a.download-zip");
        assertEquals("downloads/kit-a/kit-a.zip", zipLink.attr("href").replace("../../", ""));
        assertEquals("(ZIP, " + zipSize + ", 7 filer)", zipLink.nextElementSibling().text());
        for (var e : DOWNLOADS.values().stream().flatMap(List::stream).toList()) {
            if (e.contentPath().startsWith("nn/")) continue;
            var link = d.selectFirst("a.download[href$=" + e.uri() + "]");
            String size = SiteRenderer.sizeDisplay(Files.size(out.resolve(e.uri())), "nb");
            assertTrue(link.parent().text().contains("(" + size + ", "), e.uri() + ": " + link.parent().text());
        }
        String poster = d.selectFirst("a.download[href$=plakat-a3.pdf]").parent().text();
        assertTrue(poster.startsWith("Last ned PDF A3"), poster);
        assertTrue(poster.contains("1 side, oppdatert"), poster);
        assertTrue(d.selectFirst("a.download[href$=lysark.pptx]").parent().text().contains("12 lysbilder"));
        assertTrue(d.selectFirst("a.download[href$=lysark.pdf]").parent().text().contains("12 lysbilder"), "the deck's PDF counts slides");
        assertTrue(d.selectFirst("a.download[href$=nn/kit-a/sjekkliste.pdf]").parent().text().contains("2 sider"), "nynorsk files are shown too");
    }

    @Test
    void twoRunsGiveTheSameZipWhateverTheTimeZoneAndLocale(@TempDir Path dir) throws Exception {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            bundle(project, dir);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        for (String f : List.of("downloads/kit-a/kit-a.zip", "downloads/kit-a/SHA256SUMS.txt", "kits.json")) {
            assertArrayEquals(Files.readAllBytes(out.resolve(f)), Files.readAllBytes(dir.resolve(f)), f);
        }
    }
}
