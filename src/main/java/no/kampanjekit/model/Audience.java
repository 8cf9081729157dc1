package no.kampanjekit.model;

/** One of the campaign's target groups, from the controlled list in kampanjekit.yml. */
public record Audience(String id, LocalizedText name, LocalizedText description) {}
