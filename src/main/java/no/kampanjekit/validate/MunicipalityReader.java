package no.kampanjekit.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.diagnostics.SourcePosition;
import no.kampanjekit.load.CsvTable;
import no.kampanjekit.load.TextFiles;
import no.kampanjekit.markdown.HeadingIds;
import no.kampanjekit.markdown.Placeholders;
import no.kampanjekit.model.Municipality;

/**
 * Reads the municipalities of the personalised editions from the CSV file the kits name
 * ({@code editions: data: kommuner.csv}), one row per municipality. Every wrong row or cell is a
 * diagnostic at its line and column; all of them are reported in one run.
 */
public final class MunicipalityReader {
    static final String NUMBER = "kommunenummer", NAME = "kommune", REGION = "region", LANG = "målform",
            CONTACT = "kontaktperson", EMAIL = "e-post", PHONE = "telefon";
    /** The columns, in the order the shipped file has them; a file may order them as it likes. */
    static final List<String> COLUMNS = List.of(NUMBER, NAME, REGION, LANG, CONTACT, EMAIL, PHONE);
    private static final Set<String> LANGS = Set.of("nb", "nn");

    private MunicipalityReader() {}

    /**
     * The municipalities of the data file the kits' editions name. Every municipality gets one page,
     * so all kits with editions must name the same file. Another .csv in kits/ is then a warning.
     */
    public static List<Municipality> read(Path projectDir, List<KitReader.ParsedKit> kits, Diagnostics diagnostics) {
        String data = null;
        for (KitReader.ParsedKit k : kits) {
            if (k.kit().editions() == null) continue;
            String mine = k.kit().editions().data();
            if (mine == null) continue; // its data: line is wrong, and reported
            if (data == null) {
                data = mine;
            } else if (!data.equals(mine)) {
                diagnostics.error(k.editionsDataAt(), "editions data '" + mine + "' differs from '" + data + "', which another kit names",
                        "every municipality has one page listing all its editions, so all kits use one data file: write `data: " + data + "`");
            }
        }
        // Only beside a kit with editions: without any, a data file waiting in kits/ is no mistake.
        if (kits.stream().anyMatch(k -> k.kit().editions() != null)) warnUnused(projectDir, data, diagnostics);
        if (data == null) return List.of();
        String path = "kits/" + data;
        return TextFiles.read(projectDir.resolve(path), path, diagnostics)
                .flatMap(text -> CsvTable.parse(text, path, diagnostics))
                .map(table -> rows(table, path, diagnostics))
                .orElse(List.of());
    }

