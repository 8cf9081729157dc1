package no.kampanjekit.render.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import no.kampanjekit.model.Deck.Layout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;

/** The checks read the master without POI; the writer finds layouts with POI. They must agree. */
class MasterCheckTest {

    private static void agreesWithPoi(byte[] pptx) throws IOException {
        MasterCheck.Facts light = MasterCheck.read(pptx);
        try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
            Set<Layout> poi = EnumSet.noneOf(Layout.class);
            poi.addAll(MasterLayouts.find(ppt).keySet());
            assertEquals(poi, light.layouts());
            var size = ppt.getCTPresentation().getSldSz();
            assertEquals(size.getCx(), light.width());
            assertEquals(size.getCy(), light.height());
        }
    }

    @Test
    void theShippedMasterHasEveryLayoutAndIsSixteenByNine() throws IOException {
        byte[] master = Files.readAllBytes(Path.of(SlideDeckStage.MASTER));
        agreesWithPoi(master);
        MasterCheck.Facts facts = MasterCheck.read(master);
        assertEquals(EnumSet.allOf(Layout.class), facts.layouts());
        assertEquals(facts.width() * 9, facts.height() * 16);
    }

    @Test
    void theTestMasterAgrees() throws IOException {
        agreesWithPoi(MasterGenerator.bytes());
    }

    @Test
    void poisOwnBlankPresentationLacksOurCustomLayoutsAndIsFourByThree() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XMLSlideShow ppt = new XMLSlideShow()) {
            ppt.write(out);
        }
        agreesWithPoi(out.toByteArray());
        MasterCheck.Facts facts = MasterCheck.read(out.toByteArray());
        assertTrue(!facts.layouts().contains(Layout.QUOTE) && !facts.layouts().contains(Layout.KEY_FIGURE), facts.layouts().toString());
        assertTrue(facts.width() * 9 != facts.height() * 16, "POI's default is 4:3");
    }

    @Test
    void somethingElseIsNotAMaster() {
        assertThrows(IOException.class, () -> MasterCheck.read("not a pptx".getBytes(StandardCharsets.UTF_8)));
    }
}
