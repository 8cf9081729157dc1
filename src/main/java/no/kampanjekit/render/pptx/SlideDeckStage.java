package no.kampanjekit.render.pptx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.load.FrontMatterSplitter;
import no.kampanjekit.load.SourceDocument;
import no.kampanjekit.load.TextFiles;
import no.kampanjekit.markdown.LinkTargets;
import no.kampanjekit.markdown.MarkdownEngine;
import no.kampanjekit.markdown.SlideDecks;
import no.kampanjekit.model.ContentItem;
import no.kampanjekit.model.ContentType;
import no.kampanjekit.model.Deck;
import no.kampanjekit.model.Download;
import no.kampanjekit.model.Kit;
import no.kampanjekit.model.Site;
import no.kampanjekit.output.OnDemandFiles;

/**
 * The slide-deck stage: every {@code type: slides} page becomes an editable .pptx at
 * {@code downloads/<kit>/<slug>.pptx}, filled into {@code assets/slides/master.pptx}, and its web
 * page gets one section per slide. Reading and checking ({@link #read}, also run by {@code check})
 * is apart from writing ({@link #write}, only in a build). Deck problems are diagnostics; a deck
 * with errors makes no file.
 */
public final class SlideDeckStage {
    public static final String MASTER = "assets/slides/master.pptx";
    /** The slide size the master must have: 16:9, 13.333 × 7.5 inches. */
    static final long WIDTH = 12192000, HEIGHT = 6858000;

    /**
     * Every deck read and checked, nothing written: the site with its deck pages rewritten (one
     * section per slide), the decks by content path (for the .pptx and the print stage's 16:9
     * PDF), where each deck's files go, and the master's bytes (null when it has errors).
     */
    public record Read(Site site, Map<String, Deck> decks, Map<String, String> files, byte[] master) {
        /** A deck's PowerPoint file: {@code downloads/<kit>/<slug>.pptx}. */
        public String pptx(String contentPath) {
            return files.get(contentPath) + ".pptx";
        }

        /** A deck's 16:9 PDF, beside its PowerPoint file: {@code downloads/<kit>/<slug>.pdf}. */
        public String pdf(String contentPath) {
            return files.get(contentPath) + ".pdf";
        }
    }

    private SlideDeckStage() {}

    /**
     * Reads and checks every deck and the master, writing nothing, so {@code check} and the preview
     * report deck problems with file and line just as a build does.
     */
    public static Read read(Site site, Path projectDir, MarkdownEngine markdown, Diagnostics diagnostics) {
        List<ContentItem> decks = site.items().stream().filter(i -> i.type() == ContentType.SLIDES).toList();
        if (decks.isEmpty()) return new Read(site, Map.of(), Map.of(), null);
        byte[] master = master(projectDir, diagnostics);

        Map<String, String> uriByPath = new HashMap<>();
        site.items().forEach(i -> uriByPath.put(i.contentPath(), i.uri()));
        SlideDecks reader = new SlideDecks(markdown);
        Map<String, String> fileOwner = new HashMap<>();
        Map<String, String> pageHtml = new HashMap<>();
        Map<String, Deck> read = new TreeMap<>();
        Map<String, String> files = new TreeMap<>();
        for (ContentItem item : decks) {
            Optional<SourceDocument> doc = TextFiles.read(projectDir.resolve(item.sourcePath()), item.sourcePath(), diagnostics)
                    .flatMap(text -> FrontMatterSplitter.split(text, item.sourcePath(), item.contentPath(), diagnostics));
            if (doc.isEmpty()) continue;
            LinkTargets targets = new LinkTargets() {
                public Optional<String> pageUri(String contentPath) {
                    return Optional.ofNullable(uriByPath.get(contentPath));
                }

                public String currentUri() {
                    return item.uri();
                }
            };
            var context = new SlideDecks.Context(site.config().baseUrl(), targets, site.config().publisher().name(), date(site, item));
            Optional<SlideDecks.Read> deck = reader.read(doc.get().body(), item.sourcePath(), item.contentPath(), doc.get().bodyLineOffset(),
                    item.meta(), context, diagnostics);
            if (deck.isEmpty()) continue;
            pageHtml.put(item.contentPath(), deck.get().html());

            String uri = uri(item, site.config().defaultLang());
            String other = fileOwner.putIfAbsent(uri, item.sourcePath());
            if (other != null) {
                diagnostics.error(item.sourcePath(), 0, 0, "this deck would be published as /" + uri + ", which " + other + " has already",
                        "rename one of the files, or put the decks in different kits");
                continue;
            }
            read.put(item.contentPath(), deck.get().deck());
            files.put(item.contentPath(), uri.substring(0, uri.length() - ".pptx".length()));
        }
        List<ContentItem> items = site.items().stream().map(i -> {
            String html = pageHtml.get(i.contentPath());
            return html == null ? i : new ContentItem(i.sourcePath(), i.contentPath(), i.uri(), i.meta(), html, i.toc(), i.anchors(),
                    i.tasks(), i.placeholders(), i.plainText());
        }).toList();
        Site rewritten = new Site(site.config(), items, site.kits(), site.data(), site.contentFiles(), site.downloads(), site.municipalities());
        // Sorted by content path, so decks are written and planned in a reproducible order.
        return new Read(rewritten, Collections.unmodifiableMap(read), Map.copyOf(files), master);
    }

