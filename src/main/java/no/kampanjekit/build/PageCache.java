package no.kampanjekit.build;

import static no.kampanjekit.output.CacheFile.readString;
import static no.kampanjekit.output.CacheFile.writeString;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import no.kampanjekit.diagnostics.SourcePosition;
import no.kampanjekit.markdown.MarkdownEngine;
import no.kampanjekit.markdown.ParsedPage;
import no.kampanjekit.model.Heading;
import no.kampanjekit.model.Placeholder;
import no.kampanjekit.output.CacheFile;
import no.kampanjekit.output.CodeDigest;
import no.kampanjekit.output.Sha256;

/**
 * Every page's parsed and rendered Markdown, kept from one build for the next in one file beside
 * the output ({@code target/site.page-cache}): a page whose text did not change is neither parsed
 * nor rendered again. The key is the page's text and place (what {@link MarkdownEngine#parse}
 * takes) and the code of the markdown package and flexmark; the rendered body is used only while
 * the pages it links to keep their addresses. Parsing and rendering depend on nothing else, so a
 * hit is what parsing and rendering afresh would give ({@code PageCacheTest}). A missing,
 * damaged or old file only costs time.
 */
final class PageCache {
    /** One page as the last build found it: the parse's findings, the body, and the addresses it linked to. */
    record Entry(ParsedPage page, String body, String linkedAddresses) {}

    private static final String FORMAT = "kampanjekit page cache 1";

    private final Path file;
    private final String setup;
    private final Map<String, Entry> before;
    private final Map<String, Entry> now = new ConcurrentHashMap<>();
    private volatile boolean changed;

    private PageCache(Path file, String setup, Map<String, Entry> before) {
        this.file = file;
        this.setup = setup;
        this.before = before;
    }

    /** A cache with nothing in it that saves nothing: for {@code check} and the preview, which keep pages in memory. */
    static PageCache none() {
        return new PageCache(null, "", Map.of());
    }

    /** Reads what the last build kept in {@code file}; an unreadable or outdated file counts as empty. */
    static PageCache open(Path file) {
        String setup;
        try {
            setup = CodeDigest.of(MarkdownEngine.class, com.vladsch.flexmark.parser.Parser.class, com.vladsch.flexmark.html.HtmlRenderer.class);
        } catch (IOException | RuntimeException e) {
            return none();
        }
        Map<String, Entry> before = new HashMap<>();
        boolean read = CacheFile.read(file, FORMAT, setup, in -> {
            for (int n = in.readInt(); n > 0; n--) {
                String key = readString(in);
                before.put(key, entry(in));
            }
        });
        if (!read) before.clear(); // damaged or outdated: parse everything
        return new PageCache(file, setup, before);
    }

    /** The key of a page's text as {@link MarkdownEngine#parse} takes it. */
    String key(String body, String sourcePath, String contentPath, int bodyLineOffset, boolean numberSteps) {
        if (file == null) return "";
        MessageDigest d = Sha256.digest();
        for (String s : List.of(setup, sourcePath, contentPath, Integer.toString(bodyLineOffset), Boolean.toString(numberSteps), body)) {
            d.update(s.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
        }
        return Sha256.hex(d);
    }

    /** What was read from the file, by key. */
    Map<String, Entry> kept() {
        return before;
    }

    Optional<Entry> get(String key) {
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(before.get(key));
    }

    /** Keeps a page for the next build; pages this build did not put are dropped when it saves. */
    void put(String key, Entry entry) {
        if (key.isEmpty()) return;
        now.put(key, entry);
        if (before.get(key) != entry) changed = true;
    }

    /** Writes the pages of this build, unless they are the ones read (then the file is already right). */
    void save() {
        if (file == null || !changed && now.keySet().equals(before.keySet())) return;
        Map<String, Entry> sorted = new TreeMap<>(now);
        CacheFile.write(file, FORMAT, setup, out -> {
            out.writeInt(sorted.size());
            for (var e : sorted.entrySet()) {
                writeString(out, e.getKey());
                entry(out, e.getValue());
            }
        });
    }

    // ------------------------------------------------------------ the file's format

    private static void entry(DataOutputStream out, Entry e) throws IOException {
        ParsedPage p = e.page();
        writeString(out, p.contentPath());
        out.writeBoolean(p.numberSteps());
        out.writeInt(p.headings().size());
        for (Heading h : p.headings()) {
            out.writeInt(h.level());
            writeString(out, h.id());
            writeString(out, h.text());
        }
        out.writeInt(p.links().size());
        for (ParsedPage.LinkUse l : p.links()) {
            writeString(out, l.url());
            out.writeBoolean(l.image());
            writeString(out, l.alt());
            position(out, l.at());
        }
        out.writeInt(p.htmlProblems().size());
        for (ParsedPage.HtmlProblem h : p.htmlProblems()) {
            writeString(out, h.message());
            position(out, h.at());
        }
        out.writeInt(p.privateInText().size());
        for (SourcePosition at : p.privateInText()) position(out, at);
        out.writeInt(p.placeholders().size());
        for (Placeholder x : p.placeholders()) {
            writeString(out, x.text());
            writeString(out, x.sourcePath());
            out.writeInt(x.line());
        }
        Set<String> anchors = new TreeSet<>(p.anchors());
        out.writeInt(anchors.size());
        for (String a : anchors) writeString(out, a);
        out.writeInt(p.tasks());
        writeString(out, p.plainText());
        writeString(out, e.body());
        writeString(out, e.linkedAddresses());
    }

    private static Entry entry(DataInputStream in) throws IOException {
        String contentPath = readString(in);
        boolean numberSteps = in.readBoolean();
        List<Heading> headings = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) headings.add(new Heading(in.readInt(), readString(in), readString(in)));
        List<ParsedPage.LinkUse> links = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) links.add(new ParsedPage.LinkUse(readString(in), in.readBoolean(), readString(in), position(in)));
        List<ParsedPage.HtmlProblem> html = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) html.add(new ParsedPage.HtmlProblem(readString(in), position(in)));
        List<SourcePosition> privateInText = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) privateInText.add(position(in));
        List<Placeholder> placeholders = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) placeholders.add(new Placeholder(readString(in), readString(in), in.readInt()));
        Set<String> anchors = new TreeSet<>();
        for (int n = in.readInt(); n > 0; n--) anchors.add(readString(in));
        int tasks = in.readInt();
        String plainText = readString(in);
        ParsedPage page = ParsedPage.restored(contentPath, numberSteps, headings, links, html, privateInText, placeholders, anchors, tasks, plainText);
        return new Entry(page, readString(in), readString(in));
    }

    private static void position(DataOutputStream out, SourcePosition at) throws IOException {
        writeString(out, at.path());
        out.writeInt(at.line());
        out.writeInt(at.column());
    }

    private static SourcePosition position(DataInputStream in) throws IOException {
        return new SourcePosition(readString(in), in.readInt(), in.readInt());
    }
}
