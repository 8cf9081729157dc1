package no.kampanjekit.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folders of PDFs, decks and cards kept from one build for the next. */
class CacheFolderTest {
    private static void age(Path file, Duration by) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(by)));
    }

    @Test
    void aBuildKeepsWhatItUsedAndDropsTheRest(@TempDir Path dir) throws Exception {
        CacheFolder first = new CacheFolder(dir);
        first.write("a.pdf", new byte[] {1});
        first.write("b.pdf", new byte[] {2});
        CacheFolder second = new CacheFolder(dir);
        assertArrayEquals(new byte[] {1}, second.read("a.pdf"));
        assertNull(second.read("c.pdf"), "not there: make it");
        second.forgetUnused();
        assertTrue(Files.exists(dir.resolve("a.pdf")));
        assertFalse(Files.exists(dir.resolve("b.pdf")), "no job of this build asked for it");
    }

    @Test
    void thePreviewDropsWhatNoBuildHasUsedForAWhile(@TempDir Path dir) throws Exception {
        CacheFolder before = new CacheFolder(dir);
        for (String name : new String[] {"old-unused.pdf", "old-read.pdf", "old-copied.pdf", "new.pdf"}) before.write(name, new byte[] {7});
        for (String name : new String[] {"old-unused.pdf", "old-read.pdf", "old-copied.pdf"}) age(dir.resolve(name), Duration.ofDays(30));
        CacheFolder preview = new CacheFolder(dir);
        preview.read("old-read.pdf");
        preview.copyTo("old-copied.pdf", dir.resolveSibling(dir.getFileName() + "-copy.pdf"));
        preview.forgetNotUsedFor(Duration.ofDays(14));
        assertFalse(Files.exists(dir.resolve("old-unused.pdf")), "30 days without a build using it");
        assertTrue(Files.exists(dir.resolve("old-read.pdf")), "reading it counts as using it");
        assertTrue(Files.exists(dir.resolve("old-copied.pdf")), "copying it counts as using it");
        assertTrue(Files.exists(dir.resolve("new.pdf")));
    }
}
