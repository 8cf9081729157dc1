package no.kampanjekit.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a build knows after checking: settings, every page and every kit. Plain data; the
 * renderers turn it into files.
 *
 * @param items every content item, sorted by source path
 * @param data data files from content/data, by file name
 * @param contentFiles images and attachments beside the pages, relative to content/, published as they are
 * @param downloads files made from each item, by content path, and each kit's ZIP and checksum list, by the kit's
 *     source path ({@code kits/<id>.yml}), and each municipality's editions, by its page ({@code kommuner/<slug>/});
 *     empty until the download renderers ran
 * @param municipalities the rows of the editions' data file (kits/kommuner.csv), in file order; empty when no kit has editions
 */
public record Site(SiteConfig config, List<ContentItem> items, List<Kit> kits, Map<String, Object> data, List<String> contentFiles,
                   Map<String, List<Download>> downloads, List<Municipality> municipalities) {

    /** A site without personalised editions. */
    public Site(SiteConfig config, List<ContentItem> items, List<Kit> kits, Map<String, Object> data, List<String> contentFiles,
                Map<String, List<Download>> downloads) {
        this(config, items, kits, data, contentFiles, downloads, List.of());
    }

    public Site withDownloads(Map<String, List<Download>> made) {
        return new Site(config, items, kits, data, contentFiles, Map.copyOf(made), municipalities);
    }

    /** The personalised editions made for a municipality, sorted by address. */
    public List<Download> downloadsOf(Municipality municipality) {
        return downloads.getOrDefault(municipality.uri(), List.of());
    }

    public List<Download> downloadsOf(ContentItem item) {
        return downloads.getOrDefault(item.contentPath(), List.of());
    }

    /** A kit's own downloads: its ZIP and the checksum list beside it. */
    public List<Download> downloadsOf(Kit kit) {
        return downloads.getOrDefault(kit.sourcePath(), List.of());
    }

    public Optional<ContentItem> itemByContentPath(String contentPath) {
        return items.stream().filter(i -> i.contentPath().equals(contentPath)).findFirst();
    }

    public Optional<Kit> kit(String id) {
        return kits.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    /** The other-language versions of an item, sharing its translation key, sorted by language. */
    public List<ContentItem> translationsOf(ContentItem item) {
        String key = item.meta().translationKey();
        if (key == null) return List.of();
        return items.stream()
                .filter(i -> i != item && key.equals(i.meta().translationKey()))
                .sorted((a, b) -> a.lang().compareTo(b.lang()))
                .toList();
    }
}
