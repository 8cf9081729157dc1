package no.kampanjekit.markdown;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Makes heading and anchor ids readable and stable for Norwegian text: lower case, æ→ae, ø→o,
 * å→a, other accents dropped, every other run of characters turned into one '-'. So
 * «Før dere starter» becomes {@code for-dere-starter}, which survives e-mail and copy-paste.
 */
public final class HeadingIds {
    private HeadingIds() {}

    public static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "o").replace("å", "a");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "seksjon" : s;
    }

    /** A slug not yet in {@code taken}, numbered -2, -3 … when needed; adds it to {@code taken}. */
    public static String unique(String text, Set<String> taken) {
        String base = slug(text);
        String id = base;
        for (int n = 2; !taken.add(id); n++) id = base + "-" + n;
        return id;
    }
}
