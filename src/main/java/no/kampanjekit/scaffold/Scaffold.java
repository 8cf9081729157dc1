package no.kampanjekit.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import no.kampanjekit.markdown.HeadingIds;
import no.kampanjekit.model.ContentType;

/**
 * `new <type> <title>`: a correctly named file with valid front matter and a short example body,
 * so an editor starts from something that already passes `check`.
 */
public final class Scaffold {
    private Scaffold() {}

    /**
     * Creates a page; returns its project-relative path.
     *
     * @param kit the kit the page belongs to, or null; the file goes in content/&lt;kit&gt;/
     * @param date the page's date (the caller passes today; tests pass a fixed day)
     */
    public static String page(Path project, ContentType type, String title, String kit, LocalDate date) throws IOException {
        String slug = HeadingIds.slug(title);
        String folder = kit != null ? kit + "/" : type == ContentType.NEWS ? "nyheter/" : "";
        String rel = "content/" + folder + slug + ".md";
        Path file = project.resolve(rel);
        if (Files.exists(file)) throw new IOException(rel + " exists already; choose another title");
        Files.createDirectories(file.getParent());
        StringBuilder s = new StringBuilder("---\n");
        s.append("title: ").append(yaml(title)).append('\n');
        s.append("type: ").append(type.id()).append('\n');
        s.append("lang: nb\n");
        s.append("audience: []            # e.g. [enhetsleder, ikt]; the list is in kampanjekit.yml\n");
        if (kit != null) s.append("kit: ").append(kit).append("                # also add it under items: in kits/").append(kit).append(".yml\n");
        s.append("summary: Én eller to setninger om hva siden gir leseren.\n");
        s.append("date: ").append(date).append('\n');
        s.append("status: draft           # change to published when the page is ready\n");
        s.append("sources: []             # e.g. [000_4eb333b5ebf1f720.txt]\n");
        s.append("---\n");
        s.append(body(type));
        Files.writeString(file, s.toString(), StandardCharsets.UTF_8);
        return rel;
    }

    /** Creates kits/&lt;slug&gt;.yml; returns its project-relative path. */
    public static String kit(Path project, String title, LocalDate date) throws IOException {
        String id = HeadingIds.slug(title);
        String rel = "kits/" + id + ".yml";
        Path file = project.resolve(rel);
        if (Files.exists(file)) throw new IOException(rel + " exists already; choose another title");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "title: " + yaml(title) + "\n"
                + "description: Hva pakken inneholder, og hvem den er for.\n"
                + "audiences: []      # e.g. [kommunalsjef, ikt]\n"
                + "version: \"1.0\"\n"
                + "date: " + date + "\n"
                + "items:             # content paths in the order the kit shows them, e.g. - " + id + "/sjekkliste.md\n"
                + "  - " + id + "/om-pakken.md\n", StandardCharsets.UTF_8);
        page(project, ContentType.PAGE, "Om pakken", id, date);
        return rel;
    }

    private static String body(ContentType type) {
        return switch (type) {
            case CHECKLIST -> """

                    ## Før dere starter

                    - [ ] Første punkt: skriv det som en handling
                    - [ ] Andre punkt

                    ## Etterpå

                    - [ ] Følg opp: [ÅPENT: hvem følger opp]
                    """;
            case GUIDE -> """

                    Kort om hva veiledningen hjelper leseren med.

                    ## Første steg

                    Hva leseren gjør, og hvem som gjør det.

                    ## Andre steg

                    > **Merk:** Skriv viktige forbehold i en slik boks.
                    """;
            case POSTER -> """

                    Én kort setning med budskapet.

                    Slik får dere hjelp: [ÅPENT: kontakt]
                    """;
            case SLIDES -> """

                    # Tittel på første lysark

                    - Et kort poeng
                    - Et til

                    Notater:
                    Det du vil si mens lysarket vises.

                    ---

                    # Neste lysark

                    - Poeng
                    """;
            case TEMPLATE -> """

                    > **Viktig:** Malen er veiledende og må kvalitetssikres lokalt.

                    ## Bakgrunn

                    Skriv her: hvorfor saken kommer opp.
                    """;
            case NEWS -> """

                    Første avsnitt sier det viktigste: hva skjer, og hva betyr det for leseren.
                    """;
            default -> """

                    Skriv teksten her. Bruk korte setninger og si «du» eller «dere» til leseren.

                    ## En overskrift

                    Mer tekst.
                    """;
        };
    }

    private static String yaml(String text) {
        String t = text.strip();
        boolean plain = t.matches("[\\p{L}0-9][\\p{L}0-9 ,.–()!?'-]*") && !t.toLowerCase(Locale.ROOT).matches("(yes|no|true|false|null|on|off)");
        return plain ? t : "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
