package no.kampanjekit.render.pdf;

import com.google.zxing.qrcode.QRCodeWriter;
import com.openhtmltopdf.pdfboxout.PdfBoxAccessibilityHelper;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
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

    private final Path dir;
    private final String setup;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    /** @param dir the cache folder, or null for none */
    PrintCache(Path dir, String inputsDigest) {
        this.dir = dir;
        this.setup = dir == null ? "" : setup(inputsDigest);
    }

    /** The key of one PDF: what it is made from, on top of the setup. */
    String key(String documentInput) {
        return setup.isEmpty() ? "" : hash((setup + "\0" + documentInput).getBytes(StandardCharsets.UTF_8));
    }

    Optional<Entry> get(String key) {
        if (key.isEmpty()) return Optional.empty();
        used.add(key);
        try {
            List<String> meta = Files.readAllLines(dir.resolve(key + ".txt"), StandardCharsets.UTF_8);
            byte[] pdf = Files.readAllBytes(dir.resolve(key + ".pdf"));
            return Optional.of(new Entry(pdf, Integer.parseInt(meta.get(0)), List.copyOf(meta.subList(1, meta.size()))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not there (yet), or damaged: render it
        }
    }

    void put(String key, Entry entry) {
        if (key.isEmpty()) return;
        try {
            Files.createDirectories(dir);
            List<String> meta = new ArrayList<>();
            meta.add(String.valueOf(entry.pages()));
            entry.problems().forEach(p -> meta.add(p.replace('\n', ' ')));
            write(key + ".pdf", entry.pdf());
            write(key + ".txt", String.join("\n", meta).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // a cache that cannot be written only costs time on the next build
        }
    }

    /** Removes the PDFs no job of this build asked for, so the cache does not grow without end. */
    void forgetUnused() {
        if (dir == null || setup.isEmpty() || !Files.isDirectory(dir)) return;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                String key = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                if (!used.contains(key)) Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // as above
        }
    }

    private void write(String name, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(dir, "print", ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** What, besides the document, decides a PDF's bytes; empty (no caching) if it cannot be read. */
    private static String setup(String inputsDigest) {
        StringBuilder b = new StringBuilder(System.getProperty("java.vm.version") + "|" + inputsDigest);
        try {
            for (String name : ownClasses()) b.append('|').append(classHash(PrintCache.class, name));
            for (Class<?> c : ENGINES) b.append('|').append(classHash(c, c.getSimpleName() + ".class"));
        } catch (IOException | RuntimeException e) {
            return "";
        }
        return hash(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Every class file of this package (inner classes and lambdas' hosts included), sorted. */
    private static List<String> ownClasses() throws IOException {
        String pkg = PrintCache.class.getPackageName().replace('.', '/') + "/";
        Path where = Path.of(java.net.URI.create(PrintCache.class.getProtectionDomain().getCodeSource().getLocation().toString()));
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(where)) {
            try (Stream<Path> files = Files.list(where.resolve(pkg))) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class")).forEach(names::add);
            }
        } else {
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(where.toFile())) {
                jar.stream().map(java.util.jar.JarEntry::getName)
                        .filter(n -> n.startsWith(pkg) && n.endsWith(".class") && n.indexOf('/', pkg.length()) < 0)
                        .forEach(n -> names.add(n.substring(pkg.length())));
            }
        }
        if (names.isEmpty()) throw new IOException("no classes found");
        names.sort(null);
        return names;
    }

    private static String classHash(Class<?> near, String name) throws IOException {
        try (InputStream in = near.getResourceAsStream(name)) {
            if (in == null) throw new IOException(name);
            return name + "=" + hash(in.readAllBytes());
        }
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 40);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
