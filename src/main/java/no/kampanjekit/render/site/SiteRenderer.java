package no.kampanjekit.render.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.load.TextFiles;
import no.kampanjekit.load.YamlNode;
import no.kampanjekit.load.YamlReader;
import no.kampanjekit.load.YamlValues;
import no.kampanjekit.markdown.PageLinks;
import no.kampanjekit.model.Audience;
import no.kampanjekit.model.ContentItem;
import no.kampanjekit.model.ContentType;
import no.kampanjekit.model.Download;
import no.kampanjekit.model.Kit;
import no.kampanjekit.model.Municipality;
import no.kampanjekit.model.Placeholder;
import no.kampanjekit.model.Site;
import no.kampanjekit.model.SiteConfig;
import no.kampanjekit.render.kit.KitBundles;
import no.kampanjekit.render.kit.KitContents;
import no.kampanjekit.render.kit.KitsJson;
import no.kampanjekit.render.kit.SharingTexts;
import no.kampanjekit.render.social.SocialImages;

/**
 * Writes the web pages: one per content item with the template of its type, and the generated
 * pages (home, audiences, kits, news, search, open points, 404, feeds, sitemap, robots.txt).
 * Builds JBake-style template models from the site model; see docs/templates.md.
 */
public final class SiteRenderer {
    private static final Map<String, String> LANGUAGE_NAMES = Map.of("nb", "Bokmål", "nn", "Nynorsk", "en", "English");

    private final Site site;
    private final SiteConfig config;
    private final TemplateEngine engine;
    private final Path templatesDir;
    private final Map<String, Map<String, Object>> i18n;
    private final Diagnostics diagnostics;
    private final Path out;
    /** The parts of the template model that are the same for every page of a language, built once. */
    private final Map<String, Map<String, Object>> sharedByLang = new java.util.HashMap<>();
    private final Map<String, ContentItem> byContentPath = new java.util.HashMap<>();
    /** The social image of every page written, by image address. */
    private final Map<String, SocialImages.Card> cards = new java.util.TreeMap<>();
    /** Every page written, with its last-modified date, for the sitemap. */
    private final List<Map<String, Object>> sitemap = new ArrayList<>();

    private SiteRenderer(Site site, TemplateEngine engine, Path templatesDir, Map<String, Map<String, Object>> i18n, Path out,
                         Diagnostics diagnostics) {
        this.site = site;
        this.templatesDir = templatesDir;
        this.config = site.config();
        this.engine = engine;
        this.i18n = i18n;
        this.out = out;
        this.diagnostics = diagnostics;
        site.items().forEach(i -> byContentPath.put(i.contentPath(), i));
    }

    private Optional<ContentItem> item(String contentPath) {
        return Optional.ofNullable(byContentPath.get(contentPath));
    }

    /**
     * Renders every web page of the site into {@code out}. Problems are reported, not thrown.
     *
     * @return the social image each page names in its Open Graph tags, for {@link SocialImages} to draw
     */
    public static List<SocialImages.Card> render(Site site, Path projectDir, Path out, Diagnostics diagnostics) throws IOException {
        Path templates = projectDir.resolve("templates");
        if (!Files.isDirectory(templates)) {
            diagnostics.error("templates", 0, 0, "the templates folder is missing", "restore templates/ from the repository");
            return List.of();
        }
        Map<String, Map<String, Object>> i18n = InterfaceWords.load(projectDir, site.config().languages(), diagnostics);
        if (diagnostics.hasErrors()) return List.of();
        SiteRenderer renderer = new SiteRenderer(site, new TemplateEngine(templates), templates, i18n, out, diagnostics);
        renderer.renderAll();
        return List.copyOf(renderer.cards.values());
    }

