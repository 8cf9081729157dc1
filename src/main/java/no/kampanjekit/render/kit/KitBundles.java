package no.kampanjekit.render.kit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import no.kampanjekit.diagnostics.ContentErrorsException;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.model.ContentItem;
import no.kampanjekit.model.Download;
import no.kampanjekit.model.Kit;
import no.kampanjekit.model.Site;
import no.kampanjekit.output.OnDemandFiles;
import no.kampanjekit.output.Sha256;
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
        // The files the earlier stages wrote; a missing one is a fault in the build, reported at the kit.
        FileSource written = d -> {
            Path file = out.resolve(d.uri());
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        };
        // Kits are independent: bundle them side by side.
        site.kits().parallelStream().forEach(kit -> {
            try {
                Optional<Bundle> bundle = bundle(kit, site, words, engine, written, diagnostics);
                if (bundle.isEmpty()) return;
                Path zip = out.resolve(bundle.get().zip().uri());
                if (Files.exists(zip)) {
                    diagnostics.error(kit.sourcePath(), 0, 0, "another file is already published at /" + bundle.get().zip().uri(),
                            "rename the file that takes the kit's ZIP address");
                    return;
                }
                Files.createDirectories(zip.getParent());
                Files.write(zip, bundle.get().zipBytes());
                Files.write(out.resolve(bundle.get().checksums().uri()), bundle.get().checksumsBytes());
                hashes.putAll(bundle.get().hashes());
                made.put(kit.sourcePath(), List.of(bundle.get().zip(), bundle.get().checksums()));
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

    /**
     * The preview's kit stage: plans each kit's ZIP and checksum list, and {@code kits.json}, in
     * {@code onDemand} without making them. A ZIP is made when it is opened, from its files as the
     * preview makes them on demand (each from the print cache if unchanged); {@code kits.json}
     * makes every kit's. Returns the site with the planned ZIPs among its downloads.
     */
    public static Site plan(Site site, Path projectDir, OnDemandFiles onDemand, Diagnostics diagnostics) {
        if (site.kits().isEmpty()) return site;
        Preview preview = new Preview(site, projectDir, onDemand);
        Map<String, List<Download>> all = new TreeMap<>(site.downloads());
        for (Kit kit : site.kits()) {
            String zipUri = KitContents.zipUri(kit);
            String sumsUri = KitContents.checksumsUri(kit);
            if (!onDemand.plan(zipUri, () -> new OnDemandFiles.Made(preview.made(kit).zipBytes(), 0))) {
                diagnostics.error(kit.sourcePath(), 0, 0, "another file is already published at /" + zipUri,
                        "rename the file that takes the kit's ZIP address");
                continue;
            }
            onDemand.plan(sumsUri, () -> new OnDemandFiles.Made(preview.made(kit).checksumsBytes(), 0));
            all.put(kit.sourcePath(), List.of(new Download(kit.sourcePath(), zipUri, "ZIP", "", Download.NOT_MADE, 0),
                    new Download(kit.sourcePath(), sumsUri, "SHA-256", "", Download.NOT_MADE, 0)));
        }
        onDemand.plan(KitsJson.FILE, preview::kitsJson);
        return site.withDownloads(all);
    }

    /** Reads one download of a kit's items; null if it is not there. */
    @FunctionalInterface
    interface FileSource {
        byte[] read(Download d) throws IOException, ContentErrorsException;
    }

    /** One kit's ZIP and checksum list, made in memory, and the SHA-256 of every file in them and of both. */
    record Bundle(Download zip, byte[] zipBytes, Download checksums, byte[] checksumsBytes, Map<String, String> hashes) {}

    /**
     * What the kit makers of one preview build share: the bundles made so far. Each bundle reads the
     * interface words itself (a few small files, with their own problems to report) and gets a
     * template engine, which keeps its parsed templates per folder across engines.
     */
    private static final class Preview {
        private final Site site;
        private final Path projectDir;
        private final OnDemandFiles onDemand;
        private final Map<String, Bundle> bundles = new HashMap<>();

        Preview(Site site, Path projectDir, OnDemandFiles onDemand) {
            this.site = site;
            this.projectDir = projectDir;
            this.onDemand = onDemand;
        }

        /** The kit's bundle, made once per build from its files as made now, with their real sizes and page counts. */
        synchronized Bundle made(Kit kit) throws ContentErrorsException, IOException {
            Bundle done = bundles.get(kit.id());
            if (done != null) return done;
            Diagnostics diagnostics = new Diagnostics();
            String lang = site.config().defaultLang();
            Map<String, Object> words = InterfaceWords.load(projectDir, List.of(lang), diagnostics).getOrDefault(lang, Map.of());
            Map<String, OnDemandFiles.Made> files = new HashMap<>();
            for (KitContents.File f : KitContents.files(KitContents.of(kit, site))) {
                String uri = f.download().uri();
                files.put(uri, onDemand.make(uri).orElse(null));
            }
            Site real = withMade(site, files);
            FileSource source = d -> files.get(d.uri()) == null ? null : files.get(d.uri()).bytes();
            Optional<Bundle> bundle = bundle(kit, real, words, new TemplateEngine(projectDir.resolve("templates")), source, diagnostics);
            if (bundle.isEmpty() || diagnostics.hasErrors()) throw new ContentErrorsException(diagnostics.sorted());
            bundles.put(kit.id(), bundle.get());
            return bundle.get();
        }

        /** {@code kits.json}: every kit's bundle made, so every size and checksum is known. */
        OnDemandFiles.Made kitsJson() throws ContentErrorsException, IOException {
            Map<String, String> hashes = new HashMap<>();
            Map<String, OnDemandFiles.Made> files = new HashMap<>();
            Map<String, List<Download>> kitDownloads = new HashMap<>();
            for (Kit kit : site.kits()) {
                Bundle b = made(kit);
                hashes.putAll(b.hashes());
                kitDownloads.put(kit.sourcePath(), List.of(b.zip(), b.checksums()));
                for (KitContents.File f : KitContents.files(KitContents.of(kit, site))) {
                    files.put(f.download().uri(), onDemand.make(f.download().uri()).orElse(null));
                }
            }
            Site real = withMade(site, files);
            Map<String, List<Download>> all = new TreeMap<>(real.downloads());
            all.putAll(kitDownloads);
            byte[] json = KitsJson.json(real.withDownloads(all), hashes).getBytes(StandardCharsets.UTF_8);
            return new OnDemandFiles.Made(json, 0);
        }

        /** The site with the sizes and page counts of the files just made. */
        private static Site withMade(Site site, Map<String, OnDemandFiles.Made> files) {
            Map<String, List<Download>> all = new TreeMap<>();
            site.downloads().forEach((owner, list) -> all.put(owner, list.stream().map(d -> {
                OnDemandFiles.Made m = files.get(d.uri());
                return m == null ? d : new Download(d.contentPath(), d.uri(), d.format(), d.variant(), m.bytes().length,
                        d.pages() == Download.NOT_MADE ? m.pages() : d.pages(), d.slides());
            }).toList()));
            return site.withDownloads(all);
        }
    }

    private static Optional<Bundle> bundle(Kit kit, Site site, Map<String, Object> words, TemplateEngine engine, FileSource source,
                                           Diagnostics diagnostics) throws IOException {
        List<KitContents.Entry> entries = KitContents.of(kit, site);
        String folder = KitContents.folder(kit);
        List<ReproducibleZip.Entry> zipEntries = new ArrayList<>();
        Map<String, String> sums = new TreeMap<>();
        Map<String, String> hashes = new HashMap<>();
        for (KitContents.File f : KitContents.files(entries)) {
            byte[] bytes;
            try {
                bytes = source.read(f.download());
            } catch (ContentErrorsException e) {
                e.diagnostics().forEach(diagnostics::add);
                continue;
            }
            if (bytes == null) {
                diagnostics.error(kit.sourcePath(), 0, 0, "the download " + f.download().uri() + " of content/" + f.download().contentPath()
                        + " was not made, so the kit's ZIP cannot hold it", "this is a fault in the build, not in the content: report it");
                continue;
            }
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
        byte[] zipBytes = ReproducibleZip.bytes(zipEntries, LocalDateTime.of(kit.date(), STAMP));
        String zipHex = Sha256.hex(zipBytes);
        hashes.put(zipUri, zipHex);

        StringBuilder list = new StringBuilder(sumsLine(zipHex, kit.id() + ".zip"));
        sums.forEach((name, hex) -> list.append(sumsLine(hex, name)));
        byte[] listBytes = list.toString().getBytes(StandardCharsets.UTF_8);
        String sumsUri = KitContents.checksumsUri(kit);
        hashes.put(sumsUri, Sha256.hex(listBytes));
        return Optional.of(new Bundle(new Download(kit.sourcePath(), zipUri, "ZIP", "", zipBytes.length, 0), zipBytes,
                new Download(kit.sourcePath(), sumsUri, "SHA-256", "", listBytes.length, 0), listBytes, hashes));
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

    /** One line of a {@code sha256sum} list: hash, two spaces (text mode), the file name. */
    private static String sumsLine(String hex, String name) {
        return hex + "  " + name + "\n";
    }
}
