package no.kampanjekit.render.pptx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip (an OOXML package) so that the same content always gives the same bytes: entries
 * sorted by name with {@code [Content_Types].xml} first, every entry dated {@code date} at
 * midnight (local DOS time, so the machine's time zone does not matter), no comments or extras.
 */
final class ReproducibleZip {
    static final String CONTENT_TYPES = "[Content_Types].xml";

    private ReproducibleZip() {}

    static byte[] normalize(byte[] zip, LocalDate date) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>((a, b) -> a.equals(b) ? 0
                : a.equals(CONTENT_TYPES) ? -1 : b.equals(CONTENT_TYPES) ? 1 : a.compareTo(b));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (!e.isDirectory()) entries.put(e.getName(), in.readAllBytes());
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(6);
            for (var e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal((date.getYear() < 1980 ? LocalDate.of(1980, 1, 1) : date).atStartOfDay());
                out.putNextEntry(entry);
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
