package no.kampanjekit.render.kit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kampanjekit.model.ContentItem;
import no.kampanjekit.model.Download;
import no.kampanjekit.model.Kit;
import no.kampanjekit.model.Site;
import no.kampanjekit.render.site.Json;

/**
 * {@code kits.json} at the site root: every kit and every file in it, for anyone who mirrors or
 * reuses the material. Addresses are given absolute ({@code url}) and relative to the site root
 * ({@code path}); each file has its size and SHA-256, so a mirror can tell what changed.
 * The shape is documented in docs/kits.md; add fields, never rename them.
 */
public final class KitsJson {
    public static final String FILE = "kits.json";
    /** Bumped only when a field changes meaning or goes away. */
    static final int FORMAT_VERSION = 1;

    private KitsJson() {}

    /** @param hashes SHA-256 of every file the kit stage read or wrote, by its address relative to the site root */
    static void write(Site site, Path out, Map<String, String> hashes) throws IOException {
        Files.writeString(out.resolve(FILE), json(site, hashes), StandardCharsets.UTF_8);
    }

    /** The file's text; see {@link #write}. */
    static String json(Site site, Map<String, String> hashes) {
        String base = site.config().baseUrl();
        String lang = site.config().defaultLang();
        List<Map<String, Object>> kits = new ArrayList<>();
        for (Kit kit : site.kits()) {
            Map<String, Object> k = new LinkedHashMap<>();
            k.put("id", kit.id());
            k.put("title", kit.title());
            k.put("description", kit.description());
            k.put("url", base + kit.uri());
            k.put("version", kit.version());
            k.put("date", kit.date().toString());
            k.put("audiences", kit.audiences().stream()
                    .map(a -> ordered("id", a, "name", site.config().audience(a).orElseThrow().name().in(lang))).toList());
            for (Download d : site.downloadsOf(kit)) {
                k.put(d.format().equals("ZIP") ? "zip" : "checksums", file(d, base, hashes, null, kit.date().toString()));
            }
            List<Map<String, Object>> items = new ArrayList<>();
            for (KitContents.Entry e : KitContents.of(kit, site)) {
                ContentItem item = e.item();
                String updated = KitBundles.lastUpdated(item, kit).toString();
                Map<String, Object> i = new LinkedHashMap<>();
                i.put("title", item.title());
                i.put("type", item.type().id());
                i.put("lang", item.lang());
                i.put("audiences", item.meta().audience());
                i.put("url", base + item.uri());
                i.put("path", item.uri());
                i.put("date", updated);
                String folder = KitContents.folder(kit) + "/";
                i.put("files", e.files().stream().map(f -> file(f.download(), base, hashes, folder + f.path(), updated)).toList());
                items.add(i);
            }
            k.put("items", items);
            kits.add(k);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format_version", FORMAT_VERSION);
        root.put("site", ordered("title", site.config().title().in(lang), "url", base));
        root.put("kits", kits);
        return Json.write(root) + "\n";
    }

    /** Map.of would not do: its order changes from run to run, and the file must not. */
    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    private static Map<String, Object> file(Download d, String base, Map<String, String> hashes, String inZip, String date) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("url", base + d.uri());
        f.put("path", d.uri());
        f.put("format", d.format());
        if (!d.variant().isEmpty()) f.put("variant", d.variant());
        f.put("bytes", d.bytes());
        if (d.pages() > 0) f.put("pages", d.pages());
        f.put("sha256", hashes.get(d.uri()));
        f.put("date", date);
        if (inZip != null) f.put("name_in_zip", inZip);
        return f;
    }
}
