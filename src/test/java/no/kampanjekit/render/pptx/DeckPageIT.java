package no.kampanjekit.render.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import no.kampanjekit.build.Pipeline;
import no.kampanjekit.judges.AxeChecker;
import no.kampanjekit.judges.NuHtmlChecker;
import no.kampanjekit.judges.StaticSiteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The web page of a deck that uses every layout (image, quote, key figure, table, two columns):
 * valid HTML, no axe WCAG 2.1 A/AA violation, and usable with the keyboard alone. A screenshot is
 * kept in target/deck-previews/ for people to look at.
 */
class DeckPageIT {
    @TempDir
    static Path tmp;
    static Path site;
    static StaticSiteServer server;
    static AxeChecker axe;

    @BeforeAll
    static void build() throws Exception {
        site = tmp.resolve("site");
        new Pipeline().build(DeckProjects.project(tmp.resolve("project")), site, Pipeline.Options.PUBLISH);
        server = new StaticSiteServer(site);
        axe = new AxeChecker();
    }

    @AfterAll
    static void stop() {
        if (axe != null) axe.close();
        if (server != null) server.close();
    }

    @Test
    void isValidHtml() {
        assertEquals("", String.join("\n", new NuHtmlChecker().errors(site.resolve("kit-a/lysark/index.html"))));
    }

    @Test
    void passesAxe() {
        assertEquals("", String.join("\n", axe.violations(server.uri("kit-a/lysark/"))));
        axe.screenshot(server.uri("kit-a/lysark/"), DeckLibreOfficeIT.PREVIEWS.resolve("deck-page.png"));
    }

    @Test
    void theKeyboardReachesEverySlideAndOpensTheNotes() {
        WebDriver driver = axe.driver();
        driver.get(server.uri("kit-a/lysark/").toString());
        // Tab to the list of slides' link to slide 2, follow it, then on to slide 3 from there.
        WebElement link = null;
        for (int i = 0; i < 80 && link == null; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement active = driver.switchTo().activeElement();
            if ("#lysbilde-2".equals(active.getDomAttribute("href"))) link = active;
        }
        assertTrue(link != null, "Tab reaches the link to slide 2 in the list of slides");
        link.sendKeys(Keys.ENTER);
        assertTrue(driver.getCurrentUrl().endsWith("#lysbilde-2"), driver.getCurrentUrl());
        WebElement summary = driver.findElement(By.cssSelector("#lysbilde-2 details.slide-notes summary"));
        WebElement details = driver.findElement(By.cssSelector("#lysbilde-2 details.slide-notes"));
        assertEquals(null, details.getDomAttribute("open"));
        summary.sendKeys(Keys.ENTER);
        assertEquals("true", details.getDomProperty("open"), "Enter on «Talenotater» opens the notes");
        driver.findElement(By.cssSelector("#lysbilde-2 a[rel=next]")).sendKeys(Keys.ENTER);
        assertTrue(driver.getCurrentUrl().endsWith("#lysbilde-3"), driver.getCurrentUrl());
    }
}
