package no.kampanjekit.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign kit from kits/&lt;id&gt;.yml: a set of items for a theme and its audiences.
 *
 * @param items content paths (relative to content/) in the order the kit shows them
 * @param featured content path of the featured poster, or null
 * @param editions the items printed once per municipality, or null when the kit has none
 */
public record Kit(
        String id,
        String sourcePath,
        String title,
        String description,
        List<String> audiences,
        String version,
        LocalDate date,
        String featured,
        List<String> items,
        List<Link> links,
        Editions editions) {

    public record Link(String title, String url) {}

    public String uri() {
        return "kit/" + id + "/";
    }
}
