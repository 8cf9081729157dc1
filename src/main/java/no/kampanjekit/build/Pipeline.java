package no.kampanjekit.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.kampanjekit.diagnostics.ContentErrorsException;
import no.kampanjekit.diagnostics.Diagnostic;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.diagnostics.SourcePosition;
import no.kampanjekit.load.ContentFolder;
import no.kampanjekit.load.SourceDocument;
import no.kampanjekit.markdown.LinkTargets;
import no.kampanjekit.markdown.MarkdownEngine;
import no.kampanjekit.markdown.MarkdownLimits;
import no.kampanjekit.markdown.PageLinks;
import no.kampanjekit.markdown.ParsedPage;
import no.kampanjekit.model.ContentItem;
import no.kampanjekit.model.ContentType;
import no.kampanjekit.model.Download;
import no.kampanjekit.model.FrontMatter;
import no.kampanjekit.model.Kit;
import no.kampanjekit.model.Municipality;
import no.kampanjekit.model.Site;
import no.kampanjekit.model.SiteConfig;
import no.kampanjekit.output.InternalLinks;
import no.kampanjekit.output.OnDemandFiles;
import no.kampanjekit.output.StagedOutput;
import no.kampanjekit.output.StaticFiles;
import no.kampanjekit.render.cms.AdminSite;
import no.kampanjekit.render.kit.KitBundles;
import no.kampanjekit.render.pdf.PrintRenderer;
import no.kampanjekit.render.pptx.SlideDeckStage;
import no.kampanjekit.render.site.Addresses;
import no.kampanjekit.render.site.InterfaceWords;
import no.kampanjekit.render.site.SiteRenderer;
import no.kampanjekit.render.social.SocialImages;
import no.kampanjekit.validate.FrontMatterValidator;
import no.kampanjekit.validate.KitChecker;
import no.kampanjekit.validate.KitReader;
import no.kampanjekit.validate.LinkChecker;
import no.kampanjekit.validate.MunicipalityReader;
import no.kampanjekit.validate.SiteConfigReader;

/**
 * The build, stage by stage: load → validate → site model → render → staged output. Reads like the
 * diagram in docs/pipeline.md; each stage lives in the package of the same name.
 */
public final class Pipeline {
    /**
     * @param includeDrafts build draft pages too (preview only)
     * @param preview plan the downloads (PDFs, decks, kit ZIPs, kits.json) and social cards without
     *     making them; {@link Result#onDemand()} makes each when it is asked for. Pages list them
     *     with «made when you open the link» instead of a size.
     * @param decap the unpacked Decap CMS (target/vendor/decap-cms) to add /admin/ with, or null for a site without it
     */
    public record Options(boolean includeDrafts, boolean preview, Path decap) {
        public static final Options PUBLISH = new Options(false, false, null);
        /** What the preview server builds: drafts, and downloads made on demand. */
        public static final Options PREVIEW = new Options(true, true, null);

        public Options(boolean includeDrafts) {
            this(includeDrafts, false, null);
        }

        public Options(boolean includeDrafts, Path decap) {
            this(includeDrafts, false, decap);
        }
    }

    /**
     * What a successful build made.
     *
     * @param stageMillis wall time of each stage, in pipeline order, for `--timings` and the benchmark
     * @param onDemand the files a preview build planned, to be made when opened; {@link OnDemandFiles#NONE} otherwise
     */
    public record Result(Site site, List<Diagnostic> warnings, Map<String, Long> stageMillis, OnDemandFiles onDemand) {}

    private final MarkdownEngine markdown = new MarkdownEngine();

    /**
     * What the last build parsed and rendered, for a pipeline that builds again (the preview
     * server's): a file whose text did not change is not parsed again, and its body is not rendered
     * again while no page address changed. Parsing and rendering depend on nothing else, so the
     * result is the same as doing it afresh.
     */
    private record ParseInput(String body, String sourcePath, String contentPath, int bodyLineOffset, boolean numberSteps) {}

