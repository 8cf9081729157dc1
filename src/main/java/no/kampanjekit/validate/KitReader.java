package no.kampanjekit.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.diagnostics.SourcePosition;
import no.kampanjekit.load.TextFiles;
import no.kampanjekit.load.YamlNode;
import no.kampanjekit.load.YamlReader;
import no.kampanjekit.model.Audience;
import no.kampanjekit.model.Kit;
import no.kampanjekit.model.SiteConfig;

/** Reads kits/*.yml. What a kit lists is checked against the content later, by {@link KitChecker}. */
public final class KitReader {
    private static final Set<String> KEYS = Set.of("title", "description", "audiences", "version", "date", "featured", "items", "links");

    /** A kit with the positions of its entries, for messages about single items. */
    public record ParsedKit(Kit kit, List<SourcePosition> itemPositions, SourcePosition featuredAt) {}

    private KitReader() {}

    public static List<ParsedKit> readAll(Path projectDir, SiteConfig config, Diagnostics diagnostics) {
        Path dir = projectDir.resolve("kits");
        if (!Files.isDirectory(dir)) return List.of();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            diagnostics.error("kits", 0, 0, "cannot list the kits folder: " + e.getMessage(), "check its permissions");
            return List.of();
        }
        List<ParsedKit> kits = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String path = "kits/" + name;
            if (!name.endsWith(".yml")) {
                diagnostics.error(path, 0, 0, "only kit files ending in .yml belong in kits/", "rename it to <id>.yml or move it elsewhere");
                continue;
            }
            read(file, path, config, diagnostics).ifPresent(kits::add);
        }
        return kits;
    }

    private static Optional<ParsedKit> read(Path file, String path, SiteConfig config, Diagnostics diagnostics) {
        String id = file.getFileName().toString().replaceFirst("\\.yml$", "");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            diagnostics.error(path, 0, 0, "kit file name '" + id + "' must be lower case a-z, 0-9 and -", "it becomes the kit's address");
            return Optional.empty();
        }
        Optional<YamlNode> root = TextFiles.read(file, path, diagnostics).flatMap(t -> YamlReader.read(t, path, 0, diagnostics));
        if (root.isEmpty()) {
            diagnostics.error(path, 1, 0, "the kit file is empty", "give it at least `title:`, `description:` and `items:`");
            return Optional.empty();
        }
        if (!(root.get() instanceof YamlNode.Mapping mapping)) {
            diagnostics.error(root.get().at(), "a kit must be `key: value` lines", "see docs/authoring.md");
            return Optional.empty();
        }
        StrictMapping m = new StrictMapping(mapping, diagnostics, "kit");
        m.rejectUnknownKeys(KEYS);
        String title = m.requiredText("title", "Kjernejournal nå – første steg mot PLL");
        String description = m.requiredText("description", "Alt kommunen trenger for å ta i bruk kjernejournal.");
        List<String> audiences = m.textList("audiences");
        List<String> audienceIds = config.audiences().stream().map(Audience::id).toList();
        List<SourcePosition> audienceAt = m.listPositions("audiences");
        for (int i = 0; i < audiences.size(); i++) {
            if (!audienceIds.contains(audiences.get(i))) {
                String near = Suggestions.nearest(audiences.get(i), audienceIds);
                diagnostics.error(audienceAt.get(Math.min(i, audienceAt.size() - 1)), "unknown audience '" + audiences.get(i) + "'",
                        (near != null ? "did you mean '" + near + "'? " : "") + "use one of: " + String.join(", ", audienceIds));
            }
        }
        String version = m.text("version");
        LocalDate date = m.date("date");
        String featured = m.text("featured");
        List<String> items = m.textList("items");
        List<SourcePosition> itemAt = m.listPositions("items");
        if (items.isEmpty()) {
            diagnostics.error(m.has("items") ? m.at("items") : m.at(), "the kit holds no items",
                    "list its pages under `items:`, one `- folder/file.md` per line");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(items.get(i))) {
                diagnostics.error(itemAt.get(i), "item '" + items.get(i) + "' is listed twice", "remove one of the lines");
            }
        }
        List<Kit.Link> links = new ArrayList<>();
        if (m.node("links") instanceof YamlNode.Sequence seq) {
            for (YamlNode node : seq.items()) {
                if (!(node instanceof YamlNode.Mapping l)) {
                    diagnostics.error(node.at(), "each link needs `title` and `url`", "write `- title: …` and `  url: https://…`");
                    continue;
                }
                StrictMapping lm = new StrictMapping(l, diagnostics, "link");
                lm.rejectUnknownKeys(Set.of("title", "url"));
                String lt = lm.requiredText("title", "Kjernejournal");
                String url = lm.requiredText("url", "https://www.nhn.no/");
                if (url != null && !url.matches("https?://\\S+")) {
                    diagnostics.error(lm.at("url"), "link address '" + url + "' must start with https:// or http://", "copy the full address from the browser");
                }
                links.add(new Kit.Link(lt, url));
            }
        } else if (m.has("links") && m.node("links") != null) {
            diagnostics.error(m.at("links"), "'links' must be a list", "write `- title: …` and `  url: …` per link");
        }
        // Returned even with errors, so its items are still checked in the same run.
        Kit kit = new Kit(id, path, title, description, List.copyOf(audiences), version, date, featured, List.copyOf(items), List.copyOf(links));
        return Optional.of(new ParsedKit(kit, itemAt, m.has("featured") ? m.at("featured") : null));
    }
}
