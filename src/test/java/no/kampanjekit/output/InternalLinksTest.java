package no.kampanjekit.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import no.kampanjekit.diagnostics.Diagnostic;
import no.kampanjekit.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The last check before publishing, on a small hand-written site: what a template could get wrong. */
class InternalLinksTest {
    private static void page(Path site, String rel, String body) throws Exception {
        Path f = site.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, "<!doctype html><html><head><link rel=\"stylesheet\" href=\"" + "../".repeat(rel.split("/").length - 1)
                + "assets/site.css\"></head><body>" + body + "</body></html>");
    }

    private static List<String> check(Path site, Set<String> planned) throws Exception {
        Diagnostics d = new Diagnostics();
        InternalLinks.check(site, planned, d);
        return d.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void linksThatLeadToMadeFilesAndIdsPass(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(site.resolve("assets/site.css"), "");
        page(site, "index.html", "<h1 id=\"topp\">Hjem</h1><a href=\"#topp\">opp</a><a href=\"veileder/\">veileder</a>"
                + "<a href=\"veileder/index.html#steg-2\">steg 2</a><a href=\"https://www.nhn.no/\">NHN</a><a href=\"mailto:x@example.org\">e-post</a>"
                + "<a href=\"//cdn.example.org/x.js\">cdn</a><a href=\"\">tom</a><a href=\"veileder/?q=1\">søk</a>");
        page(site, "veileder/index.html", "<h2 id=\"steg-2\">Steg 2</h2><a href=\"../#topp\">hjem</a><img src=\"../assets/site.css\" alt=\"\">");
        page(site, "404.html", "<a href=\"/finnes/ikke/\">base path</a>");
        assertEquals(List.of(), check(site, Set.of()));
    }

    @Test
    void everyBrokenLinkIsReportedAtItsPageWithTheCause(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(site.resolve("assets/site.css"), "");
        page(site, "index.html", "<a href=\"mangler/\">a</a><a href=\"#ingen\">b</a><a href=\"a/index.html#ingen\">c</a>"
                + "<a href=\"../../etc/passwd\">d</a><a href=\"a b/%zz\">e</a><script src=\"assets/mangler.js\"></script>");
        page(site, "a/index.html", "<h2 id=\"her\">Her</h2><a href=\"../mangler/\">f</a><a href=\"../mangler/\">g</a>");
        page(site, "a/b.html", "<a href=\"../mangler/\">same address from the same folder, another page</a>");
        assertEquals(List.of(
                "target/site/a/b.html: error: '../mangler/' in <a> leads to a file the build did not make (check the template that writes this link (docs/templates.md: prefix site links with ${root}))",
                "target/site/a/index.html: error: '../mangler/' in <a> leads to a file the build did not make (check the template that writes this link (docs/templates.md: prefix site links with ${root}))",
                "target/site/index.html: error: '#ingen' points at #ingen, which is not on that page (check the template or the heading)",
                "target/site/index.html: error: '../../etc/passwd' leads outside the site (links must stay inside the site; check the template)",
                "target/site/index.html: error: 'a/index.html#ingen' points at #ingen, which is not on that page (check the template or the heading)",
                "target/site/index.html: error: 'assets/mangler.js' in <script> leads to a file the build did not make (check the template that writes this link (docs/templates.md: prefix site links with ${root}))",
                "target/site/index.html: error: 'mangler/' in <a> leads to a file the build did not make (check the template that writes this link (docs/templates.md: prefix site links with ${root}))",
                "target/site/index.html: error: malformed address 'a b/%zz' in <a> (check the template or content that writes it)"),
                check(site, Set.of()));
    }

    @Test
    void aFileThePreviewMakesWhenOpenedCountsAsThere(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(site.resolve("assets/site.css"), "");
        page(site, "index.html", "<a href=\"downloads/kit/sjekkliste.pdf\">PDF</a>");
        assertEquals(1, check(site, Set.of()).size());
        assertEquals(List.of(), check(site, Set.of("downloads/kit/sjekkliste.pdf")));
    }

    @Test
    void whatWasReadOfAPageIsKeptForTheNextBuildByItsBytes(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(site.resolve("assets/site.css"), "");
        page(site, "index.html", "<p>" + tmp.getFileName() + "</p><a href=\"mangler/\">a</a>");
        Path kept = tmp.resolve("site.link-cache");
        Diagnostics d = new Diagnostics();
        InternalLinks.check(site, Set.of(), d, kept);
        assertEquals(1, d.sorted().size(), "the broken link, read from the page");
        assertTrue(Files.size(kept) > 0);

        // A planted reading without the link: a check that takes it from the file finds nothing wrong.
        String key = Sha256.hex(Files.readAllBytes(site.resolve("index.html")));
        InternalLinks.write(kept, InternalLinks.setup(), java.util.Map.of(key, new InternalLinks.Page(Set.of(), List.of())));
        page(site, "a.html", "<p>another page, so the pages in memory are not the same as the last check's</p>");
        Diagnostics planted = new Diagnostics();
        InternalLinks.check(site, Set.of(), planted, kept);
        assertEquals(List.of(), planted.sorted().stream().map(Diagnostic::format).toList());

        Files.write(kept, new byte[] {0, 0, 0, 3, 'x'});
        page(site, "index.html", "<p>changed " + tmp.getFileName() + "</p><a href=\"mangler/\">a</a>");
        Diagnostics damaged = new Diagnostics();
        InternalLinks.check(site, Set.of(), damaged, kept);
        assertEquals(1, damaged.sorted().size(), "a damaged file is ignored, and a changed page read afresh: " + damaged.sorted());
    }
}
