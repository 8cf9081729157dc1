package no.kampanjekit.load;

import java.util.LinkedHashMap;
import java.util.Map;

/** Turns a YAML tree into plain maps, lists and strings, for data files that templates read. */
public final class YamlValues {
    private YamlValues() {}

    public static Object plain(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) return s.isNull() ? "" : s.value();
        if (node instanceof YamlNode.Sequence seq) return seq.items().stream().map(YamlValues::plain).toList();
        Map<String, Object> map = new LinkedHashMap<>();
        for (YamlNode.Entry e : ((YamlNode.Mapping) node).entries().values()) map.put(e.key(), plain(e.value()));
        return map;
    }

}
