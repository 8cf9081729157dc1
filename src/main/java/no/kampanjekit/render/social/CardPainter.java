package no.kampanjekit.render.social;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws one social card in the campaign's look: the campaign blue, a yellow accent, the title in
 * Liberation Sans Bold as large as fits. Long titles wrap and the type shrinks until every word is
 * inside the card: a title is never cut off. Thread-safe: each call draws on its own image.
 *
 * <p>Every colour on a card lies between the campaign blue and white (the yellow bar aside), so the
 * card is drawn as light on black, where the red channel says how far towards white a pixel is, and
 * then stored as an 8-bit palette image along that ramp. It looks the same as drawing in full
 * colour, and the PNG is a third of the data to compress: encoding was most of the time.
 */
final class CardPainter {
    static final Color BLUE = new Color(0x0062ba);
    static final Color YELLOW = new Color(0xffda06);
    static final Color WHITE = Color.WHITE;
    /** The kicker and the rule: 84 % of the way from blue to white. */
    static final int PALE_LEVEL = 214;
    /** Drawn where the yellow bar goes; the only colour whose red and green differ. */
    private static final Color MARKER = new Color(0, 255, 0);
    static final int RAMP = 255;
    static final int YELLOW_INDEX = 255;
    static final IndexColorModel PALETTE = palette();

    static final int MARGIN = 80;
    static final int TEXT_WIDTH = SocialImages.WIDTH - 2 * MARGIN;
    /** The title's box: between the kicker and the footer rule. */
    static final int TITLE_TOP = 170;
    static final int TITLE_BOTTOM = 500;
    static final int RULE_Y = 528;
    static final float LINE_HEIGHT = 1.16f;
    static final float LARGEST = 76f;
    static final float SMALLEST = 6f;

