package no.kampanjekit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import no.kampanjekit.diagnostics.ContentErrorsException;
import no.kampanjekit.testing.SampleSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the basic sample site once and checks what a reader and a crawler get. */
class SiteBuildTest {
    @TempDir
    static Path tmp;
    static Path project;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        project = SampleSites.project("basic", tmp.resolve("project"));
        site = tmp.resolve("site");
        new Pipeline().build(project, site, Pipeline.Options.PUBLISH);
    }

    static Document page(String uri) throws IOException {
        return Jsoup.parse(site.resolve(uri).resolve("index.html").toFile(), "UTF-8");
    }

    @Test
    void everyContentTypeGetsItsPageWithTitleAndLanguage() throws IOException {
        Map<String, String> pages = Map.of(
                "kit-a/veileder", "Slik tar dere i bruk kjernejournal",
                "kit-a/sjekkliste", "Sjekkliste for enhetsleder",
                "kit-a/plakat", "1. januar 2026: Kjernejournal skal være i bruk",
                "kit-a/lysark", "Kjernejournal for ledere",
                "kit-a/oppsummering", "Kort fortalt for IKT",
                "kit-a/mal", "Mal for saksframlegg",
                "kit-a/lenker", "Nyttige lenker",
                "nyheter/kampanjestart", "Kampanjen starter");
        for (var e : pages.entrySet()) {
            Document d = page(e.getKey());
            assertEquals(e.getValue(), d.selectFirst("h1").text(), e.getKey());
            assertEquals("nb", d.selectFirst("html").attr("lang"), e.getKey());
            assertTrue(d.title().contains(e.getValue()), e.getKey());
        }
        assertEquals("nn", page("nn/kit-a/sjekkliste").selectFirst("html").attr("lang"));
        assertEquals("en", page("en").selectFirst("html").attr("lang"));
    }

    @Test
    void checklistHasLabelledCheckboxesAndNoticeBox() throws IOException {
        Document d = page("kit-a/sjekkliste");
        var boxes = d.select("main input[type=checkbox]");
        assertEquals(4, boxes.size());
        for (var box : boxes) {
            assertFalse(d.select("label[for=" + box.id() + "]").text().isBlank(), "checkbox " + box.id() + " has a label");
        }
        assertTrue(d.select("main input#oppgave-2").hasAttr("checked"));
        assertEquals("Viktig:", d.selectFirst(".notice-viktig .notice-label").text());
        assertEquals("[ÅPENT: dato fastsettes]", d.selectFirst("mark.placeholder").text());
    }

    @Test
    void guideNumbersItsStepsAndListsThemInItsContents() throws IOException {
        Document d = page("kit-a/veileder");
        assertEquals("1 Før dere starter", d.selectFirst("main h2#for-dere-starter").text());
        assertEquals("2 Opplæring på avdelingen", d.selectFirst("main h2#opplaering-pa-avdelingen").text());
        assertFalse(d.select("a[href=#opplaering-pa-avdelingen]").isEmpty(), "table of contents links to step 2");
        assertFalse(d.select("a[href$=kit-a/sjekkliste/#ledelse]").isEmpty(), "the .md link became the page address");
    }

    @Test
    void translationsLinkToEachOtherWithHreflang() throws IOException {
        Document nb = page("kit-a/sjekkliste");
        Document nn = page("nn/kit-a/sjekkliste");
        assertEquals("https://test.example.no/kampanje/nn/kit-a/sjekkliste/", nb.selectFirst("link[rel=alternate][hreflang=nn]").attr("href"));
        assertEquals("https://test.example.no/kampanje/kit-a/sjekkliste/", nn.selectFirst("link[rel=alternate][hreflang=nb]").attr("href"));
    }

    @Test
    void generatedPagesExist() throws IOException {
        assertTrue(page("for/enhetsleder").text().contains("Sjekkliste for enhetsleder"), "audience page lists its items");
        assertTrue(page("nn/for/enhetsleder").text().contains("Sjekkliste for einingsleiar"), "nynorsk audience page lists nynorsk items");
        assertTrue(page("kit/kit-a").text().contains("Mal for saksframlegg"), "kit page lists its items");
        assertTrue(page("nyheter").text().contains("Kampanjen starter"), "news list");
        assertTrue(page("apne-punkter").text().contains("dato fastsettes"), "open points page");
        assertTrue(Files.exists(site.resolve("404.html")));
        assertTrue(Files.readString(site.resolve("robots.txt")).contains("Sitemap: https://test.example.no/kampanje/sitemap.xml"));
    }

    @Test
    void feedAndSitemapAreWellFormedXmlWithAbsoluteAddresses() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var feed = factory.newDocumentBuilder().parse(site.resolve("feed.xml").toFile());
        assertEquals("feed", feed.getDocumentElement().getLocalName());
        assertTrue(Files.readString(site.resolve("feed.xml")).contains("https://test.example.no/kampanje/nyheter/kampanjestart/"));
        var sitemap = factory.newDocumentBuilder().parse(site.resolve("sitemap.xml").toFile());
        assertEquals("urlset", sitemap.getDocumentElement().getLocalName());
        String text = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(text.contains("<loc>https://test.example.no/kampanje/kit-a/veileder/</loc>"), text);
        assertFalse(text.contains("apne-punkter"), "the editors' page is not advertised to search engines");
    }

    @Test
    void searchIndexHoldsEveryPublishedPage() throws IOException {
        String index = Files.readString(site.resolve("search-index.json"));
        assertTrue(index.contains("\"url\":\"kit-a/sjekkliste/\""), index);
        assertTrue(index.contains("\"lang\":\"nn\""));
        assertTrue(Files.readString(site.resolve("search-synonyms.json")).contains("[\"kj\",\"kjernejournal\"]"));
    }

    @Test
    void valuesFromContentAreEscapedInPages(@TempDir Path dir) throws Exception {
        Path p = SampleSites.project("basic", dir.resolve("p"));
        Path file = p.resolve("content/kit-a/oppsummering.md");
        Files.writeString(file, Files.readString(file).replace("title: Kort fortalt for IKT", "title: \"Kort <script>alert(1)</script> fortalt\""));
        new Pipeline().build(p, dir.resolve("out"), Pipeline.Options.PUBLISH);
        String html = Files.readString(dir.resolve("out/kit-a/oppsummering/index.html"));
        assertFalse(html.contains("<script>alert(1)"), "title must be escaped");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteExactlyAsItWas(@TempDir Path dir) throws Exception {
        Path p = SampleSites.project("basic", dir.resolve("p"));
        Path out = dir.resolve("site");
        new Pipeline().build(p, out, Pipeline.Options.PUBLISH);
        Map<String, String> before = hashes(out);
        Files.writeString(p.resolve("content/kit-a/mal.md"), "---\ntitle: Mal\ntype: mal\n---\nTekst\n");
        assertThrows(ContentErrorsException.class, () -> new Pipeline().build(p, out, Pipeline.Options.PUBLISH));
        assertEquals(before, hashes(out));
        assertFalse(Files.exists(dir.resolve("site.staging")), "no half-built folder is left behind");
    }

    @Test
    void twoBuildsAreByteIdenticalWhateverTheTimeZoneAndLocale(@TempDir Path dir) throws Exception {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            new Pipeline().build(project, dir.resolve("other"), Pipeline.Options.PUBLISH);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertEquals(hashes(site), hashes(dir.resolve("other")));
    }

    /** A rebuild from the caches (pages, PDFs, decks, cards) gives the same bytes as a build from nothing. */
    @Test
    void aRebuildFromTheCachesEqualsACleanBuild(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        new Pipeline().build(project, out, Pipeline.Options.PUBLISH);
        for (String cache : java.util.List.of("site.print-cache", "site.deck-cache", "site.social-cache")) {
            try (Stream<Path> kept = Files.list(dir.resolve(cache))) {
                assertTrue(kept.findAny().isPresent(), cache + " holds what the first build made");
            }
        }
        assertTrue(Files.size(dir.resolve("site.page-cache")) > 1_000, "the pages' parsed and rendered Markdown is kept: " + Files.size(dir.resolve("site.page-cache")));
        new Pipeline().build(project, out, Pipeline.Options.PUBLISH);
        assertEquals(hashes(site), hashes(out));
    }

    /**
     * A page may not take an address the build writes to (Pipeline.generatedAddresses). This keeps
     * that list complete: everything at the top of the site is a page's folder, a generated page or
     * on the list.
     */
    @Test
    void everyTopLevelEntryIsAPageOrAnAddressTheBuildKeeps() throws Exception {
        var model = new Pipeline().check(project, Pipeline.Options.PUBLISH, new no.kampanjekit.diagnostics.Diagnostics());
        String lang = model.config().defaultLang();
        java.util.Set<String> allowed = new java.util.TreeSet<>(Pipeline.generatedAddresses(project, model.config(), !model.municipalities().isEmpty()).keySet());
        allowed.addAll(java.util.List.of("index.html", "kit/", "for/", no.kampanjekit.render.site.Addresses.PLACEHOLDERS,
                no.kampanjekit.render.site.Addresses.newsList(lang, lang), no.kampanjekit.render.site.Addresses.search(lang, lang)));
        for (var item : model.items()) if (!item.uri().isEmpty()) allowed.add(item.uri().substring(0, item.uri().indexOf('/') + 1));
        java.util.List<String> strays;
        try (Stream<Path> top = Files.list(site)) {
            strays = top.map(p -> p.getFileName() + (Files.isDirectory(p) ? "/" : "")).filter(n -> !allowed.contains(n)).sorted().toList();
        }
        assertEquals(java.util.List.of(), strays, "add what the build writes to Pipeline.generatedAddresses");
        assertTrue(allowed.containsAll(java.util.List.of("social/", "downloads/", "kits.json", "search-index.json", "sitemap.xml", "feed.xml", "css/", "js/")));
    }

    static Map<String, String> hashes(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        }
        return out;
    }
}
