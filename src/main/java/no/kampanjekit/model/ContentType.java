package no.kampanjekit.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of content the team writes. Each has a web template of the same name. */
public enum ContentType {
    PAGE, GUIDE, CHECKLIST, POSTER, SLIDES, SUMMARY, TEMPLATE, NEWS;

    /** The word used in front matter and as the template name, e.g. {@code checklist}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** JBake-style list name: {@code published_checklists}, {@code published_news}, {@code published_summaries}. */
    public String publishedListName() {
        String plural = switch (this) {
            case NEWS, SLIDES -> id();
            case SUMMARY -> "summaries";
            default -> id() + "s";
        };
        return "published_" + plural;
    }

    /**
     * Whether a page of this type gets a PDF of its own (a print template in templates/print/), and
     * so can have an edition per municipality. Slides get theirs from the deck; pages and news are web only.
     */
    public boolean printed() {
        return switch (this) {
            case POSTER, CHECKLIST, GUIDE, SUMMARY, TEMPLATE -> true;
            case PAGE, SLIDES, NEWS -> false;
        };
    }

    public static Optional<ContentType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ContentType::id).toList();
    }
}
