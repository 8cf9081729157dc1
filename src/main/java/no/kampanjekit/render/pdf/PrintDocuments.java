package no.kampanjekit.render.pdf;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.load.TextFiles;
import no.kampanjekit.load.YamlNode;
import no.kampanjekit.load.YamlReader;
import no.kampanjekit.load.YamlValues;
import no.kampanjekit.model.ContentItem;
import no.kampanjekit.model.ContentType;
import no.kampanjekit.model.Kit;
import no.kampanjekit.model.Municipality;
import no.kampanjekit.model.Site;
import no.kampanjekit.model.SiteConfig;
import no.kampanjekit.output.Sha256;
import no.kampanjekit.render.site.TemplateEngine;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes the XHTML of each print document: the item's rendered Markdown (the same as on the web),
 * prepared for paper (links made absolute, images found on disk, fill-in places turned into form
 * fields), laid out by {@code templates/print/<type>.ftl} with the print words of its language.
 * The template model is described in docs/pipeline.md.
 */
final class PrintDocuments {
    /** What a job's template made, ready for the PDF engine. */
    record Prepared(org.w3c.dom.Document dom, String xhtml, List<FillableFields.Field> fields) {}

    private final Site site;
    private final SiteConfig config;
    private final Path projectDir;
    private final TemplateEngine templates;
    private final Map<String, Map<String, Object>> words;
    private final String assetsUri;
    private final String stylesDigest;

    private PrintDocuments(Site site, Path projectDir, TemplateEngine templates, Map<String, Map<String, Object>> words, String assetsUri,
                           String stylesDigest) {
        this.site = site;
        this.config = site.config();
        this.projectDir = projectDir;
        this.templates = templates;
        this.words = words;
        this.assetsUri = assetsUri;
        this.stylesDigest = stylesDigest;
    }

    /** Reads the print words and checks the print templates and styles are there; null after reporting what is missing. */
    static PrintDocuments load(Site site, Path projectDir, Diagnostics diagnostics) throws IOException {
        Path templatesDir = projectDir.resolve("templates");
        if (!Files.isDirectory(templatesDir.resolve("print"))) {
            diagnostics.error("templates/print", 0, 0, "the print templates are missing", "restore templates/print/ from the repository");
            return null;
        }
        Path styles = projectDir.resolve("assets/print");
        if (!Files.isDirectory(styles)) {
            diagnostics.error("assets/print", 0, 0, "the print styles are missing", "restore assets/print/ from the repository");
            return null;
        }
        Map<String, Map<String, Object>> words = new LinkedHashMap<>();
        for (String lang : site.config().languages()) {
            Map<String, Object> merged = new LinkedHashMap<>();
            readWords(projectDir, "templates/i18n/" + lang + ".yml", diagnostics).ifPresent(merged::putAll);
            Optional<Map<String, Object>> print = readWords(projectDir, "templates/print/i18n/" + lang + ".yml", diagnostics);
            if (print.isEmpty() && !diagnostics.hasErrors()) {
                diagnostics.error("templates/print/i18n/" + lang + ".yml", 0, 0, "print words for '" + lang + "' are missing",
                        "copy templates/print/i18n/nb.yml and translate it");
            }
            print.ifPresent(merged::putAll);
            words.put(lang, merged);
        }
        if (diagnostics.hasErrors()) return null;
        return new PrintDocuments(site, projectDir, new TemplateEngine(templatesDir), words, styles.toUri().toString(), digestOf(styles));
    }

    private static Optional<Map<String, Object>> readWords(Path projectDir, String path, Diagnostics diagnostics) {
        Path file = projectDir.resolve(path);
        if (!Files.isRegularFile(file)) return Optional.empty();
        return TextFiles.read(file, path, diagnostics).flatMap(t -> YamlReader.read(t, path, 0, diagnostics)).flatMap(node -> {
            if (node instanceof YamlNode.Mapping) {
                @SuppressWarnings("unchecked")
                Map<String, Object> w = (Map<String, Object>) YamlValues.plain(node);
                return Optional.of(w);
            }
            diagnostics.error(node.at(), "interface words must be `key: text` lines", "see templates/print/i18n/nb.yml");
            return Optional.empty();
        });
    }

    /** A digest of the print styles, part of each PDF's document ID. */
    String stylesDigest() {
        return stylesDigest;
    }

