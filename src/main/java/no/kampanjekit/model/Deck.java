package no.kampanjekit.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A slide deck read from a {@code type: slides} page: the slides as plain data, for the .pptx
 * writer (and later the 16:9 PDF). No Markdown or POI types; text is runs of styled strings.
 *
 * @param date the date the deck's files carry (updated, else date, else the kit's date); never the clock
 */
public record Deck(String sourcePath, String contentPath, String title, String lang, LocalDate date, String author,
                   String subject, List<Slide> slides) {

    /** How a slide is laid out; each is a named layout of the slide master. */
    public enum Layout {
        /** The first slide: title and subtitle. */
        TITLE,
        /** Title and text, a list or a table. */
        CONTENT,
        /** Only a title (and at most a short line of text): starts a part of the talk. */
        SECTION,
        /** Two {@code ###} headings, each with its text. */
        TWO_COLUMNS,
        /** An image, with text beside it. */
        PICTURE,
        /** A quote ({@code > …}), with who said it. */
        QUOTE,
        /** One big figure ({@code **263**}) and what it means. */
        KEY_FIGURE
    }

    /**
     * One slide. Which fields are used depends on the layout: {@code body} is the subtitle, the
     * text, the left column, the quote, the figure's explanation or the picture's text;
     * {@code second} the right column or who said the quote.
     *
     * @param line the file line where the slide starts
     * @param figure the key figure, or null
     * @param picture the image, or null
     * @param table the table, or null
     */
    public record Slide(int number, int line, Layout layout, String title, List<Para> body, List<Para> second, String figure,
                        Picture picture, Table table, List<Para> notes) {}

    /** A paragraph: plain, a bullet or a numbered item, at level 0 (top) or 1. */
    public record Para(List<Run> runs, int level, Marker marker) {
        public String text() {
            StringBuilder s = new StringBuilder();
            runs.forEach(r -> s.append(r.text()));
            return s.toString();
        }
    }

    public enum Marker { NONE, BULLET, NUMBER }

    /** A piece of text with one style; {@code link} is an absolute address or null. */
    public record Run(String text, boolean bold, boolean italic, boolean strike, String link) {
        public static Run plain(String text) {
            return new Run(text, false, false, false, null);
        }
    }

    /** @param path project-relative file, e.g. {@code assets/images/kart.png} */
    public record Picture(String path, String alt) {}

    /** A simple table; the first row is the header. Each cell is a list of runs. */
    public record Table(List<List<List<Run>>> rows) {}
}
