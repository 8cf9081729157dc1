package no.kampanjekit.render.pdf;

import no.kampanjekit.model.ContentItem;
import no.kampanjekit.model.Deck;

/**
 * One PDF to make: an item on one paper size.
 *
 * @param uri where it goes, relative to the site root, e.g. {@code downloads/kit/plakat-a3.pdf}
 * @param variant what tells it apart from the item's other PDFs ({@code A3}); empty when it is the only one
 * @param deck the slides of a deck's 16:9 PDF, or null for every other PDF
 */
record PrintJob(ContentItem item, PageSize size, String uri, String variant, Deck deck) {
    PrintJob(ContentItem item, PageSize size, String uri, String variant) {
        this(item, size, uri, variant, null);
    }
}
