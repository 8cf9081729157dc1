package no.kampanjekit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Assembles sample projects for tests: a site under src/test/resources/sites plus the real templates and assets. */
public final class SampleSites {
    public static final Path SITES = Path.of("src/test/resources/sites");

    private SampleSites() {}

    /** A copy of sites/{@code name} in a fresh folder, with the project's own templates/ and assets/. */
    public static Path project(String name, Path into) {
        copyTree(SITES.resolve(name), into);
        copyTree(Path.of("templates"), into.resolve("templates"));
        copyTree(Path.of("assets"), into.resolve("assets"));
        return into;
    }

    /**
     * The basic site with a case's files laid over it. A case's {@code delete.txt} lists files to
     * remove; {@code expected.txt} is not copied.
     */
    public static Path overlay(Path caseDir, Path into) {
        project("basic", into);
        try (Stream<Path> files = Files.walk(caseDir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = caseDir.relativize(f).toString();
                if (rel.equals("expected.txt")) continue;
                if (rel.equals("delete.txt")) {
                    for (String line : Files.readAllLines(f)) if (!line.isBlank()) Files.delete(into.resolve(line.strip()));
                    continue;
                }
                Path dest = into.resolve(rel);
                Files.createDirectories(dest.getParent());
                Files.copy(f, dest, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return into;
    }

    public static void deleteTree(Path dir) {
        try {
            no.kampanjekit.output.StagedOutput.deleteTree(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copyTree(Path from, Path to) {
        if (!Files.exists(from)) return;
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.sorted().toList()) {
                Path dest = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(dest);
                else Files.copy(f, dest, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
