package no.kampanjekit.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.diagnostics.SourcePosition;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.AnchorNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads YAML strictly: duplicate keys, anchors and aliases, non-text keys and oversized input are
 * reported as diagnostics with line and column, never thrown. Front matter and kits are small and
 * hand-written, so anything clever in them is more likely a mistake than an intent.
 */
public final class YamlReader {
    private static final int MAX_CODE_POINTS = 1_000_000;

    private YamlReader() {}

    /**
     * @param lineOffset lines before the YAML text in its file (front matter starts after `---`)
     * @return the root node, or empty when the text is unreadable (already reported)
     */
    public static Optional<YamlNode> read(String yaml, String path, int lineOffset, Diagnostics diagnostics) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(path)
                .setAllowDuplicateKeys(true) // we report duplicates ourselves, with both lines
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(0)
                .setCodePointLimit(MAX_CODE_POINTS)
                .setUseMarks(true)
                .build();
        Node root;
        try {
            root = new Compose(settings).composeString(yaml).orElse(null);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            int line = mark == null ? lineOffset + 1 : mark.getLine() + 1 + lineOffset;
            int col = mark == null ? 0 : mark.getColumn() + 1;
            String problem = firstLine(e.getProblem(), e.getContext());
            if (problem.contains("(TAB)")) problem = "a tab character where YAML needs spaces";
            diagnostics.error(path, line, col, "unreadable YAML: " + problem,
                    hintFor(e.getMessage()));
            return Optional.empty();
        } catch (YamlEngineException e) {
            diagnostics.error(path, lineOffset + 1, 0, "unreadable YAML: " + firstLine(e.getMessage(), null),
                    hintFor(e.getMessage()));
            return Optional.empty();
        }
        if (root == null) return Optional.empty();
        return Optional.ofNullable(convert(root, path, lineOffset, diagnostics));
    }

    private static YamlNode convert(Node node, String path, int lineOffset, Diagnostics diagnostics) {
        SourcePosition at = position(node, path, lineOffset);
        if (node.getAnchor().isPresent() || node instanceof AnchorNode) {
            diagnostics.error(at, "YAML anchors and aliases (& and *) are not allowed",
                    "write the value out in full");
            return null;
        }
        if (node instanceof ScalarNode s) {
            return new YamlNode.Scalar(s.getValue(), s.getScalarStyle() == ScalarStyle.PLAIN, at);
        }
        if (node instanceof SequenceNode seq) {
            List<YamlNode> items = new ArrayList<>();
            for (Node child : seq.getValue()) {
                YamlNode c = convert(child, path, lineOffset, diagnostics);
                if (c != null) items.add(c);
            }
            return new YamlNode.Sequence(List.copyOf(items), at);
        }
        MappingNode map = (MappingNode) node;
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            SourcePosition keyAt = position(tuple.getKeyNode(), path, lineOffset);
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                diagnostics.error(keyAt, "a key must be plain text", "write `name: value`");
                continue;
            }
            String key = keyNode.getValue();
            YamlNode.Entry earlier = entries.get(key);
            if (earlier != null) {
                diagnostics.error(keyAt, "duplicate key '" + key + "', first given on line " + earlier.keyAt().line(),
                        "keep one of them");
                continue;
            }
            YamlNode value = convert(tuple.getValueNode(), path, lineOffset, diagnostics);
            if (value != null) entries.put(key, new YamlNode.Entry(key, keyAt, value));
        }
        return new YamlNode.Mapping(entries, at);
    }

    private static SourcePosition position(Node node, String path, int lineOffset) {
        return node.getStartMark()
                .map(m -> new SourcePosition(path, m.getLine() + 1 + lineOffset, m.getColumn() + 1))
                .orElse(new SourcePosition(path, lineOffset + 1, 0));
    }

    private static String firstLine(String problem, String context) {
        String text = problem != null ? problem : context != null ? context : "syntax error";
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private static String hintFor(String message) {
        String m = message == null ? "" : message;
        if (m.contains("\\t") || m.contains("tab")) return "indent with spaces, not tabs";
        if (m.contains("code point limit") || m.contains("exceeds")) return "front matter must stay short; move long text into the body";
        if (m.contains("mapping values are not allowed")) return "put text containing ': ' in quotes";
        return "check the indentation and put text with special characters (: # [ ] { }) in quotes";
    }
}
