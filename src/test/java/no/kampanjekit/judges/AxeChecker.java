package no.kampanjekit.judges;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;

/**
 * Judge: axe-core accessibility rules (WCAG 2.0/2.1, A and AA) run in a real
 * headless Chromium through Selenium. Also the browser for screenshots and
 * for tests that type and click.
 *
 * <p>Uses Debian's {@code chromium} and {@code chromedriver} only. Giving
 * Selenium the driver's path up front means Selenium Manager never runs, so
 * nothing is downloaded (this machine reaches no browser download site).
 *
 * <p>Starting Chromium takes a second or two: open one checker per test
 * class, reuse it for every page, and close it at the end.
 */
public final class AxeChecker implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** Window size for axe runs and screenshots; contrast and reflow depend on it. */
    public static final Dimension WINDOW = new Dimension(1280, 800);

    // Selenium warns at every start that its DevTools classes are for an
    // older Chromium. We use no DevTools classes (screenshots go through
    // chromedriver's executeCdpCommand, which is version-free), so hush it.
    // A static field, because java.util.logging forgets unreferenced loggers.
    private static final Logger CDP_VERSION_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_LOG.setLevel(Level.SEVERE);
    }

    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    /**
     * Starts headless Chromium.
     *
     * @throws IllegalStateException if Chromium or its driver is not installed,
     *     saying how to install them
     */
    public AxeChecker() {
        requireInstalled(CHROMIUM, CHROMEDRIVER);
        try {
            profile = Files.createTempDirectory("kampanjekit-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox", // we run as root, where Chromium's sandbox refuses to start
                "--disable-gpu",
                "--disable-dev-shm-usage", // /dev/shm is small in containers
                "--disable-quic",
                "--no-first-run",
                // No calls home: this machine reaches only package registries.
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars", // screenshots and layout as wide as the window
                "--window-size=" + WINDOW.width + "," + WINDOW.height,
                "--user-data-dir=" + profile); // fresh profile: no state between runs
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogLevel(ChromiumDriverLogLevel.SEVERE)
                .build();
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            deleteProfile();
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    /** Fails, never skips: a quality gate that quietly does nothing is worse than none. */
    static void requireInstalled(Path chromium, Path chromedriver) {
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            throw new IllegalStateException("The browser judges need Chromium and ChromeDriver ("
                    + chromium + ", " + chromedriver + "), which are not installed. Install them with:"
                    + " apt-get install -y chromium chromium-driver  (or run .ci/run, which does it)");
        }
    }

    /**
     * Loads {@code page} and lists axe's WCAG A/AA violations, one line a rule:
     * {@code rule-id: help (selector, selector…)}. Empty means none found.
     */
    public List<String> violations(URI page) {
        return violations(page, List.of());
    }

    /** As {@link #violations(URI)}, with some axe rule ids turned off. */
    public List<String> violations(URI page, List<String> disabledRules) {
        driver.get(page.toString());
        // Legacy mode runs axe.run() in the page itself. The default mode runs
        // axe in every frame and then opens a blank window to merge the
        // results; that costs up to a second a page here and matters only
        // for pages with (cross-origin) iframes, which a static campaign site
        // should not rely on.
        AxeBuilder axe = new AxeBuilder().withTags(TAGS).setLegacyMode(true);
        if (!disabledRules.isEmpty()) {
            axe.disableRules(disabledRules);
        }
        Results results = axe.analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe failed on " + page + ": " + results.getErrorMessage());
        }
        List<String> lines = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            String selectors = rule.getNodes().stream()
                    .map(AxeChecker::selector)
                    .collect(Collectors.joining(", "));
            lines.add(rule.getId() + ": " + rule.getHelp() + " (" + selectors + ")");
        }
        return lines;
    }

    /** axe gives a target as a list of selectors (more than one inside iframes or shadow DOM). */
    private static String selector(CheckedNode node) {
        Object target = node.getTarget();
        if (target instanceof List<?> parts) {
            return parts.stream().map(String::valueOf).collect(Collectors.joining(" >>> "));
        }
        return String.valueOf(target);
    }

    /** Saves a PNG of the whole page, not only the window, at {@link #WINDOW}'s width. */
    public void screenshot(URI page, Path png) {
        screenshot(page, png, WINDOW.width);
    }

    /** Saves a full-page PNG at another window width, e.g. 390 for a phone. */
    public void screenshot(URI page, Path png, int width) {
        driver.manage().window().setSize(new Dimension(width, WINDOW.height));
        try {
            driver.get(page.toString());
            // WebDriver's own screenshot stops at the window; Chrome's DevTools
            // call can capture the whole layout when given its size.
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) driver
                    .executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
            Map<String, Object> clip = Map.of(
                    "x", 0, "y", 0,
                    "width", ((Number) size.get("width")).doubleValue(),
                    "height", ((Number) size.get("height")).doubleValue(),
                    "scale", 1);
            String data = (String) driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                    "format", "png", "captureBeyondViewport", true, "clip", clip)).get("data");
            Path parent = png.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.write(png, Base64.getDecoder().decode(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(WINDOW);
        }
    }

    /** The browser itself, for tests that type, click and read the page. */
    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> paths = Files.walk(profile)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // Only a temp folder; Chromium may still be writing to it as it exits.
        }
    }
}
