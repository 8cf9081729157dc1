package no.kampanjekit.render.kit;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Readable file names for the files in a kit's ZIP, made from titles: «Sjekkliste for
 * enhetsleder.pdf». Safe on Windows, macOS and Linux: no reserved characters or names, no
 * trailing dots or spaces, a length that leaves room for the folder it is unpacked into.
 */
public final class FileNames {
    /** Room for «C:\Users\…\Downloads\» plus the kit folder, under Windows' 260-character path limit. */
    static final int MAX_NAME = 80;
    private static final Pattern RESERVED = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\\..*)?");

    private FileNames() {}

    /**
     * A file or folder name for a title: characters Windows forbids become a dash or go, a colon
     * becomes a dash («Kort fortalt: for IKT» → «Kort fortalt – for IKT»), whitespace collapses.
     */
    public static String of(String title) {
        String s = Normalizer.normalize(title, Normalizer.Form.NFC);
        s = s.replaceAll("\\s*:\\s+", " – ");          // «Mal: saksframlegg» reads well as «Mal – saksframlegg»
        s = s.replaceAll("[\\\\/|:]", "-");
        s = s.replaceAll("[<>\"?*]", "");
        s = s.replaceAll("\\s+", " ");                 // tabs and line breaks too
        s = s.replaceAll("\\p{Cntrl}|[\\p{Cf}\\p{Co}\\p{Cs}]", "").strip();
        if (s.length() > MAX_NAME) {
            int cut = s.lastIndexOf(' ', MAX_NAME - 1);
            s = s.substring(0, cut > MAX_NAME / 2 ? cut : MAX_NAME - 1).strip() + "…";
        }
        s = s.replaceAll("[. ]+$", "");                 // Windows drops trailing dots and spaces
        if (s.isEmpty()) s = "fil";
        if (RESERVED.matcher(s).matches()) s = s + "_";
        return s;
    }

    /** Hands out names that differ also when compared as Windows does, ignoring case: «Plakat.pdf», «Plakat (2).pdf». */
    public static final class Unique {
        private final Set<String> taken = new HashSet<>();

        /** @param extension without the dot, e.g. {@code pdf}; empty for a folder */
        public String name(String base, String extension) {
            String ext = extension.isEmpty() ? "" : "." + extension.toLowerCase(Locale.ROOT);
            String name = base + ext;
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) name = base + " (" + n + ")" + ext;
            return name;
        }
    }
}