    private final Map<ParseInput, ParsedPage> parsedBefore = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<ParsedPage, String> renderedBefore = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Map<String, String> renderedWithUris = Map.of();


    /** Builds the site into {@code out}; on any content error nothing is written and the old site stays. */
    public Result build(Path projectDir, Path out, Options options) throws ContentErrorsException, IOException {
        Diagnostics diagnostics = new Diagnostics();
        Map<String, Long> timings = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        // A preview keeps pages in memory (parsedBefore, renderedBefore); a build keeps them on disk for the next.
        PageCache pages = options.preview() ? PageCache.none() : PageCache.open(StagedOutput.beside(out, ".page-cache"));
        SlideDeckStage.Read decks = checked(projectDir, options, pages, diagnostics);
        Site site = decks.site(); // deck pages: one section per slide
        long t1 = lap(timings, "load and check", t0);
        // A preview plans the downloads and cards; the preview server makes each when it is opened.
        boolean preview = options.preview();
        OnDemandFiles onDemand = preview ? new OnDemandFiles() : OnDemandFiles.NONE;
        try (StagedOutput staged = new StagedOutput(out)) {
            // Downloads first, so the pages that list them can show size and page count.
            Map<String, List<Download>> downloads = new TreeMap<>(preview ? SlideDeckStage.plan(decks, projectDir, onDemand)
                    : SlideDeckStage.write(decks, projectDir, staged.dir(), StagedOutput.beside(out, ".deck-cache")));
            // Print PDFs, the decks' 16:9 PDFs among them (beside their .pptx).
            List<PrintRenderer.DeckPdf> deckPdfs = decks.decks().entrySet().stream()
                    .map(e -> new PrintRenderer.DeckPdf(e.getValue(), decks.pdf(e.getKey()))).toList();
            Path printCache = StagedOutput.beside(out, ".print-cache");
            (preview ? PrintRenderer.plan(site, deckPdfs, projectDir, printCache, onDemand, diagnostics)
                    : PrintRenderer.render(site, deckPdfs, projectDir, staged.dir(), printCache, diagnostics))
                    .forEach((path, pdfs) -> downloads.merge(path, pdfs, (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList()));
            site = site.withDownloads(downloads);
            t1 = lap(timings, "downloads", t1);
            // Kit bundles last: a kit's ZIP holds the downloads made above.
            site = preview ? KitBundles.plan(site, projectDir, onDemand, diagnostics) : KitBundles.write(site, projectDir, staged.dir(), diagnostics);
            t1 = lap(timings, "kit bundles", t1);
            List<SocialImages.Card> cards = SiteRenderer.render(site, projectDir, staged.dir(), diagnostics);
            t1 = lap(timings, "web pages", t1);
            // Before the assets, so an asset in assets/admin/ is reported instead of overwriting the editor.
            if (options.decap() != null) {
                var words = InterfaceWords.load(projectDir, List.of(site.config().defaultLang()), new Diagnostics()).get(site.config().defaultLang());
                AdminSite.write(site, projectDir, staged.dir(), options.decap(), words);
            }
            StaticFiles.copyAssets(projectDir, staged.dir(), diagnostics);
            StaticFiles.copyContentFiles(projectDir, site.contentFiles(), staged.dir());
            t1 = lap(timings, "static files", t1);
            // Cards unchanged since the last build are copied from a cache beside the output, not redrawn.
            if (preview) SocialImages.plan(cards, projectDir, onDemand, diagnostics);
            else if (!diagnostics.hasErrors()) SocialImages.draw(cards, projectDir, staged.dir(), StagedOutput.beside(out, ".social-cache"), diagnostics);
            t1 = lap(timings, "social images", t1);
            if (!diagnostics.hasErrors()) InternalLinks.check(staged.dir(), onDemand.uris(), diagnostics, preview ? null : StagedOutput.beside(out, ".link-cache"));
            failOnErrors(diagnostics);
            t1 = lap(timings, "link check", t1);
            staged.commit(preview);
            lap(timings, "swap in", t1);
        }
        return new Result(site, diagnostics.sorted().stream().filter(d -> !d.isError()).toList(), timings, onDemand);
    }

    private static long lap(Map<String, Long> timings, String stage, long since) {
        long now = System.nanoTime();
        timings.put(stage, (now - since) / 1_000_000);
        return now;
    }

    /** Loads and checks everything, slide decks included, and returns the site model, without writing anything. */
    public Site check(Path projectDir, Options options, Diagnostics diagnostics) throws ContentErrorsException {
        return checked(projectDir, options, PageCache.none(), diagnostics).site();
    }

    /** The checks, giving the build the decks read too; their site has the deck pages rewritten (one section per slide). */
    private SlideDeckStage.Read checked(Path projectDir, Options options, PageCache pages, Diagnostics diagnostics) throws ContentErrorsException {
        // load
        SiteConfig config = SiteConfigReader.read(projectDir, diagnostics).orElse(null);
        if (config == null) throw new ContentErrorsException(diagnostics.sorted());
        List<KitReader.ParsedKit> kits = KitReader.readAll(projectDir, config, diagnostics);
        List<Municipality> municipalities = MunicipalityReader.read(projectDir, kits, diagnostics);
        ContentFolder.Contents contents = ContentFolder.read(projectDir, diagnostics);

        // validate front matter and addresses
        Set<String> kitIds = kits.stream().map(k -> k.kit().id()).collect(Collectors.toSet());
        knownKitFileIds(projectDir).forEach(kitIds::add);
        FrontMatterValidator validator = new FrontMatterValidator(config, kitIds);
        Map<String, FrontMatter> allMeta = new TreeMap<>();
        Map<String, SourcePosition> kitKeyAt = new HashMap<>();
        List<SourceDocument> documents = new ArrayList<>();
        for (SourceDocument doc : contents.documents()) {
            Optional<FrontMatter> meta = validator.validate(doc, diagnostics);
            if (meta.isEmpty()) continue;
            if (meta.get().draft() && !options.includeDrafts()) {
                allMeta.put(doc.contentPath(), meta.get()); // kept so links to it are reported as links to a draft
                continue;
            }
            allMeta.put(doc.contentPath(), meta.get());
            documents.add(doc);
            var kitKey = doc.frontMatter().entries().get("kit");
            if (kitKey != null) kitKeyAt.put(doc.contentPath(), kitKey.keyAt());
        }
        documents.removeIf(d -> !MarkdownLimits.check(d.body(), d.sourcePath(), d.bodyLineOffset(), diagnostics));
        checkAddresses(projectDir, documents, config, !municipalities.isEmpty(), diagnostics);
        checkTranslations(documents, allMeta, diagnostics);
        checkHomePages(config, allMeta, diagnostics);
        KitChecker.check(kits, allMeta, kitKeyAt, contents.markdownFiles(), config.defaultLang(), diagnostics);

        // parse Markdown (in parallel: it is the costly part), then check links across pages
        List<ParseInput> inputs = documents.stream().map(d -> new ParseInput(d.body(), d.sourcePath(), d.contentPath(), d.bodyLineOffset(),
                allMeta.get(d.contentPath()).type() == ContentType.GUIDE)).toList();
        List<Integer> indexes = java.util.stream.IntStream.range(0, documents.size()).boxed().toList();
        String[] keys = new String[inputs.size()];
        List<Workers.Outcome<ParsedPage>> outcomes = Workers.map(indexes, i -> {
            ParseInput in = inputs.get(i);
            keys[i] = pages.key(in.body(), in.sourcePath(), in.contentPath(), in.bodyLineOffset(), in.numberSteps());
            ParsedPage before = parsedBefore.get(in);
            if (before != null) return before;
            Optional<PageCache.Entry> kept = pages.get(keys[i]);
            return kept.isPresent() ? kept.get().page() : parse(in);
        });
        reportFailures(documents, outcomes, diagnostics);
        List<ParsedPage> parsed = outcomes.stream().map(Workers.Outcome::result).toList();
        parsedBefore.clear();
        for (int i = 0; i < inputs.size(); i++) parsedBefore.put(inputs.get(i), parsed.get(i));
        Map<String, Set<String>> anchors = new HashMap<>();
        for (ParsedPage p : parsed) anchors.put(p.contentPath(), p.anchors());
        Set<String> drafts = allMeta.entrySet().stream().filter(e -> e.getValue().draft()).map(Map.Entry::getKey).collect(Collectors.toSet());
        for (String draft : drafts) anchors.putIfAbsent(draft, Set.of());
        Set<String> siteUris = new HashSet<>();
        for (SourceDocument d : documents) siteUris.add(PageLinks.pageUri(d.contentPath()));
        LinkChecker.Targets targets = new LinkChecker.Targets(anchors, options.includeDrafts() ? Set.of() : drafts,
                Set.copyOf(contents.staticFiles()), siteUris, projectDir.resolve("assets").toAbsolutePath().normalize());
        for (ParsedPage p : parsed) {
            LinkChecker.check(p, targets, diagnostics);
            p.htmlProblems().forEach(h -> diagnostics.error(h.at(), h.message(),
                    "write it in Markdown; raw HTML may only use <" + String.join(">, <", no.kampanjekit.markdown.RawHtmlPolicy.ALLOWED_TAGS.stream().sorted().toList()) + ">"));
        }
        failOnErrors(diagnostics);

        // site model: render each body once, with links turned into page addresses
        Map<String, String> uriByPath = new HashMap<>();
        for (SourceDocument d : documents) uriByPath.put(d.contentPath(), PageLinks.pageUri(d.contentPath()));
        if (!uriByPath.equals(renderedWithUris)) renderedBefore.clear(); // links may lead elsewhere now
        renderedBefore.keySet().retainAll(new HashSet<>(parsed));
        renderedWithUris = Map.copyOf(uriByPath);
        List<Workers.Outcome<String>> bodies = Workers.map(indexes, i -> {
            ParsedPage page = parsed.get(i);
            String linked = linkedAddresses(page, uriByPath);
            String before = renderedBefore.get(page);
            Optional<PageCache.Entry> kept = pages.get(keys[i]);
            if (before == null && kept.isPresent() && kept.get().page() == page && kept.get().linkedAddresses().equals(linked)) {
                pages.put(keys[i], kept.get());
                return kept.get().body();
            }
            if (before != null) {
                pages.put(keys[i], new PageCache.Entry(page, before, linked));
                return before;
            }
            String uri = uriByPath.get(documents.get(i).contentPath());
            // A page from the cache whose links now lead elsewhere has no tree to render: parse it again.
            String body = markdown.render(page.renderable() ? page : parse(inputs.get(i)), new LinkTargets() {
                public Optional<String> pageUri(String contentPath) {
                    return Optional.ofNullable(uriByPath.get(contentPath));
                }

                public String currentUri() {
                    return uri;
                }
            });
            pages.put(keys[i], new PageCache.Entry(page, body, linked));
            return body;
        });
        reportFailures(documents, bodies, diagnostics);
        pages.save();
        for (int i = 0; i < documents.size(); i++) renderedBefore.put(parsed.get(i), bodies.get(i).result());
        List<ContentItem> items = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            SourceDocument d = documents.get(i);
            ParsedPage p = parsed.get(i);
            items.add(new ContentItem(d.sourcePath(), d.contentPath(), uriByPath.get(d.contentPath()), allMeta.get(d.contentPath()),
                    bodies.get(i).result(), p.headings(), p.anchors(), p.tasks(), p.placeholders(), p.plainText()));
        }
        List<Kit> kitModels = kits.stream().map(KitReader.ParsedKit::kit).toList();
        Site site = new Site(config, List.copyOf(items), kitModels, contents.data(), contents.staticFiles(), Map.of(), municipalities);

        // slide decks: layouts, titles, tables, images and the master are checked here, so `check` reports them too
        SlideDeckStage.Read decks = SlideDeckStage.read(site, projectDir, markdown, diagnostics);
        failOnErrors(diagnostics);
        return decks;
    }

