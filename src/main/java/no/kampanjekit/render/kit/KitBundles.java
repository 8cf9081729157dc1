package no.kampanjekit.render.kit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.model.ContentItem;
import no.kampanjekit.model.Download;
import no.kampanjekit.model.Kit;
import no.kampanjekit.model.Site;
import no.kampanjekit.render.site.InterfaceWords;
import no.kampanjekit.render.site.SiteRenderer;
import no.kampanjekit.render.site.TemplateEngine;

/**
 * The kit bundles stage: for every kit a ZIP of all its downloads under readable names, with an
 * {@code innhold.html} that says what each file is; a {@code sha256sum} list beside it; and
 * {@code kits.json} at the site root listing every kit and file. Runs after the stages that make
 * the items' downloads, since the ZIP holds them, and before the web pages, which show its size.
 */
public final class KitBundles {
    /** The time of day every ZIP entry is stamped with, on the kit's date: midday, so no time zone shifts the day. */
    static final LocalTime STAMP = LocalTime.NOON;
    static final String TEMPLATE = "kit-bundle-contents.ftl";

    private KitBundles() {}

    /**
     * Writes the bundles into {@code out} and returns the site with each kit's ZIP and checksum list
     * among its downloads (filed under the kit's source path).
     */
    public static Site write(Site site, Path projectDir, Path out, Diagnostics diagnostics) throws IOException {
        if (site.kits().isEmpty()) return site;
        String lang = site.config().defaultLang();
        Map<String, Object> words = InterfaceWords.load(projectDir, List.of(lang), diagnostics).getOrDefault(lang, Map.of());
        TemplateEngine engine = new TemplateEngine(projectDir.resolve("templates"));
        Map<String, String> hashes = new ConcurrentHashMap<>();
        Map<String, List<Download>> made = new ConcurrentHashMap<>();
        // Kits are independent: bundle them side by side.
        site.kits().parallelStream().forEach(kit -> {
            try {
                bundle(kit, site, words, engine, out, hashes, diagnostics).ifPresent(d -> made.put(kit.sourcePath(), d));
            } catch (IOException e) {
                diagnostics.error(kit.sourcePath(), 0, 0, "cannot write the kit's ZIP: " + e.getMessage(), "check free disk space and permissions");
            }
        });
        Map<String, List<Download>> all = new TreeMap<>(site.downloads());
        all.putAll(made);
        Site withBundles = site.withDownloads(all);
        if (!diagnostics.hasErrors()) KitsJson.write(withBundles, out, hashes);
        return withBundles;
    }

