package no.kampanjekit.render.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import no.kampanjekit.build.Pipeline;
import no.kampanjekit.judges.AxeChecker;
import no.kampanjekit.judges.StaticSiteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The shipped campaign site in a real Chromium: axe-core finds no WCAG 2.1 A/AA violation on any
 * page type, search finds what a reader types, and checklists remember their ticks.
 */
class SiteInBrowserIT {
    @TempDir
    static Path tmp;
    static StaticSiteServer server;
    static AxeChecker axe;

    @BeforeAll
    static void serve() throws Exception {
        Path site = tmp.resolve("site");
        new Pipeline().build(Path.of("."), site, Pipeline.Options.PUBLISH);
        server = new StaticSiteServer(site);
        axe = new AxeChecker();
    }

    @AfterAll
    static void stop() {
        if (axe != null) axe.close();
        if (server != null) server.close();
    }

    @Test
    void everyPageTypePassesAxeInBokmalAndNynorsk() {
        List<String> pages = List.of(
                "", "nn/", "en/",
                "kjernejournal-pll/veiledning-ta-i-bruk/",         // guide
                "kjernejournal-pll/sjekkliste-enhetsleder/",       // checklist
                "nn/kjernejournal-pll/sjekkliste-enhetsleder/",    // checklist, nynorsk
                "kjernejournal-pll/plakat-bruksplikt/",            // poster
                "kjernejournal-pll/lysark-ledere/",                // slides
                "kjernejournal-pll/oppsummering-enhetsleder/",     // summary
                "ros-dpia-gevinster/mal-ros/",                     // template
                "kjernejournal-pll/lenker-og-ressurser/",          // page
                "nyheter/kampanjen-er-i-gang/",                    // news
                "nyheter/", "for/enhetsleder/", "kit/kjernejournal-pll/", "sok/", "apne-punkter/",
                "kommuner/", "kommuner/bergen/", "kommuner/orsta/",  // municipality pages (kits/kommuner.csv)
                "tilgjengelighet/", "404.html");
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            for (String v : axe.violations(server.uri(page))) problems.add("/" + page + ": " + v);
        }
        assertEquals("", String.join("\n", problems));
    }

    @Test
    void searchFindsInflectedWordsAbbreviationsAndFoldedLetters() {
        assertTrue(search("sjekklister").contains("Enhetslederens sjekkliste: fra tilgang til daglig bruk"), "plural finds singular");
        assertTrue(search("KJ").stream().anyMatch(t -> t.toLowerCase().contains("kjernejournal")), "KJ finds kjernejournal");
        assertTrue(search("PLL").stream().anyMatch(t -> t.toLowerCase().contains("legemiddel")), "PLL finds pasientens legemiddelliste");
        assertEquals(search("opplæring"), search("opplaering"), "æøå fold both ways");
        assertFalse(search("opplæring").isEmpty());
    }

    @Test
    void searchFindsAMunicipalityByItsName() {
        assertEquals("Bergen", search("Bergen").get(0), "the municipality page comes first");
        assertEquals("Tromsø", search("tromso").get(0), "ø folds to o");
        assertEquals("Ørsta", search("Ørsta").get(0));
    }

    private List<String> search(String query) {
        WebDriver driver = axe.driver();
        driver.get(server.uri("sok/").toString());
        WebElement input = driver.findElement(By.cssSelector("[data-search-input]"));
        input.clear();
        input.sendKeys(query);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(d -> !d.findElement(By.cssSelector("[data-search-status]")).getText().isBlank());
        return driver.findElements(By.cssSelector("[data-search-results] a")).stream().map(WebElement::getText).toList();
    }

    /** Decap's «view live» says nn/index/ for content/nn/index.md: the 404 page sends the reader on to the folder's page. */
    @Test
    void anIndexAddressLeadsToItsFolderPage() {
        WebDriver driver = axe.driver();
        for (String[] from : new String[][] {{"nn/index/", "nn/"}, {"index/", ""}, {"nn/index", "nn/"}}) {
            driver.get(server.uri(from[0]).toString());
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(server.uri(from[1]).toString()));
            assertTrue(driver.findElements(By.cssSelector("body.not-found")).isEmpty(), from[0] + " shows the page, not the 404");
        }
        driver.get(server.uri("finnes-ikke/").toString());
        assertEquals(server.uri("finnes-ikke/").toString(), driver.getCurrentUrl(), "other missing addresses stay on the 404 page");
    }

    @Test
    void checklistRemembersTicksAcrossReloadsAndResetClearsThem() {
        WebDriver driver = axe.driver();
        String url = server.uri("kjernejournal-pll/sjekkliste-enhetsleder/").toString();
        driver.get(url);
        WebElement first = driver.findElement(By.cssSelector("main input.task-checkbox"));
        String id = first.getAttribute("id");
        if (first.isSelected()) driver.findElement(By.cssSelector("label[for=" + id + "]")).click();
        driver.findElement(By.cssSelector("label[for=" + id + "]")).click();
        assertTrue(driver.findElement(By.id(id)).isSelected());
        driver.navigate().refresh();
        assertTrue(driver.findElement(By.id(id)).isSelected(), "the tick survives a reload");
        WebElement reset = new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> d.findElement(By.cssSelector(".checklist-tools button[data-action=reset]")));
        reset.click();
        assertFalse(driver.findElement(By.id(id)).isSelected(), "reset clears the tick");
        driver.navigate().refresh();
        assertFalse(driver.findElement(By.id(id)).isSelected(), "and the cleared state is remembered");
    }
}
