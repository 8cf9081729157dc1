package no.kampanjekit.model;

/**
 * One municipality from the editions' data file (kits/kommuner.csv): the fields its personalised
 * editions print, and where its row is, for messages.
 *
 * @param number kommunenummer, four digits (e.g. {@code 0301})
 * @param slug its part of addresses, from the name: {@code Tromsø} → {@code tromso}
 * @param region the health region, one of {@link #REGIONS}
 * @param lang the language form its editions are printed in: {@code nb} or {@code nn}
 * @param contact the local contact person; may be an open point ({@code [ÅPENT: kontaktperson]})
 */
public record Municipality(String number, String name, String slug, String region, String lang,
                           String contact, String email, String phone, String sourcePath, int line) {

    /** The four regional health authorities, in the order the pages list them (north to south). */
    public static final java.util.List<String> REGIONS = java.util.List.of("Helse Nord", "Helse Midt-Norge", "Helse Vest", "Helse Sør-Øst");

    /** The folder of the municipality pages, relative to the site root. */
    public static final String FOLDER = "kommuner/";

    /** Its page, relative to the site root: {@code kommuner/<slug>/}. */
    public String uri() {
        return FOLDER + slug + "/";
    }
}
