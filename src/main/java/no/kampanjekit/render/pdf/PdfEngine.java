package no.kampanjekit.render.pdf;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.layout.LayoutContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.render.PageBox;
import com.openhtmltopdf.util.XRLog;
import java.awt.Dimension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.logging.Level;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The openhtmltopdf adapter: lays out a print document (XHTML + print CSS) and writes a tagged
 * PDF/UA-1 file with PDFBox, with the project's fonts embedded. Posters are first laid out on a
 * very tall page to measure their text: too much text is an error, not a clipped page, and when it
 * fits the space left over goes above the poster's foot, so the foot sits at the bottom edge.
 */
final class PdfEngine {
    /** The outcome of one job. */
    sealed interface Outcome {}

    /** A finished PDF. */
    record Made(byte[] pdf, int pages, List<String> problems) implements Outcome {}

    /** A poster whose text does not fit its page, by this much (millimetres; 0 where it fits). */
    record TooBig(double tallerMm, double widerMm) implements Outcome {}

    /** A deck whose slides (by number) run over more than one page each. */
    record Overfull(List<Integer> slides) implements Outcome {}

    /** Each slide of a deck's PDF is a section with this id and its number (templates/print/slides.ftl). */
    static final String SLIDE_ID = "kk-slide-";

    /**
     * openhtmltopdf warnings that do not apply: PDF/UA-1 does not require a description (pages
     * without a summary have none), and {@link PdfFinisher} writes the metadata itself.
     */
    private static final java.util.Set<String> IGNORED = java.util.Set.of("GENERAL_PDF_ACCESSIBILITY_NO_DOCUMENT_DESCRIPTION_PROVIDED");

    /** The element whose height takes up a poster's spare space (templates/print/poster.ftl). */
    static final String SPACER_ID = "kk-poster-spacer";
    private static final int MEASURE_PAGE_MM = 5000;

    /**
     * openhtmltopdf sets each text field's value before its rectangle, so PDFBox warns about every
     * text field that it cannot draw it; {@link FormFinisher} draws them all afterwards. Held here,
     * because java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger APPEARANCES =
            java.util.logging.Logger.getLogger("org.apache.pdfbox.pdmodel.interactive.form.AppearanceGeneratorHelper");

    static {
        // openhtmltopdf logs through java.util.logging by default; the build reports what matters itself.
        XRLog.setLoggerImpl(new QuietLogger());
        APPEARANCES.setLevel(Level.SEVERE);
    }

    private final PrintFonts fonts;
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();
    /**
     * Each print thread parses each font once and embeds subsets of it in every PDF it makes;
     * parsing it again for every PDF took a tenth of the time.
     */
    private final ThreadLocal<Map<PrintFonts.Face, TrueTypeFont>> parsedFonts = ThreadLocal.withInitial(HashMap::new);

    PdfEngine(PrintFonts fonts) {
        this.fonts = fonts;
    }

