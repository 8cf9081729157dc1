package no.kampanjekit.judges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticSiteServerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient(); // does not follow redirects

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesFilesWithTheirContentTypes(@TempDir Path site) throws Exception {
        List<String[]> cases = List.of(
                new String[] {"index.html", "text/html; charset=utf-8"},
                new String[] {"a.css", "text/css; charset=utf-8"},
                new String[] {"a.js", "text/javascript; charset=utf-8"},
                new String[] {"a.json", "application/json"},
                new String[] {"sitemap.xml", "application/xml"},
                new String[] {"a.svg", "image/svg+xml"},
                new String[] {"a.png", "image/png"},
                new String[] {"a.woff2", "font/woff2"},
                new String[] {"a.ttf", "font/ttf"},
                new String[] {"kit.pdf", "application/pdf"},
                new String[] {"no-extension", "application/octet-stream"});
        for (String[] c : cases) {
            Files.writeString(site.resolve(c[0]), "content of " + c[0]);
        }
        try (StaticSiteServer server = new StaticSiteServer(site)) {
            for (String[] c : cases) {
                HttpResponse<String> response = get(server.uri(c[0]));
                assertEquals(200, response.statusCode(), c[0]);
                assertEquals(c[1], response.headers().firstValue("Content-Type").orElseThrow(), c[0]);
                assertEquals("content of " + c[0], response.body());
            }
        }
    }

    @Test
    void folderMeansItsIndexAndMissingMeansThe404Page(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("kit"));
        Files.writeString(site.resolve("index.html"), "home");
        Files.writeString(site.resolve("kit/index.html"), "kit");
        Files.writeString(site.resolve("404.html"), "not here");
        Files.writeString(tmp.resolve("outside.html"), "secret"); // must not be reachable
        try (StaticSiteServer server = new StaticSiteServer(site)) {
            assertTrue(server.baseUri().toString().startsWith("http://127.0.0.1:"));
            assertEquals("home", get(server.baseUri()).body());
            assertEquals("kit", get(server.uri("/kit/")).body());

            HttpResponse<String> noSlash = get(server.uri("kit"));
            assertEquals(301, noSlash.statusCode());
            assertEquals("/kit/", noSlash.headers().firstValue("Location").orElseThrow());

            for (String missing : List.of("nope.html", "kit/nope/", "%2e%2e/outside.html")) {
                HttpResponse<String> response = get(URI.create(server.baseUri() + missing));
                assertEquals(404, response.statusCode(), missing);
                assertEquals("not here", response.body(), missing);
                assertEquals("text/html; charset=utf-8",
                        response.headers().firstValue("Content-Type").orElseThrow());
            }
        }
    }

    @Test
    void siteWithout404PageStillAnswers404(@TempDir Path site) throws Exception {
        try (StaticSiteServer server = new StaticSiteServer(site)) {
            assertEquals(404, get(server.uri("x.html")).statusCode());
        }
    }

    @Test
    void closeStopsServing(@TempDir Path site) throws Exception {
        Files.writeString(site.resolve("index.html"), "home");
        URI base;
        try (StaticSiteServer server = new StaticSiteServer(site)) {
            base = server.baseUri();
            assertEquals(200, get(base).statusCode());
        }
        assertThrows(ConnectException.class, () -> get(base));
    }
}
