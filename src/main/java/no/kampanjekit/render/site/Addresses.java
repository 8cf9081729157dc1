package no.kampanjekit.render.site;

/** Where the generated pages live, per language. Content pages take their address from their file. */
public final class Addresses {
    private Addresses() {}

    /** The prefix of a language's part of the site: {@code ""} for the default language, else {@code nn/}. */
    public static String prefix(String lang, String defaultLang) {
        return lang.equals(defaultLang) ? "" : lang + "/";
    }

    public static String home(String lang, String defaultLang) {
        return prefix(lang, defaultLang);
    }

    public static String audience(String id, String lang, String defaultLang) {
        return prefix(lang, defaultLang) + "for/" + id + "/";
    }

    public static String newsList(String lang, String defaultLang) {
        return prefix(lang, defaultLang) + switch (lang) {
            case "nn" -> "nyheiter/";
            case "en" -> "news/";
            default -> "nyheter/";
        };
    }

    public static String search(String lang, String defaultLang) {
        return prefix(lang, defaultLang) + (lang.equals("en") ? "search/" : "sok/");
    }

    public static String feed(String lang, String defaultLang) {
        return prefix(lang, defaultLang) + "feed.xml";
    }

    public static final String PLACEHOLDERS = "apne-punkter/";
    public static final String SEARCH_INDEX = "search-index.json";
    public static final String SEARCH_SYNONYMS = "search-synonyms.json";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    public static final String NOT_FOUND = "404.html";
    /** Print PDFs, slide decks, kit ZIPs and their SHA256SUMS.txt (render.pdf, render.pptx, render.kit). */
    public static final String DOWNLOADS = "downloads/";
    /** One social card per page (render.social). */
    public static final String SOCIAL = "social/";

    /** The file a page address is written to: {@code kit/x/} → {@code kit/x/index.html}. */
    public static String file(String uri) {
        return uri.isEmpty() || uri.endsWith("/") ? uri + "index.html" : uri;
    }
}
