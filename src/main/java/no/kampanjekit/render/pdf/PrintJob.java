package no.kampanjekit.render.pdf;

import no.kampanjekit.model.ContentItem;

/**
 * One PDF to make: an item on one paper size.
 *
 * @param uri where it goes, relative to the site root, e.g. {@code downloads/kit/plakat-a3.pdf}
 * @param variant what tells it apart from the item's other PDFs ({@code A3}); empty when it is the only one
 */
record PrintJob(ContentItem item, PageSize size, String uri, String variant) {}