    private void renderAll() throws IOException {
        String defaultLang = config.defaultLang();
        for (Rendered r : contentPages()) written(r);
        for (String lang : config.languages()) {
            for (Audience a : config.audiences()) {
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("audience", audience(a, lang));
                model.put("items", summaries(site.items().stream()
                        .filter(i -> i.lang().equals(lang) && i.meta().audience().contains(a.id())).toList(), lang));
                model.put("audience_kits", site.kits().stream().filter(k -> concerns(k, a.id())).map(k -> kit(k, lang)).toList());
                page("audience.ftl", Addresses.audience(a.id(), lang, defaultLang), lang, model, a.name().in(lang), a.description().in(lang),
                        generatedTranslations(lang, l -> Addresses.audience(a.id(), l, defaultLang)), null);
            }
            Map<String, Object> news = new LinkedHashMap<>();
            news.put("items", summaries(published(ContentType.NEWS, lang), lang));
            page("news-list.ftl", Addresses.newsList(lang, defaultLang), lang, news, word(lang, "news"), null,
                    generatedTranslations(lang, l -> Addresses.newsList(l, defaultLang)), null);
            page("search.ftl", Addresses.search(lang, defaultLang), lang, new LinkedHashMap<>(), word(lang, "search"), null,
                    generatedTranslations(lang, l -> Addresses.search(l, defaultLang)), null);
            feed(lang);
        }
        for (Kit kit : site.kits()) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("kit", kitPage(kit, defaultLang));
            page("kit.ftl", kit.uri(), defaultLang, model, kit.title(), kit.description(), List.of(), kit.date());
        }
        municipalities();
        placeholders();
        notFound();
        searchIndex();
        sitemap();
        robots();
    }

    /**
     * Content pages are independent and most of the work, so a twin renderer with diagnostics of its
     * own makes them on every core; they are written afterwards in the site's order, so files and
     * sitemap do not depend on timing. If any page fails, all are made again one by one, so that the
     * messages (a template problem is reported once, at the first page that shows it) are the same
     * on every run.
     */
    private List<Rendered> contentPages() throws IOException {
        for (String lang : config.languages()) sharedByLang.computeIfAbsent(lang, this::shared);
        Diagnostics twinDiagnostics = new Diagnostics();
        SiteRenderer twin = new SiteRenderer(site, new TemplateEngine(templatesDir), templatesDir, i18n, out, twinDiagnostics);
        twin.sharedByLang.putAll(sharedByLang);
        List<Rendered> pages = site.items().parallelStream().map(twin::contentPage).toList();
        if (twinDiagnostics.hasErrors()) return site.items().stream().map(this::contentPage).toList();
        diagnostics.addAll(twinDiagnostics);
        cards.putAll(twin.cards);
        return pages;
    }

    private Rendered contentPage(ContentItem item) {
        return item.isHome()
                ? rendered("home.ftl", item.uri(), item.lang(), contentModel(item), item.title(), item.meta().summary(),
                        otherLanguages(item, l -> Addresses.home(l, config.defaultLang())), lastmod(item))
                : rendered(item.type().id() + ".ftl", item.uri(), item.lang(), contentModel(item), item.title(), item.meta().summary(),
                        translations(item), lastmod(item));
    }

    private void page(String template, String uri, String lang, Map<String, Object> specific, String title, String description,
                      List<Map<String, Object>> translations, LocalDate lastmod) throws IOException {
        written(rendered(template, uri, lang, specific, title, description, translations, lastmod));
    }

    /** A page made but not yet written; {@code html} is empty when its template failed (reported). */
    private record Rendered(String uri, Optional<String> html, List<Map<String, Object>> translations, LocalDate lastmod) {}

    private Rendered rendered(String template, String uri, String lang, Map<String, Object> specific, String title, String description,
                              List<Map<String, Object>> translations, LocalDate lastmod) {
        Map<String, Object> model = common(lang, uri);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("uri", uri);
        page.put("url", config.baseUrl() + uri);
        page.put("title", title);
        page.put("description", description == null ? config.description().in(lang) : description);
        page.put("translations", translations);
        page.put("type", template.replace(".ftl", ""));
        // Municipality pages share the index's card: a thousand cards of their own would cost a build more than all their editions' pages.
        page.put("image", template.equals("municipality.ftl") ? municipalitiesImage(lang) : socialImage(template, uri, lang, title));
        model.put("page", page);
        model.putAll(specific);
        return new Rendered(uri, engine.render(template, model, "/" + uri, diagnostics), translations, lastmod);
    }

    private void written(Rendered r) throws IOException {
        String uri = r.uri();
        List<Map<String, Object>> translations = r.translations();
        LocalDate lastmod = r.lastmod();
        if (r.html().isPresent()) {
            write(Addresses.file(uri), r.html().get());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("url", config.baseUrl() + uri);
            entry.put("lastmod", lastmod == null ? null : lastmod.toString());
            entry.put("translations", translations.stream().map(t -> Map.of("lang", t.get("lang"), "url", config.baseUrl() + t.get("uri"))).toList());
            sitemap.add(entry);
        }
    }

    /** Variables every template gets. */
    private Map<String, Object> common(String lang, String uri) {
        Map<String, Object> m = new LinkedHashMap<>(sharedByLang.computeIfAbsent(lang, this::shared));
        m.put("root", PageLinks.rootFrom(uri));
        return m;
    }

    /** Built once per language: lists of every published item would otherwise make each build quadratic. */
    private Map<String, Object> shared(String lang) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lang", lang);
        m.put("t", i18n.getOrDefault(lang, Map.of()));
        m.put("config", configModel(lang));
        m.put("audiences", config.audiences().stream().map(a -> audience(a, lang)).toList());
        m.put("kits", site.kits().stream().map(k -> kit(k, lang)).toList());
        m.put("languages", config.languages().stream().map(l -> Map.of("code", l, "name", LANGUAGE_NAMES.get(l),
                "home_uri", Addresses.home(l, config.defaultLang()))).toList());
        for (ContentType type : ContentType.values()) m.put(type.publishedListName(), summaries(published(type, lang), lang));
        // A lookup by address, so a template asking «is there a page here?» does not walk a list on every page.
        Map<String, String> uris = new java.util.TreeMap<>();
        site.items().stream().filter(i -> i.lang().equals(lang)).forEach(i -> uris.put(i.uri(), i.type().id()));
        m.put("published_uris", uris);
        m.put("data", site.data());
        m.put("search_uri", Addresses.search(lang, config.defaultLang()));
        m.put("news_uri", Addresses.newsList(lang, config.defaultLang()));
        m.put("feed_uri", Addresses.feed(lang, config.defaultLang()));
        return m;
    }

    private Map<String, Object> configModel(String lang) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("title", config.title().in(lang));
        c.put("description", config.description().in(lang));
        c.put("base_url", config.baseUrl());
        c.put("default_lang", config.defaultLang());
        c.put("languages", config.languages());
        c.put("publisher", Map.of("name", config.publisher().name(), "email", config.publisher().email()));
        return c;
    }

    private Map<String, Object> contentModel(ContentItem item) {
        Map<String, Object> c = summary(item, item.lang());
        c.put("body", TemplateEngine.markup(item.html()));
        c.put("status", item.meta().draft() ? "draft" : "published");
        c.put("rootpath", PageLinks.rootFrom(item.uri()));
        c.put("toc", item.toc().stream().filter(h -> h.level() == 2 || h.level() == 3)
                .map(h -> Map.of("level", h.level(), "id", h.id(), "text", h.text())).toList());
        c.put("tasks", item.tasks());
        c.put("sources", item.meta().sources().stream()
                .map(s -> Map.of("id", s, "title", config.sources().getOrDefault(s, s))).toList());
        c.put("source_path", item.sourcePath());
        c.put("share", SharingTexts.forPage(words(item.lang()), config.title().in(item.lang()), item.title(), item.meta().summary(),
                word(item.lang(), "type_" + item.type().id()), config.baseUrl() + item.uri()).model());
        neighbours(item).forEach(c::put);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("content", c);
        return m;
    }

    /** A content summary, the shape lists and kit pages use. */
    private Map<String, Object> summary(ContentItem item, String lang) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", item.title());
        s.put("type", item.type().id());
        s.put("type_name", word(item.lang(), "type_" + item.type().id()));
        s.put("uri", item.uri());
        s.put("url", config.baseUrl() + item.uri());
        s.put("summary", item.meta().summary() == null ? "" : item.meta().summary());
        s.put("lang", item.lang());
        putDate(s, "date", item.meta().date(), item.lang());
        putDate(s, "updated", item.meta().updated(), item.lang());
        if (item.meta().kit() != null) site.kit(item.meta().kit()).ifPresent(k -> s.put("kit", Map.of("id", k.id(), "title", k.title(), "uri", k.uri())));
        s.put("audience", item.meta().audience().stream().map(a -> config.audience(a).map(x -> audience(x, lang)).orElseThrow()).toList());
        s.put("draft", item.meta().draft());
        s.put("downloads", site.downloadsOf(item).stream().map(d -> download(d, item.lang(), lastmodOrKit(item))).toList());
        return s;
    }

    private void putDate(Map<String, Object> m, String key, LocalDate date, String lang) {
        if (date == null) return;
        m.put(key, date.toString());
        m.put(key + "_display", displayDate(date, lang));
        m.put(key + "_iso", date + "T00:00:00Z");
    }

    public static String displayDate(LocalDate date, String lang) {
        return lang.equals("en")
                ? date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))
                : date.format(DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag(lang.equals("nn") ? "nn-NO" : "nb-NO")));
    }

    private Map<String, Object> download(Download d, String lang, LocalDate updated) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("uri", d.uri());
        m.put("format", d.format());
        m.put("variant", d.variant());
        m.put("bytes", d.bytes());
        // The preview makes downloads when they are opened, so their size is not known yet.
        m.put("size_display", d.made() ? sizeDisplay(d.bytes(), lang) : word(lang, "download_on_demand"));
        m.put("pages", d.pages());
        m.put("pages_display", KitBundles.pagesDisplay(d, words(lang)));
        if (updated != null) putDate(m, "updated", updated, lang);
        return m;
    }

    /** «245 kB», «1,2 MB»: decimal units with a Norwegian decimal comma, as people read file sizes. */
    public static String sizeDisplay(long bytes, String lang) {
        String comma = lang.equals("en") ? "." : ",";
        if (bytes < 1000) return bytes + " B";
        if (bytes < 1_000_000) return Math.round(bytes / 1000.0) + " kB";
        long tenths = Math.round(bytes / 100_000.0);
        return (tenths / 10) + comma + (tenths % 10) + " MB";
    }

    private List<Map<String, Object>> summaries(List<ContentItem> items, String lang) {
        return items.stream().map(i -> summary(i, lang)).toList();
    }

    /** Published items of a type in a language: newest first, then by title. Drafts only exist in preview builds. */
    private List<ContentItem> published(ContentType type, String lang) {
        return site.items().stream()
                .filter(i -> i.type() == type && i.lang().equals(lang) && !i.isHome())
                .sorted(Comparator.comparing((ContentItem i) -> i.meta().date() == null ? LocalDate.MIN : i.meta().date()).reversed()
                        .thenComparing(ContentItem::title))
                .toList();
    }

    private Map<String, Object> audience(Audience a, String lang) {
        return Map.of("id", a.id(), "name", a.name().in(lang), "description", a.description().in(lang),
                "uri", Addresses.audience(a.id(), lang, config.defaultLang()));
    }

    private Map<String, Object> kit(Kit k, String lang) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", k.id());
        m.put("title", k.title());
        m.put("description", k.description());
        m.put("uri", k.uri());
        m.put("version", k.version() == null ? "" : k.version());
        putDate(m, "date", k.date(), lang);
        m.put("audiences", k.audiences().stream().map(a -> audience(config.audience(a).orElseThrow(), lang)).toList());
        m.put("items", k.items().stream().map(this::item).flatMap(Optional::stream).map(i -> summary(i, lang)).toList());
        m.put("links", k.links().stream().map(l -> Map.of("title", l.title(), "url", l.url())).toList());
        if (k.featured() != null) item(k.featured()).ifPresent(i -> m.put("featured", summary(i, lang)));
        // The audiences the kit page has a section for (#for-<id>), so audience pages can link straight to theirs.
        m.put("audience_groups", k.audiences().size() < 2 ? List.of() : k.audiences().stream()
                .filter(a -> k.items().stream().map(this::item).flatMap(Optional::stream).anyMatch(i -> i.meta().audience().contains(a))).toList());
        m.put("has_editions", k.editions() != null && !site.municipalities().isEmpty());
        m.put("zip", site.downloadsOf(k).stream().filter(d -> d.format().equals("ZIP")).findFirst().map(d -> download(d, lang, k.date())).orElse(null));
        return m;
    }

    /** The kit page's model: the kit, its items grouped by audience, its ZIP and the texts for sharing it. */
    private Map<String, Object> kitPage(Kit k, String lang) {
        Map<String, Object> m = kit(k, lang);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) m.get("items");
        List<ContentItem> kitItems = k.items().stream().map(this::item).flatMap(Optional::stream).toList(); // as in kit(): same order
        for (int n = 0; n < items.size(); n++) {
            // Translations and their downloads are part of the kit (and of its ZIP), shown under their original.
            items.get(n).put("translations", site.translationsOf(kitItems.get(n)).stream()
                    .filter(tr -> !tr.lang().equals(lang))
                    .map(tr -> {
                        Map<String, Object> s = summary(tr, lang);
                        s.put("language_name", LANGUAGE_NAMES.get(tr.lang()));
                        return s;
                    }).toList());
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        if (k.audiences().size() > 1) {
            List<Map<String, Object>> unmatched = items.stream().filter(i -> audienceIds(i).stream().noneMatch(k.audiences()::contains)).toList();
            if (!unmatched.isEmpty()) groups.add(group("alle", word(lang, "kit_for_everyone"), null, unmatched));
            for (String id : k.audiences()) {
                Audience a = config.audience(id).orElseThrow();
                List<Map<String, Object>> forA = items.stream().filter(i -> audienceIds(i).contains(id)).toList();
                if (!forA.isEmpty()) groups.add(group(id, word(lang, "for_prefix") + " " + SharingTexts.midSentence(a.name().in(lang)), audience(a, lang), forA));
            }
        }
        m.put("groups", groups);
        Map<String, Object> bundle = new LinkedHashMap<>();
        for (Download d : site.downloadsOf(k)) bundle.put(d.format().equals("ZIP") ? "zip" : "checksums", download(d, lang, k.date()));
        bundle.put("files", KitContents.files(KitContents.of(k, site)).size());
        bundle.put("json_uri", KitsJson.FILE);
        m.put("bundle", bundle);
        m.put("share", SharingTexts.forKit(words(lang), config.title().in(lang), k.title(), k.description(),
                k.audiences().stream().map(a -> config.audience(a).orElseThrow().name().in(lang)).toList(), items.size(),
                config.baseUrl() + k.uri()).model());
        return m;
    }

    private static Map<String, Object> group(String id, String title, Map<String, Object> audience, List<Map<String, Object>> items) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("id", "for-" + id);
        g.put("title", title);
        if (audience != null) g.put("audience", audience);
        g.put("items", items);
        return g;
    }

    @SuppressWarnings("unchecked")
    private static List<String> audienceIds(Map<String, Object> summary) {
        return ((List<Map<String, Object>>) summary.get("audience")).stream().map(a -> (String) a.get("id")).toList();
    }

    /** Whether a kit is for an audience: the kit names it, or one of its items does. */
    private boolean concerns(Kit k, String audienceId) {
        return k.audiences().contains(audienceId)
                || k.items().stream().map(this::item).flatMap(Optional::stream).anyMatch(i -> i.meta().audience().contains(audienceId));
    }

    /** The date shown as «last updated» beside an item's downloads. */
    private LocalDate lastmodOrKit(ContentItem item) {
        LocalDate own = lastmod(item);
        if (own != null || item.meta().kit() == null) return own;
        return site.kit(item.meta().kit()).map(Kit::date).orElse(null);
    }

    /**
     * The Open Graph image of a page: a card with its title, drawn after the pages by {@link SocialImages}.
     * Pages that are not worth a card of their own (404, open points) show their language's home card.
     */
    private Map<String, Object> socialImage(String template, String uri, String lang, String title) {
        String kicker = switch (template) {
            case "home.ftl", "news-list.ftl", "search.ftl" -> "";
            case "kit.ftl" -> word(lang, "kit");
            case "municipalities.ftl" -> word(lang, "municipalities_kicker");
            case "audience.ftl" -> word(lang, "for_you");
            default -> word(lang, "type_" + template.replace(".ftl", ""));
        };
        String siteTitle = config.title().in(lang);
        String host = java.net.URI.create(config.baseUrl()).getHost();
        String footer = template.equals("home.ftl") ? host : siteTitle + "  ·  " + host;
        SocialImages.Card card = new SocialImages.Card(SocialImages.uriFor(uri), kicker, title, footer);
        synchronized (cards) {
            cards.put(card.uri(), card);
        }
        return imageModel(card.uri(), (kicker.isEmpty() ? "" : kicker + " – ") + title + (template.equals("home.ftl") ? "" : " (" + siteTitle + ")"));
    }

    private Map<String, Object> imageModel(String imageUri, String alt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("uri", imageUri);
        m.put("url", config.baseUrl() + imageUri);
        m.put("width", SocialImages.WIDTH);
        m.put("height", SocialImages.HEIGHT);
        m.put("type", "image/png");
        m.put("alt", alt);
        return m;
    }

    /** The card of /kommuner/ (drawn for that page), which every municipality page shows too. */
    private Map<String, Object> municipalitiesImage(String lang) {
        return imageModel(SocialImages.uriFor(Municipality.FOLDER), word(lang, "municipalities_kicker") + " – " + word(lang, "municipalities_title")
                + " (" + config.title().in(lang) + ")");
    }

    /** The home page's card, for pages without one of their own. */
    private Map<String, Object> homeImage(String lang) {
        String home = Addresses.home(lang, config.defaultLang());
        return imageModel(SocialImages.uriFor(home), item(Addresses.prefix(lang, config.defaultLang()) + "index.md").map(ContentItem::title)
                .orElse(config.title().in(lang)));
    }

    private Map<String, Object> words(String lang) {
        return i18n.getOrDefault(lang, Map.of());
    }

    /** Previous and next page in the kit's order, for content pages in the default language. */
    private Map<String, Object> neighbours(ContentItem item) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (item.meta().kit() == null) return m;
        site.kit(item.meta().kit()).ifPresent(kit -> {
            List<ContentItem> items = kit.items().stream().map(this::item).flatMap(Optional::stream).toList();
            int i = items.indexOf(item);
            if (i > 0) m.put("previousContent", summary(items.get(i - 1), item.lang()));
            if (i >= 0 && i < items.size() - 1) m.put("nextContent", summary(items.get(i + 1), item.lang()));
        });
        return m;
    }

    private List<Map<String, Object>> translations(ContentItem item) {
        return site.translationsOf(item).stream().map(t -> translation(t.lang(), t.uri())).toList();
    }

    private List<Map<String, Object>> otherLanguages(ContentItem item, java.util.function.Function<String, String> uriFor) {
        return generatedTranslations(item.lang(), uriFor);
    }

    private List<Map<String, Object>> generatedTranslations(String lang, java.util.function.Function<String, String> uriFor) {
        return config.languages().stream().filter(l -> !l.equals(lang)).map(l -> translation(l, uriFor.apply(l))).toList();
    }

    private Map<String, Object> translation(String lang, String uri) {
        return Map.of("lang", lang, "language_name", LANGUAGE_NAMES.get(lang), "uri", uri);
    }

    private static LocalDate lastmod(ContentItem item) {
        return item.meta().updated() != null ? item.meta().updated() : item.meta().date();
    }

    /** An interface word; a missing one is an error in the words file, never a silent stand-in. */
    private String word(String lang, String key) {
        Object w = i18n.getOrDefault(lang, Map.of()).get(key);
        if (w == null) {
            diagnostics.error("templates/i18n/" + lang + ".yml", 0, 0, "the interface word '" + key + "' is missing",
                    "add a line `" + key + ": …` (every language file needs the same keys)");
            return key;
        }
        return w.toString();
    }

    private void feed(String lang) throws IOException {
        Map<String, Object> model = common(lang, Addresses.feed(lang, config.defaultLang()));
        model.put("feed_url", config.baseUrl() + Addresses.feed(lang, config.defaultLang()));
        model.put("news_url", config.baseUrl() + Addresses.newsList(lang, config.defaultLang()));
        List<ContentItem> news = published(ContentType.NEWS, lang);
        LocalDate newest = news.stream().map(SiteRenderer::lastmod).filter(d -> d != null).max(LocalDate::compareTo)
                .orElse(LocalDate.of(2025, 1, 1));
        model.put("feed_updated_iso", newest + "T00:00:00Z");
        engine.render("feed.xml.ftl", model, Addresses.feed(lang, config.defaultLang()), diagnostics)
                .ifPresent(x -> write(Addresses.feed(lang, config.defaultLang()), x));
    }

    /**
     * A page per municipality of the personalised editions ({@code kommuner/<slug>/}), listing its
     * editions by kit with size and page count, and {@code kommuner/} listing them all by region.
     * In the default language: the editions' words come from the data file, not from translations.
     */
    private void municipalities() throws IOException {
        if (site.municipalities().isEmpty()) return;
        String lang = config.defaultLang();
        java.text.Collator collator = java.text.Collator.getInstance(Locale.forLanguageTag("no"));
        for (Municipality m : site.municipalities()) {
            Map<String, Object> model = new LinkedHashMap<>();
            Map<String, Object> mm = municipality(m, lang);
            mm.put("kits", editionsByKit(m, lang));
            model.put("municipality", mm);
            page("municipality.ftl", m.uri(), lang, model, m.name(), word(lang, "municipality_description").replace("{kommune}", m.name()),
                    List.of(), editionsDate());
        }
        List<Map<String, Object>> regions = new ArrayList<>();
        for (String region : Municipality.REGIONS) {
            List<Map<String, Object>> in = site.municipalities().stream().filter(m -> m.region().equals(region))
                    .sorted((a, b) -> collator.compare(a.name(), b.name())).map(m -> municipality(m, lang)).toList();
            if (in.isEmpty()) continue;
            regions.add(Map.of("name", region, "id", no.kampanjekit.markdown.HeadingIds.slug(region), "municipalities", in));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("regions", regions);
        model.put("municipality_count", site.municipalities().size());
        page("municipalities.ftl", Municipality.FOLDER, lang, model, word(lang, "municipalities_title"), word(lang, "municipalities_intro"), List.of(),
                editionsDate());
    }

    private Map<String, Object> municipality(Municipality m, String lang) {
        Map<String, Object> mm = new LinkedHashMap<>();
        mm.put("number", m.number());
        mm.put("name", m.name());
        mm.put("slug", m.slug());
        mm.put("region", m.region());
        mm.put("lang", m.lang());
        mm.put("language_name", LANGUAGE_NAMES.get(m.lang()));
        mm.put("uri", m.uri());
        mm.put("url", config.baseUrl() + m.uri());
        mm.put("contact", m.contact());
        // A contact person's address is a person's: like a privat: link, it is not in the model as written,
        // so no template can publish it where harvesters read.
        boolean open = no.kampanjekit.markdown.Placeholders.isOpen(m.email());
        mm.put("email_open", open);
        mm.put("email_encoded", open ? "" : no.kampanjekit.markdown.PrivateEmail.encode(m.email()));
        mm.put("email_readable", no.kampanjekit.markdown.PrivateEmail.shownContact(m.email(), lang));
        mm.put("phone", m.phone());
        mm.put("editions", site.downloadsOf(m).size());
        return mm;
    }

    /** A municipality's editions, by kit (in kit order) and item (in the order of the kit's {@code editions: items:}). */
    /** An edition item's content path and its translations', by the item's path: the same for every municipality. */
    private final Map<String, List<String>> editionPaths = new java.util.concurrent.ConcurrentHashMap<>();

    /** The edition may be the item's nynorsk translation: its files are matched by either path. */
    private List<String> withTranslations(ContentItem item) {
        List<String> paths = new ArrayList<>(List.of(item.contentPath()));
        site.translationsOf(item).forEach(t -> paths.add(t.contentPath()));
        return List.copyOf(paths);
    }

    private List<Map<String, Object>> editionsByKit(Municipality m, String lang) {
        List<Map<String, Object>> kits = new ArrayList<>();
        List<Download> mine = site.downloadsOf(m);
        for (Kit k : site.kits()) {
            if (k.editions() == null) continue;
            List<Map<String, Object>> items = new ArrayList<>();
            for (String path : k.editions().items()) {
                Optional<ContentItem> original = item(path);
                if (original.isEmpty()) continue;
                List<String> paths = editionPaths.computeIfAbsent(path, p -> withTranslations(original.get()));
                List<Download> files = mine.stream().filter(d -> d.uri().startsWith("downloads/" + k.id() + "/") && paths.contains(d.contentPath())).toList();
                if (files.isEmpty()) continue;
                ContentItem printed = item(files.get(0).contentPath()).orElse(original.get());
                Map<String, Object> s = summary(printed, lang);
                s.put("downloads", files.stream().map(d -> download(d, printed.lang(), k.date())).toList());
                items.add(s);
            }
            if (items.isEmpty()) continue;
            Map<String, Object> km = new LinkedHashMap<>();
            km.put("id", k.id());
            km.put("title", k.title());
            km.put("uri", k.uri());
            km.put("items", items);
            kits.add(km);
        }
        return kits;
    }

    /** The newest date of the kits with editions: the municipality pages' last change. */
    private LocalDate editionsDate() {
        return site.kits().stream().filter(k -> k.editions() != null).map(Kit::date).filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
    }

    /** The editors' list of open points, so none is published unnoticed. Not listed in the sitemap. */
    private void placeholders() {
        String lang = config.defaultLang();
        Map<String, Object> model = common(lang, Addresses.PLACEHOLDERS);
        List<Map<String, Object>> list = new ArrayList<>();
        for (ContentItem item : site.items()) {
            for (Placeholder p : item.placeholders()) {
                list.add(Map.of("text", p.text(), "source_path", p.sourcePath(), "line", p.line(), "uri", item.uri(), "title", item.title()));
            }
        }
        for (Municipality m : site.municipalities()) {
            // The data file's open points (contact persons not yet known), at the row that has them.
            for (String v : List.of(m.contact(), m.email(), m.phone())) {
                var found = no.kampanjekit.markdown.Placeholders.MARKER.matcher(v);
                if (found.matches()) list.add(Map.of("text", v, "source_path", m.sourcePath(), "line", m.line(), "uri", m.uri(), "title", m.name()));
            }
        }
        model.put("placeholders", list);
        model.put("page", Map.of("uri", Addresses.PLACEHOLDERS, "url", config.baseUrl() + Addresses.PLACEHOLDERS,
                "title", word(lang, "placeholders_title"), "description", word(lang, "placeholders_title"), "translations", List.of(), "type", "placeholders",
                "image", homeImage(lang)));
        engine.render("placeholders.ftl", model, Addresses.PLACEHOLDERS, diagnostics).ifPresent(x -> write(Addresses.file(Addresses.PLACEHOLDERS), x));
    }

    /** 404.html is served at any depth, so its links start from the site's base path. */
    private void notFound() {
        String lang = config.defaultLang();
        Map<String, Object> model = common(lang, "");
        model.put("root", config.basePath());
        model.put("page", Map.of("uri", "404.html", "url", config.baseUrl() + "404.html", "title", word(lang, "not_found_title"),
                "description", word(lang, "not_found_title"), "translations", List.of(), "type", "404", "image", homeImage(lang)));
        engine.render("404.ftl", model, "404.html", diagnostics).ifPresent(x -> write(Addresses.NOT_FOUND, x));
    }

    private void searchIndex() {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (ContentItem item : site.items()) {
            if (item.meta().draft()) continue;
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("url", item.uri());
            e.put("title", item.title());
            e.put("summary", item.meta().summary() == null ? "" : item.meta().summary());
            e.put("lang", item.lang());
            e.put("type", item.type().id());
            e.put("type_name", word(item.lang(), "type_" + item.type().id()));
            e.put("text", item.plainText().length() > 6000 ? item.plainText().substring(0, 6000) : item.plainText());
            entries.add(e);
        }
        for (Municipality m : site.municipalities()) {
            // Found by its name and number; folded like every other entry by search.js.
            String lang = config.defaultLang();
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("url", m.uri());
            e.put("title", m.name());
            e.put("summary", word(lang, "municipality_description").replace("{kommune}", m.name()));
            e.put("lang", lang);
            e.put("type", "municipality");
            e.put("type_name", word(lang, "municipality"));
            e.put("text", m.number() + " " + m.region());
            entries.add(e);
        }
        write(Addresses.SEARCH_INDEX, Json.write(entries));
        write(Addresses.SEARCH_SYNONYMS, Json.write(config.synonyms()));
    }

    private void sitemap() {
        Map<String, Object> model = common(config.defaultLang(), "sitemap.xml");
        List<Map<String, Object>> pages = sitemap.stream()
                .sorted(Comparator.comparing(m -> (String) m.get("url")))
                .collect(Collectors.toList());
        model.put("all_pages", pages);
        engine.render("sitemap.xml.ftl", model, "sitemap.xml", diagnostics).ifPresent(x -> write(Addresses.SITEMAP, x));
    }

    private void robots() {
        Map<String, Object> model = common(config.defaultLang(), "robots.txt");
        model.put("sitemap_url", config.baseUrl() + "sitemap.xml");
        engine.render("robots.txt.ftl", model, "robots.txt", diagnostics).ifPresent(x -> write(Addresses.ROBOTS, x));
    }

    private void write(String relative, String text) {
        Path file = out.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            diagnostics.error(relative, 0, 0, "cannot write the output file: " + e.getMessage(), "check free disk space and permissions");
        }
    }

}
