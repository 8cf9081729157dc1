package no.kampanjekit.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.kampanjekit.output.Sha256;
import no.kampanjekit.output.StagedOutput;

/**
 * The up-to-date check of {@code build}: a digest of everything a build reads, taken before it
 * starts, and a digest of the output it left, kept beside the output in {@code <out>.build-stamp}
 * (target/site.build-stamp). When the next build finds both unchanged, what it would make is what
 * is there already (the build is reproducible: {@code ReproducibleBuildIT}), so it does nothing
 * and says so. Any change builds as usual, taking unchanged PDFs, decks and cards from their
 * caches: an edited page, template, asset, kit or kampanjekit.yml; other options; another version
 * of the generator, a library or Java; or a file in the output that was changed, added or deleted.
 *
 * <p>What a build reads: kampanjekit.yml, content/, templates/, assets/ and kits/ (every file's
 * path and bytes, hidden files too), Decap CMS when it is baked in, the generator's own classes
 * (bytes), its libraries (name, size, time) and the Java running it. The output is described by
 * every file's path, size and modification time, which a copy, edit or deletion changes.
 */
public final class BuildStamp {
    /** What the build that made the output reported, said again when it is not redone. */
    public record Last(int pages, int kits, List<String> warnings) {}

    /** The project's files and folders a build reads. */
    static final List<String> INPUTS = List.of("kampanjekit.yml", "content", "templates", "assets", "kits");

    private final Path file;
    private final Path out;
    private final String inputs;

    private BuildStamp(Path out, String inputs) {
        this.out = out.toAbsolutePath().normalize();
        this.file = StagedOutput.beside(this.out, ".build-stamp");
        this.inputs = inputs;
    }

    /**
     * Takes the digest of the build's inputs now, before it starts: a file saved during the build
     * then counts as a change next time. An input that cannot be read makes a stamp that is never
     * up to date, so the build runs and reports the file.
     */
    public static BuildStamp before(Path projectDir, Path out, Pipeline.Options options) {
        MessageDigest d = Sha256.digest();
        text(d, "kampanjekit build stamp 1");
        text(d, "drafts=" + options.includeDrafts() + " preview=" + options.preview());
        try {
            for (String name : INPUTS) files(d, projectDir.resolve(name), name);
            if (options.decap() != null) files(d, options.decap(), "decap");
            code(d);
        } catch (IOException | UncheckedIOException e) {
            return new BuildStamp(out, null);
        }
        return new BuildStamp(out, Sha256.hex(d));
    }

    /** What the last build reported, when its output is still what a build would make now. */
    public Optional<Last> upToDate() {
        if (inputs == null) return Optional.empty();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty(); // first build, or a failed one since
        }
        try {
            if (lines.size() < 4 || !lines.get(0).equals("inputs " + inputs)) return Optional.empty();
            if (!lines.get(1).equals("output " + outputDigest())) return Optional.empty();
            int pages = Integer.parseInt(after(lines.get(2), "pages "));
            int kits = Integer.parseInt(after(lines.get(3), "kits "));
            List<String> warnings = lines.subList(4, lines.size()).stream().map(l -> unescape(after(l, "warning "))).toList();
            return Optional.of(new Last(pages, kits, warnings));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable or damaged: build
        }
    }

    /** Removes the stamp before a build, so one that fails or is stopped is never taken as up to date. */
    public void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stamp left behind names the old output, which the build replaces: it no longer matches
        }
    }

    /** Records a successful build that has been swapped in; if the stamp cannot be written, the next build just runs. */
    public void record(Last last) {
        if (inputs == null) return;
        try {
            List<String> lines = new ArrayList<>(List.of("inputs " + inputs, "output " + outputDigest(), "pages " + last.pages(), "kits " + last.kits()));
            last.warnings().forEach(w -> lines.add("warning " + escape(w)));
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // costs a full build next time, nothing else
        }
    }

    /** Every file of the output by path, size and modification time, sorted. */
    private String outputDigest() throws IOException {
        if (!Files.isDirectory(out)) return "none";
        MessageDigest d = Sha256.digest();
        List<Path> all;
        try (Stream<Path> s = Files.walk(out)) {
            all = s.sorted().toList();
        }
        for (Path p : all) {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            text(d, out.relativize(p) + "|" + a.isDirectory() + "|" + (a.isDirectory() ? 0 : a.size()) + "|"
                    + (a.isDirectory() ? 0 : a.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
        }
        return Sha256.hex(d);
    }

    /** Each file's path (as the project names it) and bytes, sorted; a missing folder counts as empty. */
    private static void files(MessageDigest d, Path root, String name) throws IOException {
        if (!Files.exists(root)) {
            text(d, name + " (none)");
            return;
        }
        List<Path> all;
        // Through symbolic links, as the template and asset readers go: a linked folder's files count.
        try (Stream<Path> s = Files.walk(root, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            all = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path p : all) {
            byte[] bytes = Files.readAllBytes(p);
            text(d, name + "/" + root.relativize(p).toString().replace('\\', '/') + "|" + bytes.length);
            d.update(bytes);
        }
    }

    /** The generator (its classes and resources, by bytes), its libraries (name, size, time) and the Java running it. */
    private static void code(MessageDigest d) throws IOException {
        text(d, System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.version"));
        TreeSet<Path> entries = new TreeSet<>();
        try {
            entries.add(Path.of(BuildStamp.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
            if (BuildStamp.class.getClassLoader() instanceof URLClassLoader loader) {
                for (URL url : loader.getURLs()) entries.add(Path.of(url.toURI()));
            }
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("cannot tell where the generator's code is", e);
        }
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) entries.add(Path.of(entry).toAbsolutePath().normalize());
        }
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                files(d, entry, "classes"); // the generator in development: target/classes
            } else if (Files.isRegularFile(entry)) {
                BasicFileAttributes a = Files.readAttributes(entry, BasicFileAttributes.class);
                text(d, entry.getFileName() + "|" + a.size() + "|" + a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
            }
        }
    }

    private static void text(MessageDigest d, String s) {
        d.update(s.getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
    }

    private static String after(String line, String prefix) {
        if (!line.startsWith(prefix)) throw new IllegalArgumentException(line);
        return line.substring(prefix.length());
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
