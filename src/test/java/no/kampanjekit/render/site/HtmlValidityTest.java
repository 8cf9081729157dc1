package no.kampanjekit.render.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.kampanjekit.build.Pipeline;
import no.kampanjekit.judges.NuHtmlChecker;
import no.kampanjekit.testing.SampleSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Nu HTML Checker must find zero errors on every page: of the sample site, and of the site we ship. */
class HtmlValidityTest {
    private static final NuHtmlChecker CHECKER = new NuHtmlChecker();

    @Test
    void everyPageOfTheSampleSiteIsValidHtml(@TempDir Path tmp) throws Exception {
        Path project = SampleSites.project("basic", tmp.resolve("p"));
        new Pipeline().build(project, tmp.resolve("site"), Pipeline.Options.PUBLISH);
        assertValid(tmp.resolve("site"), 28);
    }

    @Test
    void everyPageOfTheShippedCampaignIsValidHtml(@TempDir Path tmp) throws Exception {
        new Pipeline().build(Path.of("."), tmp.resolve("site"), Pipeline.Options.PUBLISH);
        assertValid(tmp.resolve("site"), 100);
    }

    private static void assertValid(Path site, int atLeast) throws Exception {
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() >= atLeast, "expected at least " + atLeast + " pages, found " + pages.size());
        List<String> errors = new ArrayList<>();
        for (Path page : pages) {
            for (String e : CHECKER.errors(page)) errors.add(site.relativize(page) + ": " + e);
        }
        assertEquals("", String.join("\n", errors), errors.size() + " HTML errors in " + pages.size() + " pages");
    }
}
