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
        this.staging = this.target.resolveSibling(this.target.getFileName() + ".staging");
        deleteTree(staging);
        Files.createDirectories(staging);
    }

    /** Where this build writes. */
    public Path dir() {
        return staging;
    }

    /** Replaces the target with what was staged. */
    public void commit() throws IOException {
        Path old = target.resolveSibling(target.getFileName() + ".old");
        deleteTree(old);
        if (Files.exists(target)) Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
        committed = true;
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
