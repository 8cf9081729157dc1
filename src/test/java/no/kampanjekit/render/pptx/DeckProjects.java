package no.kampanjekit.render.pptx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.kampanjekit.testing.SampleSites;

/** Sample projects for the deck tests: the basic site with its deck replaced by one that uses every layout. */
public final class DeckProjects {
    public static final String DECK_PATH = "content/kit-a/lysark.md";
    public static final String PPTX = "downloads/kit-a/lysark.pptx";

    /** One slide of every layout, with notes, a nested list, links, an image, a quote, a key figure and a table. */
    public static final String DECK = """
            ---
            title: Kjernejournal for ledere
            type: slides
            audience: [ikt]
            kit: kit-a
            summary: Et sett som bruker alle oppsettene.
            date: 2025-10-01
            ---
            # Kjernejournal for ledere

            Hva det er, og hva dere må gjøre

            Notater:
            Velkommen. Presenter deg selv.

            ---

            ## Hva er kjernejournal?

            - Viktige helseopplysninger samlet
              - Legemidler
              - Allergier
            - Tilgjengelig for **helsepersonell**, se [sjekklisten](sjekkliste.md)
            - Hjemmel: [ÅPENT: bestemmelsen]

            Notater:
            Kjernejournal erstatter ikke journalen.

            Den viser det som ligger hos andre.

            ---

            ## Før vi starter

            ---

            ## Før og etter

            ### Før

            - Ringe rundt

            ### Etter

            - Samlet oversikt

            ---

            ## Slik ser det ut

            ![Skjermbilde av kjernejournal med legemiddellisten øverst](/images/skjerm.png)

            Legemiddellisten vises øverst.

            ---

            ## Fra utredningen

            > Samlet og oppdatert informasjon gir tryggere beslutninger.
            >
            > — Utredningen om helseteknologiordningen

            ---

            ## Innført i 2023

            **263**

            kommuner hadde tatt i bruk kjernejournal teknisk.

            Notater: Teknisk innført er ikke det samme som brukt.

            ---

            ## Status per region

            | Region | Status |
            | --- | --- |
            | Helse Vest | PLL først |
            | Helse Nord | PLL først |
            """;

    public static final List<String> TITLES = List.of("Kjernejournal for ledere", "Hva er kjernejournal?", "Før vi starter", "Før og etter",
            "Slik ser det ut", "Fra utredningen", "Innført i 2023", "Status per region");
    static final List<String> LAYOUTS = List.of("Tittellysbilde", "Tittel og innhold", "Seksjonsoverskrift", "To innholdsdeler",
            "Bilde med tekst", "Sitat", "Nøkkeltall", "Tittel og innhold");

    private DeckProjects() {}

    /** The basic sample site with {@link #DECK} as its deck and the image it shows. */
    public static Path project(Path into) throws IOException {
        return project(into, DECK);
    }

    public static Path project(Path into, String deck) throws IOException {
        SampleSites.project("basic", into);
        Files.writeString(into.resolve(DECK_PATH), deck);
        Files.write(into.resolve("assets/images/skjerm.png"), SampleDeck.png());
        return into;
    }
}
