package no.kampanjekit.validate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.diagnostics.SourcePosition;
import no.kampanjekit.load.YamlNode;

/**
 * Typed, strict access to one YAML mapping: every wrong key or value becomes a diagnostic at its
 * line, and reading goes on so that all problems of a file are reported in one run.
 */
public final class StrictMapping {
    private static final int MAX_TEXT = 2_000;
    private final YamlNode.Mapping mapping;
    private final Diagnostics diagnostics;
    private final String what;
    /** Allowed keys that an unknown key was taken for: not reported missing as well. */
    private final Set<String> misspelt = new java.util.HashSet<>();

    /** @param what how the mapping is named in messages, e.g. "front matter" or "kit" */
    public StrictMapping(YamlNode.Mapping mapping, Diagnostics diagnostics, String what) {
        this.mapping = mapping;
        this.diagnostics = diagnostics;
        this.what = what;
    }

    public SourcePosition at() {
        return mapping.at();
    }

    public boolean has(String key) {
        return mapping.entries().containsKey(key);
    }

    public SourcePosition at(String key) {
        YamlNode.Entry e = mapping.entries().get(key);
        return e == null ? mapping.at() : e.value().at();
    }

    /** Reports every key that is not among the allowed ones, suggesting the nearest allowed key. */
    public void rejectUnknownKeys(Collection<String> allowed) {
        for (YamlNode.Entry e : mapping.entries().values()) {
            if (!allowed.contains(e.key())) {
                String near = Suggestions.nearest(e.key(), allowed);
                if (near != null) misspelt.add(near);
                diagnostics.error(e.keyAt(), "unknown " + what + " key '" + e.key() + "'",
                        near != null ? "did you mean '" + near + "'?" : "allowed keys: " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    /** A required text value; reports it missing at the top of the mapping. */
    public String requiredText(String key, String example) {
        if (!has(key)) {
            if (misspelt.contains(key)) return null; // "did you mean '<key>'?" already said it
            diagnostics.error(mapping.at().path(), mapping.at().line(), 0, "missing required " + what + " key '" + key + "'",
                    "add a line `" + key + ": " + example + "`");
            return null;
        }
        String v = text(key);
        boolean nothing = mapping.get(key) instanceof YamlNode.Scalar s && s.isNull(); // `key:` with no value
        if (nothing || v != null && v.isBlank()) {
            diagnostics.error(at(key), "'" + key + "' is empty", "write e.g. `" + key + ": " + example + "`");
            return null;
        }
        return v;
    }

    /**
     * Whether the value is the empty text ({@code key: ""}): what Decap CMS (/admin/) writes when an
     * editor clears an optional field, so optional keys read it as absent.
     */
    public boolean isEmptyText(String key) {
        return mapping.get(key) instanceof YamlNode.Scalar s && !s.isNull() && s.value().isEmpty();
    }

    /** An optional text value, or null. */
    public String text(String key) {
        YamlNode node = mapping.get(key);
        if (node == null) return null;
        if (node instanceof YamlNode.Scalar s) {
            if (s.isNull()) return null;
            if (s.value().length() > MAX_TEXT) {
                diagnostics.error(s.at(), "'" + key + "' is " + s.value().length() + " characters long",
                        "keep it under " + MAX_TEXT + " characters");
                return null;
            }
            return s.value();
        }
        diagnostics.error(node.at(), "'" + key + "' must be text, not a " + node.kind(), "write `" + key + ": some text`");
        return null;
    }

    /** A list of text values; a single value is accepted as a list of one. */
    public List<String> textList(String key) {
        YamlNode node = mapping.get(key);
        if (node == null) return List.of();
        if (node instanceof YamlNode.Scalar s) return s.isNull() ? List.of() : List.of(s.value());
        if (node instanceof YamlNode.Sequence seq) {
            List<String> out = new ArrayList<>();
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Scalar s && !s.isNull()) out.add(s.value());
                else diagnostics.error(item.at(), "each entry of '" + key + "' must be text", "write `" + key + ": [a, b]`");
            }
            return out;
        }
        diagnostics.error(node.at(), "'" + key + "' must be a list, not a map", "write `" + key + ": [a, b]`");
        return List.of();
    }

    /** Positions of each entry of a list value, for messages about single entries. */
    public List<SourcePosition> listPositions(String key) {
        YamlNode node = mapping.get(key);
        if (node instanceof YamlNode.Sequence seq) return seq.items().stream().map(YamlNode::at).toList();
        return node == null ? List.of() : List.of(node.at());
    }

    public LocalDate date(String key) {
        String v = text(key);
        if (v == null) return null;
        try {
            if (!v.matches("\\d{4}-\\d{2}-\\d{2}")) throw new DateTimeParseException("format", v, 0);
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            diagnostics.error(at(key), "'" + key + "' is not a valid date: '" + v + "'", "write the date as YYYY-MM-DD, e.g. 2025-09-01");
            return null;
        }
    }

    /** A text value that must be one of the allowed words. */
    public String oneOf(String key, Collection<String> allowed, String fallback) {
        String v = text(key);
        if (v == null) return fallback;
        if (!allowed.contains(v)) {
            String near = Suggestions.nearest(v, allowed);
            diagnostics.error(at(key), "unknown " + key + " '" + v + "'",
                    (near != null ? "did you mean '" + near + "'? " : "") + "use one of: " + String.join(", ", allowed));
            return null;
        }
        return v;
    }

    /** Whether {@code key} holds a list or nothing: a list of nothing is then worth a message of its own. */
    public boolean isListOrEmpty(String key) {
        YamlNode node = mapping.get(key);
        return node instanceof YamlNode.Sequence || node instanceof YamlNode.Scalar s && s.isNull();
    }

    public Set<String> keys() {
        return mapping.entries().keySet();
    }

    public YamlNode node(String key) {
        return mapping.get(key);
    }
}