    /** Builds one job's document; template and content problems are reported and give an empty result. */
    Optional<Prepared> prepare(PrintJob job, Diagnostics diagnostics) {
        if (job.deck() != null) return prepareDeck(job, diagnostics);
        ContentItem item = job.item();
        String lang = item.lang();
        String pageUrl = config.baseUrl() + item.uri();

        Element body = Jsoup.parseBodyFragment(item.html()).body();
        for (String svg : forPaper(body, pageUrl)) {
            diagnostics.warning(item.sourcePath(), lineOf(item, svg), 0,
                    "the image " + svg + " is an SVG, which the PDF cannot show; its alt text is printed instead",
                    "use a PNG or JPEG version of the image where the page is printed");
        }
        FillableFields.Result fields = FillableFields.apply(body, item.type() != ContentType.POSTER, item.type() == ContentType.TEMPLATE);
        if (!fields.unlabelled().isEmpty()) {
            reportUnlabelled(item, fields.unlabelled(), diagnostics);
            return Optional.empty();
        }

        Map<String, Object> model = header(lang);
        model.put("content", content(item, body, pageUrl));
        model.put("print", print(job, pageUrl, fields.fields()));
        if (job.edition() != null) model.put("edition", edition(job.edition()));
        return finish(job, model, fields.fields(), diagnostics);
    }

    /**
     * A deck's 16:9 PDF: the slides the slide stage read (not the web page, which has navigation and
     * notes), as {@code content.slides} for {@code templates/print/slides.ftl}. Speaker notes stay
     * in the .pptx.
     */
    private Optional<Prepared> prepareDeck(PrintJob job, Diagnostics diagnostics) {
        ContentItem item = job.item();
        String pageUrl = config.baseUrl() + item.uri();
        Map<String, Object> model = header(item.lang());
        Map<String, Object> content = content(item, new Element("body"), pageUrl);
        content.put("slides", job.deck().slides().stream().map(this::slide).toList());
        model.put("content", content);
        model.put("print", print(job, pageUrl, List.of()));
        return finish(job, model, List.of(), diagnostics);
    }

