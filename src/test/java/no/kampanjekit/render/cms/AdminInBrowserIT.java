package no.kampanjekit.render.cms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.kampanjekit.build.Pipeline;
import no.kampanjekit.judges.AxeChecker;
import no.kampanjekit.judges.StaticSiteServer;
import no.kampanjekit.testing.SampleSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real Decap CMS, as the Maven build fetched it, starts at /admin/ in Chromium under the
 * page's own Content-Security-Policy: it reads config.yml without complaint (its login screen, in
 * Norwegian, replaces the config error page it would show) and nothing is blocked.
 */
class AdminInBrowserIT {
    @TempDir
    static Path tmp;
    static StaticSiteServer server;
    static AxeChecker browser;

    /** Fails, never skips: Maven fetches Decap before the tests, so a missing folder is a broken build. */
    static Path decap() {
        Path decap = Path.of(System.getProperty("kampanjekit.decap", "target/vendor/decap-cms"));
        assertTrue(AdminSite.isDecap(decap), "no Decap CMS in " + decap + "; run through Maven (mvn verify), which fetches it");
        return decap;
    }

    @BeforeAll
    static void serve() throws Exception {
        Path project = SampleSites.project("basic", tmp.resolve("p"));
        Path site = tmp.resolve("site");
        new Pipeline().build(project, site, new Pipeline.Options(false, decap()));
        server = new StaticSiteServer(site);
        browser = new AxeChecker();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void decapStartsWithOurConfigAndNothingIsBlocked() {
        WebDriver driver = browser.driver();
        // Before any script of the page: record what the policy blocks and what Decap reports as errors.
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__blocked = []; window.__errors = [];
                document.addEventListener('securitypolicyviolation', e => window.__blocked.push(e.violatedDirective + ' ' + e.blockedURI));
                const error = console.error;
                console.error = (...a) => { window.__errors.push(a.map(String).join(' ')); error.apply(console, a); };
                window.addEventListener('error', e => window.__errors.push(String(e.message)));
                window.addEventListener('unhandledrejection', e => window.__errors.push(String(e.reason)));
                """));
        driver.get(server.uri("admin/").toString());
        // «Logg på med GitHub»: the backend of config.yml, in the locale it sets. «Logg inn» instead if a
        // developer's decap-server happens to run on this machine (Decap prefers it on 127.0.0.1).
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(
                By.xpath("//button[contains(., 'Logg på med GitHub') or normalize-space(.) = 'Logg inn']")).isEmpty());
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertEquals(true, js.executeScript("return typeof window.CMS === 'object' && typeof window.CMS.registerPreviewStyle === 'function'"));
        assertEquals(List.of(), js.executeScript("return window.__blocked"), "blocked by the Content-Security-Policy");
        List<String> errors = (List<String>) js.executeScript("return window.__errors");
        assertEquals(List.of(), errors, "errors while Decap started");
        assertEquals("Rediger innhold – Testkampanje", driver.getTitle());
    }

    /** What `mvn package` publishes has the editor, with Decap inside: not skipped by .ci/run's `mvn verify`. */
    @Test
    void thePackagedSiteHasDecapAtAdmin() {
        assumeFalse(Boolean.parseBoolean(System.getProperty("kampanjekit.skipBake", "false")), "the bake was skipped on request");
        Path baked = Path.of(System.getProperty("kampanjekit.bakedSite", "target/site"));
        for (String f : List.of("index.html", "config.yml", "preview.js", "decap-cms.js", "decap-cms.js.LICENSE.txt", "LICENSE-decap-cms.txt")) {
            assertTrue(Files.isRegularFile(baked.resolve("admin").resolve(f)), "admin/" + f + " in " + baked);
        }
    }
}
