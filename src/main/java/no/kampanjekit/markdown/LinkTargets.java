package no.kampanjekit.markdown;

import java.util.Optional;

/** What the renderer needs to know about the rest of the site to write a page's links. */
public interface LinkTargets {
    /** The address (relative to the site root) of the page made from a content path, if there is one. */
    Optional<String> pageUri(String contentPath);

    /** This page's own address, relative to the site root. */
    String currentUri();

    LinkTargets NONE = new LinkTargets() {
        public Optional<String> pageUri(String contentPath) {
            return Optional.empty();
        }

        public String currentUri() {
            return "";
        }
    };
}
