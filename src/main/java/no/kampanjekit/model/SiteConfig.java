package no.kampanjekit.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Site-wide settings from kampanjekit.yml.
 *
 * @param baseUrl absolute address of the published site, always ending in '/'
 * @param sources source document id to its title, in file order
 * @param synonyms groups of search words that find each other
 */
public record SiteConfig(
        LocalizedText title,
        LocalizedText description,
        String baseUrl,
        String defaultLang,
        List<String> languages,
        Publisher publisher,
        List<Audience> audiences,
        Map<String, String> sources,
        List<List<String>> synonyms) {

    public record Publisher(String name, String email) {}

    public Optional<Audience> audience(String id) {
        return audiences.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The path part of {@link #baseUrl}, e.g. {@code /} or {@code /kampanje/}. */
    public String basePath() {
        int scheme = baseUrl.indexOf("://");
        int slash = baseUrl.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        return slash < 0 ? "/" : baseUrl.substring(slash);
    }
}
