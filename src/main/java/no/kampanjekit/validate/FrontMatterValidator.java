package no.kampanjekit.validate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.diagnostics.SourcePosition;
import no.kampanjekit.load.SourceDocument;
import no.kampanjekit.model.Audience;
import no.kampanjekit.model.ContentType;
import no.kampanjekit.model.FrontMatter;
import no.kampanjekit.model.SiteConfig;

/** Checks one file's front matter against the schema in docs/authoring.md. */
public final class FrontMatterValidator {
    /** The front matter schema: every key a content file may have. */
    public static final Set<String> KEYS = Set.of("title", "type", "lang", "translation_key", "audience", "kit",
            "summary", "date", "updated", "status", "sources");
    private static final int MAX_TITLE = 150;

    private final SiteConfig config;
    private final Set<String> kitIds;

    public FrontMatterValidator(SiteConfig config, Set<String> kitIds) {
        this.config = config;
        this.kitIds = kitIds;
    }

    public Optional<FrontMatter> validate(SourceDocument doc, Diagnostics diagnostics) {
        long before = diagnostics.errorCount();
        StrictMapping m = new StrictMapping(doc.frontMatter(), diagnostics, "front matter");
        m.rejectUnknownKeys(KEYS);

        String title = m.requiredText("title", "Sjekkliste for enhetsleder");
        if (title != null && title.length() > MAX_TITLE) {
            diagnostics.error(m.at("title"), "the title is " + title.length() + " characters long", "keep it under " + MAX_TITLE + "; put the rest in `summary`");
        }
        String typeId = m.requiredText("type", "page");
        ContentType type = null;
        if (typeId != null) {
            type = ContentType.fromId(typeId).orElse(null);
            if (type == null) {
                String near = Suggestions.nearest(typeId, ContentType.ids());
                diagnostics.error(m.at("type"), "unknown type '" + typeId + "'",
                        (near != null ? "did you mean '" + near + "'? " : "") + "use one of: " + String.join(", ", ContentType.ids()));
            }
        }

        String folderLang = folderLanguage(doc.contentPath());
        String lang = m.oneOf("lang", config.languages(), folderLang);
        if (lang != null && m.has("lang") && !lang.equals(folderLang)) {
            String where = lang.equals(config.defaultLang()) ? "outside content/nn/ and content/en/" : "under content/" + lang + "/";
            diagnostics.error(m.at("lang"), "a page in '" + lang + "' must live " + where + ", but this file is in the '" + folderLang + "' part",
                    "move the file, or change `lang` to " + folderLang);
        }

        String translationKey = m.isEmptyText("translation_key") ? null : m.text("translation_key");
        if (translationKey != null && !translationKey.matches("[a-z0-9-]+")) {
            diagnostics.error(m.at("translation_key"), "translation_key '" + translationKey + "' must be lower case a-z, 0-9 and -",
                    "use the bokmål file name, e.g. sjekkliste-enhetsleder");
        }

        List<String> audience = m.textList("audience");
        List<SourcePosition> audienceAt = m.listPositions("audience");
        List<String> audienceIds = config.audiences().stream().map(Audience::id).toList();
        for (int i = 0; i < audience.size(); i++) {
            String a = audience.get(i);
            if (!audienceIds.contains(a)) {
                String near = Suggestions.nearest(a, audienceIds);
                diagnostics.error(audienceAt.get(Math.min(i, audienceAt.size() - 1)), "unknown audience '" + a + "'",
                        (near != null ? "did you mean '" + near + "'? " : "") + "use one of: " + String.join(", ", audienceIds)
                                + "; the list is in kampanjekit.yml");
            }
        }

        String kit = m.isEmptyText("kit") ? null : m.text("kit");
        if (kit != null && !kitIds.contains(kit)) {
            String near = Suggestions.nearest(kit, kitIds);
            diagnostics.error(m.at("kit"), "unknown kit '" + kit + "': there is no kits/" + kit + ".yml",
                    near != null ? "did you mean '" + near + "'?" : "kits are: " + String.join(", ", kitIds.stream().sorted().toList()));
        }

        String summary = m.isEmptyText("summary") ? null : m.text("summary");
        // `key: ""` is a field cleared in the browser editor: absent, not a mistake.
        LocalDate date = m.isEmptyText("date") ? null : m.date("date");
        LocalDate updated = m.isEmptyText("updated") ? null : m.date("updated");
        if (date != null && updated != null && updated.isBefore(date)) {
            diagnostics.error(m.at("updated"), "'updated' (" + updated + ") is before 'date' (" + date + ")", "an update comes after the first publication");
        }
        if (type == ContentType.NEWS && date == null && (!m.has("date") || m.isEmptyText("date"))) {
            diagnostics.error(doc.sourcePath(), doc.frontMatter().at().line(), 0, "a news item needs a date", "add `date: YYYY-MM-DD`");
        }
        String status = m.isEmptyText("status") ? "published" : m.oneOf("status", List.of("published", "draft"), "published");

        List<String> sources = m.textList("sources");
        List<SourcePosition> sourcesAt = m.listPositions("sources");
        for (int i = 0; i < sources.size(); i++) {
            if (!config.sources().containsKey(sources.get(i))) {
                String near = Suggestions.nearest(sources.get(i), config.sources().keySet());
                diagnostics.error(sourcesAt.get(Math.min(i, sourcesAt.size() - 1)), "unknown source '" + sources.get(i) + "'",
                        (near != null ? "did you mean '" + near + "'? " : "") + "sources are listed under `sources:` in kampanjekit.yml");
            }
        }

        if (diagnostics.errorCount() > before || title == null || type == null || lang == null) return Optional.empty();
        return Optional.of(new FrontMatter(title, type, lang, translationKey, List.copyOf(audience), kit, summary, date, updated,
                "draft".equals(status), List.copyOf(sources)));
    }

    /** The language a file's folder implies: content/nn/… is nynorsk, content/en/… English, the rest bokmål. */
    private String folderLanguage(String contentPath) {
        for (String l : config.languages()) {
            if (!l.equals(config.defaultLang()) && contentPath.startsWith(l + "/")) return l;
        }
        return config.defaultLang();
    }
}
