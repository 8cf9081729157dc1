package no.kampanjekit.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** Every key a kit file may have. */
    public static final Set<String> KEYS = Set.of("title", "description", "audiences", "version", "date", "featured", "items", "links");

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
                diagnostics.error(path, 0, 0, "only kit files ending in .yml belong in kits/",
                        name.endsWith(".yaml") ? "rename it to " + name.replaceFirst("\\.yaml$", ".yml") : "rename it to <id>.yml or move it elsewhere");
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
            diagnostics.error(path, 1, 0, "the kit file is empty",
                    "give it `title:`, `description:`, `audiences:`, `version:`, `date:` and `items:`; see docs/authoring.md");
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
        String audienceExample = "[" + String.join(", ", audienceIds.subList(0, Math.min(2, audienceIds.size()))) + "]";
        if (!m.has("audiences")) {
            m.requiredText("audiences", audienceExample);
        } else if (audiences.isEmpty() && m.isListOrEmpty("audiences")) {
            // A warning, not an error: `new kit` starts kits this way, and the kit works; but its page cannot say who it is for.
            var at = m.at("audiences");
            diagnostics.warning(at.path(), at.line(), at.column(), "the kit does not say who it is for",
                    "list its audiences, e.g. `audiences: " + audienceExample + "`, so its page and the audience pages can say so");
        }
        Map<String, Integer> firstAudience = new HashMap<>();
        for (int i = 0; i < audiences.size(); i++) {
            SourcePosition at = audienceAt.get(Math.min(i, audienceAt.size() - 1));
            String a = audiences.get(i);
            if (!audienceIds.contains(a)) {
                String near = Suggestions.nearest(a, audienceIds);
                diagnostics.error(at, "unknown audience '" + a + "'",
                        (near != null ? "did you mean '" + near + "'? " : "") + "use one of: " + String.join(", ", audienceIds));
            } else if (firstAudience.putIfAbsent(a, i) != null) {
                diagnostics.error(at, "audience '" + a + "' is listed twice", "remove the second '" + a + "'");
            }
        }
        // Both are printed on the kit page and in the ZIP's innhold.html; the date also stamps the ZIP's entries.
        String version = m.requiredText("version", "\"1.0\"");
        LocalDate date = m.has("date") ? m.date("date") : null;
        if (date == null) m.requiredText("date", "2025-10-01"); // reports it missing or empty; a malformed date is reported above
        String featured = m.isEmptyText("featured") ? null : m.text("featured"); // "" is a field cleared in /admin/
        List<String> items = m.textList("items");
        List<SourcePosition> itemAt = m.listPositions("items");
        if (!m.has("items")) {
            m.requiredText("items", "[" + id + "/side.md]");
        } else if (items.isEmpty() && m.isListOrEmpty("items")) {
            diagnostics.error(m.at("items"), "the kit holds no items", "list its pages under `items:`, one `- folder/file.md` per line");
        }
        Map<String, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Integer first = firstLine.putIfAbsent(items.get(i), itemAt.get(i).line());
            if (first != null) {
                diagnostics.error(itemAt.get(i), "item '" + items.get(i) + "' is already listed on line " + first, "remove this line");
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
