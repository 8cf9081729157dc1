package no.kampanjekit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.kampanjekit.testing.SampleSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages' parsed and rendered Markdown kept from one build for the next (target/site.page-cache). */
class PageCacheTest {
    /** Adds to the kept body of one page, so a build that uses the cache shows it. */
    private static void poison(Path cacheFile, String contentPath, String body) {
        PageCache cache = PageCache.open(cacheFile);
        assertFalse(cache.kept().isEmpty(), "the first build kept its pages");
        for (Map.Entry<String, PageCache.Entry> e : cache.kept().entrySet()) {
            PageCache.Entry entry = e.getValue();
            boolean target = entry.page().contentPath().equals(contentPath);
            cache.put(e.getKey(), target ? new PageCache.Entry(entry.page(), entry.body() + body, entry.linkedAddresses()) : entry);
        }
        cache.save();
    }

    @Test
    void aPageWhoseTextIsUnchangedIsNeitherParsedNorRenderedAgainAndAnEditedOneIs(@TempDir Path tmp) throws Exception {
        Path project = SampleSites.project("basic", tmp.resolve("p"));
        Path out = tmp.resolve("site");
        new Pipeline().build(project, out, Pipeline.Options.PUBLISH);
        poison(tmp.resolve("site.page-cache"), "kit-a/veileder.md", "<p>Fra hurtiglageret</p>");

        new Pipeline().build(project, out, Pipeline.Options.PUBLISH);
        assertTrue(Files.readString(out.resolve("kit-a/veileder/index.html")).contains("<p>Fra hurtiglageret</p>"), "the kept body was used");

        Path page = project.resolve("content/kit-a/veileder.md");
        Files.writeString(page, Files.readString(page) + "\nEn ny setning.\n");
        new Pipeline().build(project, out, Pipeline.Options.PUBLISH);
        String html = Files.readString(out.resolve("kit-a/veileder/index.html"));
        assertTrue(html.contains("En ny setning."), "an edited page is parsed and rendered again");
        assertFalse(html.contains("Fra hurtiglageret"));
    }

    @Test
    void aDamagedOrForeignCacheFileOnlyCostsTime(@TempDir Path tmp) throws Exception {
        Path project = SampleSites.project("basic", tmp.resolve("p"));
        Path clean = tmp.resolve("clean");
        new Pipeline().build(project, clean, Pipeline.Options.PUBLISH);
        Path out = tmp.resolve("site");
        for (byte[] garbage : new byte[][] {new byte[0], "not a cache".getBytes(), new byte[] {0, 0, 0, 24, 'k', 'a', 'm', 'p', 0x7f, 0x7f, 0x7f, 0x7f}}) {
            Files.write(tmp.resolve("site.page-cache"), garbage);
            new Pipeline().build(project, out, Pipeline.Options.PUBLISH);
            assertEquals(SiteBuildTest.hashes(clean), SiteBuildTest.hashes(out));
        }
        // A file cut short in the middle of a page, as a full disk would leave it.
        byte[] whole = Files.readAllBytes(tmp.resolve("site.page-cache"));
        Files.write(tmp.resolve("site.page-cache"), java.util.Arrays.copyOf(whole, whole.length / 2));
        new Pipeline().build(project, out, Pipeline.Options.PUBLISH);
        assertEquals(SiteBuildTest.hashes(clean), SiteBuildTest.hashes(out));
    }

    @Test
    void thePreviewAndCheckKeepNoFile(@TempDir Path tmp) throws Exception {
        Path project = SampleSites.project("basic", tmp.resolve("p"));
        new Pipeline().build(project, tmp.resolve("preview"), Pipeline.Options.PREVIEW);
        new Pipeline().check(project, Pipeline.Options.PUBLISH, new no.kampanjekit.diagnostics.Diagnostics());
        assertFalse(Files.exists(tmp.resolve("preview.page-cache")));
    }
}
