package no.kampanjekit.markdown;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail address the team has marked private: {@code [Kari Nordmann](privat:kari.nordmann@kommune.no)}.
 * The built site never holds it in plain form. The web page shows {@code kari.nordmann [krøllalfa] kommune.no}
 * and carries the address encoded in {@code data-kk-epost} (reversed, ROT13, every other character
 * percent-encoded, so no e-mail pattern matches it); assets/js/site.js turns it into a mailto: link.
 * PDFs and slide decks get the readable form only.
 */
public final class PrivateEmail {
    public static final String SCHEME = "privat:";
    /** The attribute site.js looks for. */
    public static final String DATA_ATTRIBUTE = "data-kk-epost";

    /** Plain ASCII addresses with a dotted domain: what every mail program accepts, and what the encoding round-trips. */
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    private PrivateEmail() {}

    public static boolean isPrivate(String url) {
        return url.strip().toLowerCase(Locale.ROOT).startsWith(SCHEME);
    }

    /** The address after {@code privat:}, as written. */
    public static String address(String url) {
        return url.strip().substring(SCHEME.length()).strip();
    }

    /** The address when it is one a mail program can use, else empty. */
    public static Optional<String> valid(String url) {
        String a = address(url);
        return VALID.matcher(a).matches() && !a.startsWith(".") && !a.contains("..") ? Optional.of(a) : Optional.empty();
    }

    /** What a reader sees instead of the address: {@code kari.nordmann [krøllalfa] kommune.no} ({@code [at]} on English pages). */
    public static String readable(String address, String contentPath) {
        int at = address.lastIndexOf('@');
        return address.substring(0, at) + " " + atWord(contentPath) + " " + address.substring(at + 1);
    }

    /**
     * A contact person's address from the municipality file as readers see it: a person's address
     * is shown like a {@code privat:} link's, harvest-resistant; an open point as written.
     */
    public static String shownContact(String value, String lang) {
        return Placeholders.isOpen(value) ? value : readable(value, lang.equals("en") ? "en/" : "");
    }

    /** English pages live under content/en/; every other language here says «krøllalfa». */
    static String atWord(String contentPath) {
        return contentPath != null && contentPath.startsWith("en/") ? "[at]" : "[krøllalfa]";
    }

    /** The value of {@link #DATA_ATTRIBUTE}: reversed, ROT13 on letters, then all but letters and digits as %XX. */
    public static String encode(String address) {
        StringBuilder b = new StringBuilder();
        String reversed = new StringBuilder(address).reverse().toString();
        for (char c : reversed.toCharArray()) {
            if (c >= 'a' && c <= 'z') b.append((char) ('a' + (c - 'a' + 13) % 26));
            else if (c >= 'A' && c <= 'Z') b.append((char) ('A' + (c - 'A' + 13) % 26));
            else if (c >= '0' && c <= '9') b.append(c);
            else b.append('%').append(String.format(Locale.ROOT, "%02X", (int) c));
        }
        return b.toString();
    }

    /** The inverse of {@link #encode}, as site.js does it; for tests. */
    public static String decode(String encoded) {
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                plain.append((char) Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c >= 'a' && c <= 'z') plain.append((char) ('a' + (c - 'a' + 13) % 26));
            else if (c >= 'A' && c <= 'Z') plain.append((char) ('A' + (c - 'A' + 13) % 26));
            else plain.append(c);
        }
        return plain.reverse().toString();
    }
}
