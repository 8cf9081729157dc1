package no.kampanjekit.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.output.Sha256;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * The fonts PDFs embed: every TrueType file in {@code assets/fonts/}, read once per build and
 * registered under the family, weight and style its own tables declare, so the print CSS names
 * them like any font. Keep each font's licence beside it.
 *
 * <p>Two adjustments, made in memory only (the files stay as they are):
 * <ul>
 * <li>The GSUB table is left out. PDFBox 3 applies it to every run of text with freshly built
 *     regular expressions, which took two thirds of the time of a PDF; Latin text needs none of
 *     it (at most the fi/fl ligatures are lost, which also keeps copied text clean).</li>
 * <li>Fillable text fields get a font of their own: the regular face cut down to the WinAnsi
 *     characters (which include æ ø å and every Western European letter), embedded whole, so
 *     whatever a reader types into a field can be shown with it.</li>
 * </ul>
 */
final class PrintFonts {
    /** One face of a family. */
    record Face(String file, String family, int weight, boolean italic, byte[] bytes) {}

    private static final List<String> FORM_FONT_TABLES = List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap",
            "name", "OS/2", "post", "cvt ", "fpgm", "prep");

    private final List<Face> faces;
    private final byte[] formFont;
    private final String digest;

    private PrintFonts(List<Face> faces, byte[] formFont, String digest) {
        this.faces = faces;
        this.formFont = formFont;
        this.digest = digest;
    }

    List<Face> faces() {
        return faces;
    }

    /** The TrueType program for fillable text fields (WinAnsi characters of the first regular face). */
    byte[] formFont() {
        return formFont;
    }

    /** A digest of every font program, so a PDF's document ID changes when a font does. */
    String digest() {
        return digest;
    }

    /** Reads assets/fonts/*.ttf; problems become diagnostics and the result is null. */
    static PrintFonts load(Path projectDir, Diagnostics diagnostics) throws IOException {
        Path dir = projectDir.resolve("assets/fonts");
        List<Path> files;
        try (Stream<Path> s = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttf")).sorted().toList();
        }
        if (files.isEmpty()) {
            diagnostics.error("assets/fonts", 0, 0, "no TrueType fonts (.ttf) to embed in PDFs",
                    "put the TTF files of an openly licensed font (e.g. Liberation Sans) and its licence in assets/fonts/");
            return null;
        }
        List<Face> faces = new ArrayList<>();
        MessageDigest sha = Sha256.digest();
        for (Path file : files) {
            String rel = "assets/fonts/" + file.getFileName();
            byte[] bytes = Files.readAllBytes(file);
            sha.update(bytes);
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
                String family = ttf.getNaming() == null ? null : ttf.getNaming().getFontFamily();
                if (family == null || os2 == null) {
                    diagnostics.error(rel, 0, 0, "the font has no family name or no OS/2 table", "use a complete TrueType font file");
                    continue;
                }
                boolean italic = (os2.getFsSelection() & 1) != 0 || (ttf.getHeader().getMacStyle() & 2) != 0;
                faces.add(new Face(rel, family, os2.getWeightClass(), italic, withoutTable(bytes, "GSUB")));
            } catch (IOException e) {
                diagnostics.error(rel, 0, 0, "cannot read the font: " + e.getMessage(), "use a TrueType (.ttf) font file");
            }
        }
        if (faces.isEmpty()) return null;
        Face regular = faces.stream().filter(f -> !f.italic())
                .min(Comparator.comparing((Face f) -> Math.abs(f.weight() - 400)).thenComparing(Face::family).thenComparing(Face::file))
                .orElse(faces.get(0));
        byte[] form;
        try {
            form = winAnsiSubset(regular.bytes());
        } catch (IOException e) {
            diagnostics.error(regular.file(), 0, 0, "cannot prepare the font for form fields: " + e.getMessage(), "use a TrueType (.ttf) font file");
            return null;
        }
        return new PrintFonts(List.copyOf(faces), form, Sha256.hex(sha));
    }

    /** The font with every WinAnsi character, and nothing else. */
    private static byte[] winAnsiSubset(byte[] ttfBytes) throws IOException {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(ttfBytes))) {
            TTFSubsetter subsetter = new TTFSubsetter(ttf, FORM_FONT_TABLES);
            for (int code = 32; code < 256; code++) {
                String name = WinAnsiEncoding.INSTANCE.getName(code);
                if (name == null || name.equals(".notdef")) continue;
                String unicode = org.apache.pdfbox.pdmodel.font.encoding.GlyphList.getAdobeGlyphList().toUnicode(name);
                if (unicode != null && unicode.length() == 1) subsetter.add(unicode.charAt(0));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        }
    }

    /** A copy of a TrueType file whose table directory no longer lists {@code tag}. */
    static byte[] withoutTable(byte[] ttf, String tag) {
        ByteBuffer in = ByteBuffer.wrap(ttf);
        int count = in.getShort(4) & 0xFFFF;
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = 12 + 16 * i;
            if (!new String(ttf, at, 4, StandardCharsets.US_ASCII).equals(tag)) kept.add(at);
        }
        if (kept.size() == count) return ttf;
        byte[] out = ttf.clone();
        ByteBuffer o = ByteBuffer.wrap(out);
        int n = kept.size();
        int power = 1, log = 0;
        while (power * 2 <= n) {
            power *= 2;
            log++;
        }
        o.putShort(4, (short) n);
        o.putShort(6, (short) (power * 16));
        o.putShort(8, (short) log);
        o.putShort(10, (short) (n * 16 - power * 16));
        for (int i = 0; i < n; i++) System.arraycopy(ttf, kept.get(i), out, 12 + 16 * i, 16);
        java.util.Arrays.fill(out, 12 + 16 * n, 12 + 16 * count, (byte) 0);
        return out;
    }
}
