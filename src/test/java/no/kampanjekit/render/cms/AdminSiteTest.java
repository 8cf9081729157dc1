package no.kampanjekit.render.cms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import no.kampanjekit.build.Pipeline;
import no.kampanjekit.diagnostics.ContentErrorsException;
import no.kampanjekit.diagnostics.Diagnostic;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.model.Audience;
import no.kampanjekit.model.ContentType;
import no.kampanjekit.model.Kit;
import no.kampanjekit.model.Site;
import no.kampanjekit.testing.SampleSites;
import no.kampanjekit.validate.FrontMatterValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * /admin/: Decap's config.yml follows our schema (derived from it, so a new front matter key, type,
 * audience, source or kit shows up without touching this test), index.html loads only files of
 * the site, and the editor is left out of the sitemap and search. The real Decap runs in
 * AdminInBrowserIT; here a stand-in folder shaped like the npm package's dist/ is enough.
 */
class AdminSiteTest {
    @TempDir
    static Path tmp;
    static Path project;
    static Path site;
    static Site model;
    static Map<String, Object> config;

    @BeforeAll
    static void build() throws Exception {
        project = SampleSites.project("basic", tmp.resolve("p"));
        Path decap = tmp.resolve("decap");
        Files.createDirectories(decap);
        for (String f : List.of("decap-cms.js", "123.decap-cms.js", "0a1b.wasm", "decap-cms.js.LICENSE.txt", "decap-cms.js.map", "cms.js", "README.md")) {
            Files.writeString(decap.resolve(f), "// " + f);
        }
        site = tmp.resolve("site");
        model = new Pipeline().build(project, site, new Pipeline.Options(false, decap)).site();
        config = yaml(site.resolve("admin/config.yml"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(Path file) throws Exception {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file, StandardCharsets.UTF_8));
    }

    static List<Map<String, Object>> collections() {
        return collections(config);
    }

    /** The collections of pages; the kits' collection is tested on its own. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> collections(Map<String, Object> config) {
        return ((List<Map<String, Object>>) config.get("collections")).stream().filter(c -> !DecapConfig.KITS.equals(c.get("name"))).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void kitFilesHaveACollectionWithExactlyTheKitKeys() {
        Map<String, Object> kits = ((List<Map<String, Object>>) config.get("collections")).stream()
                .filter(c -> DecapConfig.KITS.equals(c.get("name"))).findFirst().orElseThrow();
        assertEquals("kits", kits.get("folder"));
        assertEquals("yml", kits.get("extension"));
        Set<String> names = new HashSet<>();
        for (Map<String, Object> f : (List<Map<String, Object>>) kits.get("fields")) names.add((String) f.get("name"));
        assertEquals(no.kampanjekit.validate.KitReader.KEYS, names);
        assertEquals(model.config().audiences().stream().map(Audience::id).toList(), optionValues(field(kits, "audiences")));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> field(Map<String, Object> collection, String name) {
        return ((List<Map<String, Object>>) collection.get("fields")).stream().filter(f -> name.equals(f.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError(collection.get("name") + " has no field " + name));
    }

    @SuppressWarnings("unchecked")
    static List<Object> optionValues(Map<String, Object> field) {
        return ((List<Object>) field.get("options")).stream().map(o -> o instanceof Map<?, ?> m ? m.get("value") : o).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyCollectionHasExactlyTheFrontMatterKeysPlusTheBody() {
        assertFalse(collections().isEmpty());
        for (Map<String, Object> c : collections()) {
            Set<String> names = new HashSet<>();
            for (Map<String, Object> f : (List<Map<String, Object>>) c.get("fields")) names.add((String) f.get("name"));
            assertTrue(names.remove(DecapConfig.BODY), c.get("name") + " lets editors write the text");
            assertEquals(FrontMatterValidator.KEYS, names, "fields of collection " + c.get("name"));
            assertEquals("md", c.get("extension"));
            assertEquals("frontmatter", c.get("format"));
            assertEquals(List.of("raw"), field(c, DecapConfig.BODY).get("modes"), "Markdown as written, so our syntax survives");
        }
    }

    @Test
    void fixedSetsAreSelectsWithTheValuesOfTheSchemaAndKampanjekitYml() {
        List<Object> audiences = model.config().audiences().stream().map(Audience::id).map(Object.class::cast).toList();
        List<Object> sources = List.copyOf(model.config().sources().keySet());
        List<Object> kits = model.kits().stream().map(Kit::id).map(Object.class::cast).toList();
        for (Map<String, Object> c : collections()) {
            assertEquals(ContentType.ids(), optionValues(field(c, "type")), "types in " + c.get("name"));
            assertEquals(audiences, optionValues(field(c, "audience")));
            assertEquals(true, field(c, "audience").get("multiple"));
            assertEquals(sources, optionValues(field(c, "sources")));
            assertEquals(kits, optionValues(field(c, "kit")));
            assertEquals(List.of("draft", "published"), optionValues(field(c, "status")));
            assertEquals("draft", field(c, "status").get("default"), "new pages start as drafts, as with `new`");
        }
    }

    @Test
    void oneCollectionPerFolderThatNewWritesToWithTheLanguageOfItsFolder() {
        Map<String, String> folderLang = new java.util.LinkedHashMap<>();
        for (Map<String, Object> c : collections()) folderLang.put((String) c.get("folder"), (String) field(c, "lang").get("default"));
        assertEquals("nb", folderLang.get("content"));
        assertEquals("nb", folderLang.get("content/nyheter"));
        assertEquals("nb", folderLang.get("content/kit-a"));
        assertEquals("nn", folderLang.get("content/nn"));
        assertEquals("nn", folderLang.get("content/nn/kit-a"));
        assertEquals("en", folderLang.get("content/en"));
        Map<String, Object> kitA = collections().stream().filter(c -> c.get("folder").equals("content/kit-a")).findFirst().orElseThrow();
        assertEquals("kit-a", field(kitA, "kit").get("default"));
        Map<String, Object> news = collections().stream().filter(c -> c.get("folder").equals("content/nyheter")).findFirst().orElseThrow();
        assertEquals("news", field(news, "type").get("default"));
        assertEquals(true, field(news, "date").get("required"), "news needs a date, as the validator says");
        // Every folder that holds a page has a collection.
        for (var item : model.items()) {
            String folder = ("content/" + item.contentPath()).replaceAll("/[^/]*$", "");
            assertTrue(folderLang.containsKey(folder), item.contentPath() + " is in no collection");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void reviewBeforePublishingLocalTryOutAndImagesWhereMarkdownFindsThem() {
        assertEquals("editorial_workflow", config.get("publish_mode"));
        assertEquals(true, config.get("local_backend"));
        assertEquals("assets/images", config.get("media_folder"));
        assertTrue(Files.isDirectory(Path.of("assets/images")), "the shipped site keeps its images in assets/images");
        assertEquals("/images", config.get("public_folder"));
        Map<String, Object> backend = (Map<String, Object>) config.get("backend");
        assertEquals("github", backend.get("name"));
        assertTrue(((String) backend.get("repo")).startsWith("[ÅPENT"), "no cms: in the sample, so the repository is marked as open");
    }

    @Test
    void indexHtmlLoadsOnlyFilesOfTheSiteAndIsNotForSearchEngines() throws Exception {
        Document d = Jsoup.parse(site.resolve("admin/index.html").toFile(), "UTF-8");
        List<String> loads = new ArrayList<>();
        for (Element e : d.select("script[src], link[href], img[src]")) loads.add(e.hasAttr("src") ? e.attr("src") : e.attr("href"));
        assertEquals(List.of("decap-cms.js", "preview.js"), loads.stream().sorted().toList());
        assertTrue(Files.isRegularFile(site.resolve("admin/config.yml")), "Decap reads config.yml beside index.html");
        for (String l : loads) assertTrue(Files.isRegularFile(site.resolve("admin").resolve(l)), l + " is in the site");
        assertEquals(List.of(), d.select("script:not([src])").eachText(), "no inline scripts: the policy forbids them");
        assertEquals("noindex, nofollow", d.selectFirst("meta[name=robots]").attr("content"));
        String csp = d.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertTrue(csp.contains("script-src 'self' 'unsafe-eval';"), csp);
        assertTrue(csp.contains("connect-src 'self' https://api.github.com " + DecapConfig.LOCAL_BACKEND), csp);
        assertFalse(csp.contains("*"), "no wildcards: " + csp);
        String collections = d.selectFirst("script[src=preview.js]").attr("data-collections");
        for (Map<String, Object> c : collections()) assertTrue(collections.contains("\"" + c.get("name") + "\""), "preview for " + c.get("name"));
    }

    @Test
    void indexHtmlIsValidHtml() throws Exception {
        assertEquals(List.of(), new no.kampanjekit.judges.NuHtmlChecker().errors(site.resolve("admin/index.html")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSelfHostedGitLabLogsInWithPkceAndIsTheOnlyApiTheEditorMayCall(@TempDir Path dir) throws Exception {
        var c = model.config();
        var gitlab = new no.kampanjekit.model.SiteConfig.Cms("gitlab", "helse/kampanje", "main", null, "abc123", "https://gitlab.example.no");
        var config = new no.kampanjekit.model.SiteConfig(c.title(), c.description(), c.baseUrl(), c.defaultLang(), c.languages(),
                c.publisher(), c.audiences(), c.sources(), c.synonyms(), gitlab);
        Path file = dir.resolve("config.yml");
        Files.writeString(file, new DecapConfig(config, model.kits(), Map.of()).yaml(project));
        Map<String, Object> backend = (Map<String, Object>) yaml(file).get("backend");
        assertEquals("gitlab", backend.get("name"));
        assertEquals("pkce", backend.get("auth_type"));
        assertEquals("abc123", backend.get("app_id"));
        assertEquals("https://gitlab.example.no/api/v4", backend.get("api_root"));
        assertEquals("https://gitlab.example.no", backend.get("base_url"));
        String csp = AdminSite.contentSecurityPolicy(gitlab);
        assertTrue(csp.contains("connect-src 'self' https://gitlab.example.no " + DecapConfig.LOCAL_BACKEND), csp);
        assertFalse(csp.contains("github"), csp);
    }

    @Test
    void decapIsCopiedWithItsChunksAndNoticesButWithoutSourceMaps() {
        Path admin = site.resolve("admin");
        for (String f : List.of("decap-cms.js", "123.decap-cms.js", "0a1b.wasm", "decap-cms.js.LICENSE.txt", "LICENSE-decap-cms.txt", "preview.js", "preview.css")) {
            assertTrue(Files.isRegularFile(admin.resolve(f)), f);
        }
        for (String f : List.of("decap-cms.js.map", "cms.js", "README.md")) assertFalse(Files.exists(admin.resolve(f)), f);
    }

    @Test
    void theEditorIsNotInTheSitemapTheSearchIndexOrTheFeed() throws Exception {
        for (String f : List.of("sitemap.xml", "search-index.json", "feed.xml")) {
            Path file = site.resolve(f);
            if (Files.exists(file)) assertFalse(Files.readString(file).contains("admin/"), f + " links to admin/");
        }
    }

    @Test
    void withoutDecapTheSiteHasNoAdminFolder(@TempDir Path out) throws Exception {
        new Pipeline().build(project, out.resolve("site"), Pipeline.Options.PUBLISH);
        assertFalse(Files.exists(out.resolve("site/admin")));
    }

    /** Decap writes a cleared optional field as `key: ""` (seen with decap-server); that must pass as if absent. */
    @Test
    void aPageSavedWithClearedFieldsPassesCheck(@TempDir Path dir) throws Exception {
        Path p = SampleSites.project("basic", dir.resolve("p"));
        Files.writeString(p.resolve("content/tomme-felt.md"), """
                ---
                title: Tomme felt
                type: page
                lang: nb
                translation_key: ""
                audience: []
                kit: ""
                summary: ""
                date: 2026-11-23
                updated: ""
                status: ""
                sources: []
                ---
                Tekst.
                """);
        Site checked = new Pipeline().check(p, Pipeline.Options.PUBLISH, new Diagnostics());
        var meta = checked.items().stream().filter(i -> i.contentPath().equals("tomme-felt.md")).findFirst().orElseThrow().meta();
        assertEquals(null, meta.translationKey());
        assertEquals(null, meta.kit());
        assertEquals(null, meta.updated());
        assertFalse(meta.draft(), "an empty status is published, as a missing one");
    }

    @Test
    void aPageInsideAdminIsAnError(@TempDir Path dir) throws Exception {
        Path p = SampleSites.project("basic", dir.resolve("p"));
        Files.createDirectories(p.resolve("content/admin"));
        Files.writeString(p.resolve("content/admin/index.md"), "---\ntitle: Admin\ntype: page\n---\nTekst.\n");
        try {
            new Pipeline().check(p, Pipeline.Options.PUBLISH, new Diagnostics());
            fail("content/admin/ must not pass");
        } catch (ContentErrorsException e) {
            assertEquals(List.of("content/admin/index.md: error: the address /admin/ is inside /admin/, which belongs to editing in the browser"
                    + " (Decap CMS) (rename the folder or file)"), e.diagnostics().stream().map(Diagnostic::format).toList());
        }
    }

    @Test
    void theShippedSitesConfigFollowsItsKitsAndAudiences(@TempDir Path out) throws Exception {
        Site shipped = new Pipeline().check(Path.of("."), Pipeline.Options.PUBLISH, new Diagnostics());
        String yml = new DecapConfig(shipped.config(), shipped.kits(), Map.of()).yaml(Path.of("."));
        Path file = out.resolve("config.yml");
        Files.writeString(file, yml);
        List<Map<String, Object>> collections = collections(yaml(file));
        try (Stream<Path> kits = Files.list(Path.of("kits"))) {
            List<String> kitFiles = kits.map(k -> k.getFileName().toString().replace(".yml", "")).sorted().toList();
            for (String k : kitFiles) {
                assertTrue(collections.stream().anyMatch(c -> c.get("folder").equals("content/" + k)), "a collection for kit " + k);
            }
        }
        assertTrue(collections.stream().anyMatch(c -> c.get("folder").equals("content/nn/kjernejournal-pll")), "nynorsk kit pages");
    }
}
