package no.kampanjekit.model;

import java.util.List;

/**
 * A kit's personalised editions: the items printed once per municipality of a data file.
 *
 * @param data the data file's name in kits/, e.g. {@code kommuner.csv}; null in a kit whose {@code data:} line was wrong
 * @param items content paths of the kit's items that get an edition per municipality, in kit order
 */
public record Editions(String data, List<String> items) {}
