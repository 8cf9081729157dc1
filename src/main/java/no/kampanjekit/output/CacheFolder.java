package no.kampanjekit.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A folder of files kept from one build for the next, named by a hash of their inputs (the
 * PDFs, decks and social cards beside the output). Writes are atomic, so a build stopped half
 * way never leaves a damaged entry; a build removes afterwards what it did not ask for, so the
 * folder does not grow without end. A cache that cannot be read or written only costs time.
 */
public final class CacheFolder {
    private final Path dir;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    /** @param dir the folder, or null for no cache */
    public CacheFolder(Path dir) {
        this.dir = dir;
    }

    public boolean enabled() {
        return dir != null;
    }

    /** The file {@code name} of the last build, marking it as still in use; null when it is not there. */
    public byte[] read(String name) {
        if (dir == null) return null;
        used.add(name);
        try {
            byte[] bytes = Files.readAllBytes(dir.resolve(name));
            touch(name);
            return bytes;
        } catch (IOException e) {
            return null;
        }
    }

    /** Copies the kept file {@code name} to {@code to}, marking it as still in use; false when it is not there. */
    public boolean copyTo(String name, Path to) {
        if (dir == null) return false;
        used.add(name);
        try {
            Files.copy(dir.resolve(name), to);
            touch(name);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public void write(String name, byte[] bytes) {
        if (dir == null) return;
        used.add(name);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "entry", ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // only costs time on the next build
        }
    }

    /** Marks an entry as used now, for {@link #forgetNotUsedFor}; it does not change what any build makes. */
    private void touch(String name) {
        try {
            Files.setLastModifiedTime(dir.resolve(name), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // it may be removed a little early; that only costs time
        }
    }

    /**
     * Removes the files no build has read or written for {@code age}: for the preview's cache,
     * where each build makes only the files that are opened, so no build knows them all.
     */
    public void forgetNotUsedFor(java.time.Duration age) {
        if (dir == null || !Files.isDirectory(dir)) return;
        long before = System.currentTimeMillis() - age.toMillis();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                if (Files.getLastModifiedTime(f).toMillis() < before) Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // as below
        }
    }

    /** Removes every file this build neither read nor wrote. */
    public void forgetUnused() {
        if (dir == null || !Files.isDirectory(dir)) return;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                if (!used.contains(f.getFileName().toString())) Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // as above
        }
    }
}
