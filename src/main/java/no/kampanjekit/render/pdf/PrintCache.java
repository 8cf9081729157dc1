package no.kampanjekit.render.pdf;

import com.google.zxing.qrcode.QRCodeWriter;
import com.openhtmltopdf.pdfboxout.PdfBoxAccessibilityHelper;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.kampanjekit.output.CacheFolder;
import no.kampanjekit.output.CodeDigest;
import no.kampanjekit.output.Sha256;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * PDFs made by earlier builds, by a hash of everything that decides their bytes: the document's
 * XHTML and metadata, the print styles and fonts, the code of this package and of the engines, and
 * the Java that ran them. Rendering is deterministic, so a hit is the very file a fresh render
 * would make; the preview server's rebuilds then only render the pages that changed. Entries not
 * used by a build are removed after it. Any problem with the cache just means rendering again.
 */
final class PrintCache {
    /** A cached PDF with its page count and the warnings its rendering gave. */
    record Entry(byte[] pdf, int pages, List<String> problems) {}

    /** Engine classes whose code shapes the bytes; this package's own classes are all hashed. */
    private static final Class<?>[] ENGINES = {PdfBoxRenderer.class, PdfBoxAccessibilityHelper.class, PDDocument.class, COSWriter.class,
            QRCodeWriter.class};

    private final String setup;
    private final CacheFolder folder;

    /** @param dir the cache folder, or null for none */
    PrintCache(Path dir, String inputsDigest) {
        this.setup = dir == null ? "" : setup(inputsDigest);
        this.folder = new CacheFolder(setup.isEmpty() ? null : dir);
    }

    /** The key of one PDF: what it is made from, on top of the setup. */
    String key(String documentInput) {
        return setup.isEmpty() ? "" : key40((setup + "\0" + documentInput).getBytes(StandardCharsets.UTF_8));
    }

    Optional<Entry> get(String key) {
        if (key.isEmpty()) return Optional.empty();
        byte[] meta = folder.read(key + ".txt");
        byte[] pdf = folder.read(key + ".pdf");
        if (meta == null || pdf == null) return Optional.empty(); // not there (yet): render it
        try {
            List<String> lines = List.of(new String(meta, StandardCharsets.UTF_8).split("\n", -1));
            return Optional.of(new Entry(pdf, Integer.parseInt(lines.get(0)), List.copyOf(lines.subList(1, lines.size()))));
        } catch (RuntimeException e) {
            return Optional.empty(); // damaged: render it
        }
    }

    void put(String key, Entry entry) {
        if (key.isEmpty()) return;
        List<String> meta = new ArrayList<>();
        meta.add(String.valueOf(entry.pages()));
        entry.problems().forEach(p -> meta.add(p.replace('\n', ' ')));
        folder.write(key + ".pdf", entry.pdf());
        folder.write(key + ".txt", String.join("\n", meta).getBytes(StandardCharsets.UTF_8));
    }

    /** Removes the PDFs no job of this build asked for, so the cache does not grow without end. */
    void forgetUnused() {
        folder.forgetUnused();
    }

    /** What, besides the document, decides a PDF's bytes; empty (no caching) if it cannot be read. */
    private static String setup(String inputsDigest) {
        try {
            return key40((CodeDigest.of(PrintCache.class, ENGINES) + "|" + inputsDigest).getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** Entries are named by the first 40 hex digits: short enough for any file system, long enough never to collide. */
    private static String key40(byte[] bytes) {
        return Sha256.hex(bytes).substring(0, 40);
    }
}
