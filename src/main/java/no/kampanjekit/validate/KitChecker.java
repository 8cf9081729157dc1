package no.kampanjekit.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.diagnostics.SourcePosition;
import no.kampanjekit.model.ContentType;
import no.kampanjekit.model.FrontMatter;
import no.kampanjekit.model.Kit;

/** Checks what kits list against the content that exists. */
public final class KitChecker {
    private KitChecker() {}

    /**
     * @param pages front matter of every readable page, by content path
     * @param kitKeyAt where each page's {@code kit:} line is, by content path
     * @param existing every Markdown file in content/, readable or not (broken ones are reported on their own)
     */
    public static void check(List<KitReader.ParsedKit> kits, Map<String, FrontMatter> pages, Map<String, SourcePosition> kitKeyAt,
                             Set<String> existing, String defaultLang, Diagnostics diagnostics) {
        // Pages a kit evidently meant, though it misspelt them: not reported again as "not listed".
        Set<String> meant = new HashSet<>();
        for (KitReader.ParsedKit parsed : kits) {
            Kit kit = parsed.kit();
            Set<String> listed = new HashSet<>(kit.items());
            for (int i = 0; i < kit.items().size(); i++) {
                String item = kit.items().get(i);
                SourcePosition at = parsed.itemPositions().get(i);
                FrontMatter fm = pages.get(item);
                if (fm == null && existing.contains(item)) {
                    continue; // its own errors are reported at the file
                } else if (fm == null) {
                    String fix = intended(item, pages.keySet());
                    if (fix != null) {
                        listed.add(fix);
                        meant.add(kit.id() + "|" + fix);
                    }
                    diagnostics.error(at, "item '" + item + "' does not exist: there is no content/" + item, fix != null
                            ? (isPrefixed(item) ? "items are paths under content/: write '" + fix + "'" : "did you mean '" + fix + "'?")
                            : "check the spelling; items are paths under content/, e.g. " + example(kit, pages));
                } else if (!fm.lang().equals(defaultLang)) {
                    String original = original(fm, pages, defaultLang);
                    diagnostics.error(at, "item '" + item + "' is a translation (lang: " + fm.lang() + ")",
                            "list only the " + defaultLang + " page" + (original != null ? ", " + original : "")
                                    + "; its translations are found through translation_key");
                } else if (fm.kit() == null) {
                    diagnostics.error(at, "item '" + item + "' has no `kit:` in its front matter",
                            "add `kit: " + kit.id() + "` to content/" + item + ", or remove it from this kit");
                } else if (!kit.id().equals(fm.kit())) {
                    diagnostics.error(at, "item '" + item + "' belongs to kit '" + fm.kit() + "' (its front matter says `kit: " + fm.kit() + "`)",
                            "a page belongs to one kit: change it to `kit: " + kit.id() + "` in content/" + item + ", or remove it from this kit");
                }
            }
            if (kit.editions() != null) {
                for (int i = 0; i < kit.editions().items().size(); i++) {
                    FrontMatter fm = pages.get(kit.editions().items().get(i));
                    if (fm != null && !fm.type().printed()) {
                        diagnostics.error(parsed.editionItemPositions().get(i),
                                "edition item '" + kit.editions().items().get(i) + "' is of type " + fm.type().id() + ", which is not printed",
                                "editions are PDFs: name posters, checklists, guides, summaries or templates");
                    }
                }
            }
            if (kit.featured() != null) {
                FrontMatter fm = pages.get(kit.featured());
                if (fm == null || !listed.contains(kit.featured())) {
                    diagnostics.error(parsed.featuredAt(), "featured item '" + kit.featured() + "' is not one of this kit's items",
                            "name a poster listed under `items:`" + posters(kit, pages));
                } else if (fm.type() != ContentType.POSTER) {
                    diagnostics.error(parsed.featuredAt(), "featured item '" + kit.featured() + "' is a " + fm.type().id() + ", not a poster",
                            "feature one of the kit's posters" + posters(kit, pages));
                }
            }
        }
        // A page that claims a kit but is not listed in it would be unreachable from the kit page.
        pages.forEach((path, fm) -> {
            // Translations follow their bokmål page; drafts need listing only once they are published.
            if (fm.kit() == null || !fm.lang().equals(defaultLang) || fm.draft()) return;
            SourcePosition at = kitKeyAt.get(path);
            if (at == null) return; // not read this build
            kits.stream().filter(k -> k.kit().id().equals(fm.kit())).findFirst().ifPresent(k -> {
                if (!k.kit().items().contains(path) && !meant.contains(fm.kit() + "|" + path)) {
                    diagnostics.error(at, "the page says `kit: " + fm.kit() + "` but kits/" + fm.kit() + ".yml does not list it",
                            "add `- " + path + "` under `items:` in kits/" + fm.kit() + ".yml");
                }
            });
        });
    }

    /** The page an item that does not exist most likely means: the same path without content/, or a near spelling. */
    private static String intended(String item, Set<String> pages) {
        if (isPrefixed(item)) {
            String stripped = item.replaceFirst("^(\\./|/)?(content/)?", "");
            if (pages.contains(stripped)) return stripped;
        }
        if (!item.endsWith(".md") && pages.contains(item + ".md")) return item + ".md";
        return Suggestions.nearest(item, pages);
    }

    private static boolean isPrefixed(String item) {
        return item.startsWith("content/") || item.startsWith("/") || item.startsWith("./");
    }

    private static String example(Kit kit, Map<String, FrontMatter> pages) {
        return kit.items().stream().filter(pages::containsKey).findFirst().orElse(kit.id() + "/side.md");
    }

    /** The default-language page that shares a translation's key, or null. */
    private static String original(FrontMatter translation, Map<String, FrontMatter> pages, String defaultLang) {
        if (translation.translationKey() == null) return null;
        return pages.entrySet().stream()
                .filter(e -> e.getValue().lang().equals(defaultLang) && translation.translationKey().equals(e.getValue().translationKey()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** ", e.g. kit-a/plakat.md" when the kit has posters. */
    private static String posters(Kit kit, Map<String, FrontMatter> pages) {
        List<String> posters = kit.items().stream()
                .filter(i -> pages.containsKey(i) && pages.get(i).type() == ContentType.POSTER).toList();
        return posters.isEmpty() ? ", or remove `featured:`; this kit has no posters" : ": " + String.join(", ", posters);
    }
}
