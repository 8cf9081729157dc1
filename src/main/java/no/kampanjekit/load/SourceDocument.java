package no.kampanjekit.load;

/**
 * A content file split into its front matter and Markdown body.
 *
 * @param sourcePath project-relative path, e.g. {@code content/kit/side.md}
 * @param contentPath relative to content/, e.g. {@code kit/side.md}
 * @param frontMatter the YAML mapping between the {@code ---} lines
 * @param body the Markdown after the closing {@code ---}
 * @param bodyLineOffset lines in the file before the body (add to a body line to get the file line)
 */
public record SourceDocument(
        String sourcePath, String contentPath, YamlNode.Mapping frontMatter, String body, int bodyLineOffset) {}
