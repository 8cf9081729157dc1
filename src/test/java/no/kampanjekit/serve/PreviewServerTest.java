package no.kampanjekit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.kampanjekit.testing.SampleSites;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview as an editor uses it: save, see the change; make a mistake, see the overlay; fix it. */
class PreviewServerTest {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(PreviewServer server, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> bytes(PreviewServer server, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
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
    void downloadsAreMadeWhenTheirLinkIsOpenedNotOnEverySave(@TempDir Path tmp) throws Exception {
        Path project = SampleSites.project("basic", tmp.resolve("p"));
        Path page = project.resolve("content/kit-a/oppsummering.md");
        Path preview = tmp.resolve("preview");
        try (PreviewServer server = new PreviewServer(project, preview, "127.0.0.1", 0)) {
            // The build planned the PDF and listed it, but made no file: not in the site, not in the print cache.
            String html = get(server, "kit-a/oppsummering/").body();
            assertTrue(html.contains("downloads/kit-a/oppsummering.pdf"), "the page links its PDF");
            assertTrue(html.contains("lages når du åpner lenken"), "its size is not known until it is made");
            assertFalse(Files.exists(preview.resolve("downloads/kit-a/oppsummering.pdf")));
            assertFalse(Files.exists(tmp.resolve("preview.print-cache")), "nothing was rendered");

            HttpResponse<byte[]> pdf = bytes(server, "downloads/kit-a/oppsummering.pdf");
            assertEquals(200, pdf.statusCode());
            assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
            assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"), "a PDF");
            assertTrue(text(pdf.body()).contains("Kort fortalt for IKT"), text(pdf.body()));

            int v = server.version();
            Files.writeString(page, Files.readString(page).replace("title: Kort fortalt for IKT", "title: Nytt navn for IKT"));
            awaitBuildAfter(server, v);
            String changed = text(bytes(server, "downloads/kit-a/oppsummering.pdf").body());
            assertTrue(changed.contains("Nytt navn for IKT") && !changed.contains("Kort fortalt for IKT"), "the PDF follows the saved page: " + changed);

            // The kit's ZIP is made from its files as made now, each listed with its real size.
            HttpResponse<byte[]> zip = bytes(server, "downloads/kit-a/kit-a.zip");
            assertEquals(200, zip.statusCode());
            List<String> names = new ArrayList<>();
            String contents = "";
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    names.add(e.getName());
                    if (e.getName().endsWith("/innhold.html")) contents = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            assertTrue(names.stream().anyMatch(n -> n.endsWith("/Nytt navn for IKT.pdf")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.endsWith(".pptx")), "the deck is in it: " + names);
            assertFalse(contents.contains("lages når du åpner lenken"), contents);
            assertTrue(contents.matches("(?s).*\\d+ kB.*"), "sizes are known once the files are made");
            assertEquals(404, get(server, "downloads/kit-a/finnes-ikke.pdf").statusCode());
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
