package no.kampanjekit.render.pdf;

/** The paper sizes we print on: A4 and A3 portrait, and 16:9 slides (the .pptx's 13.333 × 7.5 inches, scaled to 10 × 5.625). */
enum PageSize {
    A4(210, 297, "A4 portrait"), A3(297, 420, "A3 portrait"), SLIDE(254, 142.875, "254mm 142.875mm");

    final double widthMm;
    final double heightMm;
    /** The CSS {@code @page size}. */
    final String css;

    PageSize(double widthMm, double heightMm, String css) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
        this.css = css;
    }

    /** {@code a4}, as used in file names and CSS classes. */
    String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
