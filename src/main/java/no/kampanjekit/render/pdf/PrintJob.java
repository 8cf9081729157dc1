package no.kampanjekit.render.pdf;

import no.kampanjekit.model.ContentItem;
import no.kampanjekit.model.Deck;
import no.kampanjekit.model.Municipality;

/**
 * One PDF to make: an item on one paper size, for everyone or as one municipality's edition.
 *
 * @param uri where it goes, relative to the site root, e.g. {@code downloads/kit/plakat-a3.pdf}
 * @param variant what tells it apart from the item's other PDFs ({@code A3}); empty when it is the only one
 * @param deck the slides of a deck's 16:9 PDF, or null for every other PDF
 * @param edition the municipality whose edition this is, or null for the PDF everyone gets
 */
record PrintJob(ContentItem item, PageSize size, String uri, String variant, Deck deck, Municipality edition) {
    static PrintJob deck(ContentItem item, String uri, Deck deck) {
        return new PrintJob(item, PageSize.SLIDE, uri, "", deck, null);
    }

    /** What the downloads made by this job are listed under: the item's content path, or the municipality's page. */
    String listedUnder() {
        return edition == null ? item.contentPath() : edition.uri();
    }
}
