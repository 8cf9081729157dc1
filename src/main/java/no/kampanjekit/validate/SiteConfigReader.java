package no.kampanjekit.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.load.TextFiles;
import no.kampanjekit.load.YamlNode;
import no.kampanjekit.load.YamlReader;
import no.kampanjekit.model.Audience;
import no.kampanjekit.model.LocalizedText;
import no.kampanjekit.model.SiteConfig;

/** Reads and checks kampanjekit.yml, the site-wide settings. */
public final class SiteConfigReader {
    public static final String FILE = "kampanjekit.yml";
    /** Languages the interface is translated into (templates/i18n). */
    public static final List<String> KNOWN_LANGUAGES = List.of("nb", "nn", "en");
    private static final Set<String> KEYS = Set.of("title", "description", "base_url", "default_lang", "languages",
            "publisher", "audiences", "sources", "search");

    private SiteConfigReader() {}

    public static Optional<SiteConfig> read(Path projectDir, Diagnostics diagnostics) {
        Path file = projectDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            diagnostics.error(FILE, 0, 0, "the site settings file is missing", "create " + FILE + " at the top of the project; see docs/authoring.md");
            return Optional.empty();
        }
        Optional<YamlNode> root = TextFiles.read(file, FILE, diagnostics)
                .flatMap(text -> YamlReader.read(text, FILE, 0, diagnostics));
        if (root.isEmpty()) return Optional.empty();
        if (!(root.get() instanceof YamlNode.Mapping mapping)) {
            diagnostics.error(root.get().at(), "the settings must be `key: value` lines", "see docs/authoring.md");
            return Optional.empty();
        }
        long before = diagnostics.errorCount();
        StrictMapping m = new StrictMapping(mapping, diagnostics, "settings");
        m.rejectUnknownKeys(KEYS);
        List<String> languages = m.textList("languages");
        for (String l : languages) {
            if (!KNOWN_LANGUAGES.contains(l)) {
                diagnostics.error(m.at("languages"), "unknown language '" + l + "'", "use some of: " + String.join(", ", KNOWN_LANGUAGES));
            }
        }
        if (languages.isEmpty()) languages = List.of("nb");
        String defaultLang = m.oneOf("default_lang", languages, languages.get(0));
        LocalizedText title = localized(m, "title", defaultLang, languages, diagnostics, true);
        LocalizedText description = localized(m, "description", defaultLang, languages, diagnostics, false);
        String baseUrl = m.requiredText("base_url", "https://kampanje.example.no/");
        if (baseUrl != null && !baseUrl.matches("https?://[^\\s/]+(/\\S*)?")) {
            diagnostics.error(m.at("base_url"), "base_url must be an absolute http(s) address", "write e.g. https://kampanje.example.no/");
        }
        if (baseUrl != null && !baseUrl.endsWith("/")) baseUrl = baseUrl + "/";

        SiteConfig.Publisher publisher = new SiteConfig.Publisher("", "");
        if (m.node("publisher") instanceof YamlNode.Mapping p) {
            StrictMapping pm = new StrictMapping(p, diagnostics, "publisher");
            pm.rejectUnknownKeys(Set.of("name", "email"));
            publisher = new SiteConfig.Publisher(orEmpty(pm.text("name")), orEmpty(pm.text("email")));
        }

        List<Audience> audiences = new ArrayList<>();
        if (m.node("audiences") instanceof YamlNode.Sequence seq) {
            for (YamlNode node : seq.items()) {
                if (!(node instanceof YamlNode.Mapping a)) {
                    diagnostics.error(node.at(), "each audience needs `id`, `name` and `description`", "see kampanjekit.yml");
                    continue;
                }
                StrictMapping am = new StrictMapping(a, diagnostics, "audience");
                am.rejectUnknownKeys(Set.of("id", "name", "description"));
                String id = am.requiredText("id", "enhetsleder");
                if (id != null && !id.matches("[a-z0-9-]+")) {
                    diagnostics.error(am.at("id"), "audience id '" + id + "' must be lower case a-z, 0-9 and -", "it becomes part of an address");
                }
                if (id != null && audiences.stream().anyMatch(x -> x.id().equals(id))) {
                    diagnostics.error(am.at("id"), "audience '" + id + "' is defined twice", "keep one");
                }
                audiences.add(new Audience(id, localized(am, "name", defaultLang, languages, diagnostics, true),
                        localized(am, "description", defaultLang, languages, diagnostics, false)));
            }
        } else {
            diagnostics.error(FILE, 1, 0, "no audiences are defined", "add an `audiences:` list; see docs/authoring.md");
        }

        Map<String, String> sources = new LinkedHashMap<>();
        if (m.node("sources") instanceof YamlNode.Mapping s) {
            for (YamlNode.Entry e : s.entries().values()) {
                if (e.value() instanceof YamlNode.Scalar v && !v.isNull()) sources.put(e.key(), v.value());
                else diagnostics.error(e.keyAt(), "source '" + e.key() + "' needs a title", "write `" + e.key() + ": Title of the document`");
            }
        }

        List<List<String>> synonyms = new ArrayList<>();
        if (m.node("search") instanceof YamlNode.Mapping s) {
            StrictMapping sm = new StrictMapping(s, diagnostics, "search");
            sm.rejectUnknownKeys(Set.of("synonyms"));
            if (sm.node("synonyms") instanceof YamlNode.Sequence groups) {
                for (YamlNode g : groups.items()) {
                    if (g instanceof YamlNode.Sequence words) {
                        synonyms.add(words.items().stream()
                                .filter(w -> w instanceof YamlNode.Scalar)
                                .map(w -> ((YamlNode.Scalar) w).value())
                                .toList());
                    } else {
                        diagnostics.error(g.at(), "each synonym group must be a list", "write `- [kj, kjernejournal]`");
                    }
                }
            }
        }
        if (diagnostics.errorCount() > before) return Optional.empty();
        return Optional.of(new SiteConfig(title, description, baseUrl, defaultLang, List.copyOf(languages), publisher,
                List.copyOf(audiences), sources, List.copyOf(synonyms)));
    }

    /** A text given either plainly or as a map of language to text. */
    private static LocalizedText localized(StrictMapping m, String key, String defaultLang, List<String> languages,
                                           Diagnostics diagnostics, boolean required) {
        YamlNode node = m.node(key);
        Map<String, String> byLang = new LinkedHashMap<>();
        if (node instanceof YamlNode.Mapping map) {
            for (YamlNode.Entry e : map.entries().values()) {
                if (!languages.contains(e.key())) {
                    diagnostics.error(e.keyAt(), "'" + e.key() + "' is not one of the site's languages", "use " + String.join(", ", languages));
                } else if (e.value() instanceof YamlNode.Scalar s) {
                    byLang.put(e.key(), s.value());
                }
            }
            if (!byLang.containsKey(defaultLang)) {
                diagnostics.error(node.at(), "'" + key + "' has no text in the default language '" + defaultLang + "'", "add `" + defaultLang + ": …`");
            }
        } else if (node instanceof YamlNode.Scalar s && !s.isNull()) {
            byLang.put(defaultLang, s.value());
        } else if (required) {
            m.requiredText(key, "…");
        }
        return new LocalizedText(byLang, defaultLang);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
