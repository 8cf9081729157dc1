package no.kampanjekit.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import no.kampanjekit.build.Pipeline;
import no.kampanjekit.diagnostics.ContentErrorsException;
import no.kampanjekit.diagnostics.Diagnostic;
import no.kampanjekit.markdown.Escape;
import no.kampanjekit.output.OnDemandFiles;
import no.kampanjekit.render.site.Json;

/**
 * The editors' preview: builds the site with drafts, serves it on this machine only, rebuilds on
 * every save and reloads the open tab. While content has errors every page shows them in an
 * overlay above the last good page. Nothing an editor does can stop the server.
 */
public final class PreviewServer implements AutoCloseable {
    static final String PREFIX = "/_kampanjekit/";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"),
            Map.entry("pdf", "application/pdf"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("zip", "application/zip"), Map.entry("yml", "text/yaml; charset=utf-8"), Map.entry("wasm", "application/wasm"));

    private final Path project;
    private final Path site;
    private final HttpServer http;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "preview-http");
        t.setDaemon(true);
        return t;
    });
    private final Pipeline pipeline = new Pipeline();
    private final SiteWatcher watcher;
    private final Object buildLock = new Object();
    private volatile int version;
    private volatile List<Diagnostic> problems = List.of();
    private volatile String internalError;
    private volatile long lastBuildMillis;
    private volatile Map<String, Long> lastStages = Map.of();
    /** The downloads the last good build planned; each is made when its link is opened. */
    private volatile OnDemandFiles onDemand = OnDemandFiles.NONE;
    private final Path decap;

    /** Builds once, then serves; {@code port} 0 picks a free one. */
    public PreviewServer(Path project, Path site, String host, int port) throws IOException {
        this(project, site, host, port, null);
    }

    /** As above, with /admin/ (editing in the browser) when {@code decap} is the unpacked Decap CMS. */
    public PreviewServer(Path project, Path site, String host, int port, Path decap) throws IOException {
        this.project = project.toAbsolutePath().normalize();
        this.site = site.toAbsolutePath().normalize();
        this.decap = decap;
        rebuild();
        http = HttpServer.create(new InetSocketAddress(host, port), 0);
        http.setExecutor(threads);
        http.createContext("/", this::handle);
        http.start();
        watcher = new SiteWatcher(this.project, this::rebuild);
        watcher.start();
    }

    public URI uri() {
        InetSocketAddress a = http.getAddress();
        return URI.create("http://" + a.getHostString() + ":" + a.getPort() + "/");
    }

    /** Increases after every build, good or bad. */
    public int version() {
        return version;
    }

    public List<Diagnostic> problems() {
        return problems;
    }

    public long lastBuildMillis() {
        return lastBuildMillis;
    }

    /** Builds the preview; a failed build keeps the last good site and shows why. */
    void rebuild() {
        synchronized (buildLock) {
            long start = System.nanoTime();
            try {
                // Drafts included; PDFs, decks, kit ZIPs and social cards are only planned, so a save
                // rebuilds the pages alone and a download is made when its link is opened.
                Pipeline.Result result = pipeline.build(project, site, new Pipeline.Options(true, true, decap));
                onDemand = result.onDemand();
                lastStages = result.stageMillis();
                problems = List.of();
                internalError = null;
            } catch (ContentErrorsException e) {
                problems = e.diagnostics();
            } catch (Throwable t) {
                // A half-saved template or a folder deleted mid-build: report it, keep serving.
                internalError = t.toString();
            }
            lastBuildMillis = (System.nanoTime() - start) / 1_000_000;
            synchronized (this) {
                version++;
                notifyAll();
            }
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = URLDecoder.decode(ex.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            if (path.startsWith(PREFIX)) {
                tool(ex, path.substring(PREFIX.length()));
                return;
            }
            OnDemandFiles planned = onDemand;
            if (planned.has(path.substring(1))) {
                download(ex, planned, path.substring(1));
                return;
            }
            Path file = site.resolve(path.substring(1)).normalize();
            if (!file.startsWith(site)) {
                send(ex, 404, "text/plain; charset=utf-8", "Not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    ex.getResponseHeaders().add("Location", path + "/");
                    ex.sendResponseHeaders(301, -1);
                    return;
                }
                file = file.resolve("index.html");
            }
            int status = 200;
            if (!Files.isRegularFile(file)) {
                status = 404;
                file = site.resolve("404.html");
                if (!Files.isRegularFile(file)) {
                    send(ex, 404, "text/html; charset=utf-8", withTools("<!DOCTYPE html><html lang=\"nb\"><title>Ikke funnet</title><body></body></html>"));
                    return;
                }
            }
            String name = file.getFileName().toString();
            String type = typeOf(name);
            byte[] body = Files.readAllBytes(file);
            // Not in /admin/: reloading Decap on every save (its own saves too, with decap-server) would lose the editor's work.
            if (type.startsWith("text/html") && !path.startsWith("/admin/")) body = withTools(new String(body, StandardCharsets.UTF_8));
            send(ex, status, type, body);
        } catch (IOException e) {
            // The browser went away mid-response; nothing to do.
        }
    }

    /** The media type by the file name's extension. */
    private static String typeOf(String fileName) {
        return TYPES.getOrDefault(fileName.substring(fileName.lastIndexOf('.') + 1), "application/octet-stream");
    }

    /**
     * A download the last build planned, made now (or earlier in this build) by the stage that
     * owns it. What stops it, say a poster that does not fit, is shown as a page of problems.
     */
    private void download(HttpExchange ex, OnDemandFiles planned, String uri) throws IOException {
        String name = uri.substring(uri.lastIndexOf('/') + 1);
        String type = typeOf(name);
        try {
            byte[] bytes = planned.make(uri).orElseThrow().bytes();
            send(ex, 200, type, bytes);
        } catch (ContentErrorsException e) {
            String page = "<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\"><title>Filen kunne ikke lages</title></head><body>"
                    + "<main><h1>/" + Escape.html(uri) + " kunne ikke lages</h1>"
                    + "<ol>" + problemItems(e.diagnostics()) + "</ol>" + "<p>Rett feilen og lagre, så lages filen på nytt når du åpner lenken.</p></main></body></html>";
            send(ex, 500, TYPES.get("html"), withTools(page));
        } catch (RuntimeException e) {
            // A fault in a stage, not in the content: say so, keep serving.
            send(ex, 500, "text/plain; charset=utf-8", ("/" + uri + " kunne ikke lages: " + e).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Adds the reload script, and the error overlay while content has errors, before {@code </body>}. */
    private byte[] withTools(String html) {
        StringBuilder tools = new StringBuilder();
        tools.append("<link rel=\"stylesheet\" href=\"").append(PREFIX).append("preview.css\">");
        if (!problems.isEmpty() || internalError != null) tools.append(overlay());
        tools.append("<script src=\"").append(PREFIX).append("live.js\" data-version=\"").append(version).append("\" defer></script>");
        int at = html.lastIndexOf("</body>");
        String out = at < 0 ? html + tools : html.substring(0, at) + tools + html.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private String overlay() {
        StringBuilder o = new StringBuilder("<section id=\"kk-preview-overlay\" role=\"alert\" aria-labelledby=\"kk-preview-overlay-title\">");
        List<Diagnostic> errors = problems.stream().filter(Diagnostic::isError).toList();
        o.append("<h2 id=\"kk-preview-overlay-title\">");
        if (internalError != null) o.append("Forhåndsvisningen kunne ikke bygges");
        else o.append(errors.size()).append(errors.size() == 1 ? " feil" : " feil").append(" i innholdet – siden under er siste versjon uten feil");
        o.append("</h2><ol>");
        if (internalError != null) o.append("<li><code>").append(Escape.html(internalError)).append("</code></li>");
        return o.append(problemItems(problems)).append("</ol></section>").toString();
    }

    /** file:line, message and hint of each problem, as list items. */
    private static String problemItems(List<Diagnostic> list) {
        StringBuilder o = new StringBuilder();
        for (Diagnostic d : list) {
            o.append("<li><code>").append(Escape.html(d.path())).append(d.line() > 0 ? ":" + d.line() : "").append("</code> ")
                    .append(Escape.html(d.message()));
            if (d.hint() != null && !d.hint().isBlank()) o.append(" <em>(").append(Escape.html(d.hint())).append(")</em>");
            o.append("</li>");
        }
        return o.toString();
    }

    private void tool(HttpExchange ex, String name) throws IOException {
        switch (name) {
            case "live.js" -> send(ex, 200, TYPES.get("js"), resource("live.js"));
            case "preview.css" -> send(ex, 200, TYPES.get("css"), resource("preview.css"));
            case "status" -> send(ex, 200, TYPES.get("json"), Json.write(Map.of(
                    "version", version,
                    "build_ms", lastBuildMillis,
                    "stages_ms", lastStages,
                    "errors", problems.stream().map(Diagnostic::format).toList())).getBytes(StandardCharsets.UTF_8));
            case "events" -> events(ex);
            default -> send(ex, 404, "text/plain; charset=utf-8", "Not found".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Server-sent events: one message per build, so the open tab reloads right after it. */
    private void events(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "text/event-stream");
        ex.getResponseHeaders().add("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        int seen = version;
        out.write(("retry: 500\ndata: " + seen + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        try {
            while (!threads.isShutdown()) {
                synchronized (this) {
                    if (version == seen) wait(15_000);
                }
                if (version != seen) {
                    seen = version;
                    out.write(("data: " + seen + "\n\n").getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(": still here\n\n".getBytes(StandardCharsets.UTF_8));
                }
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PreviewServer.class.getResourceAsStream("/no/kampanjekit/serve/" + name)) {
            if (in == null) throw new IOException("missing resource " + name);
            return in.readAllBytes();
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.getResponseHeaders().add("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) ex.getResponseBody().write(body);
    }

    @Override
    public void close() {
        watcher.close();
        http.stop(0);
        threads.shutdownNow();
    }
}
