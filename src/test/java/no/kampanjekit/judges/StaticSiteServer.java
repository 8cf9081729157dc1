package no.kampanjekit.judges;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves a built site from a folder on 127.0.0.1, on a free port, the way a
 * plain static host would: {@code dir/} means {@code dir/index.html}, and a
 * missing file gets the site's {@code 404.html} with status 404.
 *
 * <p>Browser judges need http:// rather than file:// so that root-relative
 * links, fetch() and the 404 page behave as they will when published.
 */
public final class StaticSiteServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("zip", "application/zip"),
            Map.entry("yml", "text/yaml; charset=utf-8"),
            Map.entry("wasm", "application/wasm"));

    private final Path root;
    private final HttpServer server;
    private final ExecutorService executor;

    /** Starts serving {@code siteRoot} at once; close to stop. */
    public StaticSiteServer(Path siteRoot) {
        root = siteRoot.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("not a folder: " + siteRoot);
        }
        try {
            // Port 0: the OS picks a free port. Loopback only, never 0.0.0.0.
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A few threads: a browser loads a page's css, js and images at once.
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "static-site-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The site's root, e.g. {@code http://127.0.0.1:41234/}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** A page of the site: {@code uri("kit/")}. A leading slash is allowed. */
    public URI uri(String path) {
        return baseUri().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** The content type this server sends for a file name. */
    public static String contentType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            Path file = resolve(exchange.getRequestURI().getRawPath());
            if (file != null && Files.isDirectory(file)) {
                String path = exchange.getRequestURI().getRawPath();
                if (!path.endsWith("/")) {
                    // Like static hosts: /kit -> /kit/, so relative links in kit/index.html work.
                    exchange.getResponseHeaders().set("Location", path + "/");
                    exchange.sendResponseHeaders(301, -1);
                    return;
                }
                file = file.resolve("index.html");
            }
            int status = 200;
            if (file == null || !Files.isRegularFile(file)) {
                status = 404;
                file = root.resolve("404.html");
            }
            boolean head = method.equals("HEAD");
            if (!Files.isRegularFile(file)) { // a site without its own 404.html
                byte[] body = "404 Not Found\n".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                exchange.sendResponseHeaders(404, head ? -1 : body.length);
                if (!head) {
                    exchange.getResponseBody().write(body);
                }
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", contentType(file.getFileName().toString()));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            long size = Files.size(file);
            // -1 means "no body" to HttpServer, so a HEAD sends only headers.
            exchange.sendResponseHeaders(status, head ? -1 : (size == 0 ? -1 : size));
            if (!head && size > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    Files.copy(file, out);
                }
            }
        }
    }

    /** The file a URL path names, or null if it would leave the site root. */
    private Path resolve(String rawPath) {
        // In a path "+" is a plus, not a space, so keep it from URLDecoder.
        String path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        try {
            Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
            return file.startsWith(root) ? file : null;
        } catch (InvalidPathException e) { // e.g. a NUL byte
            return null;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
