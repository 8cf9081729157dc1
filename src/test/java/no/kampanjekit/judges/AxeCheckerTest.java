package no.kampanjekit.judges;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Runs without a browser: a machine lacking Chromium must fail loudly, with the fix. */
class AxeCheckerTest {

    @Test
    void missingChromiumFailsWithTheInstallCommand() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> AxeChecker.requireInstalled(Path.of("/nonexistent/chromium"), AxeChecker.CHROMEDRIVER));
        assertTrue(e.getMessage().contains("apt-get install -y chromium chromium-driver"), e.getMessage());
    }
}