    private static void warnUnused(Path projectDir, String used, Diagnostics diagnostics) {
        try (Stream<Path> s = Files.list(projectDir.resolve("kits"))) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv") && !n.equals(used)).sorted().forEach(n ->
                    diagnostics.warning("kits/" + n, 0, 0, "no kit makes editions from this file",
                            "name it in a kit's `editions: data: " + n + "`, or remove it; see docs/kits.md"));
        } catch (IOException e) {
            // no kits folder: nothing to warn about
        }
    }

    private static List<Municipality> rows(CsvTable.Table table, String path, Diagnostics diagnostics) {
        Map<String, Integer> index = header(table.header(), path, diagnostics);
        if (index == null) return List.of();
        if (table.rows().isEmpty()) {
            diagnostics.error(path, 1, 0, "the file names no municipalities", "add a line per municipality below the header; see docs/authoring.md");
            return List.of();
        }
        char sep = table.separator();
        List<Municipality> out = new ArrayList<>();
        Map<String, Integer> numberLine = new HashMap<>();
        Map<String, CsvTable.Cell> slugCell = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            if (row.cells().size() != index.size()) {
                diagnostics.error(path, row.line(), 0, "this row has " + row.cells().size() + " values, the header has " + index.size(),
                        "give each row one value per column, in the header's order; an empty value is two " + sep + " in a row, and a value that holds "
                                + sep + " goes in double quotes");
                continue;
            }
            int errorsBefore = (int) diagnostics.errorCount();
            CsvTable.Cell number = row.cells().get(index.get(NUMBER));
            CsvTable.Cell name = row.cells().get(index.get(NAME));
            CsvTable.Cell region = row.cells().get(index.get(REGION));
            CsvTable.Cell lang = row.cells().get(index.get(LANG));
            CsvTable.Cell contact = row.cells().get(index.get(CONTACT));
            CsvTable.Cell email = row.cells().get(index.get(EMAIL));
            CsvTable.Cell phone = row.cells().get(index.get(PHONE));

            if (number.value().isEmpty()) {
                diagnostics.error(at(path, number), "the kommunenummer is missing", "write the municipality's four digits, e.g. 4601 for Bergen");
            } else if (number.value().matches("\\d{1,3}")) {
                String padded = "0".repeat(4 - number.value().length()) + number.value();
                diagnostics.error(at(path, number), "kommunenummer '" + number.value() + "' has " + number.value().length() + " digits, not four",
                        "write " + padded + "; a spreadsheet drops the leading zero unless the column is formatted as text");
            } else if (!number.value().matches("\\d{4}")) {
                diagnostics.error(at(path, number), "'" + number.value() + "' is not a kommunenummer", "write four digits, e.g. 4601 for Bergen");
            } else {
                Integer first = numberLine.putIfAbsent(number.value(), row.line());
                if (first != null) {
                    diagnostics.error(at(path, number), "kommunenummer " + number.value() + " is already on line " + first,
                            "each municipality has one row: remove this one or correct the number");
                }
            }

            String slug = null;
            if (name.value().isEmpty()) {
                diagnostics.error(at(path, name), "the municipality's name is missing", "write its name, e.g. Bergen");
            } else if (name.value().length() > 80) {
                diagnostics.error(at(path, name), "the name is " + name.value().length() + " characters long", "write the municipality's name only");
            } else {
                slug = HeadingIds.slug(name.value());
                CsvTable.Cell other = slugCell.putIfAbsent(slug, name);
                if (other != null) {
                    diagnostics.error(at(path, name), "«" + name.value() + "» gets the address /" + Municipality.FOLDER + slug + "/, which «"
                                    + other.value() + "» on line " + other.line() + " has already",
                            "tell them apart in the name, e.g. «" + name.value() + " (fylke)», or remove the row twice listed");
                }
            }

            if (!Municipality.REGIONS.contains(region.value())) {
                String near = nearestRegion(region.value());
                diagnostics.error(at(path, region), region.value().isEmpty() ? "the region is missing" : "unknown region '" + region.value() + "'",
                        (near != null && !region.value().isEmpty() ? "did you mean '" + near + "'? " : "")
                                + "write one of: " + String.join(", ", Municipality.REGIONS));
            }

            String form = lang.value().toLowerCase(Locale.ROOT);
            if (!LANGS.contains(form)) {
                String hint = form.startsWith("nyn") ? "write nn for nynorsk"
                        : form.startsWith("bok") || form.startsWith("nøy") || form.startsWith("noy") ? "write nb for bokmål; language-neutral municipalities get nb too"
                        : "write nb (bokmål) or nn (nynorsk): the language the municipality's editions are printed in";
                diagnostics.error(at(path, lang), lang.value().isEmpty() ? "the målform is missing" : "unknown målform '" + lang.value() + "'", hint);
            }

            required(path, contact, "the contact person is missing", "kontaktperson", null, null, diagnostics);
            required(path, email, "the e-mail address is missing", "e-post", "[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}",
                    "is not an e-mail address (write one address, e.g. postmottak@kommune.no", diagnostics);
            required(path, phone, "the phone number is missing", "telefon", "\\+?[0-9][0-9 ]{6,18}[0-9]",
                    "is not a phone number (write digits and spaces, e.g. 55 56 60 00 or +47 55 56 60 00", diagnostics);

            if (diagnostics.errorCount() == errorsBefore) {
                out.add(new Municipality(number.value(), name.value(), slug, region.value(), form,
                        contact.value(), email.value(), phone.value(), path, row.line()));
            }
        }
        return out;
    }

    /** «Helse Midt» and «sør-øst» mean the one region that contains them; else the nearest spelling. */
    private static String nearestRegion(String written) {
        String w = written.toLowerCase(Locale.ROOT).strip();
        List<String> containing = w.length() < 3 ? List.of()
                : Municipality.REGIONS.stream().filter(r -> r.toLowerCase(Locale.ROOT).contains(w)).toList();
        return containing.size() == 1 ? containing.get(0) : Suggestions.nearest(written, Municipality.REGIONS);
    }

    /**
     * A field every row has, where an open point ({@code [ÅPENT: kontaktperson]}) stands in until
     * it is known; {@code pattern} (may be null) is what a known value looks like.
     */
    private static void required(String path, CsvTable.Cell cell, String missing, String what, String pattern, String hint, Diagnostics diagnostics) {
        String v = cell.value();
        if (v.isEmpty()) {
            diagnostics.error(at(path, cell), missing, "write it, or `[ÅPENT: " + what + "]` until it is known");
        } else if (pattern != null && !Placeholders.isOpen(v) && !v.matches(pattern)) {
            int paren = hint.indexOf(" (");
            diagnostics.error(at(path, cell), "'" + v + "' " + hint.substring(0, paren),
                    hint.substring(paren + 2) + ", or `[ÅPENT: " + what + "]` until it is known");
        }
    }

    /** Column name to index; null after reporting a header that cannot be read. */
    private static Map<String, Integer> header(CsvTable.Row header, String path, Diagnostics diagnostics) {
        Map<String, Integer> index = new LinkedHashMap<>();
        Set<String> meant = new java.util.HashSet<>();
        boolean ok = true;
        for (int i = 0; i < header.cells().size(); i++) {
            CsvTable.Cell cell = header.cells().get(i);
            String name = cell.value().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                String near = Suggestions.nearest(name, COLUMNS);
                if (near != null) meant.add(near);
                diagnostics.error(at(path, cell), name.isEmpty() ? "a column has no name" : "unknown column '" + cell.value() + "'",
                        (near != null && !name.isEmpty() ? "did you mean '" + near + "'? " : "") + "the columns are: " + String.join(", ", COLUMNS));
                ok = false;
            } else if (index.putIfAbsent(name, i) != null) {
                diagnostics.error(at(path, cell), "column '" + name + "' is there twice", "remove one of them");
                ok = false;
            }
        }
        for (String column : COLUMNS) {
            if (!index.containsKey(column) && !meant.contains(column)) {
                diagnostics.error(path, header.line(), 0, "the column '" + column + "' is missing",
                        "the first line must name the columns: " + String.join(";", COLUMNS));
                ok = false;
            }
        }
        return ok ? index : null;
    }

    private static SourcePosition at(String path, CsvTable.Cell cell) {
        return new SourcePosition(path, cell.line(), cell.column());
    }
}
