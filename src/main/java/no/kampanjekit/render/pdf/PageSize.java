package no.kampanjekit.render.pdf;

/** The paper sizes we print on, portrait. */
enum PageSize {
    A4(210, 297), A3(297, 420);

    final int widthMm;
    final int heightMm;

    PageSize(int widthMm, int heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /** {@code a4}, as used in file names and CSS classes. */
    String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