    Outcome render(PrintJob job, PrintDocuments.Prepared prepared, PdfFinisher.Info info, String baseUri) throws IOException {
        Document dom = prepared.dom();
        if (job.item().type() == no.kampanjekit.model.ContentType.POSTER) {
            Outcome fit = fitPoster(dom, job.size(), baseUri);
            if (fit != null) return fit;
        }
        List<String> problems = new ArrayList<>();
        try (PdfBoxRenderer renderer = builder(dom, baseUri, problems).buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            if (job.deck() != null) {
                // Positions are known once the pages are drawn.
                List<Integer> overfull = overfullSlides(renderer);
                if (!overfull.isEmpty()) return new Overfull(overfull);
            }
            PDDocument pdf = renderer.getPdfDocument();
            if (!prepared.fields().isEmpty() || pdf.getDocumentCatalog().getAcroForm(null) != null) {
                problems.addAll(FormFinisher.finish(pdf, prepared.fields(), fonts.formFont()));
            }
            PdfFinisher.finish(pdf, info);
            for (String font : PdfFinisher.fontsNotEmbedded(pdf)) {
                problems.add("the font " + font + " is used but not embedded; name only fonts from assets/fonts/ in the print CSS");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            // Object streams would make the file a little smaller and the save a lot slower.
            pdf.save(out, CompressParameters.NO_COMPRESSION);
            return new Made(out.toByteArray(), pdf.getNumberOfPages(), problems);
        }
    }

    /**
     * Lays the poster out on a page as wide as the real one but very tall, and compares what the
     * text takes with what the real page offers. Returns null when it fits (after giving the
     * spacer the spare height), else how much too big it is.
     */
    private Outcome fitPoster(Document dom, PageSize size, String baseUri) throws IOException {
        Document measure = (Document) dom.cloneNode(true);
        Element head = (Element) measure.getElementsByTagName("head").item(0);
        Element style = measure.createElementNS(measure.getDocumentElement().getNamespaceURI(), "style");
        style.setTextContent("@page { size: " + size.widthMm + "mm " + MEASURE_PAGE_MM + "mm; }");
        head.appendChild(style);
        try (PdfBoxRenderer renderer = builder(measure, baseUri, new ArrayList<>()).buildPdfRenderer()) {
            renderer.layout();
            LayoutContext c = renderer.getSharedContext().newLayoutContextInstance();
            Dimension used = renderer.getRootBox().getLayer().getPaintingDimension(c);
            PageBox page = renderer.getRootBox().getLayer().getPages().get(0);
            double dotsPerMm = renderer.getDotsPerPoint() * 72 / 25.4;
            double availableHeight = page.getContentHeight(c) - (MEASURE_PAGE_MM - size.heightMm) * dotsPerMm;
            double taller = (used.height - availableHeight) / dotsPerMm;
            double wider = (used.width - page.getContentWidth(c)) / dotsPerMm;
            int pages = renderer.getRootBox().getLayer().getPages().size();
            if (taller > 0 || wider > 0.5 || pages > 1) return new TooBig(Math.max(0, taller), Math.max(0, wider));
            Element spacer = dom.getElementById(SPACER_ID);
            if (spacer == null) spacer = byId(dom.getDocumentElement(), SPACER_ID);
            double spare = Math.floor((-taller - 1.0) * 10) / 10; // 1 mm to spare, so rounding never adds a page
            if (spacer != null && spare > 0) spacer.setAttribute("style", String.format(Locale.ROOT, "height: %.1fmm", spare));
            return null;
        }
    }

    /**
     * The slides that run onto a second page. openhtmltopdf gives each section's position once, on
     * the page where it ends; each slide must end on the page after the one before it ends.
     */
    private static List<Integer> overfullSlides(PdfBoxRenderer renderer) {
        Map<Integer, Integer> endPage = new java.util.TreeMap<>();
        for (var p : renderer.findPagePositionsByID(java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(SLIDE_ID) + "\\d+"))) {
            endPage.merge(Integer.parseInt(p.getId().substring(SLIDE_ID.length())), p.getPageNo(), Math::max);
        }
        List<Integer> overfull = new ArrayList<>();
        int previous = -1;
        for (Map.Entry<Integer, Integer> e : endPage.entrySet()) {
            if (e.getValue() > previous + 1) overfull.add(e.getKey());
            previous = e.getValue();
        }
        return overfull;
    }

    private static Element byId(Element e, String id) {
        if (id.equals(e.getAttribute("id"))) return e;
        for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                Element found = byId(child, id);
                if (found != null) return found;
            }
        }
        return null;
    }

    private PdfRendererBuilder builder(Document dom, String baseUri, List<String> problems) throws IOException {
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.usePdfUaAccessibility(true);
        b.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
        PDDocument pdf = new PDDocument();
        b.usePDDocument(pdf);
        Map<PrintFonts.Face, TrueTypeFont> parsed = parsedFonts.get();
        for (PrintFonts.Face face : fonts.faces()) {
            TrueTypeFont ttf = parsed.get(face);
            if (ttf == null) {
                ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
                parsed.put(face, ttf);
            }
            b.useFont(new EmbeddedSubset(pdf, ttf), face.family(), face.weight(), face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
        }
        b.withW3cDocument(dom, baseUri);
        DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
        drawers.registerDrawer(QrCode.TYPE, new QrCode());
        b.useObjectDrawerFactory(drawers);
        b.withProducer(PdfFinisher.PRODUCER);
        b.withDiagnosticConsumer(d -> {
            if (d.getLevel().intValue() >= Level.WARNING.intValue() && !IGNORED.contains(d.getLogMessageId().toString())) {
                problems.add(d.getFormattedMessage());
            }
        });
        return b;
    }

    /** A font for one PDF, made from an already parsed font program the first time the layout asks for it. */
    private static final class EmbeddedSubset extends PDFontSupplier {
        private final PDDocument pdf;
        private final TrueTypeFont ttf;
        private PDFont font;

        EmbeddedSubset(PDDocument pdf, TrueTypeFont ttf) {
            super(null);
            this.pdf = pdf;
            this.ttf = ttf;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    font = PDType0Font.load(pdf, ttf, true);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return font;
        }
    }

    /** Drops openhtmltopdf's log lines; warnings reach the build through each document's diagnostic consumer. */
    private static final class QuietLogger implements com.openhtmltopdf.util.XRLogger {
        @Override
        public void log(String where, Level level, String msg) {}

        @Override
        public void log(String where, Level level, String msg, Throwable th) {}

        @Override
        public void setLevel(String logger, Level level) {}

        @Override
        public boolean isLogLevelEnabled(com.openhtmltopdf.util.Diagnostic diagnostic) {
            return false;
        }
    }
}
