package no.kampanjekit.render.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.load.TextFiles;
import no.kampanjekit.load.YamlNode;
import no.kampanjekit.load.YamlReader;
import no.kampanjekit.load.YamlValues;

/** The interface words of templates/i18n/&lt;lang&gt;.yml: one flat map per language, read as {@code t.<key>}. */
public final class InterfaceWords {
    private InterfaceWords() {}

    /** Words by language; a missing or malformed file is reported and its language left out. */
    public static Map<String, Map<String, Object>> load(Path projectDir, List<String> languages, Diagnostics diagnostics) {
        Map<String, Map<String, Object>> i18n = new LinkedHashMap<>();
        for (String lang : languages) {
            String path = "templates/i18n/" + lang + ".yml";
            Path file = projectDir.resolve(path);
            if (!Files.isRegularFile(file)) {
                diagnostics.error(path, 0, 0, "interface words for '" + lang + "' are missing", "copy templates/i18n/nb.yml and translate it");
                continue;
            }
            TextFiles.read(file, path, diagnostics).flatMap(t -> YamlReader.read(t, path, 0, diagnostics)).ifPresent(node -> {
                if (node instanceof YamlNode.Mapping) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> words = (Map<String, Object>) YamlValues.plain(node);
                    i18n.put(lang, words);
                } else {
                    diagnostics.error(node.at(), "interface words must be `key: text` lines", "see templates/i18n/nb.yml");
                }
            });
        }
        return i18n;
    }

    /** One word, or the key itself where a translation is missing (visible, so it gets noticed). */
    public static String word(Map<String, Object> words, String key) {
        Object w = words.get(key);
        return w == null ? key : w.toString();
    }
}
