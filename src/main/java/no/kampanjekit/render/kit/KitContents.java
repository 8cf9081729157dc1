package no.kampanjekit.render.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.kampanjekit.model.ContentItem;
import no.kampanjekit.model.Download;
import no.kampanjekit.model.Kit;
import no.kampanjekit.model.Site;

/**
 * What a kit holds, in the kit's order: its items, each followed by its translations, and every
 * download the earlier stages made for them, with the readable name each gets in the kit's ZIP.
 */
public final class KitContents {
    /** Folder names in the ZIP for translations; the default language's files sit at the top. */
    static final Map<String, String> LANGUAGE_FOLDERS = Map.of("nb", "Bokmål", "nn", "Nynorsk", "en", "English");
    /** The file in every ZIP that says what the other files are. */
    public static final String CONTENTS_FILE = "innhold.html";

    /** An item of the kit (or a translation of one) and its downloads. */
    public record Entry(ContentItem item, boolean translation, List<File> files) {}

    /** @param path inside the kit's folder in the ZIP, e.g. {@code Nynorsk/Sjekkliste for einingsleiar.pdf} */
    public record File(Download download, String path) {}

    private KitContents() {}

    /** The ZIP's folder: the kit's title as a file name. */
    public static String folder(Kit kit) {
        return FileNames.of(kit.title());
    }

    public static List<Entry> of(Kit kit, Site site) {
        String defaultLang = site.config().defaultLang();
        Map<String, FileNames.Unique> names = new java.util.HashMap<>();
        names.computeIfAbsent("", k -> new FileNames.Unique()).name("innhold", "html");
        List<Entry> entries = new ArrayList<>();
        for (String path : kit.items()) {
            Optional<ContentItem> item = site.itemByContentPath(path);
            if (item.isEmpty()) continue; // a draft, not in this build
            List<ContentItem> versions = new ArrayList<>();
            versions.add(item.get());
            versions.addAll(site.translationsOf(item.get()).stream().filter(t -> !t.lang().equals(defaultLang)).toList());
            for (ContentItem version : versions) {
                boolean translation = version != item.get();
                String folder = translation ? LANGUAGE_FOLDERS.getOrDefault(version.lang(), version.lang()) + "/" : "";
                FileNames.Unique unique = names.computeIfAbsent(folder, k -> new FileNames.Unique());
                List<File> files = new ArrayList<>();
                for (Download d : site.downloadsOf(version)) {
                    String base = FileNames.of(version.title() + (d.variant().isEmpty() ? "" : " (" + d.variant() + ")"));
                    files.add(new File(d, folder + unique.name(base, extension(d.uri()))));
                }
                entries.add(new Entry(version, translation, List.copyOf(files)));
            }
        }
        return List.copyOf(entries);
    }

    public static List<File> files(List<Entry> entries) {
        return entries.stream().flatMap(e -> e.files().stream()).toList();
    }

    /** Where a kit's ZIP is published, relative to the site root. */
    public static String zipUri(Kit kit) {
        return "downloads/" + kit.id() + "/" + kit.id() + ".zip";
    }

    /** The {@code sha256sum} list beside the ZIP. */
    public static String checksumsUri(Kit kit) {
        return "downloads/" + kit.id() + "/SHA256SUMS.txt";
    }

    static String extension(String uri) {
        String name = uri.substring(uri.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
