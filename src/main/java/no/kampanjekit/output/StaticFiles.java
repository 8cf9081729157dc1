package no.kampanjekit.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import no.kampanjekit.diagnostics.Diagnostics;

/**
 * Copies assets/ to the site root (as JBake does: assets/css/site.css is served as /css/site.css)
 * and the images and attachments that sit beside pages in content/.
 */
public final class StaticFiles {
    /** Folders of assets/ that feed the build (print layouts, slide master) rather than the web. */
    public static final Set<String> BUILD_ONLY_ASSETS = Set.of("print", "slides");

    private StaticFiles() {}

    public static void copyAssets(Path projectDir, Path out, Diagnostics diagnostics) throws IOException {
        Path assets = projectDir.resolve("assets");
        if (!Files.isDirectory(assets)) return;
        List<Path> files;
        try (Stream<Path> s = Files.walk(assets)) {
            files = s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        for (Path file : files) {
            Path rel = assets.relativize(file);
            String relText = rel.toString().replace('\\', '/');
            if (relText.startsWith(".") || relText.contains("/.") || BUILD_ONLY_ASSETS.contains(rel.getName(0).toString())) continue;
            Path dest = out.resolve(relText);
            if (Files.exists(dest)) {
                diagnostics.error("assets/" + relText, 0, 0, "the asset would overwrite the generated file /" + relText,
                        "rename or move the asset");
                continue;
            }
            Files.createDirectories(dest.getParent());
            Files.copy(file, dest);
        }
    }

    public static void copyContentFiles(Path projectDir, List<String> files, Path out) throws IOException {
        for (String rel : files) {
            Path dest = out.resolve(rel);
            Files.createDirectories(dest.getParent());
            Files.copy(projectDir.resolve("content").resolve(rel), dest);
        }
    }
}
