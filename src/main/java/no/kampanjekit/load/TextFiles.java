package no.kampanjekit.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import no.kampanjekit.diagnostics.Diagnostics;

/**
 * Reads the team's text files the same way everywhere: strict UTF-8, a byte-order mark dropped,
 * CRLF and CR turned into LF, binary and oversized files refused with a diagnostic.
 */
public final class TextFiles {
    /** Far above any real page; stops a pasted data dump from slowing every build. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    private TextFiles() {}

    public static Optional<String> read(Path file, String path, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                diagnostics.error(path, 0, 0, "file is " + (size / 1024) + " KiB, more than the " + (MAX_BYTES / 1024 / 1024)
                        + " MiB a page may be", "split it into several pages or link to a download");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(path, 0, 0, "cannot read the file: " + e.getMessage(), "check that it exists and is readable");
            return Optional.empty();
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                diagnostics.error(path, lineAt(bytes, i), 0, "this is not a text file: it contains NUL bytes",
                        "save it as UTF-8 text, or move the file out of the content folders");
                return Optional.empty();
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int line = 0;
            if (e instanceof MalformedInputException) line = firstInvalidLine(bytes);
            diagnostics.error(path, line, 0, "the file is not valid UTF-8",
                    "save it as UTF-8 in your editor; it was probably saved as Windows-1252 or Latin-1");
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    private static int lineAt(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) if (bytes[i] == '\n') line++;
        return line;
    }

    private static int firstInvalidLine(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return lineAt(bytes, start);
                }
                start = i + 1;
            }
        }
        return 0;
    }
}
