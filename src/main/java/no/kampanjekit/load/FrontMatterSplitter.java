package no.kampanjekit.load;

import java.util.Optional;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.diagnostics.SourcePosition;

/** Splits {@code ---}-fenced YAML front matter from the Markdown body. */
public final class FrontMatterSplitter {
    private FrontMatterSplitter() {}

    public static Optional<SourceDocument> split(String text, String sourcePath, String contentPath, Diagnostics diagnostics) {
        if (text.isBlank()) {
            diagnostics.error(sourcePath, 1, 1, "the file is empty",
                    "start it with front matter: a line `---`, `title: …` and `type: …`, and a closing `---`");
            return Optional.empty();
        }
        if (!text.startsWith("---\n") && !text.equals("---")) {
            diagnostics.error(sourcePath, 1, 1, "the file does not start with front matter",
                    "make the first line `---`, then `title: …` and `type: …`, then a line `---` before the text");
            return Optional.empty();
        }
        int yamlStart = 4;
        int end = -1;
        int line = 2;
        int pos = yamlStart;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            String l = nl < 0 ? text.substring(pos) : text.substring(pos, nl);
            if (l.stripTrailing().equals("---")) {
                end = pos;
                break;
            }
            if (nl < 0) break;
            pos = nl + 1;
            line++;
        }
        if (end < 0) {
            diagnostics.error(sourcePath, 1, 1, "the front matter is not closed",
                    "add a line with only `---` after the last front matter key");
            return Optional.empty();
        }
        String yaml = text.substring(yamlStart, end);
        int bodyStart = text.indexOf('\n', end);
        String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
        YamlNode root = YamlReader.read(yaml, sourcePath, 1, diagnostics).orElse(null);
        if (root == null && !yaml.isBlank()) return Optional.empty();
        YamlNode.Mapping mapping;
        if (root == null || (root instanceof YamlNode.Scalar s && s.isNull())) {
            mapping = YamlNode.Mapping.empty(new SourcePosition(sourcePath, 1, 1));
        } else if (root instanceof YamlNode.Mapping m) {
            mapping = m;
        } else {
            diagnostics.error(root.at(), "front matter must be `key: value` lines, not a " + root.kind(),
                    "write e.g. `title: Sjekkliste`");
            return Optional.empty();
        }
        return Optional.of(new SourceDocument(sourcePath, contentPath, mapping, body, line));
    }
}
