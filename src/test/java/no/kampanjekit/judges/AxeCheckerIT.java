package no.kampanjekit.judges;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The axe judge in a real Chromium: clean pages pass, the known bad page
 * fails with the expected rules, and the browser can be driven and seen.
 * An integration test (failsafe) because it needs Chromium installed.
 */
class AxeCheckerIT {

    private static StaticSiteServer server;
    private static AxeChecker axe;

    @BeforeAll
    static void start() throws URISyntaxException {
        server = new StaticSiteServer(Path.of(AxeCheckerIT.class.getResource("/judges/site").toURI()));
        long begin = System.nanoTime();
        axe = new AxeChecker(); // fails with the apt-get line if Chromium is missing
        System.out.printf("axe: Chromium start %d ms%n", (System.nanoTime() - begin) / 1_000_000);
    }

    @AfterAll
    static void stop() {
        if (axe != null) {
            axe.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void cleanPagesHaveNoViolations() {
        for (String page : List.of("", "kit/", "404.html")) {
            long begin = System.nanoTime();
            assertEquals(List.of(), axe.violations(server.uri(page)), page);
            System.out.printf("axe: one run on /%s %d ms%n", page, (System.nanoTime() - begin) / 1_000_000);
        }
    }

    @Test
    void brokenPageFailsWithTheKnownRules() {
        assertEquals(List.of(
                "color-contrast: Elements must meet minimum color contrast ratio thresholds (.faint)",
                "html-has-lang: <html> element must have a lang attribute (html)",
                "image-alt: Images must have alternative text (img)"),
                axe.violations(server.uri("broken.html")));
    }

    @Test
    void rulesCanBeTurnedOff() {
        List<String> violations = axe.violations(server.uri("broken.html"), List.of("color-contrast"));
        assertEquals(List.of("html-has-lang", "image-alt"),
                violations.stream().map(v -> v.substring(0, v.indexOf(':'))).toList());
    }

    @Test
    void missingPageShowsTheSite404Page() {
        WebDriver browser = axe.driver();
        browser.get(server.uri("no/such/page").toString());
        assertEquals("Fant ikke siden – Kampanjekit", browser.getTitle());
    }

    @Test
    void browserCanTypeAndClick() {
        WebDriver browser = axe.driver();
        browser.get(server.uri("kit/").toString());
        browser.findElement(By.id("navn")).sendKeys("Kari");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement greeting = new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("hilsen")));
        assertEquals("Takk, Kari!", greeting.getText());
    }

    @Test
    void screenshotCoversTheWholePage(@TempDir Path tmp) throws Exception {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("tall.html"), "<!DOCTYPE html><html lang=en><title>Tall</title>"
                + "<body style='margin:0'><div style='height:3000px;background:#0645ad'></div>");
        try (StaticSiteServer tallSite = new StaticSiteServer(site)) {
            Path png = tmp.resolve("shots/tall.png");
            axe.screenshot(tallSite.uri("tall.html"), png);
            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals(AxeChecker.WINDOW.width, image.getWidth());
            assertEquals(3000, image.getHeight()); // far past the 800 px window

            Path phone = tmp.resolve("shots/tall-390.png");
            axe.screenshot(tallSite.uri("tall.html"), phone, 390);
            assertEquals(390, ImageIO.read(phone.toFile()).getWidth());
        }
        // The window is back to its normal size for the next axe run.
        assertEquals(AxeChecker.WINDOW, axe.driver().manage().window().getSize());
    }
}
