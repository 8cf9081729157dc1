package no.kampanjekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.model.Deck;
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
        PrintRenderer.render(sample.model, sample.decks, sample.project, tmp.resolve("first"), cache, new Diagnostics(), 2);
        assertEquals(17, pdfsIn(cache).size(), "every PDF is kept, the deck's and the municipalities' editions too");

        // Proof that the second build reads the cache: a cached file changed on disk comes out as it is.
        Path cached = pdfsIn(cache).get(0);
        byte[] original = Files.readAllBytes(cached);
        byte[] marked = original.clone();
        marked[marked.length - 2] = (byte) '%';
        Files.write(cached, marked);
        Map<String, List<Download>> second = PrintRenderer.render(sample.model, sample.decks, sample.project, tmp.resolve("second"), cache, new Diagnostics(), 2);
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
        assertEquals(16, same);
        Files.write(cached, original);

        // A build without the posters (and without editions: this Site has no municipalities) forgets them.
        Site withoutPoster = new Site(sample.model.config(), sample.model.items().stream().filter(i -> !i.contentPath().equals("kit-a/plakat.md")).toList(),
                sample.model.kits(), sample.model.data(), sample.model.contentFiles(), Map.of());
        PrintRenderer.render(withoutPoster, sample.decks, sample.project, tmp.resolve("third"), cache, new Diagnostics(), 2);
        assertEquals(6, pdfsIn(cache).size());
    }

    @Test
    void aChangedSlideOrSlideImageIsRenderedAgain(@TempDir Path tmp) throws IOException {
        var sample = PrintedSample.get();
        Path cache = tmp.resolve("cache");
        PrintRenderer.render(sample.model, sample.decks, sample.project, tmp.resolve("first"), cache, new Diagnostics(), 2);
        byte[] first = Files.readAllBytes(tmp.resolve("first/downloads/kit-a/lysark.pdf"));

        // The deck's content is part of the key: another title on a slide is another PDF.
        var d = sample.decks.get(0);
        var s = d.deck().slides().get(1);
        var retitled = new Deck.Slide(s.number(), s.line(), s.layout(), "Ny tittel på lysbildet", s.body(), s.second(), s.figure(), s.picture(),
                s.table(), s.notes());
        List<Deck.Slide> slides = List.of(d.deck().slides().get(0), retitled);
        var changed = new PrintRenderer.DeckPdf(new Deck(d.deck().sourcePath(), d.deck().contentPath(), d.deck().title(), d.deck().lang(),
                d.deck().date(), d.deck().author(), d.deck().subject(), slides), d.uri());
        PrintRenderer.render(sample.model, List.of(changed), sample.project, tmp.resolve("second"), cache, new Diagnostics(), 2);
        byte[] second = Files.readAllBytes(tmp.resolve("second/downloads/kit-a/lysark.pdf"));
        assertFalse(java.util.Arrays.equals(first, second), "rendered again, not taken from the cache");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(second)) {
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).contains("Ny tittel på lysbildet"));
        }

        // So is an image's content, not only its name.
        Path png = tmp.resolve("bilde.png");
        String xhtml = "<img src=\"" + png.toUri() + "\"/>";
        Files.write(png, new byte[] {1, 2, 3});
        String before = PrintRenderer.imagesDigest(xhtml, new java.util.HashMap<>());
        Files.write(png, new byte[] {1, 2, 4});
        assertNotEquals(before, PrintRenderer.imagesDigest(xhtml, new java.util.HashMap<>()), "a changed image changes the cache key");
    }

    private static List<Path> pdfsIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }
}
