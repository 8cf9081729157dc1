package no.kampanjekit.render.kit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a ZIP that is byte-identical from build to build: entries sorted by name, every entry
 * (and folder) stamped with the same local time, no extra fields, no comments, UTF-8 names.
 * Files that are compressed already (PPTX, PNG, ZIP …) are stored, the rest deflated.
 */
final class ReproducibleZip {
    /** Formats that are ZIP or image containers themselves: deflating them again only costs time. */
    private static final Set<String> STORED = Set.of("pptx", "docx", "xlsx", "odp", "odt", "zip", "png", "jpg", "jpeg", "gif", "webp");

    /** One file in the ZIP; {@code name} uses / between folders. */
    record Entry(String name, byte[] bytes) {}

    private ReproducibleZip() {}

    /** @param time the stamp of every entry, in the DOS local-time form ZIP stores (no time zone) */
    static void write(Path zip, List<Entry> entries, LocalDateTime time) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip)) {
            write(out, entries, time);
        }
    }

    /** As {@link #write(Path, List, LocalDateTime)}, into memory (the preview makes ZIPs when they are opened). */
    static byte[] bytes(List<Entry> entries, LocalDateTime time) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        write(out, entries, time);
        return out.toByteArray();
    }

    private static void write(OutputStream out, List<Entry> entries, LocalDateTime time) throws IOException {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::name));
        // Folders get entries of their own, so every unzip tool makes them with the same stamp.
        Set<String> folders = new TreeSet<>();
        for (Entry e : sorted) {
            for (int slash = e.name().indexOf('/'); slash >= 0; slash = e.name().indexOf('/', slash + 1)) {
                folders.add(e.name().substring(0, slash + 1));
            }
        }
        List<Entry> all = new ArrayList<>();
        for (String f : folders) all.add(new Entry(f, null));
        all.addAll(sorted);
        all.sort(Comparator.comparing(Entry::name));
        try (ZipOutputStream z = new ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8)) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            for (Entry e : all) {
                ZipEntry entry = new ZipEntry(e.name());
                entry.setTimeLocal(time);
                if (e.bytes() == null || stored(e.name())) {
                    byte[] b = e.bytes() == null ? new byte[0] : e.bytes();
                    CRC32 crc = new CRC32();
                    crc.update(b);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(b.length);
                    entry.setCompressedSize(b.length);
                    entry.setCrc(crc.getValue());
                }
                z.putNextEntry(entry);
                if (e.bytes() != null) z.write(e.bytes());
                z.closeEntry();
            }
        }
    }

    private static boolean stored(String name) {
        int dot = name.lastIndexOf('.');
        return dot >= 0 && STORED.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
