package no.kampanjekit.render.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import no.kampanjekit.build.Pipeline;
import no.kampanjekit.judges.AxeChecker;
import no.kampanjekit.judges.StaticSiteServer;
import no.kampanjekit.testing.SampleSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real Chromium, under the site's Content-Security-Policy, site.js turns a private address
 * (written {@code privat:} in Markdown, shipped encoded) into a working mailto: link, and the page
 * stays clean for axe.
 */
class PrivateEmailIT {
    @Test
    void siteJsMakesAMailtoLinkAndAxeFindsNothing(@TempDir Path tmp) throws Exception {
        Path project = SampleSites.overlay(SampleSites.SITES.resolve("private-email"), tmp.resolve("project"));
        Path site = tmp.resolve("site");
        new Pipeline().build(project, site, Pipeline.Options.PUBLISH);
        try (StaticSiteServer server = new StaticSiteServer(site); AxeChecker axe = new AxeChecker()) {
            WebDriver driver = axe.driver();
            driver.get(server.uri("tilgjengelighet/").toString());
            WebElement link = new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.cssSelector("a.private-email[href]")));
            assertEquals("mailto:kari.nordmann@kommune.no", link.getAttribute("href"));
            assertEquals("Kari Nordmann (kari.nordmann@kommune.no)", link.getText());
            assertEquals("", String.join("\n", axe.violations(server.uri("tilgjengelighet/"))));
        }
    }
}
