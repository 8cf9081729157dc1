package no.kampanjekit.render.kit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in the lower-case hex that {@code sha256sum} prints. */
public final class Sha256 {
    private Sha256() {}

    public static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** One line of a {@code sha256sum} list: hash, two spaces (text mode), the file name. */
    static String line(String hex, String name) {
        return hex + "  " + name + "\n";
    }
}
