package no.kampanjekit.model;

/** An open point, {@code [ÅPENT: …]}, left in a page for the team to fill in. */
public record Placeholder(String text, String sourcePath, int line) {}
