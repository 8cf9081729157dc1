package no.kampanjekit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two clean builds of the shipped campaign (every PDF, deck, kit ZIP, social card, page, index and
 * feed), each in a JVM of its own with another time zone, locale and SOURCE_DATE_EPOCH, give
 * byte-identical sites. Nothing in the output may come from the clock or the machine's settings.
 */
class ReproducibleBuildIT {
    /** Far from UTC (UTC+14) and with a language whose upper/lower case rules differ (dotless ı). */
    static final Map<String, String> KIRITIMATI_TURKISH = Map.of("TZ", "Pacific/Kiritimati", "LANG", "tr_TR.UTF-8",
            "LC_ALL", "tr_TR.UTF-8", "SOURCE_DATE_EPOCH", "1");
    static final List<String> KIRITIMATI_TURKISH_JVM = List.of("-Duser.timezone=Pacific/Kiritimati", "-Duser.language=tr", "-Duser.country=TR");
    static final Map<String, String> UTC_PLAIN = Map.of("TZ", "UTC", "LANG", "C.UTF-8", "LC_ALL", "C.UTF-8");
    static final List<String> UTC_PLAIN_JVM = List.of("-Duser.timezone=UTC", "-Duser.language=en", "-Duser.country=US");

    @Test
    void twoProcessesInDifferentTimeZonesAndLocalesBuildTheSameBytes(@TempDir Path tmp) throws Exception {
        Path project = Path.of("").toAbsolutePath(); // the module's folder: the shipped campaign
        Path a = build(project, tmp.resolve("a"), KIRITIMATI_TURKISH, KIRITIMATI_TURKISH_JVM);
        Path b = build(project, tmp.resolve("b"), UTC_PLAIN, UTC_PLAIN_JVM);
        Map<String, String> left = hashes(a);
        Map<String, String> right = hashes(b);
        assertTrue(left.keySet().stream().anyMatch(f -> f.endsWith(".pdf")) && left.keySet().stream().anyMatch(f -> f.endsWith(".pptx"))
                        && left.keySet().stream().anyMatch(f -> f.endsWith(".zip")) && left.keySet().stream().anyMatch(f -> f.endsWith(".png")),
                "the build made PDFs, decks, ZIPs and cards: " + left.size() + " files");
        List<String> differences = new ArrayList<>();
        for (String f : new TreeSet<>(union(left, right))) {
            if (!left.containsKey(f)) differences.add("only in the UTC build: " + f);
            else if (!right.containsKey(f)) differences.add("only in the Kiritimati build: " + f);
            else if (!left.get(f).equals(right.get(f))) differences.add("differs: " + f);
        }
        assertEquals("", String.join("\n", differences), differences.size() + " of " + left.size() + " files differ");
    }

    /** Runs `Main build` in a fresh JVM with the given environment, into a folder of its own (no caches from another build). */
    private static Path build(Path project, Path dir, Map<String, String> env, List<String> jvmOptions) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path out = dir.resolve("site");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "no.kampanjekit.cli.Main",
                "build", "--project", project.toString(), "--out", out.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("build.log").toFile());
        pb.environment().remove("SOURCE_DATE_EPOCH");
        pb.environment().putAll(env);
        Process p = pb.start();
        boolean done = p.waitFor(15, TimeUnit.MINUTES);
        if (!done) p.destroyForcibly();
        String log = Files.readString(dir.resolve("build.log"));
        assertTrue(done && p.exitValue() == 0, "the build with " + env + " failed:\n" + log);
        return out;
    }

    private static Map<String, String> hashes(Path site) throws IOException, NoSuchAlgorithmException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                out.put(site.relativize(f).toString().replace('\\', '/'), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f))));
            }
        }
        return out;
    }

    private static TreeSet<String> union(Map<String, String> a, Map<String, String> b) {
        TreeSet<String> all = new TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }
}