    /** Fractional metrics and grey-scale antialiasing: no sub-pixel colour fringes, the same on every screen. */
    static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);

    private final Font bold;
    private final Font regular;

    CardPainter(Font bold, Font regular) {
        Map<TextAttribute, Object> kerning = Map.of(TextAttribute.KERNING, TextAttribute.KERNING_ON);
        this.bold = bold.deriveFont(kerning);
        this.regular = regular.deriveFont(kerning);
    }

    /** The card as a palette image, ready for the PNG writer. */
    BufferedImage paint(SocialImages.Card card) {
        return toPalette(drawLevels(card));
    }

    /** Draws the card light-on-black: red = how far towards white; the yellow bar in {@link #MARKER}. */
    BufferedImage drawLevels(SocialImages.Card card) {
        Color blue = Color.BLACK;
        Color white = Color.WHITE;
        Color pale = new Color(PALE_LEVEL, PALE_LEVEL, PALE_LEVEL);
        BufferedImage image = new BufferedImage(SocialImages.WIDTH, SocialImages.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);

            g.setColor(blue);
            g.fillRect(0, 0, SocialImages.WIDTH, SocialImages.HEIGHT);
            g.setColor(MARKER);
            g.fillRect(MARGIN, 64, 96, 10);

            if (!card.kicker().isBlank()) {
                String kicker = card.kicker().toUpperCase(Locale.ROOT);
                g.setFont(fitLine(bold.deriveFont(Map.of(TextAttribute.TRACKING, 0.06f)), kicker, 30f));
                g.setColor(pale);
                g.drawString(kicker, MARGIN, 128);
            }

            Layout title = fitTitle(card.title());
            g.setFont(title.font());
            g.setColor(white);
            float lineHeight = title.font().getSize2D() * LINE_HEIGHT;
            float ascent = title.font().getLineMetrics("Åg", FRC).getAscent();
            float y = TITLE_TOP + ascent;
            for (String line : title.lines()) {
                g.drawString(line, (float) MARGIN, y);
                y += lineHeight;
            }

            g.setColor(pale);
            g.setStroke(new BasicStroke(2f));
            g.draw(new Line2D.Float(MARGIN, RULE_Y, SocialImages.WIDTH - MARGIN, RULE_Y));
            Font footer = fitLine(regular, card.footer(), 28f);
            g.setFont(footer);
            g.setColor(white);
            g.drawString(card.footer(), MARGIN, 580);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Blue at 0, white at {@link #RAMP} - 1, evenly between; yellow last. */
    private static IndexColorModel palette() {
        byte[] r = new byte[256];
        byte[] g = new byte[256];
        byte[] b = new byte[256];
        for (int i = 0; i < RAMP; i++) {
            double t = i / (double) (RAMP - 1);
            r[i] = (byte) Math.round(BLUE.getRed() + (WHITE.getRed() - BLUE.getRed()) * t);
            g[i] = (byte) Math.round(BLUE.getGreen() + (WHITE.getGreen() - BLUE.getGreen()) * t);
            b[i] = (byte) Math.round(BLUE.getBlue() + (WHITE.getBlue() - BLUE.getBlue()) * t);
        }
        r[YELLOW_INDEX] = (byte) YELLOW.getRed();
        g[YELLOW_INDEX] = (byte) YELLOW.getGreen();
        b[YELLOW_INDEX] = (byte) YELLOW.getBlue();
        return new IndexColorModel(8, 256, r, g, b);
    }

    static BufferedImage toPalette(BufferedImage levels) {
        int w = levels.getWidth();
        int h = levels.getHeight();
        int[] rgb = ((DataBufferInt) levels.getRaster().getDataBuffer()).getData(); // TYPE_INT_RGB: one int a pixel, no copy
        byte[] index = new byte[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            int red = (rgb[i] >> 16) & 0xff;
            int green = (rgb[i] >> 8) & 0xff;
            index[i] = (byte) (red != green ? YELLOW_INDEX : (red * (RAMP - 1) + 127) / 255);
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, PALETTE);
        out.getRaster().setDataElements(0, 0, w, h, index);
        return out;
    }

    /** The title's lines and the size they are set in. */
    record Layout(Font font, List<String> lines) {}

    /** The largest size at which the wrapped title fits its box; below {@link #LARGEST} in steps that keep sizes whole. */
    Layout fitTitle(String title) {
        String text = title.strip().replaceAll("\\s+", " ");
        int boxHeight = TITLE_BOTTOM - TITLE_TOP;
        for (float size = LARGEST; size >= SMALLEST; size -= size > 30 ? 4 : 1) {
            Font f = bold.deriveFont(size);
            List<String> lines = wrap(text, f, TEXT_WIDTH);
            float height = (lines.size() - 1) * size * LINE_HEIGHT + f.getLineMetrics("Åg", FRC).getAscent() + f.getLineMetrics("Åg", FRC).getDescent();
            if (height <= boxHeight) return new Layout(f, lines);
        }
        // Titles are at most 2 000 characters (StrictMapping), which fit at the smallest size; guard anyway.
        Font f = bold.deriveFont(SMALLEST);
        return new Layout(f, wrap(text, f, TEXT_WIDTH));
    }

    /**
     * Greedy word wrap by measured width. A word wider than the box is split where it has a
     * hyphen, else between letters, so nothing runs past the edge.
     */
    static List<String> wrap(String text, Font font, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, font) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) lines.add(line.toString());
            line.setLength(0);
            String rest = word;
            while (width(rest, font) > width) {
                int cut = breakPoint(rest, font, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    /** Where to split a word too long for a line: after its last hyphen that fits, else after as many letters as fit. */
    private static int breakPoint(String word, Font font, double width) {
        int fits = 1;
        while (fits < word.length() && width(word.substring(0, word.offsetByCodePoints(fits, 1)), font) <= width) {
            fits = word.offsetByCodePoints(fits, 1);
        }
        int hyphen = word.lastIndexOf('-', fits - 1);
        return hyphen > 0 ? hyphen + 1 : fits;
    }

    static double width(String s, Font font) {
        return font.getStringBounds(s, FRC).getWidth();
    }

    /** The font at {@code size}, or smaller until {@code text} fits on one line. */
    private static Font fitLine(Font base, String text, float size) {
        Font f = base.deriveFont(size);
        while (width(text, f) > TEXT_WIDTH && size > SMALLEST) {
            size -= 1;
            f = base.deriveFont(size);
        }
        return f;
    }
}
