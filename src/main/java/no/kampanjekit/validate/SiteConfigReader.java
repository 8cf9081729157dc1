package no.kampanjekit.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.load.TextFiles;
import no.kampanjekit.load.YamlNode;
import no.kampanjekit.load.YamlReader;
import no.kampanjekit.model.Audience;
import no.kampanjekit.model.LocalizedText;
import no.kampanjekit.model.SiteConfig;

/** Reads and checks kampanjekit.yml, the site-wide settings. */
public final class SiteConfigReader {
    public static final String FILE = "kampanjekit.yml";
    /** Languages the interface is translated into (templates/i18n). */
    public static final List<String> KNOWN_LANGUAGES = List.of("nb", "nn", "en");
    private static final Set<String> KEYS = Set.of("title", "description", "base_url", "default_lang", "languages",
            "publisher", "audiences", "sources", "search", "cms");
    /** The keys of {@code cms:}, the git host that editing in the browser saves to. */
    public static final Set<String> CMS_KEYS = Set.of("backend", "repo", "branch", "oauth_url", "app_id", "gitlab_url");

    private SiteConfigReader() {}

    public static Optional<SiteConfig> read(Path projectDir, Diagnostics diagnostics) {
        Path file = projectDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            diagnostics.error(FILE, 0, 0, "the site settings file is missing", "create " + FILE + " at the top of the project; see docs/authoring.md");
            return Optional.empty();
        }
        Optional<YamlNode> root = TextFiles.read(file, FILE, diagnostics)
                .flatMap(text -> YamlReader.read(text, FILE, 0, diagnostics));
        if (root.isEmpty()) return Optional.empty();
        if (!(root.get() instanceof YamlNode.Mapping mapping)) {
            diagnostics.error(root.get().at(), "the settings must be `key: value` lines", "see docs/authoring.md");
            return Optional.empty();
        }
        long before = diagnostics.errorCount();
        StrictMapping m = new StrictMapping(mapping, diagnostics, "settings");
        m.rejectUnknownKeys(KEYS);
        List<String> languages = m.textList("languages");
        for (String l : languages) {
            if (!KNOWN_LANGUAGES.contains(l)) {
                diagnostics.error(m.at("languages"), "unknown language '" + l + "'", "use some of: " + String.join(", ", KNOWN_LANGUAGES));
            }
        }
        if (languages.isEmpty()) languages = List.of("nb");
        String defaultLang = m.oneOf("default_lang", languages, languages.get(0));
        LocalizedText title = localized(m, "title", defaultLang, languages, diagnostics, true);
        LocalizedText description = localized(m, "description", defaultLang, languages, diagnostics, false);
        String baseUrl = m.requiredText("base_url", "https://kampanje.example.no/");
        if (baseUrl != null && !baseUrl.matches("https?://[^\\s/]+(/\\S*)?")) {
            diagnostics.error(m.at("base_url"), "base_url must be an absolute http(s) address", "write e.g. https://kampanje.example.no/");
        }
        if (baseUrl != null && !baseUrl.endsWith("/")) baseUrl = baseUrl + "/";

        SiteConfig.Publisher publisher = new SiteConfig.Publisher("", "");
        if (m.node("publisher") instanceof YamlNode.Mapping p) {
            StrictMapping pm = new StrictMapping(p, diagnostics, "publisher");
            pm.rejectUnknownKeys(Set.of("name", "email"));
            publisher = new SiteConfig.Publisher(orEmpty(pm.text("name")), orEmpty(pm.text("email")));
        }

        List<Audience> audiences = new ArrayList<>();
        if (m.node("audiences") instanceof YamlNode.Sequence seq) {
            for (YamlNode node : seq.items()) {
                if (!(node instanceof YamlNode.Mapping a)) {
                    diagnostics.error(node.at(), "each audience needs `id`, `name` and `description`", "see kampanjekit.yml");
                    continue;
                }
                StrictMapping am = new StrictMapping(a, diagnostics, "audience");
                am.rejectUnknownKeys(Set.of("id", "name", "description"));
                String id = am.requiredText("id", "enhetsleder");
                if (id != null && !id.matches("[a-z0-9-]+")) {
                    diagnostics.error(am.at("id"), "audience id '" + id + "' must be lower case a-z, 0-9 and -", "it becomes part of an address");
                }
                if (id != null && audiences.stream().anyMatch(x -> x.id().equals(id))) {
                    diagnostics.error(am.at("id"), "audience '" + id + "' is defined twice", "keep one");
                }
                audiences.add(new Audience(id, localized(am, "name", defaultLang, languages, diagnostics, true),
                        localized(am, "description", defaultLang, languages, diagnostics, false)));
            }
        } else {
            diagnostics.error(FILE, 1, 0, "no audiences are defined", "add an `audiences:` list; see docs/authoring.md");
        }

        Map<String, String> sources = new LinkedHashMap<>();
        if (m.node("sources") instanceof YamlNode.Mapping s) {
            for (YamlNode.Entry e : s.entries().values()) {
                if (e.value() instanceof YamlNode.Scalar v && !v.isNull()) sources.put(e.key(), v.value());
                else diagnostics.error(e.keyAt(), "source '" + e.key() + "' needs a title", "write `" + e.key() + ": Title of the document`");
            }
        }

