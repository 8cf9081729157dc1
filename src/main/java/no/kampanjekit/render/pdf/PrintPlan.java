package no.kampanjekit.render.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.model.ContentItem;
import no.kampanjekit.model.ContentType;
import no.kampanjekit.model.Kit;
import no.kampanjekit.model.Municipality;
import no.kampanjekit.model.Site;

/**
 * Which items print, on which paper, and where each PDF goes:
 * {@code downloads/<kit or section>/<slug>.pdf}; posters twice, {@code <slug>-a3.pdf} and
 * {@code <slug>-a4.pdf}; pages in another language than the default get {@code -nn} or {@code -en}
 * after the slug, so a kit's files stay in one folder and say their language when saved. A slide
 * deck's 16:9 PDF goes where the slide stage puts it: beside the deck's .pptx.
 */
final class PrintPlan {
    private PrintPlan() {}

    static List<PrintJob> jobs(Site site, List<PrintRenderer.DeckPdf> decks, Diagnostics diagnostics) {
        List<PrintJob> jobs = new ArrayList<>();
        Map<String, String> madeBy = new HashMap<>();
        Map<String, PrintRenderer.DeckPdf> deckByPath = new HashMap<>();
        for (PrintRenderer.DeckPdf d : decks) deckByPath.put(d.deck().contentPath(), d);
        for (ContentItem item : site.items()) {
            PrintRenderer.DeckPdf deck = item.type() == ContentType.SLIDES ? deckByPath.get(item.contentPath()) : null;
            if (deck == null && (!item.type().printed() || item.isHome())) continue;
            String base = "downloads/" + folder(item, site) + slug(item, site.config().defaultLang());
            List<PrintJob> mine = deck != null ? List.of(PrintJob.deck(item, deck.uri(), deck.deck())) : onPaper(item, base, null);
            for (PrintJob job : mine) {
                String other = madeBy.putIfAbsent(job.uri(), item.sourcePath());
                if (other != null) {
                    diagnostics.error(item.sourcePath(), 0, 0, "its PDF would be /" + job.uri() + ", which " + other + " makes already",
                            "rename one of the files; PDFs are named by kit (or folder) and file name");
                } else {
                    jobs.add(job);
                }
            }
        }
        jobs.addAll(editions(site));
        return jobs;
    }

    /**
     * The personalised editions: for every kit with {@code editions:}, each municipality gets each
     * edition item in its målform (the nynorsk translation when it has nn and there is one), at
     * {@code downloads/<kit>/kommuner/<municipality>/<slug>.pdf}, posters on A3 and A4. A folder per
     * municipality keeps the names short and the same as the ordinary PDFs', and cannot clash with them.
     */
    static List<PrintJob> editions(Site site) {
        List<PrintJob> jobs = new ArrayList<>();
        for (Kit kit : site.kits()) {
            if (kit.editions() == null) continue;
            // Each item and its translations once per kit, not once per municipality.
            List<Map<String, ContentItem>> byLang = new ArrayList<>();
            List<ContentItem> originals = new ArrayList<>();
            for (String path : kit.editions().items()) {
                ContentItem original = site.itemByContentPath(path).orElse(null);
                if (original == null || !original.type().printed()) continue; // reported by KitChecker
                Map<String, ContentItem> translations = new HashMap<>();
                for (ContentItem t : site.translationsOf(original)) translations.putIfAbsent(t.lang(), t);
                originals.add(original);
                byLang.add(translations);
            }
            for (Municipality m : site.municipalities()) {
                for (int i = 0; i < originals.size(); i++) {
                    ContentItem item = byLang.get(i).getOrDefault(m.lang(), originals.get(i));
                    String base = "downloads/" + kit.id() + "/" + Municipality.FOLDER + m.slug() + "/" + slug(item, site.config().defaultLang());
                    jobs.addAll(onPaper(item, base, m));
                }
            }
        }
        return jobs;
    }

    /** A poster on A3 and A4, anything else on A4; {@code edition} is the municipality's, or null for the ordinary PDF. */
    private static List<PrintJob> onPaper(ContentItem item, String base, Municipality edition) {
        if (item.type() != ContentType.POSTER) return List.of(new PrintJob(item, PageSize.A4, base + ".pdf", "", null, edition));
        return List.of(new PrintJob(item, PageSize.A3, base + "-a3.pdf", "A3", null, edition),
                new PrintJob(item, PageSize.A4, base + "-a4.pdf", "A4", null, edition));
    }

    /** {@code kit-id/} for kit items, else the first folder (after a language folder), else nothing. */
    static String folder(ContentItem item, Site site) {
        if (item.meta().kit() != null) return item.meta().kit() + "/";
        String path = item.contentPath();
        int slash = path.indexOf('/');
        if (slash > 0 && site.config().languages().contains(path.substring(0, slash)) && !path.substring(0, slash).equals(site.config().defaultLang())) {
            path = path.substring(slash + 1);
            slash = path.indexOf('/');
        }
        return slash > 0 ? path.substring(0, slash + 1) : "";
    }

    /** The file name without {@code .md} ({@code index.md}: its folder's name), plus {@code -nn}/{@code -en} off the default language. */
    static String slug(ContentItem item, String defaultLang) {
        String path = item.contentPath();
        String name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
        if (name.equals("index")) {
            String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
            name = dir.isEmpty() ? "index" : dir.substring(dir.lastIndexOf('/') + 1);
        }
        return item.lang().equals(defaultLang) ? name : name + "-" + item.lang();
    }
}
