package no.kampanjekit.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Builds into a staging folder beside the target and swaps it in only when everything succeeded,
 * so a failed build never leaves a half-written site where the old one was.
 */
public final class StagedOutput implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private boolean committed;

    public StagedOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        this.staging = beside(this.target, ".staging");
        deleteTree(staging);
        deleteLeftovers();
        Files.createDirectories(staging);
    }

    /** Old sites a stopped preview did not finish deleting ({@code <target>.old-*}). */
    private void deleteLeftovers() throws IOException {
        if (!Files.isDirectory(target.getParent())) return;
        String prefix = target.getFileName() + ".old-";
        try (var siblings = Files.list(target.getParent())) {
            for (Path p : siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                // Another build's background delete may be at it too; whatever is left, the next one removes.
                try {
                    deleteTree(p);
                } catch (IOException e) {
                    // see above
                }
            }
        }
    }

    /**
     * What a build keeps next to its output, named after it: {@code target/site} and
     * {@code .print-cache} give {@code target/site.print-cache}. The staging folder, the caches and
     * the build stamp all live there, so the output folder holds only the site.
     */
    public static Path beside(Path target, String suffix) {
        Path t = target.toAbsolutePath().normalize();
        return t.resolveSibling(t.getFileName() + suffix);
    }

    /** Where this build writes. */
    public Path dir() {
        return staging;
    }

    /** Replaces the target with what was staged. */
    public void commit() throws IOException {
        commit(false);
    }

    /**
     * Replaces the target with what was staged.
     *
     * @param deleteOldLater delete the replaced files on a background thread: the preview's reload
     *     then waits for two renames, not for the disk to delete a whole site (up to half a second
     *     on a busy machine). A site left half-deleted when the program stops is removed next time.
     */
    public void commit(boolean deleteOldLater) throws IOException {
        Path old = beside(target, ".old");
        deleteTree(old);
        if (deleteOldLater && Files.exists(target)) old = Files.createTempDirectory(target.getParent(), target.getFileName() + ".old-");
        Path replaced = deleteOldLater ? old.resolve("site") : old;
        if (Files.exists(target)) Files.move(target, replaced, StandardCopyOption.ATOMIC_MOVE);
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        if (!deleteOldLater) {
            deleteTree(old);
            return;
        }
        Path trash = old;
        Thread cleaner = new Thread(() -> {
            try {
                deleteTree(trash);
            } catch (IOException e) {
                // left for the next build to remove
            }
        }, "delete-old-site");
        cleaner.setDaemon(true);
        cleaner.start();
    }

    /** Throws away the staged files unless they were committed; the target stays as it was. */
    @Override
    public void close() throws IOException {
        if (!committed) deleteTree(staging);
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
