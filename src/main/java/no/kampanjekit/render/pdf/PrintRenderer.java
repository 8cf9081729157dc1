package no.kampanjekit.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import no.kampanjekit.diagnostics.ContentErrorsException;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.model.ContentItem;
import no.kampanjekit.model.Deck;
import no.kampanjekit.model.Download;
import no.kampanjekit.model.Kit;
import no.kampanjekit.model.Site;
import no.kampanjekit.output.CacheFolder;
import no.kampanjekit.output.OnDemandFiles;
import no.kampanjekit.output.Sha256;

/**
 * The print stage: a tagged, accessible PDF for every item whose type prints (posters on A3 and
 * A4; checklists, guides, summaries and templates on A4; slide decks on 16:9 pages, one slide a
 * page, from the decks the slide stage read), laid out by templates/print/ and
 * assets/print/, rendered in parallel on every core. Returns what it made as downloads, by content
 * path, so the web pages can list them with size and page count. Every problem is a diagnostic.
 *
 * <p>openhtmltopdf, PDFBox and ZXing stay inside this package.
 */
public final class PrintRenderer {
    /**
     * A slide deck to print as 16:9 pages.
     *
     * @param uri where its PDF goes, beside its .pptx, e.g. {@code downloads/kit/lysark.pdf}
     */
    public record DeckPdf(Deck deck, String uri) {}

    private PrintRenderer() {}

    /**
     * Renders every printed item of {@code site}, and the slide decks' 16:9 PDFs, into
     * {@code out/downloads/}, reusing the PDFs of earlier builds kept in {@code cacheDir} (null for
     * none) when nothing that shapes them changed.
     *
     * @return the PDFs made, by content path (personalised editions by their municipality's page, {@code kommuner/<slug>/}),
     *     each list sorted by address
     */
    public static Map<String, List<Download>> render(Site site, List<DeckPdf> decks, Path projectDir, Path out, Path cacheDir,
                                                     Diagnostics diagnostics) throws IOException {
        return render(site, decks, projectDir, out, cacheDir, diagnostics, Runtime.getRuntime().availableProcessors());
    }

    /** As {@link #render(Site, List, Path, Path, Path, Diagnostics)} without decks, on {@code threads} threads (for benchmarks and tests). */
    public static Map<String, List<Download>> render(Site site, Path projectDir, Path out, Path cacheDir, Diagnostics diagnostics, int threads)
            throws IOException {
        return render(site, List.of(), projectDir, out, cacheDir, diagnostics, threads);
    }

