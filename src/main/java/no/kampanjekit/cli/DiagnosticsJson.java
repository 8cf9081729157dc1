package no.kampanjekit.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kampanjekit.diagnostics.Diagnostic;
import no.kampanjekit.render.site.Json;

/** `check --format=json`: one object per problem, for CI annotations and editor plug-ins. */
final class DiagnosticsJson {
    private DiagnosticsJson() {}

    static String write(List<Diagnostic> diagnostics) {
        return Json.write(diagnostics.stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", d.path());
            m.put("line", d.line());
            m.put("column", d.column());
            m.put("severity", d.isError() ? "error" : "warning");
            m.put("message", d.message());
            m.put("hint", d.hint());
            return m;
        }).toList());
    }
}
