package no.kampanjekit.render.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import no.kampanjekit.build.Pipeline;
import no.kampanjekit.judges.AxeChecker;
import no.kampanjekit.judges.StaticSiteServer;
import no.kampanjekit.testing.SampleSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The sharing boxes in a real Chromium: the copy buttons appear with JavaScript and copy; the open box passes axe. */
class KitPageIT {
    @TempDir
    static Path tmp;
    static StaticSiteServer server;
    static AxeChecker axe;

    @BeforeAll
    static void serve() throws Exception {
        Path site = tmp.resolve("site");
        new Pipeline().build(SampleSites.project("basic", tmp.resolve("p")), site, Pipeline.Options.PUBLISH);
        server = new StaticSiteServer(site);
        axe = new AxeChecker();
    }

    @AfterAll
    static void stop() {
        if (axe != null) axe.close();
        if (server != null) server.close();
    }

    @Test
    void theCopyButtonAppearsAndCopiesTheText() {
        for (String page : List.of("kit/kit-a/", "kit-a/sjekkliste/")) {
            WebDriver driver = axe.driver();
            driver.get(server.uri(page).toString());
            WebElement box = driver.findElement(By.cssSelector("details.share"));
            box.findElement(By.tagName("summary")).click();
            WebElement button = box.findElement(By.cssSelector("button[data-copy$=-email]"));
            assertTrue(button.isDisplayed(), page + ": share.js shows the button");
            button.click();
            WebElement status = button.findElement(By.xpath("following-sibling::span[@class='copy-status']"));
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> status.getText().equals("Kopiert"));
            assertEquals("Kopiert", button.getText());
            String text = (String) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.getElementById(arguments[0]).value", button.getAttribute("data-copy"));
            assertTrue(text.contains(server.baseUri().getPort() > 0 ? "https://test.example.no/kampanje/" + page : ""), text);
        }
    }

    @Test
    void openSharingBoxesPassAxe() {
        // axe skips what a closed <details> hides, so check the open box: the page's own fragment opens it.
        for (String page : List.of("kit/kit-a/#kk-share-kit-email", "kit-a/sjekkliste/#kk-share-page-email")) {
            assertEquals(List.of(), axe.violations(server.uri(page)), page);
            assertTrue(axe.driver().findElement(By.cssSelector("details.share")).getAttribute("open") != null, page + ": the box was open");
            axe.screenshot(server.uri(page), Path.of("target/kit-screens/" + page.replaceAll("[/#]+", "_") + ".png"));
        }
    }

    @Test
    void withoutJavaScriptTheTextIsThereToSelect() throws Exception {
        String html = java.nio.file.Files.readString(tmp.resolve("site/kit/kit-a/index.html"));
        assertTrue(html.contains("<button type=\"button\" class=\"copy-button\" data-copy=\"kk-share-kit-email\" data-copied=\"Kopiert\" hidden>"));
        assertFalse(html.contains("onclick"), "no inline handlers: the CSP forbids them");
    }
}
