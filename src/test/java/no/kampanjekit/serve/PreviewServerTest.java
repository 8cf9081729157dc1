package no.kampanjekit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import no.kampanjekit.testing.SampleSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview as an editor uses it: save, see the change; make a mistake, see the overlay; fix it. */
class PreviewServerTest {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(PreviewServer server, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitBuildAfter(PreviewServer server, int version) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (server.version() <= version && System.nanoTime() < deadline) Thread.sleep(20);
        assertTrue(server.version() > version, "a save must trigger a rebuild");
    }

    @Test
    void savesShowUpErrorsShowAsAnOverlayAndGoAwayWhenFixed(@TempDir Path tmp) throws Exception {
        Path project = SampleSites.project("basic", tmp.resolve("p"));
        Path page = project.resolve("content/kit-a/oppsummering.md");
        String original = Files.readString(page);
        try (PreviewServer server = new PreviewServer(project, tmp.resolve("preview"), "127.0.0.1", 0)) {
            assertEquals("127.0.0.1", server.uri().getHost(), "listens on loopback only");
            HttpResponse<String> first = get(server, "kit-a/oppsummering/");
            assertEquals(200, first.statusCode());
            assertTrue(first.body().contains("Kort fortalt for IKT"));
            assertTrue(first.body().contains("/_kampanjekit/live.js"), "the reload script is injected");
            assertFalse(first.body().contains("kk-preview-overlay"));

            int v = server.version();
            long saved = System.nanoTime();
            Files.writeString(page, original.replace("title: Kort fortalt for IKT", "title: Nytt navn for IKT"));
            awaitBuildAfter(server, v);
            assertTrue(get(server, "kit-a/oppsummering/").body().contains("Nytt navn for IKT"));
            System.out.printf("preview: save to rebuilt page in %d ms (build %d ms)%n", (System.nanoTime() - saved) / 1_000_000, server.lastBuildMillis());

            v = server.version();
            Files.writeString(page, original.replace("type: summary", "type: sumary"));
            awaitBuildAfter(server, v);
            String broken = get(server, "kit-a/oppsummering/").body();
            assertTrue(broken.contains("kk-preview-overlay"), "the overlay lists the error");
            assertTrue(broken.contains("content/kit-a/oppsummering.md:3</code> unknown type &#39;sumary&#39;"), broken);
            assertTrue(broken.contains("Nytt navn for IKT"), "the last good page stays readable underneath");
            assertTrue(get(server, "").body().contains("kk-preview-overlay"), "every page shows the overlay");

            v = server.version();
            Files.writeString(page, original);
            awaitBuildAfter(server, v);
            String fixed = get(server, "kit-a/oppsummering/").body();
            assertFalse(fixed.contains("kk-preview-overlay"));
            assertTrue(fixed.contains("Kort fortalt for IKT"));
        }
    }

    /** Editors try the browser editor locally at /admin/; a reload on every save would throw away what they typed. */
    @Test
    void servesTheEditorAtAdminWithoutTheReloadScript(@TempDir Path tmp) throws Exception {
        Path project = SampleSites.project("basic", tmp.resolve("p"));
        Path decap = Files.createDirectories(tmp.resolve("decap"));
        Files.writeString(decap.resolve("decap-cms.js"), "window.CMS = {};");
        Files.writeString(decap.resolve("1a2b.wasm"), "wasm");
        try (PreviewServer server = new PreviewServer(project, tmp.resolve("preview"), "127.0.0.1", 0, decap)) {
            HttpResponse<String> admin = get(server, "admin/");
            assertEquals(200, admin.statusCode());
            assertTrue(admin.body().contains("<script src=\"decap-cms.js\">"));
            assertFalse(admin.body().contains("/_kampanjekit/"), "no reload script or overlay in the editor");
            assertEquals("text/yaml; charset=utf-8", get(server, "admin/config.yml").headers().firstValue("Content-Type").orElse(""));
            assertEquals("application/wasm", get(server, "admin/1a2b.wasm").headers().firstValue("Content-Type").orElse(""));
            assertTrue(get(server, "").body().contains("/_kampanjekit/live.js"), "the site's pages still reload");
        }
    }

    @Test
    void aBrokenTemplateOrADeletedFolderDoesNotStopTheServer(@TempDir Path tmp) throws Exception {
        Path project = SampleSites.project("basic", tmp.resolve("p"));
        try (PreviewServer server = new PreviewServer(project, tmp.resolve("preview"), "127.0.0.1", 0)) {
            int v = server.version();
            Files.writeString(project.resolve("templates/summary.ftl"), "<#if>");
            awaitBuildAfter(server, v);
            assertTrue(get(server, "kit-a/oppsummering/").body().contains("templates/summary.ftl"));

            v = server.version();
            SampleSites.deleteTree(project.resolve("content/nyheter"));
            awaitBuildAfter(server, v);
            assertEquals(200, get(server, "").statusCode(), "still serving");
            assertEquals(404, get(server, "finnes/ikke/").statusCode());
        }
    }

    @Test
    void draftsShowInPreview(@TempDir Path tmp) throws Exception {
        Path project = SampleSites.project("basic", tmp.resolve("p"));
        Files.writeString(project.resolve("content/utkast.md"), "---\ntitle: Et utkast\ntype: page\nstatus: draft\n---\nTekst\n");
        try (PreviewServer server = new PreviewServer(project, tmp.resolve("preview"), "127.0.0.1", 0)) {
            String draft = get(server, "utkast/").body();
            assertTrue(draft.contains("Et utkast"));
            assertTrue(draft.contains("class=\"draft-banner\""), "drafts are marked as drafts");
        }
    }
}
