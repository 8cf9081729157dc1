package no.kampanjekit.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.kampanjekit.diagnostics.Diagnostics;

/**
 * Reads a CSV file as a spreadsheet saves it (RFC 4180): one row per line, cells separated by
 * {@code ;} (what Excel writes with Norwegian settings) or {@code ,} (taken from the header line),
 * a cell in double quotes may hold the separator, line breaks and {@code ""} for a quote. Every
 * cell keeps its line and column, so a checker can point at it. A quote in the middle of a plain
 * cell or a quoted cell left open is reported, never guessed at; rows of nothing but separators
 * (spreadsheets write them for formatted empty rows) are dropped.
 */
public final class CsvTable {
    /** One cell: its text (surrounding spaces kept out) and where it starts, 1-based. */
    public record Cell(String value, int line, int column) {}

    /** One row and the line it starts on. */
    public record Row(int line, List<Cell> cells) {
        public boolean isEmpty() {
            return cells.stream().allMatch(c -> c.value().isEmpty());
        }
    }

    /** The header row and the data rows below it. */
    public record Table(char separator, Row header, List<Row> rows) {}

    private CsvTable() {}

    /** Parses {@code text} (LF line ends, as {@link TextFiles} gives it); problems are reported at their line. */
    public static Optional<Table> parse(String text, String path, Diagnostics diagnostics) {
        int firstBreak = text.indexOf('\n');
        String headerLine = firstBreak < 0 ? text : text.substring(0, firstBreak);
        char sep = headerLine.indexOf(';') >= 0 || headerLine.indexOf(',') < 0 ? ';' : ',';
        List<Row> rows = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        int line = 1, column = 1, rowLine = 1, cellLine = 1, cellColumn = 1;
        boolean quoted = false, wasQuoted = false, broken = false, cellBroken = false;
        int i = 0;
        while (i <= text.length()) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            boolean end = i == text.length();
            if (quoted) {
                if (end) {
                    diagnostics.error(path, cellLine, cellColumn, "the quoted value that starts here is never closed",
                            "end it with a \" before the next " + sep + " or line end");
                    return Optional.empty();
                }
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    i += 2;
                    column += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    value.append(c);
                }
                if (c == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
                i++;
                continue;
            }
            if (c == sep || c == '\n') {
                cells.add(new Cell(wasQuoted ? value.toString() : value.toString().strip(), cellLine, cellColumn));
                value.setLength(0);
                wasQuoted = false;
                cellBroken = false;
                if (c == '\n') {
                    Row row = new Row(rowLine, List.copyOf(cells));
                    if (!(end && cells.size() == 1 && row.isEmpty())) rows.add(row); // the file's last line break
                    cells.clear();
                    line++;
                    column = 1;
                    rowLine = line;
                } else {
                    column++;
                }
                cellLine = line;
                cellColumn = column;
                i++;
                continue;
            }
            if (c == '"' && value.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                value.setLength(0);
            } else if (c == '"' || wasQuoted && !Character.isWhitespace(c)) {
                if (!cellBroken) { // once per value: the rest of it is not worth a message of its own
                    diagnostics.error(path, line, column, "a \" in the middle of a value",
                            "put the whole value in quotes and write the \" twice: \"Sagt \"\"slik\"\"\"");
                }
                broken = true;
                cellBroken = true;
            } else if (!wasQuoted) {
                value.append(c);
            }
            column++;
            i++;
        }
        if (broken) return Optional.empty();
        if (rows.isEmpty() || rows.get(0).isEmpty()) {
            diagnostics.error(path, 1, 0, "the first line must name the columns", "start the file with the header line; see docs/authoring.md");
            return Optional.empty();
        }
        List<Row> data = rows.subList(1, rows.size()).stream().filter(r -> !r.isEmpty()).toList();
        return Optional.of(new Table(sep, rows.get(0), data));
    }
}