    /** What every print template gets first: {@code lang}, the interface words {@code t}, and {@code config}. */
    private Map<String, Object> header(String lang) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", lang);
        model.put("t", words.getOrDefault(lang, Map.of()));
        model.put("config", Map.of("title", config.title().in(lang), "base_url", config.baseUrl(),
                "publisher", Map.of("name", config.publisher().name(), "email", config.publisher().email())));
        return model;
    }

    /** One slide for the template: its layout's name as in CSS ({@code key-figure}), its parts as markup. */
    private Map<String, Object> slide(no.kampanjekit.model.Deck.Slide s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", s.number());
        m.put("id", PdfEngine.SLIDE_ID + s.number());
        m.put("layout", s.layout().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        m.put("title", s.title());
        boolean columns = s.layout() == no.kampanjekit.model.Deck.Layout.TWO_COLUMNS;
        m.put("body", TemplateEngine.markup(DeckMarkup.paras(s.body(), columns)));
        m.put("second", TemplateEngine.markup(s.layout() == no.kampanjekit.model.Deck.Layout.QUOTE
                ? DeckMarkup.runs(s.second().stream().flatMap(p -> p.runs().stream()).toList())
                : DeckMarkup.paras(s.second(), columns)));
        m.put("has_second", !s.second().isEmpty());
        m.put("figure", s.figure() == null ? "" : s.figure());
        if (s.picture() != null) {
            m.put("picture", Map.of("src", projectDir.resolve(s.picture().path()).toUri().toString(), "alt", s.picture().alt()));
        }
        if (s.table() != null) m.put("table", TemplateEngine.markup(DeckMarkup.table(s.table())));
        return m;
    }

    /** Runs the job's template and parses what it made for the PDF engine. */
    private Optional<Prepared> finish(PrintJob job, Map<String, Object> model, List<FillableFields.Field> fields, Diagnostics diagnostics) {
        String template = "print/" + job.item().type().id() + ".ftl";
        Optional<String> html = templates.render(template, model, "/" + job.uri(), diagnostics);
        if (html.isEmpty()) return Optional.empty();

        Document doc = Jsoup.parse(html.get());
        // Bookmarks belong in <head>, where the HTML parser does not keep unknown elements.
        Element bookmarks = doc.selectFirst("body bookmarks");
        if (bookmarks != null) {
            bookmarks.remove();
            doc.head().appendChild(bookmarks);
        }
        doc.outputSettings().prettyPrint(false);
        return Optional.of(new Prepared(W3CDom.convert(doc), doc.outerHtml(), fields));
    }

    private Map<String, Object> content(ContentItem item, Element body, String pageUrl) {
        String lang = item.lang();
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("title", item.title());
        c.put("type", item.type().id());
        c.put("type_name", String.valueOf(words.getOrDefault(lang, Map.of()).getOrDefault("type_" + item.type().id(), item.type().id())));
        c.put("summary", item.meta().summary() == null ? "" : item.meta().summary());
        c.put("lang", lang);
        c.put("uri", item.uri());
        c.put("url", pageUrl);
        c.put("address", pageUrl.replaceFirst("^https?://", ""));
        putDate(c, "date", item.meta().date(), lang);
        putDate(c, "updated", item.meta().updated(), lang);
        kit(item).ifPresent(k -> c.put("kit", Map.of("id", k.id(), "title", k.title())));
        c.put("audience", item.meta().audience().stream()
                .map(a -> Map.of("id", a, "name", config.audience(a).map(x -> x.name().in(lang)).orElse(a))).toList());
        c.put("body", TemplateEngine.markup(body.html()));
        c.put("toc", item.toc().stream().filter(h -> h.level() == 2 || h.level() == 3)
                .map(h -> Map.of("level", h.level(), "id", h.id(), "text", h.text())).toList());
        c.put("sources", item.meta().sources().stream().map(s -> Map.of("id", s, "title", config.sources().getOrDefault(s, s))).toList());
        c.put("tasks", item.tasks());
        c.put("source_path", item.sourcePath());
        return c;
    }

    private Map<String, Object> print(PrintJob job, String pageUrl, List<FillableFields.Field> fields) {
        ContentItem item = job.item();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("size", job.size().name());
        p.put("size_id", job.size().id());
        p.put("page", job.size().css);
        p.put("variant", job.variant());
        p.put("assets", assetsUri);
        p.put("qr_type", QrCode.TYPE);
        p.put("fields", fields.size());
        LocalDate date = PdfDates.shown(item, kit(item).orElse(null));
        p.put("date", date == null ? "" : displayDate(date, item.lang()));
        p.put("keywords", keywords(item));
        // The QR code leads to the page, or in a municipality's edition to that municipality's page.
        String qr = job.edition() == null ? pageUrl : config.baseUrl() + job.edition().uri();
        p.put("qr_url", qr);
        p.put("qr_address", qr.replaceFirst("^https?://", ""));
        return p;
    }

    /**
     * A municipality's fields for its edition. Each contact field is {@code text} and {@code open}
     * (true while it is an open point such as {@code [ÅPENT: kontaktperson]}, for the template to mark).
     */
    private Map<String, Object> edition(Municipality m) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("number", m.number());
        e.put("name", m.name());
        e.put("slug", m.slug());
        e.put("region", m.region());
        e.put("lang", m.lang());
        e.put("url", config.baseUrl() + m.uri());
        e.put("address", (config.baseUrl() + m.uri()).replaceFirst("^https?://", ""));
        e.put("contact", field(m.contact()));
        e.put("email", field(no.kampanjekit.markdown.PrivateEmail.shownContact(m.email(), m.lang())));
        e.put("phone", field(m.phone()));
        return e;
    }

    private static Map<String, Object> field(String value) {
        return Map.of("text", value, "open", no.kampanjekit.markdown.Placeholders.isOpen(value));
    }

    /** Audiences (by name, in the page's language) and the kit's title: the PDF's keywords. */
    String keywords(ContentItem item) {
        List<String> k = new java.util.ArrayList<>(item.meta().audience().stream()
                .map(a -> config.audience(a).map(x -> x.name().in(item.lang())).orElse(a)).toList());
        kit(item).ifPresent(x -> k.add(x.title()));
        return String.join(", ", k);
    }

    Optional<Kit> kit(ContentItem item) {
        return item.meta().kit() == null ? Optional.empty() : site.kit(item.meta().kit());
    }

    /**
     * Links point at the website (a PDF has no ../), images at their files, table headers get their
     * scope. Returns the SVG images, which the PDF engine cannot draw: they are replaced by their
     * alt text.
     */
    private List<String> forPaper(Element body, String pageUrl) {
        List<String> svgs = new java.util.ArrayList<>();
        URI base = URI.create(pageUrl);
        for (Element a : body.select("a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("#")) {
                if (body.getElementById(href.substring(1)) == null) a.attr("href", pageUrl + href);
                continue;
            }
            try {
                URI u = new URI(href);
                if (!u.isAbsolute()) a.attr("href", base.resolve(u).toString());
            } catch (java.net.URISyntaxException e) {
                // left as it is; the link checker has already judged it
            }
        }
        for (Element img : body.select("img[src]")) {
            String src = img.attr("src");
            Optional<Path> file = imageFile(base, src);
            if (file.isPresent() && file.get().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
                svgs.add(src.replaceFirst("^(\\.\\./)+", "/"));
                img.replaceWith(new Element("span").addClass("kk-missing-image").text(img.attr("alt")));
                continue;
            }
            file.ifPresent(f -> img.attr("src", f.toUri().toString()));
        }
        // A private address prints as plain text in its readable form only: no link, not even the
        // encoded address, and one run of text (nested inline boxes came out of reading order).
        for (Element a : body.select("a[" + no.kampanjekit.markdown.PrivateEmail.DATA_ATTRIBUTE + "]")) {
            a.replaceWith(new org.jsoup.nodes.TextNode(a.text()));
        }
        for (Element th : body.select("thead th")) th.attr("scope", "col");
        body.select("a.footnote-backref").remove();
        return svgs;
    }

    /** The line of the page's Markdown that names {@code src} (the last part of it), or 0. */
    private int lineOf(ContentItem item, String src) {
        String name = src.substring(src.lastIndexOf('/') + 1);
        try {
            List<String> lines = Files.readAllLines(projectDir.resolve(item.sourcePath()));
            for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(name)) return i + 1;
        } catch (IOException e) {
            // the message still names the file
        }
        return 0;
    }

    /** The file behind an image address of the site: in assets/ or beside the pages in content/. */
    private Optional<Path> imageFile(URI page, String src) {
        try {
            String url = page.resolve(new URI(src)).toString();
            if (!url.startsWith(config.baseUrl())) return Optional.empty();
            String path = java.net.URLDecoder.decode(url.substring(config.baseUrl().length()).replaceFirst("[?#].*$", ""),
                    java.nio.charset.StandardCharsets.UTF_8);
            return Stream.of(projectDir.resolve("assets").resolve(path), projectDir.resolve("content").resolve(path))
                    .filter(Files::isRegularFile).findFirst();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void reportUnlabelled(ContentItem item, List<FillableFields.Unlabelled> unlabelled, Diagnostics diagnostics) {
        String source;
        try {
            source = Files.readString(projectDir.resolve(item.sourcePath()));
        } catch (IOException e) {
            source = "";
        }
        for (FillableFields.Unlabelled u : unlabelled) {
            var at = FillableFields.locate(item.sourcePath(), source, u.written(), u.occurrence());
            if (u.written() == FillableFields.Written.BLANK) {
                diagnostics.error(at, "this field to fill in has no label, so a screen reader cannot say what goes in it",
                        "write what goes in it before the underscores on the same line, e.g. `Ansvarlig: ________`; see docs/authoring.md");
            } else {
                diagnostics.error(at, "this checkbox has no label, so a screen reader cannot say what it is for",
                        u.written() == FillableFields.Written.TASK ? "write what is to be ticked off after `[ ]`"
                                : "give the table column a header, or write text in another cell of the row");
            }
        }
    }

    private static void putDate(Map<String, Object> m, String key, LocalDate date, String lang) {
        if (date == null) return;
        m.put(key, date.toString());
        m.put(key + "_display", displayDate(date, lang));
    }

    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter NB = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb-NO"));
    private static final DateTimeFormatter NN = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nn-NO"));

    /** «15. oktober 2025», «15 October 2025». */
    static String displayDate(LocalDate date, String lang) {
        return date.format(lang.equals("en") ? EN : lang.equals("nn") ? NN : NB);
    }

    private static String digestOf(Path dir) throws IOException {
        java.security.MessageDigest sha = Sha256.digest();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(dir.relativize(f).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(f));
            }
        }
        return Sha256.hex(sha);
    }
}
