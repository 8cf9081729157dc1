package no.kampanjekit.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A hash of the code that makes a cached file, for the caches' keys: when the generator or an
 * engine changes, every entry it made is made again rather than trusted.
 */
public final class CodeDigest {
    private CodeDigest() {}

    /**
     * Every class file of {@code near}'s package (inner classes and lambdas' hosts included), the
     * named classes of engines and the Java that runs them.
     *
     * @throws IOException when a class file cannot be read (the caller then does not cache)
     */
    public static String of(Class<?> near, Class<?>... engines) throws IOException {
        StringBuilder b = new StringBuilder(System.getProperty("java.vm.version"));
        for (String name : packageClasses(near)) b.append('|').append(classHash(near, name));
        for (Class<?> c : engines) b.append('|').append(classHash(c, c.getSimpleName() + ".class"));
        return Sha256.hex(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The names of every class file of {@code near}'s package, sorted, from the classes folder or the jar. */
    private static List<String> packageClasses(Class<?> near) throws IOException {
        String pkg = near.getPackageName().replace('.', '/') + "/";
        Path where;
        try {
            where = Path.of(near.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            throw new IOException("cannot tell where " + near.getName() + " was loaded from", e);
        }
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(where)) {
            try (Stream<Path> files = Files.list(where.resolve(pkg))) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class")).forEach(names::add);
            }
        } else {
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(where.toFile())) {
                jar.stream().map(java.util.jar.JarEntry::getName)
                        .filter(n -> n.startsWith(pkg) && n.endsWith(".class") && n.indexOf('/', pkg.length()) < 0)
                        .forEach(n -> names.add(n.substring(pkg.length())));
            }
        }
        if (names.isEmpty()) throw new IOException("no classes found for " + near.getPackageName());
        names.sort(null);
        return names;
    }

    private static String classHash(Class<?> near, String name) throws IOException {
        try (InputStream in = near.getResourceAsStream(name)) {
            if (in == null) throw new IOException(name);
            return name + "=" + Sha256.hex(in.readAllBytes());
        }
    }
}
