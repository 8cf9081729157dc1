package no.kampanjekit.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownEngineTest {
    private final MarkdownEngine engine = new MarkdownEngine();

    private String render(String md, boolean guide) {
        ParsedPage page = engine.parse(md, "content/kit/side.md", "kit/side.md", 5, guide);
        return engine.render(page, new LinkTargets() {
            public Optional<String> pageUri(String contentPath) {
                return contentPath.equals("kit/annen.md") ? Optional.of("kit/annen/") : Optional.empty();
            }

            public String currentUri() {
                return "kit/side/";
            }
        });
    }

    @Test
    void taskListItemsBecomeLabelledCheckboxes() {
        String html = render("- [ ] Avklar tilgang\n- [x] Sett av tid\n", false);
        assertTrue(html.contains("<ul class=\"task-list\">"), html);
        assertTrue(html.contains("<input type=\"checkbox\" class=\"task-checkbox\" id=\"oppgave-1\"><label for=\"oppgave-1\">Avklar tilgang</label>"), html);
        assertTrue(html.contains("id=\"oppgave-2\" checked><label for=\"oppgave-2\">Sett av tid</label>"), html);
    }

    @Test
    void headingIdsAreReadableWithNorwegianLetters() {
        String html = render("## Før dere går i gang\n\n## Før dere går i gang\n\n## Ærlig talt\n", false);
        assertTrue(html.contains("<h2 id=\"for-dere-gar-i-gang\">Før dere går i gang</h2>"), html);
        assertTrue(html.contains("<h2 id=\"for-dere-gar-i-gang-2\">"), html);
        assertTrue(html.contains("<h2 id=\"aerlig-talt\">"), html);
    }

    @Test
    void guidesNumberTheirSteps() {
        String html = render("## Beslutt\n\n### Detalj\n\n## Planlegg\n", true);
        assertTrue(html.contains("<h2 id=\"beslutt\"><span class=\"step-number\">1</span> Beslutt</h2>"), html);
        assertTrue(html.contains("<h2 id=\"planlegg\"><span class=\"step-number\">2</span> Planlegg</h2>"), html);
        assertTrue(html.contains("<h3 id=\"detalj\">Detalj</h3>"), html);
    }

    @Test
    void boldLabelledQuotesBecomeNoticeBoxes() {
        String html = render("> **Viktig:** Bare ved tjenstlig behov.\n\n> Et vanlig sitat.\n", false);
        assertTrue(html.contains("<div class=\"notice notice-viktig\" role=\"note\">"), html);
        assertTrue(html.contains("<strong class=\"notice-label\">Viktig:</strong>"), html);
        assertTrue(html.contains("<blockquote>"), html);
    }

    @Test
    void openPointsAreHighlightedAndListedWithTheirLine() {
        ParsedPage page = engine.parse("Tekst\n\nMålet er [ÅPENT: måltall fastsettes].\n", "content/kit/side.md", "kit/side.md", 5, false);
        assertEquals(1, page.placeholders().size());
        assertEquals(8, page.placeholders().get(0).line());
        assertEquals("måltall fastsettes", page.placeholders().get(0).text());
        String html = render("Målet er [ÅPENT: måltall fastsettes].\n\n`[ÅPENT: i kode]`\n", false);
        assertTrue(html.contains("<mark class=\"placeholder\">[ÅPENT: måltall fastsettes]</mark>"), html);
        assertTrue(html.contains("<code>[ÅPENT: i kode]</code>"), html);
    }

    @Test
    void linksToMarkdownFilesBecomePageAddresses() {
        String html = render("[annen](annen.md#steg-2) og [bilde](/images/kart.png) og [ute](https://www.nhn.no/)\n", false);
        assertTrue(html.contains("href=\"../../kit/annen/#steg-2\""), html);
        assertTrue(html.contains("href=\"../../images/kart.png\""), html);
        assertTrue(html.contains("<a href=\"https://www.nhn.no/\" rel=\"noopener external\">"), html);
    }

    @Test
    void scriptsHandlersAndJavascriptLinksNeverReachTheOutput() {
        String md = "<script>alert(1)</script>\n\nTekst <img src=x onerror=alert(1)> og <abbr title=\"kjernejournal\">KJ</abbr>.\n\n"
                + "[klikk](javascript:alert(1)) [data](data:text/html;base64,xx)\n";
        ParsedPage page = engine.parse(md, "content/kit/side.md", "kit/side.md", 0, false);
        String html = render(md, false);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("href=\"data:"), html);
        assertTrue(html.contains("<abbr title=\"kjernejournal\">KJ</abbr>"), html);
        assertEquals(List.of("raw HTML tag <script> is not allowed", "raw HTML tag <img> is not allowed"),
                page.htmlProblems().stream().map(ParsedPage.HtmlProblem::message).toList());
    }

    @Test
    void tablesFootnotesStrikethroughAndAutolinksWork() {
        String html = render("| A | B |\n| --- | --- |\n| 1 | 2 |\n\n~~gammel~~ https://www.nhn.no tekst[^1]\n\n[^1]: Fotnote.\n", false);
        assertTrue(html.contains("<th>A</th>"), html);
        assertTrue(html.contains("<del>gammel</del>"), html);
        assertTrue(html.contains("href=\"https://www.nhn.no\""), html);
        assertTrue(html.contains("class=\"footnotes\""), html);
    }

    @Test
    void inputThatTrippedFlexmarksTextCollectorParses() {
        // Found by FuzzedContentTest: flexmark's TextCollectingVisitor failed its own assertion here.
        String md = "~~borte~~ <abbr title=\"\\\" onclick=x\">KJ</abbr>tekst[^1]\n\n[^1]: fotnote\n";
        ParsedPage page = engine.parse(md, "content/kit/side.md", "kit/side.md", 0, false);
        assertTrue(page.plainText().startsWith("borte"), page.plainText());
    }
}