    private ParsedPage parse(ParseInput in) {
        return markdown.parse(in.body(), in.sourcePath(), in.contentPath(), in.bodyLineOffset(), in.numberSteps());
    }

    /** The addresses of the pages a page links to, as its rendered body writes them. */
    private static String linkedAddresses(ParsedPage page, Map<String, String> uriByPath) {
        StringBuilder b = new StringBuilder();
        for (String contentPath : PageLinks.linkedPages(page)) b.append(contentPath).append('=').append(uriByPath.get(contentPath)).append('\n');
        return b.toString();
    }

    /** A page too deep or too slow to parse or render is the author's problem to fix, reported at the file. */
    private static void reportFailures(List<SourceDocument> documents, List<? extends Workers.Outcome<?>> outcomes, Diagnostics diagnostics)
            throws ContentErrorsException {
        for (int i = 0; i < documents.size(); i++) {
            Workers.Failure failure = outcomes.get(i).failure();
            if (failure == null) continue;
            SourceDocument d = documents.get(i);
            diagnostics.error(d.sourcePath(), d.bodyLineOffset() + 1, 0,
                    failure == Workers.Failure.TOO_DEEP ? "the text is nested too deeply to read (lists, quotes or brackets inside each other)"
                            : "reading the text took too long",
                    "simplify the page: at most a few levels of lists or quotes, and no long runs of [ ] * or >");
        }
        failOnErrors(diagnostics);
    }

