package no.kampanjekit.render.pptx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.kampanjekit.build.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild takes an unchanged deck from target/site.deck-cache, and a changed deck or picture misses it. */
class DeckCacheTest {
    @Test
    void anUnchangedDeckComesFromTheCacheAndAChangeIsSeen(@TempDir Path tmp) throws Exception {
        Path project = DeckProjects.project(tmp.resolve("p"));
        Path out = tmp.resolve("site");
        Path cache = tmp.resolve("site.deck-cache");
        Path pptx = out.resolve(DeckProjects.PPTX);

        new Pipeline().build(project, out, Pipeline.Options.PUBLISH);
        byte[] first = Files.readAllBytes(pptx);
        List<Path> kept = files(cache);
        assertEquals(1, kept.size(), "the sample's one deck is kept");

        // A poisoned cache entry proves the second build took the deck from the cache, not from POI.
        byte[] marker = "cached".getBytes();
        Files.write(kept.get(0), marker);
        new Pipeline().build(project, out, Pipeline.Options.PUBLISH);
        assertArrayEquals(marker, Files.readAllBytes(pptx), "an unchanged deck is copied from the cache");

        Files.write(kept.get(0), first);
        Files.writeString(project.resolve(DeckProjects.DECK_PATH),
                Files.readString(project.resolve(DeckProjects.DECK_PATH)).replace("Hva er kjernejournal?", "Hva er egentlig kjernejournal?"));
        new Pipeline().build(project, out, Pipeline.Options.PUBLISH);
        byte[] changed = Files.readAllBytes(pptx);
        assertFalse(java.util.Arrays.equals(first, changed), "a changed slide title gives a new deck");
        assertEquals(1, files(cache).size(), "the old entry is forgotten");

        java.awt.image.BufferedImage other = new java.awt.image.BufferedImage(64, 36, java.awt.image.BufferedImage.TYPE_INT_RGB);
        other.setRGB(10, 10, 0xffda06); // same name, other picture
        javax.imageio.ImageIO.write(other, "png", project.resolve("assets/images/skjerm.png").toFile());
        List<Path> before = files(cache);
        new Pipeline().build(project, out, Pipeline.Options.PUBLISH);
        assertNotEquals(before, files(cache), "a changed picture misses the cache");
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
