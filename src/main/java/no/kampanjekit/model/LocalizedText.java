package no.kampanjekit.model;

import java.util.Map;

/** A text given per language; falls back to the default language where a translation is missing. */
public record LocalizedText(Map<String, String> byLang, String defaultLang) {
    public LocalizedText {
        byLang = Map.copyOf(byLang);
    }

    public String in(String lang) {
        String s = byLang.get(lang);
        return s != null ? s : byLang.getOrDefault(defaultLang, "");
    }
}
