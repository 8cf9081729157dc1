package no.kampanjekit.load;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.kampanjekit.diagnostics.Diagnostics;

/**
 * Walks content/ in sorted order and sorts what it finds: Markdown pages, data files under
 * content/data/, and files that are copied as they are (images, attachments). Symbolic links,
 * unknown file kinds and names that would make bad addresses are reported, never skipped silently.
 */
public final class ContentFolder {
    public static final String DATA_DIR = "data";
    /** Files that may sit beside pages and are published as they are. */
    public static final Set<String> STATIC_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "pdf");

    /** What content/ holds. Paths are relative to content/ with forward slashes, sorted. */
    public record Contents(List<SourceDocument> documents, Map<String, Object> data, List<String> staticFiles, Set<String> markdownFiles) {}

    private ContentFolder() {}

    public static Contents read(Path projectDir, Diagnostics diagnostics) {
        Path root = projectDir.resolve("content");
        List<SourceDocument> documents = new ArrayList<>();
        Map<String, Object> data = new LinkedHashMap<>();
        List<String> statics = new ArrayList<>();
        List<String> markdown = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            diagnostics.error("content", 0, 0, "the content folder is missing", "create content/ with at least content/index.md");
            return new Contents(documents, data, statics, Set.of());
        }
        List<Path> files = new ArrayList<>();
        Map<String, String> lowerCaseNames = new HashMap<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String rel = relative(root, file);
                    if (attrs.isSymbolicLink()) {
                        diagnostics.error("content/" + rel, 0, 0, "symbolic links are not allowed in content/",
                                "copy the file into content/ instead of linking to it");
                    } else if (attrs.isRegularFile()) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    diagnostics.error("content/" + relative(root, file), 0, 0, "cannot read: " + e.getMessage(), "check the file's permissions");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            diagnostics.error("content", 0, 0, "cannot walk the content folder: " + e.getMessage(), "check its permissions");
        }
        files.sort(null);
        for (Path file : files) {
            String rel = relative(root, file);
            String path = "content/" + rel;
            String name = file.getFileName().toString();
            if (name.startsWith(".")) continue; // editor and OS litter such as .DS_Store is never published
            String earlier = lowerCaseNames.putIfAbsent(rel.toLowerCase(Locale.ROOT), rel);
            if (earlier != null) {
                diagnostics.error(path, 0, 0, "the name differs from content/" + earlier + " only by upper/lower case",
                        "rename one of them; addresses must not depend on case");
                continue;
            }
            String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            if (rel.startsWith(DATA_DIR + "/")) {
                if (ext.equals("yml") || ext.equals("yaml")) {
                    TextFiles.read(file, path, diagnostics)
                            .flatMap(t -> YamlReader.read(t, path, 0, diagnostics))
                            .ifPresent(node -> data.put(rel.substring(DATA_DIR.length() + 1), YamlValues.plain(node)));
                } else {
                    diagnostics.error(path, 0, 0, "only .yml data files belong in content/data/", "convert it to YAML or move it");
                }
                continue;
            }
            if (!checkName(rel, path, diagnostics)) {
                if (ext.equals("md")) markdown.add(rel);
                continue;
            }
            if (ext.equals("md")) {
                markdown.add(rel);
                TextFiles.read(file, path, diagnostics)
                        .flatMap(text -> FrontMatterSplitter.split(text, path, rel, diagnostics))
                        .ifPresent(documents::add);
            } else if (STATIC_EXTENSIONS.contains(ext)) {
                statics.add(rel);
            } else {
                diagnostics.error(path, 0, 0, "files of type '." + ext + "' are not published",
                        "pages end in .md; images and attachments may be " + String.join(", ", STATIC_EXTENSIONS.stream().sorted().toList()));
            }
        }
        return new Contents(documents, data, statics, Set.copyOf(markdown));
    }

    /** Every folder and file name becomes part of an address, so it must be plain lower case. */
    private static boolean checkName(String rel, String path, Diagnostics diagnostics) {
        String[] parts = rel.split("/");
        for (int i = 0; i < parts.length; i++) {
            String part = i == parts.length - 1 ? parts[i].replaceFirst("\\.[A-Za-z0-9]+$", "") : parts[i];
            if (!part.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                diagnostics.error(path, 0, 0, "the name '" + part + "' can not be part of a web address",
                        "use lower case a-z, 0-9 and single hyphens, e.g. '" + Optional.of(part)
                                .map(p -> p.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a")
                                        .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""))
                                .get() + "'");
                return false;
            }
        }
        return true;
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
