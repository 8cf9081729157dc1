package no.kampanjekit.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kampanjekit.diagnostics.SourcePosition;

/** YAML as a small tree that remembers where each value stood, so checks can name the line. */
public sealed interface YamlNode {
    SourcePosition at();

    /** A short word for messages: "text", "list" or "map". */
    String kind();

    record Scalar(String value, boolean plain, SourcePosition at) implements YamlNode {
        public String kind() {
            return "text";
        }

        /** True for YAML's null: {@code ~}, {@code null} or nothing, written plainly. */
        public boolean isNull() {
            return plain && (value.isEmpty() || value.equals("~") || value.equalsIgnoreCase("null"));
        }
    }

    record Sequence(List<YamlNode> items, SourcePosition at) implements YamlNode {
        public String kind() {
            return "list";
        }
    }

    /** A mapping; keys are text, each with the position of the key itself. */
    record Mapping(Map<String, Entry> entries, SourcePosition at) implements YamlNode {
        public String kind() {
            return "map";
        }

        public static Mapping empty(SourcePosition at) {
            return new Mapping(new LinkedHashMap<>(), at);
        }

        public YamlNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }
    }

    record Entry(String key, SourcePosition keyAt, YamlNode value) {}
}