    /** As {@link #render(Site, List, Path, Path, Path, Diagnostics)}, on {@code threads} threads (for benchmarks and tests). */
    public static Map<String, List<Download>> render(Site site, List<DeckPdf> decks, Path projectDir, Path out, Path cacheDir,
                                                     Diagnostics diagnostics, int threads) throws IOException {
        List<PrintJob> jobs = PrintPlan.jobs(site, decks, diagnostics);
        if (jobs.isEmpty()) return Map.of();
        Printing printing = Printing.open(site, projectDir, cacheDir, diagnostics);
        if (printing == null) return Map.of();

        Map<PrintJob, PdfEngine.TooBig> tooBig = new java.util.concurrent.ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, jobs.size())), new PrintThreads());
        try {
            List<Future<Optional<Download>>> results = new ArrayList<>();
            for (PrintJob job : jobs) {
                results.add(pool.submit(() -> one(job, printing, out, tooBig, diagnostics)));
            }
            Map<String, List<Download>> made = new TreeMap<>();
            for (int i = 0; i < results.size(); i++) {
                String under = jobs.get(i).listedUnder(); // editions are listed on their municipality's page, not the item's
                try {
                    results.get(i).get().ifPresent(d -> made.computeIfAbsent(under, k -> new ArrayList<>()).add(d));
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof IOException io) throw io;
                    if (cause instanceof RuntimeException re) throw re;
                    if (cause instanceof Error err) throw err;
                    throw new IllegalStateException(cause);
                }
            }
            reportTooBig(jobs, tooBig, projectDir, diagnostics);
            made.replaceAll((k, v) -> v.stream().sorted((a, b) -> a.uri().compareTo(b.uri())).toList());
            printing.cache().forgetUnused();
            return made;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while making PDFs", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** How long the preview keeps a PDF no build has read or written (target/preview.print-cache). */
    static final java.time.Duration PREVIEW_CACHE_KEEPS = java.time.Duration.ofDays(14);

    /**
     * The preview's print stage: plans every PDF (address and download entry, size and pages not
     * known yet) without rendering any, and registers how to make each in {@code onDemand}. A PDF
     * is rendered when first asked for, on the print threads, reusing {@code cacheDir} as a full
     * build does, so an unchanged page's PDF comes straight from the cache. Problems that only
     * rendering shows (a poster that does not fit, a broken print template) end that PDF's making.
     *
     * @return the planned PDFs, by content path, each list sorted by address
     */
    public static Map<String, List<Download>> plan(Site site, List<DeckPdf> decks, Path projectDir, Path cacheDir, OnDemandFiles onDemand,
                                                   Diagnostics diagnostics) {
        List<PrintJob> jobs = PrintPlan.jobs(site, decks, diagnostics);
        Map<String, List<Download>> planned = new TreeMap<>();
        // A preview makes only the PDFs that are opened, so it cannot tell stale entries from unopened ones: drop the long unused.
        new CacheFolder(cacheDir).forgetNotUsedFor(PREVIEW_CACHE_KEEPS);
        if (jobs.isEmpty()) return planned;
        Setup setup = new Setup(site, projectDir, cacheDir);
        for (PrintJob job : jobs) {
            if (!onDemand.plan(job.uri(), () -> setup.make(job))) {
                diagnostics.error(job.item().sourcePath(), 0, 0, "its PDF would be /" + job.uri() + ", which another download has already",
                        "rename one of the files");
                continue;
            }
            // A deck's PDF has a page per slide, known before it is made.
            int pages = job.deck() != null ? job.deck().slides().size() : Download.NOT_MADE;
            planned.computeIfAbsent(job.listedUnder(), k -> new ArrayList<>()) // editions: on their municipality's page
                    .add(new Download(job.item().contentPath(), job.uri(), "PDF", job.variant(), Download.NOT_MADE, pages, job.deck() != null));
        }
        planned.replaceAll((k, v) -> v.stream().sorted((a, b) -> a.uri().compareTo(b.uri())).toList());
        return planned;
    }

    /**
     * What every PDF of one build shares: the documents' templates, the fonts' engine, the cache,
     * the digest of the styles and fonts that goes into every cache key, and the hashes of the
     * image files read so far (the same pictures are on every municipality's edition).
     */
    private record Printing(Site site, Path projectDir, PrintDocuments documents, PdfEngine engine, PrintCache cache,
                            String baseUri, String inputsDigest, Map<String, String> imageHashes) {
        /** Null (reported) when the print templates or fonts cannot be read. */
        static Printing open(Site site, Path projectDir, Path cacheDir, Diagnostics diagnostics) throws IOException {
            PrintDocuments documents = PrintDocuments.load(site, projectDir, diagnostics);
            PrintFonts fonts = PrintFonts.load(projectDir, diagnostics);
            if (documents == null || fonts == null) return null;
            String inputsDigest = fonts.digest() + documents.stylesDigest();
            return new Printing(site, projectDir, documents, new PdfEngine(fonts), new PrintCache(cacheDir, inputsDigest),
                    projectDir.resolve("assets/print").toUri().toString(), inputsDigest, new java.util.concurrent.ConcurrentHashMap<>());
        }
    }

    /** The preview's PDFs: what they share is read when the first is asked for, then each is made on a print thread. */
    private static final class Setup {
        private final Site site;
        private final Path projectDir;
        private final Path cacheDir;
        private Printing printing;

        Setup(Site site, Path projectDir, Path cacheDir) {
            this.site = site;
            this.projectDir = projectDir;
            this.cacheDir = cacheDir;
        }

        OnDemandFiles.Made make(PrintJob job) throws ContentErrorsException, IOException {
            Diagnostics diagnostics = new Diagnostics();
            Printing shared;
            synchronized (this) {
                if (printing == null) printing = Printing.open(site, projectDir, cacheDir, diagnostics);
                if (printing == null) throw new ContentErrorsException(diagnostics.sorted());
                shared = printing;
            }
            // On a print thread, as in a full build: it hides JAXP's provider files and keeps its parsed fonts.
            Map<PrintJob, PdfEngine.TooBig> tooBig = new java.util.concurrent.ConcurrentHashMap<>();
            Future<Optional<PdfEngine.Made>> pdf = OnDemandPool.POOL.submit(() -> pdf(job, shared, tooBig, diagnostics));
            try {
                Optional<PdfEngine.Made> made = pdf.get();
                reportTooBig(List.of(job), tooBig, projectDir, diagnostics);
                if (made.isEmpty() || diagnostics.hasErrors()) throw new ContentErrorsException(diagnostics.sorted());
                return new OnDemandFiles.Made(made.get().pdf(), made.get().pages());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while making /" + job.uri(), e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) throw io;
                if (e.getCause() instanceof RuntimeException re) throw re;
                if (e.getCause() instanceof Error err) throw err;
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** The preview's print threads, made once: PDFs asked for one at a time need no pool per build. */
    private static final class OnDemandPool {
        static final ExecutorService POOL = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), new PrintThreads());
    }

    private static Optional<Download> one(PrintJob job, Printing printing, Path out, Map<PrintJob, PdfEngine.TooBig> tooBig,
                                          Diagnostics diagnostics) throws IOException {
        ContentItem item = job.item();
        Optional<PdfEngine.Made> made = pdf(job, printing, tooBig, diagnostics);
        if (made.isEmpty()) return Optional.empty();
        PdfEngine.Made pdf = made.get();
        for (String problem : pdf.problems()) {
            diagnostics.warning(item.sourcePath(), 0, 0, "while making /" + job.uri() + ": " + problem,
                    "check the page, its print template templates/print/" + item.type().id() + ".ftl and assets/print/");
        }
        Path file = out.resolve(job.uri());
        Files.createDirectories(file.getParent());
        Files.write(file, pdf.pdf());
        return Optional.of(new Download(item.contentPath(), job.uri(), "PDF", job.variant(), pdf.pdf().length, pdf.pages(), job.deck() != null));
    }

    /** One job's PDF, from the cache when nothing that shapes it changed; empty (reported) when it cannot be made. */
    private static Optional<PdfEngine.Made> pdf(PrintJob job, Printing printing, Map<PrintJob, PdfEngine.TooBig> tooBig,
                                                Diagnostics diagnostics) throws IOException {
        ContentItem item = job.item();
        PrintDocuments documents = printing.documents();
        PrintCache cache = printing.cache();
        Optional<PrintDocuments.Prepared> prepared = documents.prepare(job, diagnostics);
        if (prepared.isEmpty()) return Optional.empty();
        Kit kit = documents.kit(item).orElse(null);
        String title = job.edition() == null ? item.title() : item.title() + " – " + job.edition().name();
        PdfFinisher.Info info = new PdfFinisher.Info(title, item.meta().summary() == null ? "" : item.meta().summary(),
                documents.keywords(item), item.lang(), printing.site().config().publisher().name(),
                PdfDates.created(item, kit), PdfDates.modified(item, kit),
                job.uri() + "\n" + printing.inputsDigest() + "\n" + prepared.get().xhtml());
        // Images are read from disk by the engine: their bytes are part of what the PDF is made from.
        String key = cache.key(info + "\n" + imagesDigest(prepared.get().xhtml(), printing.imageHashes()));
        PdfEngine.Made pdf = cache.get(key).map(e -> new PdfEngine.Made(e.pdf(), e.pages(), e.problems())).orElse(null);
        if (pdf == null) {
            PdfEngine.Outcome outcome;
            try {
                outcome = printing.engine().render(job, prepared.get(), info, printing.baseUri());
            } catch (RuntimeException e) {
                diagnostics.error(item.sourcePath(), 0, 0, "the PDF " + job.uri() + " could not be made: " + e,
                        "check the print template templates/print/" + item.type().id() + ".ftl and assets/print/");
                return Optional.empty();
            }
            if (outcome instanceof PdfEngine.TooBig big) {
                tooBig.put(job, big); // reported after all jobs, so that editions of one poster make one message
                return Optional.empty();
            }
            if (outcome instanceof PdfEngine.Overfull overfull) {
                reportOverfull(job, overfull, diagnostics);
                return Optional.empty();
            }
            pdf = (PdfEngine.Made) outcome;
            cache.put(key, new PrintCache.Entry(pdf.pdf(), pdf.pages(), pdf.problems()));
        }
        return Optional.of(pdf);
    }

    private static final java.util.regex.Pattern IMAGE_FILE = java.util.regex.Pattern.compile("src=\"(file:[^\"]+)\"");

    /**
     * A digest of every image file the document shows, so a changed image is not taken from the
     * cache. Each file is read once per build: {@code fileHashes} keeps their hashes by address.
     */
    static String imagesDigest(String xhtml, Map<String, String> fileHashes) {
        java.security.MessageDigest sha = Sha256.digest();
        java.util.regex.Matcher m = IMAGE_FILE.matcher(xhtml);
        while (m.find()) {
            sha.update(m.group(1).getBytes(StandardCharsets.UTF_8));
            sha.update(fileHashes.computeIfAbsent(m.group(1), PrintRenderer::fileHash).getBytes(StandardCharsets.UTF_8));
        }
        return Sha256.hex(sha);
    }

    private static String fileHash(String fileUri) {
        try {
            return Sha256.hex(Files.readAllBytes(Path.of(java.net.URI.create(fileUri.replace("&amp;", "&")))));
        } catch (IOException | IllegalArgumentException e) {
            return "unreadable"; // the engine reports it; nothing to cache by
        }
    }

    /**
     * Posters that do not fit, in job order. The municipalities' editions of a poster that does not
     * fit for everyone are not reported again; editions that alone do not fit (their contact box
     * takes room) make one message per poster and size, naming the first municipality and how many more.
     */
    private static void reportTooBig(List<PrintJob> jobs, Map<PrintJob, PdfEngine.TooBig> tooBig, Path projectDir, Diagnostics diagnostics) {
        java.util.Set<String> ordinary = new java.util.HashSet<>();
        Map<String, List<PrintJob>> editions = new java.util.LinkedHashMap<>();
        for (PrintJob job : jobs) {
            PdfEngine.TooBig big = tooBig.get(job);
            if (big == null) continue;
            String key = job.item().contentPath() + "|" + job.size();
            if (job.edition() == null) {
                ordinary.add(key);
                reportTooBig(job, big, "", projectDir, diagnostics);
            } else {
                editions.computeIfAbsent(key, k -> new ArrayList<>()).add(job);
            }
        }
        editions.forEach((key, list) -> {
            if (ordinary.contains(key)) return;
            double taller = list.stream().mapToDouble(j -> tooBig.get(j).tallerMm()).max().orElse(0);
            double wider = list.stream().mapToDouble(j -> tooBig.get(j).widerMm()).max().orElse(0);
            String whose = "'s edition for " + list.get(0).edition().name()
                    + (list.size() > 1 ? " (and " + (list.size() - 1) + (list.size() == 2 ? " more municipality)" : " more municipalities)") : "");
            reportTooBig(list.get(0), new PdfEngine.TooBig(taller, wider), whose, projectDir, diagnostics);
        });
    }

    /** A poster's text that does not fit is an error at its title, saying by how much. */
    private static void reportTooBig(PrintJob job, PdfEngine.TooBig big, String whose, Path projectDir, Diagnostics diagnostics) {
        ContentItem item = job.item();
        int titleLine = 0;
        try {
            List<String> lines = Files.readAllLines(projectDir.resolve(item.sourcePath()), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("title:")) {
                    titleLine = i + 1;
                    break;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the file was read a moment ago; without it the message names the file only
        }
        String subject = "the " + job.size().name() + " poster" + whose;
        if (big.widerMm() > 0.5) {
            String word = longestWord(item);
            diagnostics.error(item.sourcePath(), titleLine, 0,
                    String.format(Locale.ROOT, "%s does not fit its page: a word is %.0f mm wider than a line", subject, Math.ceil(big.widerMm())),
                    "the longest word is «" + word + "»; shorten it or split it with a hyphen");
        }
        if (big.tallerMm() > 0) {
            diagnostics.error(item.sourcePath(), titleLine, 0,
                    String.format(Locale.ROOT, "%s does not fit on one page: its text is %.0f mm too tall", subject, Math.ceil(big.tallerMm())),
                    "shorten the title, now " + item.title().length() + " characters, or the text below it"
                            + (whose.isEmpty() ? "" : "; the municipality's contact box (templates/print/layout.ftl) takes room too"));
        }
    }

    /** A slide whose text runs onto a second page of the deck's PDF is an error at the slide, like a poster that does not fit. */
    private static void reportOverfull(PrintJob job, PdfEngine.Overfull overfull, Diagnostics diagnostics) {
        for (int number : overfull.slides()) {
            Deck.Slide slide = job.deck().slides().get(number - 1);
            diagnostics.error(job.item().sourcePath(), slide.line(), 0,
                    "slide " + number + " does not fit on one page of the deck's PDF (/" + job.uri() + ")",
                    "shorten its text or split it in two; a slide holds about six points, or a table of up to "
                            + no.kampanjekit.markdown.SlideDecks.MAX_TABLE_ROWS + " short rows");
        }
    }

    private static String longestWord(ContentItem item) {
        String all = item.title() + " " + item.plainText();
        String best = "";
        for (String w : all.split("[\\s/]+")) if (w.length() > best.length()) best = w;
        return best;
    }

    /** Print threads: named, daemon, and with a class loader that hides the JAXP service files (see below). */
    private static final class PrintThreads implements ThreadFactory {
        private static final ClassLoader LOADER = new NoJaxpServices(PrintRenderer.class.getClassLoader());
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "kampanjekit-print-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setContextClassLoader(LOADER);
            return t;
        }
    }

    /**
     * PDFBox and openhtmltopdf ask JAXP for an XML transformer or parser for every PDF, and JAXP
     * looks for providers in every jar of the class path each time; on a long class path that took
     * as long as laying out a page. The print threads see no provider files, so JAXP takes the
     * JDK's own at once. Nothing outside these threads is affected.
     */
    private static final class NoJaxpServices extends ClassLoader {
        NoJaxpServices(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (name.startsWith("META-INF/services/javax.xml.")) return Collections.emptyEnumeration();
            return super.getResources(name);
        }

        @Override
        public URL getResource(String name) {
            if (name.startsWith("META-INF/services/javax.xml.")) return null;
            return super.getResource(name);
        }
    }
}
