package no.kampanjekit.model;

/** A heading of a page, for its table of contents and for checking links to it. */
public record Heading(int level, String id, String text) {}
