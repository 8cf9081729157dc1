package no.kampanjekit.validate;

import java.util.List;
import java.util.Map;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.diagnostics.SourcePosition;
import no.kampanjekit.model.ContentType;
import no.kampanjekit.model.FrontMatter;

/** Checks what kits list against the content that exists. */
public final class KitChecker {
    private KitChecker() {}

    /**
     * @param pages front matter of every readable page, by content path
     * @param kitKeyAt where each page's {@code kit:} line is, by content path
     * @param existing every Markdown file in content/, readable or not (broken ones are reported on their own)
     */
    public static void check(List<KitReader.ParsedKit> kits, Map<String, FrontMatter> pages, Map<String, SourcePosition> kitKeyAt,
                             java.util.Set<String> existing, String defaultLang, Diagnostics diagnostics) {
        for (KitReader.ParsedKit parsed : kits) {
            var kit = parsed.kit();
            for (int i = 0; i < kit.items().size(); i++) {
                String item = kit.items().get(i);
                SourcePosition at = parsed.itemPositions().get(i);
                FrontMatter fm = pages.get(item);
                if (fm == null && existing.contains(item)) {
                    continue; // its own errors are reported at the file
                } else if (fm == null) {
                    String near = Suggestions.nearest(item, pages.keySet());
                    diagnostics.error(at, "item '" + item + "' does not exist: there is no content/" + item,
                            near != null ? "did you mean '" + near + "'?" : "name the file by its path under content/, e.g. " + kit.id() + "/side.md");
                } else if (!kit.id().equals(fm.kit())) {
                    diagnostics.error(at, "item '" + item + "' says `kit: " + (fm.kit() == null ? "" : fm.kit()) + "` in its front matter",
                            "add `kit: " + kit.id() + "` to content/" + item + ", or remove it from this kit");
                }
            }
            if (kit.featured() != null) {
                FrontMatter fm = pages.get(kit.featured());
                if (fm == null || !kit.items().contains(kit.featured())) {
                    diagnostics.error(parsed.featuredAt(), "featured item '" + kit.featured() + "' is not one of this kit's items",
                            "name a poster listed under `items:`");
                } else if (fm.type() != ContentType.POSTER) {
                    diagnostics.error(parsed.featuredAt(), "featured item '" + kit.featured() + "' is a " + fm.type().id() + ", not a poster",
                            "feature one of the kit's posters");
                }
            }
        }
        // A page that claims a kit but is not listed in it would be unreachable from the kit page.
        pages.forEach((path, fm) -> {
            // Translations follow their bokmål page; drafts need listing only once they are published.
            if (fm.kit() == null || !fm.lang().equals(defaultLang) || fm.draft()) return;
            kits.stream().filter(k -> k.kit().id().equals(fm.kit())).findFirst().ifPresent(k -> {
                if (!k.kit().items().contains(path)) {
                    diagnostics.error(kitKeyAt.get(path), "the page says `kit: " + fm.kit() + "` but kits/" + fm.kit() + ".yml does not list it",
                            "add `- " + path + "` under `items:` in kits/" + fm.kit() + ".yml");
                }
            });
        });
    }
}
