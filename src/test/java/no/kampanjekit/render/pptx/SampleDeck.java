package no.kampanjekit.render.pptx;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import no.kampanjekit.model.Deck;
import no.kampanjekit.model.Deck.Layout;
import no.kampanjekit.model.Deck.Marker;
import no.kampanjekit.model.Deck.Para;
import no.kampanjekit.model.Deck.Run;

/** A deck with one slide of every layout, built by hand, for the writer's tests and for looking at. */
final class SampleDeck {
    private SampleDeck() {}

    static Para p(String text) {
        return new Para(List.of(Run.plain(text)), 0, Marker.NONE);
    }

    static Para b(String text, int level) {
        return new Para(List.of(Run.plain(text)), level, Marker.BULLET);
    }

    static Deck.Slide slide(int n, Layout layout, String title, List<Para> body, List<Para> second, String figure,
                            Deck.Picture picture, Deck.Table table, String notes) {
        return new Deck.Slide(n, n * 10, layout, title, body, second, figure, picture, table, notes == null ? List.of() : List.of(p(notes)));
    }

    static Deck deck() {
        var bold = new Para(List.of(new Run("Uthevet", true, false, false, null), Run.plain(" og "),
                new Run("en lenke", false, false, false, "https://www.nhn.no/")), 0, Marker.BULLET);
        var table = new Deck.Table(List.of(
                List.of(List.of(Run.plain("Region")), List.of(Run.plain("Kommuner")), List.of(Run.plain("Status"))),
                List.of(List.of(Run.plain("Helse Vest")), List.of(Run.plain("[ÅPENT: tall]")), List.of(Run.plain("PLL først"))),
                List.of(List.of(Run.plain("Helse Nord")), List.of(Run.plain("[ÅPENT: tall]")), List.of(Run.plain("PLL først"))),
                List.of(List.of(Run.plain("Resten av landet")), List.of(Run.plain("[ÅPENT: tall]")), List.of(Run.plain("Senere")))));
        return new Deck("content/kit/lysark.md", "kit/lysark.md", "Kjernejournal og pasientens legemiddelliste", "nb",
                LocalDate.of(2025, 11, 23), "Kampanjekit", "Lysark for ledere", List.of(
                slide(1, Layout.TITLE, "Kjernejournal og pasientens legemiddelliste", List.of(p("Hva det er, hvorfor det haster, og hva ledelsen må gjøre")),
                        List.of(), null, null, null, "Lysarkene passer for ledergruppen."),
                slide(2, Layout.CONTENT, "Hva er kjernejournal?", List.of(b("En nasjonal, digital løsning", 0),
                        b("Deler viktige helseopplysninger om pasienten", 0), b("På tvers av virksomheter", 1), b("Og nivåer i helsetjenesten", 1),
                        bold), List.of(), null, null, null, "Få fram at kjernejournal ikke erstatter journalen."),
                slide(3, Layout.SECTION, "Hva må ledelsen gjøre?", List.of(p("Fem ting før 1. januar 2026")), List.of(), null, null, null, null),
                slide(4, Layout.TWO_COLUMNS, "Før og etter", List.of(new Para(List.of(new Run("Før", true, false, false, null)), 0, Marker.NONE),
                        b("Opplysninger i egen journal", 0), b("Ringe rundt", 0)), List.of(new Para(List.of(new Run("Etter", true, false, false, null)), 0, Marker.NONE),
                        b("Samlet oversikt", 0), b("Legemiddellisten der den finnes", 0)), null, null, null, "To kolonner."),
                slide(5, Layout.PICTURE, "Slik ser det ut", List.of(p("Et eksempel på et bilde med tekst ved siden av.")), List.of(), null,
                        new Deck.Picture("assets/images/test.png", "Et blått stolpediagram med tre stolper"), null, "Bilde."),
                slide(6, Layout.QUOTE, "Fra utredningen", List.of(p("Samlet og oppdatert informasjon gir tryggere og raskere beslutninger.")),
                        List.of(p("– Utredningen om helseteknologiordningen")), null, null, null, null),
                slide(7, Layout.KEY_FIGURE, "Innført i 2023", List.of(p("kommuner hadde tatt i bruk kjernejournal teknisk i 2023 – av 356")), List.of(),
                        "263", null, null, "Teknisk innføring er ikke det samme som bruk."),
                slide(8, Layout.CONTENT, "Status per region", List.of(), List.of(), null, null, table, null)));
    }

    static byte[] png() {
        BufferedImage img = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xEAF2FA));
        g.fillRect(0, 0, 800, 500);
        g.setColor(new Color(0x0062BA));
        g.fillRect(100, 250, 150, 200);
        g.fillRect(325, 150, 150, 300);
        g.fillRect(550, 50, 150, 400);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static PptxDeckWriter writer() throws IOException {
        return new PptxDeckWriter(Files.readAllBytes(Path.of("assets/slides/master.pptx")), path -> png());
    }

    /** Writes the sample deck to the given file, for looking at it in LibreOffice. */
    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[0]), writer().write(deck()));
    }
}
