package no.kampanjekit.markdown;

import java.util.Locale;

/** Which link addresses may appear on a page. */
public final class UrlPolicy {
    private UrlPolicy() {}

    public enum Kind { EXTERNAL, MAIL_OR_PHONE, PRIVATE_MAIL, SAME_PAGE, SITE_ABSOLUTE, RELATIVE, FORBIDDEN }

    public static Kind classify(String url) {
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
        if (lower.startsWith("http://") || lower.startsWith("https://")) return Kind.EXTERNAL;
        if (lower.startsWith("mailto:") || lower.startsWith("tel:")) return Kind.MAIL_OR_PHONE;
        if (lower.startsWith(PrivateEmail.SCHEME)) return Kind.PRIVATE_MAIL; // an address that must not be harvestable
        if (lower.startsWith("#")) return Kind.SAME_PAGE;
        if (lower.startsWith("//")) return Kind.FORBIDDEN; // protocol-relative: another host, maybe over http
        if (lower.startsWith("/")) return Kind.SITE_ABSOLUTE;
        if (lower.matches("^[a-z][a-z0-9+.-]*:.*")) return Kind.FORBIDDEN; // javascript:, data:, file:, vbscript: …
        return Kind.RELATIVE;
    }
}
