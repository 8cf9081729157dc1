package no.kampanjekit.render.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.kampanjekit.model.ContentItem;
import no.kampanjekit.model.ContentType;
import no.kampanjekit.model.FrontMatter;
import org.junit.jupiter.api.Test;

/** Where a deck's file goes and which date it carries. */
class DeckFilesTest {
    static ContentItem item(String contentPath, String lang, String kit, LocalDate date, LocalDate updated) {
        FrontMatter meta = new FrontMatter("Lysark", ContentType.SLIDES, lang, null, List.of(), kit, null, date, updated, false, List.of());
        return new ContentItem("content/" + contentPath, contentPath, contentPath.replace(".md", "/"), meta, "", List.of(), Set.of(), 0, List.of(), "");
    }

    @Test
    void aDeckGoesUnderItsKitAndATranslationKeepsItsLanguageInTheName() {
        assertEquals("downloads/kjernejournal-pll/lysark-ledere.pptx",
                SlideDeckStage.uri(item("kjernejournal-pll/lysark-ledere.md", "nb", "kjernejournal-pll", null, null), "nb"));
        assertEquals("downloads/kjernejournal-pll/lysark-ledere-nn.pptx",
                SlideDeckStage.uri(item("nn/kjernejournal-pll/lysark-ledere.md", "nn", "kjernejournal-pll", null, null), "nb"));
        assertEquals("downloads/bakgrunn/lysark.pptx", SlideDeckStage.uri(item("bakgrunn/lysark.md", "nb", null, null, null), "nb"));
        assertEquals("downloads/lysark/lysark.pptx", SlideDeckStage.uri(item("lysark.md", "nb", null, null, null), "nb"));
    }

    @Test
    void theDateIsUpdatedElseDate() {
        var site = new no.kampanjekit.model.Site(null, List.of(), List.of(), java.util.Map.of(), List.of(), java.util.Map.of());
        assertEquals(LocalDate.of(2025, 10, 15), SlideDeckStage.date(site, item("a.md", "nb", null, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 15))));
        assertEquals(LocalDate.of(2025, 9, 1), SlideDeckStage.date(site, item("a.md", "nb", null, LocalDate.of(2025, 9, 1), null)));
    }
}