    /** Two files must not make the same address, and generated pages and files keep theirs. */
    private static void checkAddresses(Path projectDir, List<SourceDocument> documents, SiteConfig config, boolean editions, Diagnostics diagnostics) {
        Map<String, String> reserved = new LinkedHashMap<>();
        for (String lang : config.languages()) {
            reserved.put(Addresses.newsList(lang, config.defaultLang()), "the news list");
            reserved.put(Addresses.search(lang, config.defaultLang()), "the search page");
            for (var a : config.audiences()) reserved.put(Addresses.audience(a.id(), lang, config.defaultLang()), "the audience page");
        }
        reserved.put(Addresses.PLACEHOLDERS, "the open points page");
        Map<String, String> generated = generatedAddresses(projectDir, config, editions);
        Map<String, String> byUri = new HashMap<>();
        for (SourceDocument d : documents) {
            String uri = PageLinks.pageUri(d.contentPath());
            String key = uri.toLowerCase(Locale.ROOT);
            String other = byUri.putIfAbsent(key, d.sourcePath());
            Optional<Map.Entry<String, String>> taken = generated.entrySet().stream()
                    .filter(g -> g.getKey().endsWith("/") ? key.startsWith(g.getKey()) : key.equals(g.getKey() + "/")).findFirst();
            if (other != null) {
                diagnostics.error(d.sourcePath(), 0, 0, "this page gets the address /" + uri + ", which " + other + " has already",
                        "rename one of the files; x.md and x/index.md make the same address");
            } else if (uri.startsWith(AdminSite.FOLDER + "/")) {
                diagnostics.error(d.sourcePath(), 0, 0, "the address /" + uri + " is inside /admin/, which belongs to editing in the browser (Decap CMS)",
                        "rename the folder or file");
            } else if (reserved.containsKey(uri) || uri.startsWith("kit/") || uri.equals("kit/")) {
                diagnostics.error(d.sourcePath(), 0, 0, "the address /" + uri + " belongs to " + reserved.getOrDefault(uri, "the kit pages"),
                        "rename the file or folder");
            } else if (editions && uri.startsWith(Municipality.FOLDER)) {
                diagnostics.error(d.sourcePath(), 0, 0, "the address /" + uri + " belongs to the municipality pages", "rename the file or folder");
            } else if (taken.isPresent()) {
                diagnostics.error(d.sourcePath(), 0, 0, "the address /" + uri + " is taken: the build writes " + taken.get().getValue() + " at /" + taken.get().getKey(),
                        "rename the file or folder");
            }
        }
    }

