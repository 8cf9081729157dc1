package no.kampanjekit.render.pdf;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import no.kampanjekit.build.Pipeline;
import no.kampanjekit.model.Municipality;
import no.kampanjekit.testing.SampleSites;

/**
 * How long one whole build takes with many personalised editions: the basic sample site with a
 * synthetic kits/kommuner.csv of N municipalities («Prøvekommune 0001» …, open points for the
 * contacts, regions and målform in turn) and K of kit-a's items as editions, built once in this
 * JVM from an empty output folder, as {@code mvn package} does. Prints the stage times, the PDFs
 * made, PDFs per second, CPU time, the load average and the peak resident memory. Run it in a
 * fresh JVM per measurement; bench/README.md («Personalised editions») says how and has figures.
 *
 * <pre>
 * mvn -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp %classpath no.kampanjekit.render.pdf.EditionsBenchmark 1000 1"
 * </pre>
 * Arguments: municipalities (default 1000), edition items per municipality, 1–5 (default 1:
 * the checklist; then the summary, the guide, the template and the poster, which makes two).
 * A third argument keeps the generated project in that folder instead of a temporary one.
 */
public final class EditionsBenchmark {
    private static final List<String> ITEMS = List.of("kit-a/sjekkliste.md", "kit-a/oppsummering.md", "kit-a/veileder.md", "kit-a/mal.md",
            "kit-a/plakat.md");

    private EditionsBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        if (rows < 1 || rows > 9000 || items < 1 || items > ITEMS.size()) throw new IllegalArgumentException("1–9000 municipalities, 1–5 items");
        Path tmp = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("kk-editions-bench");
        try {
            Path project = project(tmp.resolve("project"), rows, items);
            Path out = tmp.resolve("site");
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            Pipeline.Result result = new Pipeline().build(project, out, Pipeline.Options.PUBLISH);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            long editions = result.site().municipalities().stream().mapToLong(m -> result.site().downloadsOf(m).size()).sum();
            long pdfs;
            try (Stream<Path> s = Files.walk(out.resolve("downloads"))) {
                pdfs = s.filter(p -> p.toString().endsWith(".pdf")).count();
            }
            System.out.printf(Locale.ROOT, "%d municipalities x %d items: %d edition PDFs (%d PDFs in all), %d cores, Java %s, %s%n", rows, items,
                    editions, pdfs, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    ManagementFactory.getRuntimeMXBean().getInputArguments());
            result.stageMillis().forEach((stage, ms) -> System.out.printf(Locale.ROOT, "  %-16s %7.2f s%n", stage, ms / 1000.0));
            double downloads = result.stageMillis().getOrDefault("downloads", 0L) / 1000.0;
            System.out.printf(Locale.ROOT, "build: %.2f s wall (CPU %.1f s), %.1f PDFs/s over the build, %.1f PDFs/s in the downloads stage; "
                    + "load average %.2f; peak RSS %s%n", seconds, cpu, pdfs / seconds, pdfs / downloads, os.getSystemLoadAverage(), peakRss());
        } finally {
            if (args.length <= 2) {
                try (Stream<Path> files = Files.walk(tmp)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** The basic sample site with {@code rows} synthetic municipalities and the first {@code items} of {@link #ITEMS} as editions. */
    static Path project(Path dir, int rows, int items) throws IOException {
        SampleSites.project("basic", dir);
        StringBuilder csv = new StringBuilder("kommunenummer;kommune;region;målform;kontaktperson;e-post;telefon\n");
        for (int i = 1; i <= rows; i++) {
            csv.append(String.format(Locale.ROOT, "%04d;Prøvekommune %04d;%s;%s;[ÅPENT: kontaktperson];[ÅPENT: e-post];[ÅPENT: telefon]%n",
                    1000 + i, i, Municipality.REGIONS.get(i % Municipality.REGIONS.size()), i % 5 == 0 ? "nn" : "nb"));
        }
        Files.writeString(dir.resolve("kits/kommuner.csv"), csv);
        Path kit = dir.resolve("kits/kit-a.yml");
        String yml = Files.readString(kit);
        yml = yml.substring(0, yml.indexOf("editions:")) + "editions:\n  data: kommuner.csv\n  items: [" + String.join(", ", ITEMS.subList(0, items)) + "]\n";
        Files.writeString(kit, yml);
        return dir;
    }

    /** VmHWM from /proc (Linux): the most memory this process has held. */
    private static String peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return line.substring(6).strip();
            }
        } catch (IOException e) {
            // not Linux
        }
        return "unknown";
    }
}
