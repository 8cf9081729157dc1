package no.kampanjekit.output;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * One file of many small entries kept from one build for the next (the pages' parsed Markdown,
 * the link check's reading of each page), beside the output like the cache folders. It starts
 * with its format and a digest of the code that wrote it; a file of another format or code reads
 * as empty. It is replaced atomically, so a stopped build never leaves half a file; a damaged one
 * (a full disk) is caught by the reader, and only costs time.
 */
public final class CacheFile {
    /** Writes one file's entries. */
    public interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    /** Reads one file's entries. */
    public interface Reader {
        void read(DataInputStream in) throws IOException;
    }

    private static final int MAX_STRING_BYTES = 1 << 26;

    private CacheFile() {}

    /**
     * Reads {@code file} with {@code reader} if it has this format and setup; false when it is
     * missing, of another format or setup, or damaged (the reader may then have read part of it).
     */
    public static boolean read(Path file, String format, String setup, Reader reader) {
        if (!Files.isRegularFile(file)) return false;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!format.equals(readString(in)) || !setup.equals(readString(in))) return false;
            reader.read(in);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Replaces {@code file} with what {@code writer} writes after the format and setup; a failure only costs the next build time. */
    public static void write(Path file, String format, String setup, Writer writer) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try {
                try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                    writeString(out, format);
                    writeString(out, setup);
                    writer.write(out);
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            // the next build does the work again; nothing else is lost
        }
    }

    /** A string of any length (writeUTF stops at 64 KB), or null. */
    public static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    public static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) return null;
        if (n > MAX_STRING_BYTES) throw new IOException("damaged: a string of " + n + " bytes");
        byte[] b = in.readNBytes(n);
        if (b.length < n) throw new IOException("cut short");
        return new String(b, StandardCharsets.UTF_8);
    }
}