    /**
     * Writes each deck read as an editable .pptx filled into the master, taking unchanged decks from
     * {@code cacheDir} (null: no cache), and returns them as downloads by content path (format
     * {@code PPTX}, pages = slides).
     */
    public static Map<String, List<Download>> write(Read read, Path projectDir, Path out, Path cacheDir) throws IOException {
        if (read.master() == null || read.decks().isEmpty()) return Map.of();
        DeckCache cache = new DeckCache(cacheDir, read.master());
        PptxDeckWriter writer = new PptxDeckWriter(read.master(), path -> Files.readAllBytes(projectDir.resolve(path)));
        Map<String, List<Download>> made = new TreeMap<>();
        for (Map.Entry<String, Deck> e : read.decks().entrySet()) {
            String uri = read.pptx(e.getKey());
            String key = cache.key(e.getValue(), projectDir);
            byte[] pptx = cache.get(key).orElse(null);
            if (pptx == null) { // filling the master with POI is the costly part
                pptx = writer.write(e.getValue());
                cache.put(key, pptx);
            }
            Path file = out.resolve(uri);
            Files.createDirectories(file.getParent());
            Files.write(file, pptx);
            made.put(e.getKey(), List.of(new Download(e.getKey(), uri, "PPTX", "", pptx.length, e.getValue().slides().size())));
        }
        cache.forgetUnused();
        return made;
    }

    /**
     * The preview's deck files: each deck read is planned as a .pptx in {@code onDemand} (slide count
     * known, size not) and written when someone opens it. Returns the planned downloads by content path.
     */
    public static Map<String, List<Download>> plan(Read read, Path projectDir, OnDemandFiles onDemand) {
        if (read.master() == null || read.decks().isEmpty()) return Map.of();
        PptxDeckWriter writer = new PptxDeckWriter(read.master(), path -> Files.readAllBytes(projectDir.resolve(path)));
        Map<String, List<Download>> planned = new TreeMap<>();
        for (Map.Entry<String, Deck> e : read.decks().entrySet()) {
            String uri = read.pptx(e.getKey());
            Deck deck = e.getValue();
            onDemand.plan(uri, () -> new OnDemandFiles.Made(writer.write(deck), deck.slides().size()));
            planned.put(e.getKey(), List.of(new Download(e.getKey(), uri, "PPTX", "", Download.NOT_MADE, deck.slides().size())));
        }
        return planned;
    }

    /** Where a deck is published: {@code downloads/<kit>/<slug>.pptx}, {@code <slug>-nn.pptx} in another language. */
    static String uri(ContentItem item, String defaultLang) {
        String path = item.contentPath();
        String slug = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
        String folder = item.meta().kit();
        if (folder == null) {
            String[] parts = path.split("/");
            folder = parts.length >= 2 && !parts[parts.length - 2].matches("nn|en") ? parts[parts.length - 2] : "lysark";
        }
        String suffix = item.lang().equals(defaultLang) ? "" : "-" + item.lang();
        return "downloads/" + folder + "/" + slug + suffix + ".pptx";
    }

    /** The date a deck's files carry: its `updated`, else its `date`, else its kit's date; never the clock. */
    static LocalDate date(Site site, ContentItem item) {
        if (item.meta().updated() != null) return item.meta().updated();
        if (item.meta().date() != null) return item.meta().date();
        return Optional.ofNullable(item.meta().kit()).flatMap(site::kit).map(Kit::date).orElse(LocalDate.of(2025, 1, 1));
    }

    /** The master's bytes, or null (reported) when it is missing, unreadable or lacks a layout. */
    static byte[] master(Path projectDir, Diagnostics diagnostics) {
        Path file = projectDir.resolve(MASTER);
        String restore = "restore " + MASTER + " from the repository, or save your own master there as a .pptx (see docs/authoring.md)";
        if (!Files.isRegularFile(file)) {
            diagnostics.error(MASTER, 0, 0, "the slide master is missing", restore);
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            // Read without POI: opening the master with it took most of a `check` (see MasterCheck).
            MasterCheck.Facts master = MasterCheck.read(bytes);
            List<String> missing = MasterLayouts.missing(master.layouts());
            for (String m : missing) {
                diagnostics.error(MASTER, 0, 0, "the slide master has no " + m.substring(m.indexOf(' ') + 1),
                        "add it in PowerPoint under View → Slide Master, or restore the master from the repository");
            }
            if (master.width() <= 0 || master.width() * 9 != master.height() * 16) {
                diagnostics.error(MASTER, 0, 0, "the slide master is not 16:9",
                        "in PowerPoint: Design → Slide Size → Widescreen (16:9)");
                return null;
            }
            return missing.isEmpty() ? bytes : null;
        } catch (IOException | RuntimeException e) {
            diagnostics.error(MASTER, 0, 0, "the slide master cannot be read: " + e.getMessage(), restore);
            return null;
        }
    }
}
