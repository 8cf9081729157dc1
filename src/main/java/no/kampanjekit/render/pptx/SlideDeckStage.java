package no.kampanjekit.render.pptx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.apache.poi.xslf.usermodel.XMLSlideShow;

/**
 * The slide-deck stage: every {@code type: slides} page becomes an editable .pptx at
 * {@code downloads/<kit>/<slug>.pptx}, filled into {@code assets/slides/master.pptx}, and its web
 * page gets one section per slide. Deck problems are diagnostics; a deck with errors makes no file.
 */
public final class SlideDeckStage {
    public static final String MASTER = "assets/slides/master.pptx";
    /** The slide size the master must have: 16:9, 13.333 × 7.5 inches. */
    static final long WIDTH = 12192000, HEIGHT = 6858000;

    /**
     * What the stage made: the site with its deck pages rewritten, the files, and every deck read
     * (by content path), so the print stage can make each deck's 16:9 PDF from the same records.
     */
    public record Made(Site site, Map<String, List<Download>> downloads, Map<String, Deck> decks) {}

    private SlideDeckStage() {}

    public static Made build(Site site, Path projectDir, Path out, MarkdownEngine markdown, Diagnostics diagnostics) throws IOException {
        return build(site, projectDir, out, markdown, OnDemandFiles.NONE, diagnostics);
    }

    /**
     * As {@link #build}, but for the preview: every deck is read and checked and its page rewritten,
     * while its .pptx is only planned in {@code onDemand} (slide count known, size not) and written
     * when someone opens it.
     */
    public static Made plan(Site site, Path projectDir, MarkdownEngine markdown, OnDemandFiles onDemand, Diagnostics diagnostics) throws IOException {
        return build(site, projectDir, null, markdown, onDemand, diagnostics);
    }

    private static Made build(Site site, Path projectDir, Path out, MarkdownEngine markdown, OnDemandFiles onDemand, Diagnostics diagnostics)
            throws IOException {
        List<ContentItem> decks = site.items().stream().filter(i -> i.type() == ContentType.SLIDES).toList();
        if (decks.isEmpty()) return new Made(site, Map.of(), Map.of());
        byte[] master = master(projectDir, diagnostics);
        PptxDeckWriter writer = master == null ? null : new PptxDeckWriter(master, path -> Files.readAllBytes(projectDir.resolve(path)));

        Map<String, String> uriByPath = new HashMap<>();
        site.items().forEach(i -> uriByPath.put(i.contentPath(), i.uri()));
        SlideDecks reader = new SlideDecks(markdown);
        Map<String, List<Download>> made = new TreeMap<>();
        Map<String, String> fileOwner = new HashMap<>();
        Map<String, String> pageHtml = new HashMap<>();
        Map<String, Deck> read = new TreeMap<>();
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
            read.put(item.contentPath(), deck.get().deck());
            if (writer == null) continue;

            String uri = uri(item, site.config().defaultLang());
            String other = fileOwner.putIfAbsent(uri, item.sourcePath());
            if (other != null) {
                diagnostics.error(item.sourcePath(), 0, 0, "this deck would be published as /" + uri + ", which " + other + " has already",
                        "rename one of the files, or put the decks in different kits");
                continue;
            }
            Deck slides = deck.get().deck();
            if (onDemand != OnDemandFiles.NONE) {
                onDemand.plan(uri, () -> new OnDemandFiles.Made(writer.write(slides), slides.slides().size()));
                made.computeIfAbsent(item.contentPath(), k -> new ArrayList<>())
                        .add(new Download(item.contentPath(), uri, "PPTX", "", Download.NOT_MADE, slides.slides().size()));
                continue;
            }
            byte[] pptx = writer.write(slides);
            Path file = out.resolve(uri);
            Files.createDirectories(file.getParent());
            Files.write(file, pptx);
            made.computeIfAbsent(item.contentPath(), k -> new ArrayList<>())
                    .add(new Download(item.contentPath(), uri, "PPTX", "", pptx.length, deck.get().deck().slides().size()));
        }
        List<ContentItem> items = site.items().stream().map(i -> {
            String html = pageHtml.get(i.contentPath());
            return html == null ? i : new ContentItem(i.sourcePath(), i.contentPath(), i.uri(), i.meta(), html, i.toc(), i.anchors(),
                    i.tasks(), i.placeholders(), i.plainText());
        }).toList();
        Site rewritten = new Site(site.config(), items, site.kits(), site.data(), site.contentFiles(), site.downloads());
        return new Made(rewritten, made, read);
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

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SHA-256 of the last master that passed every check. */
    private static volatile String goodMaster;

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
            // Opening the master with POI takes longer than all else the preview does with decks; a
            // master found good once is not opened again while its bytes stay the same.
            String digest = sha256(bytes);
            if (digest.equals(goodMaster)) return bytes;
            try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(bytes))) {
                List<String> missing = MasterLayouts.missing(ppt);
                for (String m : missing) {
                    diagnostics.error(MASTER, 0, 0, "the slide master has no " + m.substring(m.indexOf(' ') + 1),
                            "add it in PowerPoint under View → Slide Master, or restore the master from the repository");
                }
                var size = ppt.getCTPresentation().getSldSz();
                if (size == null || (long) size.getCx() * 9 != (long) size.getCy() * 16) {
                    diagnostics.error(MASTER, 0, 0, "the slide master is not 16:9",
                            "in PowerPoint: Design → Slide Size → Widescreen (16:9)");
                    return null;
                }
                if (!missing.isEmpty()) return null;
                goodMaster = digest;
                return bytes;
            }
        } catch (IOException | RuntimeException e) {
            diagnostics.error(MASTER, 0, 0, "the slide master cannot be read: " + e.getMessage(), restore);
            return null;
        }
    }
}
