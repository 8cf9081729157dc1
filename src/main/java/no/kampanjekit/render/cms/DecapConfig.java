package no.kampanjekit.render.cms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import no.kampanjekit.model.ContentType;
import no.kampanjekit.model.Kit;
import no.kampanjekit.model.SiteConfig;
import no.kampanjekit.validate.FrontMatterValidator;
import no.kampanjekit.validate.KitReader;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Decap CMS's config.yml, made from our own schema so it cannot drift from it: the front matter
 * keys ({@link FrontMatterValidator#KEYS}), the content types, and the languages, audiences,
 * sources and kits of kampanjekit.yml and kits/. One folder collection per folder that
 * {@code new <type> <title>} writes to (the root pages, news, each kit), per language, because
 * a page's folder is its address; the type is a select field inside each.
 */
public final class DecapConfig {
    /**
     * The front matter keys in the order the editor shows them and Decap writes them back, which is
     * the order of README.md and `new`, so a saved page's diff shows only what was changed. Must be
     * exactly {@link FrontMatterValidator#KEYS}.
     */
    static final List<String> FIELD_ORDER = List.of("title", "type", "lang", "translation_key", "audience", "kit", "summary",
            "date", "updated", "status", "sources");
    /** Decap's own name for the Markdown text after the front matter. */
    public static final String BODY = "body";
    /** Where decap-server (npx decap-server) listens: Decap talks to it only when /admin/ is opened on this machine. */
    public static final String LOCAL_BACKEND = "http://localhost:8081";
    private static final Map<String, String> LANGUAGE_NAMES = Map.of("nb", "bokmål", "nn", "nynorsk", "en", "engelsk");

    /** The keys of a kit file in the order the kits in kits/ write them; must be exactly {@link KitReader#KEYS}. */
    static final List<String> KIT_FIELD_ORDER = List.of("title", "description", "audiences", "version", "date", "featured", "items", "links", "editions");

    static {
        if (!Set.copyOf(KIT_FIELD_ORDER).equals(KitReader.KEYS) || KIT_FIELD_ORDER.size() != KitReader.KEYS.size()) {
            throw new IllegalStateException("DecapConfig.KIT_FIELD_ORDER " + KIT_FIELD_ORDER + " must list exactly KitReader.KEYS " + KitReader.KEYS);
        }
        // A front matter key added to the validator but not here would be silently dropped by the editor.
        if (!Set.copyOf(FIELD_ORDER).equals(FrontMatterValidator.KEYS) || FIELD_ORDER.size() != FrontMatterValidator.KEYS.size()) {
            throw new IllegalStateException("DecapConfig.FIELD_ORDER " + FIELD_ORDER + " must list exactly FrontMatterValidator.KEYS "
                    + FrontMatterValidator.KEYS + ": give every front matter key a field in DecapConfig.field()");
        }
    }

    /** A folder of content/ that becomes one collection. */
    record Folder(String lang, String path, String kit, boolean news) {
        /** content/…, without a trailing slash. */
        String contentFolder(String defaultLang) {
            String prefix = lang.equals(defaultLang) ? "" : lang + "/";
            String p = prefix + path;
            return p.isEmpty() ? "content" : "content/" + p.replaceAll("/$", "");
        }
    }

    private final SiteConfig config;
    private final List<Kit> kits;
    private final Map<String, Object> words;

    /** @param words the default language's interface words (templates/i18n), for the types' names; may be empty */
    public DecapConfig(SiteConfig config, List<Kit> kits, Map<String, Object> words) {
        this.config = config;
        this.kits = kits;
        this.words = words == null ? Map.of() : words;
    }

    /** A type's name for editors, e.g. «Sjekkliste» ({@code type_checklist}), or its id where the word is missing. */
    private String typeName(String type, boolean plural) {
        Object w = words.get("type_" + type + (plural ? "_plural" : ""));
        return w == null ? type : w.toString();
    }

    /** config.yml for the project's content folders. */
    public String yaml(Path projectDir) throws IOException {
        return yaml(folders(projectDir));
    }

    String yaml(List<Folder> folders) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("backend", backend());
        // Try it on your own machine with `npx decap-server`: Decap then reads and writes the working copy.
        root.put("local_backend", true);
        // Every change becomes a branch and a merge/pull request; CI checks and publishes it after review.
        root.put("publish_mode", "editorial_workflow");
        root.put("locale", config.defaultLang().equals("nn") ? "nn_no" : "nb_no");
        root.put("site_url", config.baseUrl());
        root.put("display_url", config.baseUrl());
        root.put("logo_url", config.basePath() + "images/logo.svg");
        // Images go where Markdown finds them: ![alt](/images/x.png) is assets/images/x.png.
        root.put("media_folder", "assets/images");
        root.put("public_folder", "/images");
        // File names as `new <type> <title>` makes them (markdown.HeadingIds.slug): a-z, 0-9 and -, æ→ae ø→o å→a.
        root.put("slug", map("encoding", "ascii", "clean_accents", true, "sanitize_replacement", "-"));
        List<Object> collections = new ArrayList<>();
        for (Folder f : folders) collections.add(collection(f));
        collections.add(kitCollection());
        root.put("collections", collections);
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setIndent(2)
                .setIndicatorIndent(2).setIndentWithIndicator(true).setWidth(120).build();
        return "# Made by the build from kampanjekit.yml, kits/ and the front matter schema; do not edit.\n"
                + "# Editing in the browser: docs/editing-in-browser.md\n"
                + new Dump(settings).dumpToString(root);
    }

    private Map<String, Object> backend() {
        SiteConfig.Cms cms = config.cms();
        Map<String, Object> b = new LinkedHashMap<>();
        if (cms == null) {
            // No `cms:` in kampanjekit.yml yet: Decap starts, and says at login that the repository is missing.
            b.put("name", "github");
            b.put("repo", "[ÅPENT: set cms: in kampanjekit.yml, see docs/editing-in-browser.md]");
            b.put("branch", "main");
            return b;
        }
        b.put("name", cms.backend());
        b.put("repo", cms.repo());
        b.put("branch", cms.branch());
        if (cms.isGitLab()) {
            b.put("auth_type", "pkce"); // no secret and no proxy: GitLab's OAuth with PKCE runs in the browser
            b.put("app_id", cms.appId());
            if (!cms.gitlabUrl().equals(SiteConfig.Cms.GITLAB_COM)) {
                b.put("api_root", cms.gitlabUrl() + "/api/v4");
                b.put("base_url", cms.gitlabUrl());
                b.put("auth_endpoint", "oauth/authorize");
            }
        } else if (cms.oauthUrl() != null) {
            b.put("base_url", cms.oauthUrl()); // the OAuth proxy that holds the GitHub app's secret
        }
        b.put("squash_merges", true);
        b.put("commit_messages", map(
                "create", "Ny side {{collection}}: {{slug}} (fra nettleseren, {{author-name}})",
                "update", "Endret {{collection}}: {{slug}} (fra nettleseren, {{author-name}})",
                "delete", "Slettet {{collection}}: {{slug}} (fra nettleseren, {{author-name}})",
                "uploadMedia", "Nytt bilde: {{path}} (fra nettleseren, {{author-name}})",
                "deleteMedia", "Slettet bilde: {{path}} (fra nettleseren, {{author-name}})"));
        return b;
    }

    private Map<String, Object> collection(Folder f) {
        Map<String, Object> c = new LinkedHashMap<>();
        boolean defaultLang = f.lang().equals(config.defaultLang());
        String id = name(f);
        String label = f.kit() != null ? kits.stream().filter(k -> k.id().equals(f.kit())).findFirst().map(Kit::title).orElse(f.kit())
                : f.news() ? "Nyheter" : f.path().isEmpty() ? "Sider" : f.path();
        if (!defaultLang) label += " (" + LANGUAGE_NAMES.getOrDefault(f.lang(), f.lang()) + ")";
        c.put("name", id);
        c.put("label", label);
        c.put("label_singular", f.news() ? "nyhet" : "side");
        c.put("description", "content/" + (defaultLang ? "" : f.lang() + "/") + f.path());
        c.put("folder", f.contentFolder(config.defaultLang()));
        c.put("create", true);
        c.put("extension", "md");
        c.put("format", "frontmatter");
        c.put("slug", "{{slug}}");
        c.put("identifier_field", "title");
        c.put("summary", "{{title}} – {{type}}, {{status}}");
        c.put("sortable_fields", List.of("title", "date", "type"));
        List<Object> filters = new ArrayList<>();
        for (ContentType t : ContentType.values()) {
            if (f.news() != (t == ContentType.NEWS)) continue;
            filters.add(map("label", typeName(t.id(), true), "field", "type", "pattern", "^" + t.id() + "$"));
        }
        filters.add(map("label", "Utkast", "field", "status", "pattern", "^draft$"));
        c.put("view_filters", filters);
        c.put("view_groups", List.of(map("label", "Type", "field", "type")));
        String prefix = defaultLang ? "" : f.lang() + "/";
        c.put("preview_path", prefix + (f.path().isEmpty() ? "" : f.path()) + "{{filename}}/");
        List<Object> fields = new ArrayList<>();
        for (String key : FIELD_ORDER) fields.add(field(key, f));
        fields.add(map("label", "Tekst", "name", BODY, "widget", "markdown", "modes", List.of("raw"),
                "hint", "Markdown, som i docs/authoring.md: - [ ] for avkrysningspunkt, > **Merk:** for en boks, [ÅPENT: …] for et åpent punkt."));
        c.put("fields", fields);
        return c;
    }

    /** The name of the kits' collection (kits/*.yml). */
    public static final String KITS = "materiellpakker";

    /** kits/*.yml, so an editor can add a finished page to its kit's `items:` (needed before it is published). */
    private Map<String, Object> kitCollection() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", KITS);
        c.put("label", "Materiellpakker");
        c.put("label_singular", "materiellpakke");
        c.put("description", "kits/: hvilke sider hver pakke har, i rekkefølge. En side må stå her før den publiseres.");
        c.put("folder", "kits");
        c.put("create", true);
        c.put("extension", "yml");
        c.put("format", "yml");
        c.put("slug", "{{slug}}");
        c.put("identifier_field", "title");
        List<Object> fields = new ArrayList<>();
        for (String key : KIT_FIELD_ORDER) fields.add(kitField(key));
        c.put("fields", fields);
        return c;
    }

    /** The audiences of kampanjekit.yml as a select's options: a kit's and a page's. */
    private List<Object> audienceOptions() {
        return config.audiences().stream().map(a -> (Object) map("label", a.name().in(config.defaultLang()), "value", a.id())).toList();
    }

    private Map<String, Object> kitField(String key) {
        return switch (key) {
            case "title" -> map("label", "Tittel", "name", key, "widget", "string");
            case "description" -> map("label", "Beskrivelse", "name", key, "widget", "text");
            case "audiences" -> map("label", "Målgrupper", "name", key, "widget", "select", "multiple", true, "min", 1,
                    "options", audienceOptions());
            case "version" -> map("label", "Versjon", "name", key, "widget", "string", "hint", "F.eks. 1.0; øk den når innholdet endres.");
            case "date" -> map("label", "Dato", "name", key, "widget", "datetime", "format", "YYYY-MM-DD", "date_format", "DD.MM.YYYY",
                    "time_format", false, "picker_utc", true);
            case "featured" -> map("label", "Utvalgt plakat", "name", key, "widget", "string", "required", false,
                    "hint", "Stien til en plakat i pakken, f.eks. kjernejournal-pll/plakat-bruksplikt.md.");
            case "items" -> map("label", "Sider i pakken", "name", key, "widget", "list", "field",
                    map("label", "Side", "name", "item", "widget", "string"),
                    "hint", "Én side per linje, som mappe/fil.md, i den rekkefølgen pakken viser dem.");
            case "links" -> map("label", "Lenker", "name", key, "widget", "list", "required", false, "fields", List.of(
                    map("label", "Tittel", "name", "title", "widget", "string"),
                    map("label", "Adresse", "name", "url", "widget", "string", "pattern", List.of("^https?://\\S+$", "Hele adressen, med https://"))));
            case "editions" -> map("label", "Utgaver per kommune", "name", key, "widget", "object", "required", false, "collapsed", true,
                    "hint", "Sider som lages i én utgave per kommune, med kommunens kontaktperson og egen QR-kode.",
                    "fields", List.of(
                            map("label", "Kommunefil", "name", "data", "widget", "string", "hint", "Filen i kits/, f.eks. kommuner.csv."),
                            map("label", "Sider med kommuneutgave", "name", "items", "widget", "list", "field",
                                    map("label", "Side", "name", "item", "widget", "string"),
                                    "hint", "Én side per linje, som mappe/fil.md; sidene må stå i pakken.")));
            default -> throw new IllegalStateException("no Decap field for kit key '" + key + "'");
        };
    }

    /** The collection's name: the folder, with the language before it where it is not the default. */
    String name(Folder f) {
        String p = f.path().replaceAll("/$", "");
        return (f.lang().equals(config.defaultLang()) ? "" : f.lang() + "-") + (p.isEmpty() ? "sider" : p.replace('/', '-'));
    }

    /** One front matter key as a Decap field; a fixed set of values is a select. */
    private Map<String, Object> field(String key, Folder f) {
        return switch (key) {
            case "title" -> map("label", "Tittel", "name", key, "widget", "string",
                    "hint", "Kort og tydelig. Filnavnet lages av tittelen når siden opprettes.");
            case "type" -> map("label", "Type", "name", key, "widget", "select",
                    "options", ContentType.ids().stream().map(t -> map("label", typeName(t, false), "value", t)).toList(),
                    "default", f.news() ? ContentType.NEWS.id() : ContentType.PAGE.id());
            case "summary" -> map("label", "Sammendrag", "name", key, "widget", "text", "required", false,
                    "hint", "Én eller to setninger om hva siden gir leseren.");
            case "audience" -> map("label", "Målgruppe", "name", key, "widget", "select", "multiple", true, "required", false,
                    "options", audienceOptions());
            case "kit" -> f.kit() != null
                    ? map("label", "Materiellpakke", "name", key, "widget", "select", "required", false, "options", kitOptions(), "default", f.kit(),
                            "hint", "Når siden publiseres, må den også stå under items: i kits/" + f.kit() + ".yml.")
                    : map("label", "Materiellpakke", "name", key, "widget", "select", "required", false, "options", kitOptions());
            case "date", "updated" -> map("label", key.equals("date") ? "Dato" : "Oppdatert", "name", key, "widget", "datetime",
                    "format", "YYYY-MM-DD", "date_format", "DD.MM.YYYY", "time_format", false, "picker_utc", true,
                    "required", key.equals("date") && f.news());
            // Not required: pages written before the editor have no status, which means published.
            case "status" -> map("label", "Status", "name", key, "widget", "select", "default", "draft", "required", false,
                    "options", List.of(map("label", "Utkast", "value", "draft"), map("label", "Publisert", "value", "published")),
                    "hint", "Utkast vises bare i forhåndsvisningen. Tomt betyr publisert.");
            // The folder decides the language; the validator wants the two to agree.
            case "lang" -> map("label", "Språk", "name", key, "widget", "hidden", "default", f.lang());
            case "translation_key" -> map("label", "Oversettelsesnøkkel", "name", key, "widget", "string", "required", false,
                    "pattern", List.of("^[a-z0-9-]+$", "Bare små bokstaver a–z, tall og bindestrek"),
                    "hint", "Lik på alle språkversjoner av samme side, f.eks. sjekkliste-enhetsleder.");
            case "sources" -> map("label", "Kilder", "name", key, "widget", "select", "multiple", true, "required", false,
                    "options", config.sources().entrySet().stream().map(e -> map("label", e.getValue(), "value", e.getKey())).toList());
            default -> throw new IllegalStateException("no Decap field for front matter key '" + key + "'");
        };
    }

    private List<Object> kitOptions() {
        return kits.stream().<Object>map(k -> map("label", k.title(), "value", k.id())).toList();
    }

    /**
     * The collections: per language its root pages; for the default language also news and every
     * kit (folders `new` writes to, made on first save); then every other folder that holds pages.
     */
    List<Folder> folders(Path projectDir) throws IOException {
        Set<String> kitIds = new LinkedHashSet<>();
        kits.forEach(k -> kitIds.add(k.id()));
        List<Folder> out = new ArrayList<>();
        for (String lang : config.languages()) {
            boolean def = lang.equals(config.defaultLang());
            Path base = def ? projectDir.resolve("content") : projectDir.resolve("content").resolve(lang);
            Set<String> paths = new LinkedHashSet<>();
            paths.add("");
            if (def) {
                paths.add("nyheter/");
                kitIds.forEach(k -> paths.add(k + "/"));
            }
            if (Files.isDirectory(base)) {
                try (Stream<Path> s = Files.walk(base)) {
                    s.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).map(p -> base.relativize(p.getParent()))
                            .map(p -> p.toString().replace('\\', '/')).filter(p -> !p.isEmpty())
                            .filter(p -> !def || !config.languages().contains(p.split("/")[0]))
                            .sorted().forEach(p -> paths.add(p + "/"));
                }
            }
            for (String p : paths) {
                String top = p.isEmpty() ? "" : p.split("/")[0];
                out.add(new Folder(lang, p, kitIds.contains(top) ? top : null, top.equals("nyheter")));
            }
        }
        return out;
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
