package no.kampanjekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.model.Download;
import no.kampanjekit.model.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rebuilds reuse the PDFs of earlier builds: the same bytes, without rendering them again. */
class PrintCacheTest {
    @Test
    void aRebuildTakesUnchangedPdfsFromTheCacheAndForgetsPagesThatAreGone(@TempDir Path tmp) throws IOException {
        var sample = PrintedSample.get();
        Path cache = tmp.resolve("cache");
        PrintRenderer.render(sample.model, sample.project, tmp.resolve("first"), cache, new Diagnostics(), 2);
        assertEquals(16, pdfsIn(cache).size(), "every PDF is kept, the municipalities' editions too");

        // Proof that the second build reads the cache: a cached file changed on disk comes out as it is.
        Path cached = pdfsIn(cache).get(0);
        byte[] original = Files.readAllBytes(cached);
        byte[] marked = original.clone();
        marked[marked.length - 2] = (byte) '%';
        Files.write(cached, marked);
        Map<String, List<Download>> second = PrintRenderer.render(sample.model, sample.project, tmp.resolve("second"), cache, new Diagnostics(), 2);
        int same = 0, fromMarked = 0;
        for (List<Download> list : second.values()) {
            for (Download d : list) {
                byte[] made = Files.readAllBytes(tmp.resolve("second").resolve(d.uri()));
                if (java.util.Arrays.equals(made, marked)) {
                    fromMarked++;
                } else {
                    assertArrayEquals(Files.readAllBytes(sample.site.resolve(d.uri())), made, d.uri() + " is the freshly rendered file");
                    same++;
                }
            }
        }
        assertEquals(1, fromMarked);
        assertEquals(15, same);
        Files.write(cached, original);

        // A build without the posters (and without editions: this Site has no municipalities) forgets them.
        Site withoutPoster = new Site(sample.model.config(), sample.model.items().stream().filter(i -> !i.contentPath().equals("kit-a/plakat.md")).toList(),
                sample.model.kits(), sample.model.data(), sample.model.contentFiles(), Map.of());
        PrintRenderer.render(withoutPoster, sample.project, tmp.resolve("third"), cache, new Diagnostics(), 2);
        assertEquals(5, pdfsIn(cache).size());
    }

    private static List<Path> pdfsIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }
}
