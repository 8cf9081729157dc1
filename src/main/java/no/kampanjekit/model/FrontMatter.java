package no.kampanjekit.model;

import java.time.LocalDate;
import java.util.List;

/** The checked front matter of one content file. Optional values are null. */
public record FrontMatter(
        String title,
        ContentType type,
        String lang,
        String translationKey,
        List<String> audience,
        String kit,
        String summary,
        LocalDate date,
        LocalDate updated,
        boolean draft,
        List<String> sources) {}
