package no.kampanjekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.kampanjekit.diagnostics.SourcePosition;
import no.kampanjekit.markdown.LinkTargets;
import no.kampanjekit.markdown.MarkdownEngine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The fill-in syntax, from Markdown through the project's one Markdown engine to form controls. */
class FillableFieldsTest {
    private static final MarkdownEngine MARKDOWN = new MarkdownEngine();

    private static Element body(String markdown) {
        var page = MARKDOWN.parse(markdown, "content/x.md", "x.md", 0, false);
        return Jsoup.parseBodyFragment(MARKDOWN.render(page, LinkTargets.NONE)).body();
    }

    private static List<String> labels(FillableFields.Result r) {
        return r.fields().stream().map(f -> f.kind() + " " + f.name() + " «" + f.label() + "»" + (f.lines() > 1 ? " x" + f.lines() : "")).toList();
    }

    @Test
    void blanksAfterALabelBecomeTextFieldsOnTheirOwnLines() {
        Element body = body("Saksbehandler: ________\nDato: ________\n\nBeskriv tiltaket: ____________ (3 linjer)\n");
        var r = FillableFields.apply(body, true, false);
        assertEquals(List.of("TEXT saksbehandler «Saksbehandler»", "TEXT dato «Dato»", "TEXT beskriv-tiltaket «Beskriv tiltaket» x3"), labels(r));
        assertEquals(List.of(), r.unlabelled());
        assertEquals(1, body.select("p:first-of-type br").size(), "the soft line break between the two fields is kept on paper");
        assertNotNull(body.selectFirst("form.kk-form input[type=text][name=saksbehandler][title=Saksbehandler]"), "controls sit inside a form");
        assertNotNull(body.selectFirst("textarea[name=beskriv-tiltaket][rows=3]"));
        assertEquals("kk-field:dato", body.selectFirst("input[name=dato]").previousElementSibling().attr("title"), "a marker precedes each field");
    }

    @Test
    void aBoxAloneOnItsLineTakesTheHeadingAbove() {
        var r = FillableFields.apply(body("## Formål og avgrensning\n\nSkriv her: hva som analyseres.\n\n________ (5 linjer)\n"), true, false);
        assertEquals(List.of("TEXT formal-og-avgrensning «Formål og avgrensning» x5"), labels(r));
    }

    @Test
    void tableCellsAreLabelledByRowAndColumn() {
        String md = """
                | Nr. | Uønsket hendelse | Årsaker | Lav | Høy |
                | --- | --- | --- | --- | --- |
                | 1 | Noen ser opplysninger | | [ ] | [x] |
                | 2 | | ________ | [ ] | [ ] |
                """;
        var r = FillableFields.apply(body(md), true, true);
        assertEquals(List.of(
                "TEXT 1-noen-ser-opplysninger-arsaker «1 Noen ser opplysninger – Årsaker» x2",
                "CHECKBOX 1-noen-ser-opplysninger-lav «1 Noen ser opplysninger – Lav»",
                "CHECKBOX 1-noen-ser-opplysninger-hoy «1 Noen ser opplysninger – Høy»",
                "TEXT 2-uonsket-hendelse «2 – Uønsket hendelse» x2",
                "TEXT 2-arsaker «2 – Årsaker» x2",
                "CHECKBOX 2-lav «2 – Lav»",
                "CHECKBOX 2-hoy «2 – Høy»"), labels(r));
    }

    @Test
    void emptyCellsAreFieldsInTemplatesOnly() {
        String md = "| Felt | Fyll inn |\n| --- | --- |\n| Ansvarlig leder | |\n";
        assertEquals(List.of("TEXT ansvarlig-leder-fyll-inn «Ansvarlig leder – Fyll inn» x2"), labels(FillableFields.apply(body(md), true, true)));
        assertEquals(List.of(), labels(FillableFields.apply(body(md), true, false)));
    }

    @Test
    void checklistItemsBecomeCheckboxesWithUniqueNamesAndLabels() {
        Element body = body("- [ ] Avklar tilgang\n- [x] Sett av tid til opplæring\n- [ ] Avklar tilgang\n");
        var r = FillableFields.apply(body, true, false);
        assertEquals(List.of("CHECKBOX avklar-tilgang «Avklar tilgang»", "CHECKBOX sett-av-tid-til-opplaering «Sett av tid til opplæring»",
                "CHECKBOX avklar-tilgang-2 «Avklar tilgang (2)»"), labels(r));
        assertTrue(body.selectFirst("input[name=sett-av-tid-til-opplaering]").hasAttr("checked"));
        assertEquals(0, body.select("input.task-checkbox").size(), "the web's checkboxes are replaced");
    }

    @Test
    void postersDrawBoxesAndLeaveBlanksAsTheyAre() {
        Element body = body("- [ ] Heng opp plakaten\n\nNavn: ________\n");
        var r = FillableFields.apply(body, false, false);
        assertEquals(List.of(), r.fields());
        assertEquals(1, body.select("span.kk-box").size());
        assertTrue(body.text().contains("Navn: ________"));
        assertEquals(0, body.select("form, input").size());
    }

    @Test
    void codeLinksAndWordsWithUnderscoresAreLeftAlone() {
        var r = FillableFields.apply(body("Skriv `________` i feltet, eller se snake_case____name og [____](https://www.nhn.no/).\n"), true, false);
        assertEquals(List.of(), r.fields());
        assertEquals(List.of(), r.unlabelled());
    }

    @Test
    void placesWithoutALabelAreFoundInTheMarkdown() {
        String source = "---\ntitle: x\n---\nNavn: ________\n\n```\n____ i kode\n```\n________ er ansvarlig.\n";
        var r = FillableFields.apply(body(source.substring(source.indexOf("---\n", 4) + 4)), true, false);
        assertEquals(List.of(new FillableFields.Unlabelled(FillableFields.Written.BLANK, 2)), r.unlabelled());
        assertEquals(new SourcePosition("content/x.md", 9, 1), FillableFields.locate("content/x.md", source, FillableFields.Written.BLANK, 2));
    }
}
