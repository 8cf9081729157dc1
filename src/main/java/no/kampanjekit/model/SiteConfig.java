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
 * @param cms where editing in the browser (/admin/) saves, or null when kampanjekit.yml has no {@code cms:}
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
        List<List<String>> synonyms,
        Cms cms) {

    public record Publisher(String name, String email) {}

    /**
     * The team's git host, for Decap CMS at /admin/ (docs/editing-in-browser.md).
     *
     * @param backend {@code github} or {@code gitlab}
     * @param repo owner/name (GitLab: group/…/name), or an [ÅPENT: …] placeholder until it is known
     * @param oauthUrl GitHub only: the OAuth proxy's address, or null
     * @param appId GitLab only: the OAuth application's id
     * @param gitlabUrl GitLab only: the GitLab address, https://gitlab.com unless self-hosted
     */
    public record Cms(String backend, String repo, String branch, String oauthUrl, String appId, String gitlabUrl) {
        public static final String GITLAB_COM = "https://gitlab.com";

        public boolean isGitLab() {
            return "gitlab".equals(backend);
        }
    }

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