    private static Optional<List<Download>> bundle(Kit kit, Site site, Map<String, Object> words, TemplateEngine engine, Path out,
                                                   Map<String, String> hashes, Diagnostics diagnostics) throws IOException {
        List<KitContents.Entry> entries = KitContents.of(kit, site);
        String folder = KitContents.folder(kit);
        List<ReproducibleZip.Entry> zipEntries = new ArrayList<>();
        Map<String, String> sums = new TreeMap<>();
        for (KitContents.File f : KitContents.files(entries)) {
            Path file = out.resolve(f.download().uri());
            if (!Files.isRegularFile(file)) {
                diagnostics.error(kit.sourcePath(), 0, 0, "the download " + f.download().uri() + " of content/" + f.download().contentPath()
                        + " was not made, so the kit's ZIP cannot hold it", "this is a fault in the build, not in the content: report it");
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            String hex = Sha256.hex(bytes);
            hashes.put(f.download().uri(), hex);
            zipEntries.add(new ReproducibleZip.Entry(folder + "/" + f.path(), bytes));
            sums.put(folder + "/" + f.path(), hex);
        }
        Optional<String> contents = engine.render(TEMPLATE, contentsModel(kit, site, entries, words), KitContents.CONTENTS_FILE + " in " + kit.id() + ".zip",
                diagnostics);
        if (contents.isEmpty()) return Optional.empty();
        byte[] html = contents.get().getBytes(StandardCharsets.UTF_8);
        zipEntries.add(new ReproducibleZip.Entry(folder + "/" + KitContents.CONTENTS_FILE, html));
        sums.put(folder + "/" + KitContents.CONTENTS_FILE, Sha256.hex(html));

        String zipUri = KitContents.zipUri(kit);
        Path zip = out.resolve(zipUri);
        if (Files.exists(zip)) {
            diagnostics.error(kit.sourcePath(), 0, 0, "another file is already published at /" + zipUri, "rename the file that takes the kit's ZIP address");
            return Optional.empty();
        }
        Files.createDirectories(zip.getParent());
        ReproducibleZip.write(zip, zipEntries, LocalDateTime.of(kit.date(), STAMP));
        byte[] zipBytes = Files.readAllBytes(zip);
        String zipHex = Sha256.hex(zipBytes);
        hashes.put(zipUri, zipHex);

        StringBuilder list = new StringBuilder(Sha256.line(zipHex, kit.id() + ".zip"));
        sums.forEach((name, hex) -> list.append(Sha256.line(hex, name)));
        byte[] listBytes = list.toString().getBytes(StandardCharsets.UTF_8);
        String sumsUri = KitContents.checksumsUri(kit);
        Files.write(out.resolve(sumsUri), listBytes);
        hashes.put(sumsUri, Sha256.hex(listBytes));
        return Optional.of(List.of(
                new Download(kit.sourcePath(), zipUri, "ZIP", "", zipBytes.length, 0),
                new Download(kit.sourcePath(), sumsUri, "SHA-256", "", listBytes.length, 0)));
    }

    /** What innhold.html shows: the kit, then each item with its files (linked by their place in the ZIP) and its web page. */
    private static Map<String, Object> contentsModel(Kit kit, Site site, List<KitContents.Entry> entries, Map<String, Object> words) {
        String base = site.config().baseUrl();
        String lang = site.config().defaultLang();
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("title", kit.title());
        k.put("description", kit.description());
        k.put("version", kit.version());
        k.put("date", kit.date().toString());
        k.put("date_display", SiteRenderer.displayDate(kit.date(), lang));
        k.put("url", base + kit.uri());
        k.put("audiences", kit.audiences().stream().map(a -> site.config().audience(a).orElseThrow())
                .map(a -> Map.of("name", a.name().in(lang), "description", a.description().in(lang))).toList());
        List<Map<String, Object>> items = new ArrayList<>();
        for (KitContents.Entry e : entries) {
            ContentItem item = e.item();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", item.title());
            m.put("lang", item.lang());
            m.put("translation", e.translation());
            m.put("language_name", KitContents.LANGUAGE_FOLDERS.getOrDefault(item.lang(), item.lang()));
            m.put("type_name", InterfaceWords.word(words, "type_" + item.type().id()));
            m.put("summary", item.meta().summary() == null ? "" : item.meta().summary());
            m.put("url", base + item.uri());
            LocalDate updated = lastUpdated(item, kit);
            m.put("updated", updated.toString());
            m.put("updated_display", SiteRenderer.displayDate(updated, lang));
            m.put("files", e.files().stream().map(f -> file(f, lang, words)).toList());
            items.add(m);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", lang);
        model.put("t", words);
        model.put("site_title", site.config().title().in(lang));
        model.put("site_url", base);
        model.put("kit", k);
        model.put("items", items);
        return model;
    }

    private static Map<String, Object> file(KitContents.File f, String lang, Map<String, Object> words) {
        Download d = f.download();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.path().substring(f.path().lastIndexOf('/') + 1));
        m.put("href", href(f.path()));
        m.put("format", d.format());
        m.put("variant", d.variant());
        m.put("bytes", d.bytes());
        m.put("size_display", SiteRenderer.sizeDisplay(d.bytes(), lang));
        m.put("pages", d.pages());
        m.put("pages_display", pagesDisplay(d, words));
        return m;
    }

    /** The date a reader sees as «last updated» for an item's files: its own, else the kit's. */
    public static LocalDate lastUpdated(ContentItem item, Kit kit) {
        if (item.meta().updated() != null) return item.meta().updated();
        if (item.meta().date() != null) return item.meta().date();
        return kit.date();
    }

    /** «12 sider», «1 side», «14 lysbilder»; empty where a count does not apply. */
    public static String pagesDisplay(Download d, Map<String, Object> words) {
        if (d.pages() <= 0) return "";
        String key = (d.slides() ? "slide_" : "page_") + (d.pages() == 1 ? "one" : "many");
        return d.pages() + " " + InterfaceWords.word(words, key);
    }

    /** A relative link to a file in the ZIP: each folder and the name percent-encoded. */
    static String href(String path) {
        StringBuilder b = new StringBuilder();
        for (String segment : path.split("/")) {
            if (b.length() > 0) b.append('/');
            b.append(SharingTexts.encode(segment));
        }
        return b.toString();
    }
}
