package no.kampanjekit.render.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.kampanjekit.build.Pipeline;
import no.kampanjekit.render.social.SocialImages;
import no.kampanjekit.testing.SampleSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The municipality pages of the sample site (kits/kommuner.csv: Bergen, Voss, Tromsø): one page
 * each listing its editions with size and page count, an index by health region, and search
 * finding a municipality by its name, with æøå folded.
 */
class MunicipalityPagesTest {
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = tmp.resolve("site");
        new Pipeline().build(SampleSites.project("basic", tmp.resolve("p")), site, Pipeline.Options.PUBLISH);
    }

    private static Document page(String uri) throws IOException {
        return Jsoup.parse(site.resolve(uri + "index.html").toFile(), "UTF-8");
    }

    @Test
    void aMunicipalityPageListsItsEditionsWithSizeAndPages() throws IOException {
        Document doc = page("kommuner/bergen/");
        assertEquals("Bergen", doc.selectFirst("h1").text());
        List<String> files = doc.select("a.download").eachAttr("href");
        assertEquals(List.of("../../downloads/kit-a/kommuner/bergen/plakat-a3.pdf", "../../downloads/kit-a/kommuner/bergen/plakat-a4.pdf",
                "../../downloads/kit-a/kommuner/bergen/sjekkliste.pdf"), files);
        for (String f : files) assertTrue(Files.isRegularFile(site.resolve("kommuner/bergen/").resolve(f).normalize()), f);
        for (Element facts : doc.select("ul.downloads .download-facts")) {
            assertTrue(facts.text().matches("\\(\\d+ kB, 1 side\\)"), facts.text());
        }
        assertTrue(doc.text().contains("4601") && doc.text().contains("Helse Vest"), "number and region");
        assertTrue(doc.text().contains("Kari Nordmann"));
        // A person's address: shown harvest-resistant, made a mailto: link by site.js (as privat: links are).
        assertEquals(List.of(), doc.select("a[href^=mailto:kari]").eachAttr("href"));
        assertEquals("kari.nordmann [krøllalfa] example.no", doc.select("a.private-email").text());
        assertEquals("kari.nordmann@example.no", no.kampanjekit.markdown.PrivateEmail.decode(doc.select("a.private-email").attr("data-kk-epost")));
        assertEquals("../../kit/kit-a/", doc.select("h2 a").attr("href"), "editions grouped under their kit");
    }

    @Test
    void aNynorskMunicipalityListsTheNynorskChecklistAndOpenPointsAreMarked() throws IOException {
        Document voss = page("kommuner/voss/");
        Element checklist = voss.select("li.kit-item").stream().filter(li -> li.text().contains("einingsleiar")).findFirst().orElseThrow();
        assertEquals("nn", checklist.attr("lang"), "the nynorsk title is marked as nynorsk on a bokmål page");
        assertTrue(checklist.select("a.download").attr("href").endsWith("kommuner/voss/sjekkliste-nn.pdf"));
        assertEquals(List.of("[ÅPENT: kontaktperson]", "[ÅPENT: e-post]", "[ÅPENT: telefon]"), voss.select("mark.placeholder").eachText());
        // And the editors' list of open points names the row of the data file.
        String openPoints = page("apne-punkter/").text();
        assertTrue(openPoints.contains("kits/kommuner.csv:3") && openPoints.contains("kits/kommuner.csv:4"), openPoints);
        assertFalse(openPoints.contains("kits/kommuner.csv:2"), "Bergen's row has no open point");
    }

    @Test
    void theIndexListsEveryMunicipalityByRegionAndTheKitPageLinksToIt() throws IOException {
        Document doc = page("kommuner/");
        assertEquals(List.of("Helse Nord", "Helse Vest"), doc.select("main section h2").eachText(), "regions north to south, only those with rows");
        assertEquals(List.of("Tromsø", "Bergen", "Voss"), doc.select("ul.municipality-list a").eachText());
        assertEquals(List.of("tromso/", "bergen/", "voss/"), doc.select("ul.municipality-list a").eachAttr("href").stream()
                .map(h -> h.replace("../kommuner/", "")).toList());
        assertEquals("../../kommuner/", page("kit/kit-a/").select(".kit-editions a").attr("href"));
        assertTrue(Files.readString(site.resolve("sitemap.xml")).contains("<loc>https://test.example.no/kampanje/kommuner/tromso/</loc>"));
        // Municipality pages share the index's social card instead of a card each.
        String card = "https://test.example.no/kampanje/" + SocialImages.uriFor("kommuner/");
        assertEquals(card, doc.select("meta[property=og:image]").attr("content"));
        assertEquals(card, page("kommuner/voss/").select("meta[property=og:image]").attr("content"));
        assertTrue(Files.isRegularFile(site.resolve(SocialImages.uriFor("kommuner/"))));
        assertFalse(Files.exists(site.resolve(SocialImages.uriFor("kommuner/voss/"))));
    }

    @Test
    void searchFindsAMunicipalityByNameWithLettersFolded() throws Exception {
        String index = Files.readString(site.resolve("search-index.json"));
        assertTrue(index.contains("{\"url\":\"kommuner/tromso/\",\"title\":\"Tromsø\""), index);
        Assumptions.assumeTrue(hasNode(), "node is not installed: search.js itself is not run");
        Path script = tmp.resolve("search-test.js");
        Files.writeString(script, """
                const k = require(process.argv[2]);
                const index = JSON.parse(require("fs").readFileSync(process.argv[3], "utf8"));
                const prepared = k.prepare(index);
                for (const q of process.argv.slice(4)) {
                  const hits = k.search(prepared, k.synonymTable([]), q, "nb");
                  console.log(q + " => " + (hits.length ? hits[0].url : "nothing"));
                }
                """);
        Process p = new ProcessBuilder("node", script.toString(), Path.of("assets/js/search.js").toAbsolutePath().toString(),
                site.resolve("search-index.json").toString(), "Bergen", "tromso", "Tromsø", "tro", "voss").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals("""
                Bergen => kommuner/bergen/
                tromso => kommuner/tromso/
                Tromsø => kommuner/tromso/
                tro => kommuner/tromso/
                voss => kommuner/voss/
                """, out);
    }

    private static boolean hasNode() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
