package no.kampanjekit.render.kit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.kampanjekit.build.Pipeline;
import no.kampanjekit.model.ContentItem;
import no.kampanjekit.model.Download;
import no.kampanjekit.model.Kit;
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
 * Kits through the whole pipeline, on the sample site and on the campaign we ship: whatever
 * downloads the earlier stages made (none yet, PDFs and decks once they land), each kit's ZIP
 * holds exactly those of its items, byte for byte, and the kit page shows the ZIP's real size.
 */
class KitSiteTest {
    @TempDir
    static Path tmp;
    static Site sample;
    static Site shipped;

    @BeforeAll
    static void build() throws Exception {
        sample = new Pipeline().build(SampleSites.project("basic", tmp.resolve("p")), tmp.resolve("sample"), Pipeline.Options.PUBLISH).site();
        shipped = new Pipeline().build(Path.of("."), tmp.resolve("shipped"), Pipeline.Options.PUBLISH).site();
    }

    @Test
    void everyZipHoldsExactlyItsKitsDownloadsAsPublished() throws Exception {
        check(sample, tmp.resolve("sample"));
        check(shipped, tmp.resolve("shipped"));
    }

    static void check(Site site, Path out) throws Exception {
        for (Kit kit : site.kits()) {
            Map<String, byte[]> entries = KitBundlesTest.unzipAnyDate(out.resolve(KitContents.zipUri(kit)), kit.date());
            String folder = KitContents.folder(kit) + "/";
            Set<String> expected = new TreeSet<>(Set.of(folder + KitContents.CONTENTS_FILE));
            for (String path : kit.items()) {
                ContentItem item = site.itemByContentPath(path).orElseThrow();
                var versions = new java.util.ArrayList<ContentItem>(site.translationsOf(item));
                versions.add(item);
                for (ContentItem v : versions) {
                    for (Download d : site.downloadsOf(v)) {
                        String name = entries.keySet().stream().filter(n -> {
                            try {
                                return !n.endsWith("/") && java.util.Arrays.equals(entries.get(n), Files.readAllBytes(out.resolve(d.uri())));
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }).findFirst().orElseThrow(() -> new AssertionError(kit.id() + ".zip lacks " + d.uri()));
                        expected.add(name);
                    }
                }
            }
            Set<String> files = new TreeSet<>(entries.keySet());
            files.removeIf(n -> n.endsWith("/"));
            assertEquals(expected, files, kit.id());
            Document page = Jsoup.parse(out.resolve(kit.uri()).resolve("index.html").toFile(), "UTF-8");
            String size = SiteRenderer.sizeDisplay(Files.size(out.resolve(KitContents.zipUri(kit))), "nb");
            assertTrue(page.selectFirst("a.download-zip").nextElementSibling().text().startsWith("(ZIP, " + size + ", "), kit.id());
            assertTrue(Files.readString(out.resolve("kits.json")).contains("\"sha256\":\"" + Sha256.hex(Files.readAllBytes(out.resolve(KitContents.zipUri(kit)))) + "\""));
        }
    }

    @Test
    void homeAndAudiencePagesLeadToTheKitsThatConcernThem() throws Exception {
        Path out = tmp.resolve("shipped");
        Document home = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        for (Kit kit : shipped.kits()) assertFalse(home.select("#kits ~ ul a[href=" + kit.uri() + "]").isEmpty(), "home lists " + kit.id());
        // sykepleier is named in kjernejournal-pll, and its glossary in bakgrunn is for them too
        Document nurse = Jsoup.parse(out.resolve("for/sykepleier/index.html").toFile(), "UTF-8");
        assertFalse(nurse.select("a[href=../../kit/kjernejournal-pll/#for-sykepleier]").isEmpty(), "straight to their section");
        assertFalse(nurse.select("a[href=../../kit/bakgrunn/]").isEmpty(), "a kit with an item for them");
        assertTrue(nurse.select("a[href^=../../kit/felles-innforingslop/]").isEmpty(), "not a kit with nothing for them");
    }

    @Test
    void aKitForSeveralAudiencesGroupsItsItemsByAudience() throws Exception {
        Document d = Jsoup.parse(tmp.resolve("shipped/kit/kjernejournal-pll/index.html").toFile(), "UTF-8");
        assertEquals("For enhetsleder", d.selectFirst("#for-enhetsleder").text());
        var section = d.selectFirst("#for-enhetsleder").parent();
        assertFalse(section.select("a[href=../../kjernejournal-pll/sjekkliste-enhetsleder/]").isEmpty());
        assertTrue(section.select("a[href=../../kjernejournal-pll/sjekkliste-ikt/]").isEmpty(), "the IT checklist is not for unit leaders");
        assertFalse(d.select("details.share textarea#kk-share-kit-email").isEmpty());
        assertTrue(d.selectFirst("#kk-share-kit-linkedin").text().contains("https://kampanje.example.no/kit/kjernejournal-pll/"));
        assertTrue(d.select("script:not([src])").isEmpty(), "no inline script");
    }
}
