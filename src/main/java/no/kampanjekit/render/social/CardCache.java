package no.kampanjekit.render.social;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.kampanjekit.output.CacheFolder;
import no.kampanjekit.output.CodeDigest;
import no.kampanjekit.output.Sha256;

/**
 * Cards drawn by earlier builds, by a hash of everything that decides their bytes: the card's text,
 * the drawing code (this package), the fonts and the Java that ran it. A hit is copied instead of drawn; cards no
 * longer used are removed after each build. Any problem with the cache just means drawing again.
 */
final class CardCache {
    private final String setup;
    private final CacheFolder folder;

    /** @param dir the cache folder, or null for none */
    CardCache(Path dir, Path... fonts) {
        this.setup = dir == null ? "" : setup(fonts);
        this.folder = new CacheFolder(setup.isEmpty() ? null : dir);
    }

    boolean copy(SocialImages.Card card, Path to) {
        return folder.copyTo(key(card) + ".png", to); // not there yet: draw it
    }

    void keep(SocialImages.Card card, Path drawn) {
        if (!folder.enabled()) return;
        try {
            folder.write(key(card) + ".png", Files.readAllBytes(drawn));
        } catch (IOException e) {
            // a cache that cannot be written only costs time on the next build
        }
    }

    /** Removes cards of pages that are gone or changed, so the cache does not grow without end. */
    void forgetUnused() {
        folder.forgetUnused();
    }

    private String key(SocialImages.Card card) {
        return Sha256.hex(String.join("\0", setup, card.kicker(), card.title(), card.footer()).getBytes(StandardCharsets.UTF_8));
    }

    /** What, besides the card, decides its bytes; empty (no caching) if it cannot be read. */
    private static String setup(Path... fonts) {
        try {
            // Java2D is the JDK's, which the code digest names by version; its rasteriser may differ by CPU.
            StringBuilder b = new StringBuilder(CodeDigest.of(CardCache.class) + "|" + System.getProperty("os.arch"));
            for (Path f : fonts) b.append('|').append(Sha256.hex(Files.readAllBytes(f)));
            return b.toString();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
