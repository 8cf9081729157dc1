package no.kampanjekit.render.pdf;

import java.time.LocalDate;
import no.kampanjekit.model.ContentItem;
import no.kampanjekit.model.Kit;

/**
 * The dates a PDF carries, all from the content, never from the clock, so a rebuild gives the
 * same bytes: created = the page's {@code date}, modified = its {@code updated}; each falls back
 * to the other and then to the kit's date. With none of them the PDF carries no dates.
 */
final class PdfDates {
    private PdfDates() {}

    static LocalDate created(ContentItem item, Kit kit) {
        return first(item.meta().date(), item.meta().updated(), kit == null ? null : kit.date());
    }

    static LocalDate modified(ContentItem item, Kit kit) {
        return first(item.meta().updated(), item.meta().date(), kit == null ? null : kit.date());
    }

    /** The date printed in the footer: when the content was last changed. */
    static LocalDate shown(ContentItem item, Kit kit) {
        return modified(item, kit);
    }

    private static LocalDate first(LocalDate... dates) {
        for (LocalDate d : dates) if (d != null) return d;
        return null;
    }
}
