package no.kampanjekit.render.pptx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Optional;
import no.kampanjekit.model.Deck;
import no.kampanjekit.output.CacheFolder;
import no.kampanjekit.output.CodeDigest;
import no.kampanjekit.output.Sha256;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

/**
 * Decks written by earlier builds, by a hash of everything that decides their bytes: the deck as
 * read (its records print every field), the master, every picture it shows, and the code that
 * writes it. Filling a master with POI took most of a rebuild in which nothing had changed.
 */
final class DeckCache {
    private final String setup;
    private final CacheFolder folder;

    /** @param dir the cache folder, or null for none */
    DeckCache(Path dir, byte[] master) {
        this.setup = dir == null ? "" : setup(master);
        this.folder = new CacheFolder(setup.isEmpty() ? null : dir);
    }

    /** The deck's key, or empty (no caching) when a picture or the code cannot be read. */
    String key(Deck deck, Path projectDir) {
        if (setup.isEmpty()) return "";
        MessageDigest sha = Sha256.digest();
        sha.update(setup.getBytes(StandardCharsets.UTF_8));
        sha.update(deck.toString().getBytes(StandardCharsets.UTF_8));
        for (Deck.Slide slide : deck.slides()) {
            if (slide.picture() == null) continue;
            try {
                sha.update(Files.readAllBytes(projectDir.resolve(slide.picture().path())));
            } catch (IOException e) {
                return "";
            }
        }
        return Sha256.hex(sha);
    }

    Optional<byte[]> get(String key) {
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(folder.read(key + ".pptx"));
    }

    void put(String key, byte[] pptx) {
        if (!key.isEmpty()) folder.write(key + ".pptx", pptx);
    }

    /** Removes the decks this build did not ask for, so the cache does not grow without end. */
    void forgetUnused() {
        folder.forgetUnused();
    }

    /** The code of this package and POI's version (through one of its classes), and the master; empty (no caching) if the code cannot be read. */
    private static String setup(byte[] master) {
        MessageDigest sha = Sha256.digest();
        try {
            sha.update(CodeDigest.of(DeckCache.class, XMLSlideShow.class).getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return "";
        }
        sha.update(master);
        return Sha256.hex(sha);
    }
}