        List<List<String>> synonyms = new ArrayList<>();
        if (m.node("search") instanceof YamlNode.Mapping s) {
            StrictMapping sm = new StrictMapping(s, diagnostics, "search");
            sm.rejectUnknownKeys(Set.of("synonyms"));
            if (sm.node("synonyms") instanceof YamlNode.Sequence groups) {
                for (YamlNode g : groups.items()) {
                    if (g instanceof YamlNode.Sequence words) {
                        synonyms.add(words.items().stream()
                                .filter(w -> w instanceof YamlNode.Scalar)
                                .map(w -> ((YamlNode.Scalar) w).value())
                                .toList());
                    } else {
                        diagnostics.error(g.at(), "each synonym group must be a list", "write `- [kj, kjernejournal]`");
                    }
                }
            }
        }
        SiteConfig.Cms cms = m.node("cms") instanceof YamlNode.Mapping c ? cms(new StrictMapping(c, diagnostics, "cms"), diagnostics) : null;
        if (m.has("cms") && !(m.node("cms") instanceof YamlNode.Mapping)) {
            diagnostics.error(m.at("cms"), "`cms:` must be `key: value` lines", "see docs/editing-in-browser.md");
        }
        if (diagnostics.errorCount() > before) return Optional.empty();
        return Optional.of(new SiteConfig(title, description, baseUrl, defaultLang, List.copyOf(languages), publisher,
                List.copyOf(audiences), sources, List.copyOf(synonyms), cms));
    }

    /** {@code cms:}: which git host and repository Decap CMS at /admin/ saves to. */
    private static SiteConfig.Cms cms(StrictMapping m, Diagnostics diagnostics) {
        m.rejectUnknownKeys(CMS_KEYS);
        String backend = m.has("backend") ? m.oneOf("backend", List.of("github", "gitlab"), null) : m.requiredText("backend", "github");
        String repo = m.requiredText("repo", "organisasjon/kampanjekit");
        if (repo != null && !repo.startsWith("[ÅPENT") && !repo.matches("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+")) {
            diagnostics.error(m.at("repo"), "repo '" + repo + "' must be owner/name", "write it as in the repository's address, e.g. helsedir/kampanjekit");
        }
        String branch = m.has("branch") ? m.requiredText("branch", "main") : "main";
        if (branch != null && !branch.matches("[A-Za-z0-9_./-]+")) {
            diagnostics.error(m.at("branch"), "branch '" + branch + "' is not a branch name", "write e.g. `branch: main`");
        }
        String oauthUrl = httpsUrl(m, "oauth_url", "https://oauth.example.no", diagnostics);
        String appId = m.text("app_id");
        String gitlabUrl = httpsUrl(m, "gitlab_url", "https://gitlab.example.no", diagnostics);
        if ("github".equals(backend)) {
            for (String k : List.of("app_id", "gitlab_url")) {
                if (m.has(k)) diagnostics.error(m.at(k), "'" + k + "' is for GitLab, but backend is github", "remove it, or write `backend: gitlab`");
            }
        }
        if ("gitlab".equals(backend)) {
            if (m.has("oauth_url")) diagnostics.error(m.at("oauth_url"), "'oauth_url' is for GitHub, but backend is gitlab", "remove it; GitLab logs in with app_id");
            if (!m.has("app_id")) m.requiredText("app_id", "the Application ID GitLab shows for the OAuth application");
            else if (appId != null && !appId.startsWith("[ÅPENT") && !appId.matches("[A-Za-z0-9]+")) {
                diagnostics.error(m.at("app_id"), "app_id '" + appId + "' is not a GitLab application id", "copy the Application ID (letters and digits) from GitLab");
            }
        }
        return new SiteConfig.Cms(backend, repo, branch, oauthUrl, appId,
                "gitlab".equals(backend) ? (gitlabUrl != null ? gitlabUrl : SiteConfig.Cms.GITLAB_COM) : null);
    }

    /** An optional https address without a trailing slash. */
    private static String httpsUrl(StrictMapping m, String key, String example, Diagnostics diagnostics) {
        String url = m.text(key);
        if (url == null) return null;
        if (!url.matches("https://[A-Za-z0-9.-]+(:\\d+)?(/[^\\s?#]*)?")) {
            diagnostics.error(m.at(key), "'" + key + "' must be an https address", "write e.g. " + example);
            return null;
        }
        return url.replaceAll("/+$", "");
    }

    /** A text given either plainly or as a map of language to text. */
    private static LocalizedText localized(StrictMapping m, String key, String defaultLang, List<String> languages,
                                           Diagnostics diagnostics, boolean required) {
        YamlNode node = m.node(key);
        Map<String, String> byLang = new LinkedHashMap<>();
        if (node instanceof YamlNode.Mapping map) {
            for (YamlNode.Entry e : map.entries().values()) {
                if (!languages.contains(e.key())) {
                    diagnostics.error(e.keyAt(), "'" + e.key() + "' is not one of the site's languages", "use " + String.join(", ", languages));
                } else if (e.value() instanceof YamlNode.Scalar s) {
                    byLang.put(e.key(), s.value());
                }
            }
            if (!byLang.containsKey(defaultLang)) {
                diagnostics.error(node.at(), "'" + key + "' has no text in the default language '" + defaultLang + "'", "add `" + defaultLang + ": …`");
            }
        } else if (node instanceof YamlNode.Scalar s && !s.isNull()) {
            byLang.put(defaultLang, s.value());
        } else if (required) {
            m.requiredText(key, "…");
        }
        return new LocalizedText(byLang, defaultLang);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
