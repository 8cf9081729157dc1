package no.kampanjekit.render.social;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import no.kampanjekit.diagnostics.ContentErrorsException;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.output.OnDemandFiles;

/**
 * The social images stage: one PNG card (1200×630, the size Open Graph and LinkedIn show large) per
 * page, with the page's title in the campaign's look, self-hosted under {@code social/}. Drawn with
 * Java2D and Liberation Sans from assets/fonts; the same card gives the same bytes on every build.
 */
public final class SocialImages {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    static final String BOLD = "assets/fonts/LiberationSans-Bold.ttf";
    static final String REGULAR = "assets/fonts/LiberationSans-Regular.ttf";

    static {
        // Drawing needs no screen; without this a desktop session's display could be picked up.
        System.setProperty("java.awt.headless", "true");
    }

    /**
     * What one card shows.
     *
     * @param uri where the PNG goes, relative to the site root ({@link #uriFor})
     * @param kicker a short line above the title, e.g. «Sjekkliste»; may be empty
     * @param footer the line at the bottom: site title and address
     */
    public record Card(String uri, String kicker, String title, String footer) {}

    private SocialImages() {}

    /** The card's address for a page: {@code kit-a/sjekkliste/} → {@code social/kit-a/sjekkliste.png}, the home page → {@code social/index.png}. */
    public static String uriFor(String pageUri) {
        String path = pageUri.isEmpty() ? "index" : pageUri.endsWith("/") ? pageUri.substring(0, pageUri.length() - 1) : pageUri;
        return "social/" + path + ".png";
    }

    /**
     * Draws every card into {@code out}, in parallel: each card is independent and the PNG encoding
     * is the costly part. A card drawn by an earlier build with the same code, fonts and Java is
     * copied from {@code cache} instead (the bytes would be the same), so rebuilds, above all the
     * preview's, do not redraw a hundred unchanged cards.
     *
     * @param cache a folder kept between builds, or null to draw everything
     */
    public static void draw(List<Card> cards, Path projectDir, Path out, Path cache, Diagnostics diagnostics) {
        if (cards.isEmpty()) return;
        Optional<Font> bold = font(projectDir, BOLD, diagnostics);
        Optional<Font> regular = font(projectDir, REGULAR, diagnostics);
        if (bold.isEmpty() || regular.isEmpty()) return;
        CardPainter painter = new CardPainter(bold.get(), regular.get());
        CardCache cached = new CardCache(cache, projectDir.resolve(BOLD), projectDir.resolve(REGULAR));
        cards.parallelStream().forEach(card -> {
            Path file = out.resolve(card.uri());
            try {
                Files.createDirectories(file.getParent());
                if (Files.exists(file)) {
                    diagnostics.error(card.uri(), 0, 0, "two pages would share the social image /" + card.uri(), "rename one of the pages");
                    return;
                }
                if (cached.copy(card, file)) return;
                BufferedImage image = painter.paint(card);
                try (var png = new java.io.BufferedOutputStream(Files.newOutputStream(file), 32 * 1024)) {
                    PalettePng.write(image, png);
                }
                cached.keep(card, file);
            } catch (IOException e) {
                diagnostics.error(card.uri(), 0, 0, "cannot write the social image: " + e.getMessage(), "check free disk space and permissions");
            }
        });
        cached.forgetUnused();
    }

    /**
     * The preview's social images: every card is planned in {@code onDemand} and drawn only if
     * someone opens it (pages name their card by absolute address, so a preview rarely does).
     * Two pages sharing a card are reported at once, as in a full build.
     */
    public static void plan(List<Card> cards, Path projectDir, OnDemandFiles onDemand, Diagnostics diagnostics) {
        Painter painter = new Painter(projectDir);
        for (Card card : cards) {
            boolean first = onDemand.plan(card.uri(), () -> {
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                PalettePng.write(painter.get().paint(card), png); // the same bytes a full build writes
                return new OnDemandFiles.Made(png.toByteArray(), 0);
            });
            if (!first) diagnostics.error(card.uri(), 0, 0, "two pages would share the social image /" + card.uri(), "rename one of the pages");
        }
    }

    /** The fonts, read when the preview's first card is drawn. */
    private static final class Painter {
        private final Path projectDir;
        private CardPainter painter;

        Painter(Path projectDir) {
            this.projectDir = projectDir;
        }

        synchronized CardPainter get() throws ContentErrorsException {
            if (painter == null) {
                Diagnostics diagnostics = new Diagnostics();
                Optional<Font> bold = font(projectDir, BOLD, diagnostics);
                Optional<Font> regular = font(projectDir, REGULAR, diagnostics);
                if (bold.isEmpty() || regular.isEmpty()) throw new ContentErrorsException(diagnostics.sorted());
                painter = new CardPainter(bold.get(), regular.get());
            }
            return painter;
        }
    }

    /** Draws every card, with no cache. */
    public static void draw(List<Card> cards, Path projectDir, Path out, Diagnostics diagnostics) {
        draw(cards, projectDir, out, null, diagnostics);
    }

    private static Optional<Font> font(Path projectDir, String path, Diagnostics diagnostics) {
        Path file = projectDir.resolve(path);
        if (!Files.isRegularFile(file)) {
            diagnostics.error(path, 0, 0, "the font for social images is missing", "restore " + path + " from the repository (Liberation Sans, OFL)");
            return Optional.empty();
        }
        try {
            return Optional.of(Font.createFont(Font.TRUETYPE_FONT, file.toFile()));
        } catch (FontFormatException | IOException e) {
            diagnostics.error(path, 0, 0, "cannot read the font: " + e.getMessage(), "restore " + path + " from the repository");
            return Optional.empty();
        }
    }
}