    /**
     * Files and folders the build writes beside the pages, in lower case (folders end in /): a page
     * may not take their address, or one inside them. The site's top-level entries are checked
     * against this list in a test, so a new generated file cannot be forgotten here.
     */
    public static Map<String, String> generatedAddresses(Path projectDir, SiteConfig config, boolean editions) {
        Map<String, String> g = new TreeMap<>();
        for (String lang : config.languages()) g.put(Addresses.feed(lang, config.defaultLang()), "the news feed");
        g.put(Addresses.SITEMAP, "the sitemap");
        g.put(Addresses.ROBOTS, "the instructions for search engines");
        g.put(Addresses.NOT_FOUND, "the page-not-found page");
        g.put(Addresses.SEARCH_INDEX, "the search index");
        g.put(Addresses.SEARCH_SYNONYMS, "the search synonyms");
        g.put(no.kampanjekit.render.kit.KitsJson.FILE, "the list of kits");
        g.put(Addresses.DOWNLOADS, "the downloads (PDFs, slide decks, kit ZIPs, SHA256SUMS.txt)");
        g.put(Addresses.SOCIAL, "the social cards");
        if (editions) g.put(Municipality.FOLDER, "the municipality pages");
        try (var s = java.nio.file.Files.list(projectDir.resolve("assets"))) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || StaticFiles.BUILD_ONLY_ASSETS.contains(name)) continue;
                boolean folder = java.nio.file.Files.isDirectory(p);
                g.put(name.toLowerCase(Locale.ROOT) + (folder ? "/" : ""), (folder ? "the files of assets/" + name + "/" : "assets/" + name));
            }
        } catch (IOException e) {
            // no assets/: nothing of it is copied
        }
        return g;
    }

    private static void checkTranslations(List<SourceDocument> documents, Map<String, FrontMatter> meta, Diagnostics diagnostics) {
        Map<String, String> seen = new HashMap<>();
        for (SourceDocument d : documents) {
            FrontMatter fm = meta.get(d.contentPath());
            if (fm.translationKey() == null) continue;
            String other = seen.putIfAbsent(fm.translationKey() + "|" + fm.lang(), d.sourcePath());
            if (other != null) {
                var at = d.frontMatter().entries().get("translation_key").keyAt();
                diagnostics.error(at, "translation_key '" + fm.translationKey() + "' is already used by " + other + " in the same language",
                        "each language may have one page per translation_key");
            }
        }
    }

    private static void checkHomePages(SiteConfig config, Map<String, FrontMatter> meta, Diagnostics diagnostics) {
        for (String lang : config.languages()) {
            String path = Addresses.prefix(lang, config.defaultLang()) + "index.md";
            if (!meta.containsKey(path)) {
                diagnostics.error("content/" + path, 0, 0, "the home page for '" + lang + "' is missing",
                        "create content/" + path + " with `title:` and `type: page`; every language in kampanjekit.yml needs one");
            }
        }
    }

    /** Kit ids of every kit file, readable or not, so a page naming a broken kit is not reported twice. */
    private static List<String> knownKitFileIds(Path projectDir) {
        try (var s = java.nio.file.Files.list(projectDir.resolve("kits"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml")).map(n -> n.substring(0, n.length() - 4)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void failOnErrors(Diagnostics diagnostics) throws ContentErrorsException {
        if (diagnostics.hasErrors()) throw new ContentErrorsException(diagnostics.sorted());
    }
}
