package no.kampanjekit.model;

/**
 * A file made from a content item for people to download: a PDF, a slide deck, a kit ZIP.
 * Built before the web pages, so pages can show its format, size and page count.
 *
 * @param uri address relative to the site root, e.g. {@code downloads/kit/sjekkliste.pdf}
 * @param format short upper-case name shown to readers: {@code PDF}, {@code PPTX}, {@code ZIP}
 * @param variant what distinguishes it from the item's other downloads, e.g. {@code A3}; empty if nothing
 * @param bytes its size; {@link #NOT_MADE} in a preview build, which makes the file only when it is opened
 * @param pages pages or slides; 0 where it does not apply, {@link #NOT_MADE} where not known before the file is made
 * @param slides each page is a slide (a deck's .pptx and its 16:9 PDF), so pages are counted as slides
 */
public record Download(String contentPath, String uri, String format, String variant, long bytes, int pages, boolean slides) {
    /** Size or page count of a file the preview has planned but not made yet. */
    public static final int NOT_MADE = -1;

    /** A download whose pages are slides only if it is a PowerPoint file. */
    public Download(String contentPath, String uri, String format, String variant, long bytes, int pages) {
        this(contentPath, uri, format, variant, bytes, pages, format.equals("PPTX"));
    }

    /** Whether the file exists yet (always in a publishing build). */
    public boolean made() {
        return bytes != NOT_MADE;
    }
}
