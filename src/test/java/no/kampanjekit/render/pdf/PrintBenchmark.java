package no.kampanjekit.render.pdf;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import no.kampanjekit.build.Pipeline;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.model.Site;
import no.kampanjekit.testing.SampleSites;

/**
 * How fast the print stage is: makes N different tagged A4 checklists (default 200) in one JVM,
 * several rounds, and prints PDFs per second for each round and the median. The first round
 * includes the JVM's warm-up, as a real build does.
 *
 * <pre>
 * mvn -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath no.kampanjekit.render.pdf.PrintBenchmark 200 5"
 * </pre>
 * Arguments: number of checklists, rounds, threads (default: all cores). docs/pipeline.md has
 * the figures measured.
 */
public final class PrintBenchmark {
    private PrintBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        Path tmp = Files.createTempDirectory("kk-print-bench");
        try {
            Path project = project(tmp.resolve("project"), count);
            Site site = new Pipeline().check(project, Pipeline.Options.PUBLISH, new Diagnostics());
            System.out.printf(Locale.ROOT, "%d checklists, %d rounds, %d threads, %d cores, Java %s%n", count, rounds, threads,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            List<Double> rates = new ArrayList<>();
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            for (int r = 1; r <= rounds; r++) {
                Path out = tmp.resolve("out-" + r);
                Diagnostics diagnostics = new Diagnostics();
                long cpu0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                var made = PrintRenderer.render(site, project, out, null, diagnostics, threads);
                double seconds = (System.nanoTime() - t0) / 1e9;
                double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
                if (diagnostics.hasErrors() || made.size() != count) {
                    throw new IllegalStateException("made " + made.size() + " PDFs: " + diagnostics.sorted());
                }
                double rate = count / seconds;
                rates.add(rate);
                System.out.printf(Locale.ROOT, "round %d: %d PDFs in %.2f s = %.1f PDFs/s (CPU %.1f s, load %.1f)%n", r, count, seconds, rate, cpu,
                        os.getSystemLoadAverage());
            }
            List<Double> sorted = rates.stream().sorted().toList();
            double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                    : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
            System.out.printf(Locale.ROOT, "median: %.1f PDFs/s (%.2f s for %d); first round (cold JVM): %.2f s%n", median, count / median, count,
                    count / rates.get(0));
        } finally {
            try (Stream<Path> files = Files.walk(tmp)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The basic sample site's settings, home pages, templates and assets, with {@code count} different checklists. */
    static Path project(Path dir, int count) throws IOException {
        Path basic = SampleSites.SITES.resolve("basic");
        for (String f : List.of("kampanjekit.yml", "content/index.md", "content/nn/index.md", "content/en/index.md")) {
            Files.createDirectories(dir.resolve(f).getParent());
            Files.copy(basic.resolve(f), dir.resolve(f));
        }
        Files.createDirectories(dir.resolve("kits"));
        SampleSites.copyTree(Path.of("templates"), dir.resolve("templates"));
        SampleSites.copyTree(Path.of("assets"), dir.resolve("assets"));
        String[] verbs = {"Avklar", "Sjekk", "Planlegg", "Gå gjennom", "Bestill", "Informer om", "Følg opp", "Øv på"};
        String[] things = {"tilgang til kjernejournal", "opplæring for nattevakter", "rutinen for legemiddelgjennomgang",
                "samtykke og sperring", "kontakt med fastlegen", "tjenstlig behov", "logg og kontroll", "pasientens legemiddelliste",
                "avvik og melding", "ansvar i helgene", "vikarer og nyansatte", "møte med ledergruppen"};
        for (int i = 1; i <= count; i++) {
            StringBuilder md = new StringBuilder();
            md.append("---\ntitle: Sjekkliste ").append(i).append(" for avdeling ").append((char) ('A' + i % 26)).append(" – æøå\n")
                    .append("type: checklist\naudience: [enhetsleder]\nsummary: Punkter før avdeling ").append(i)
                    .append(" tar i bruk kjernejournal.\ndate: 2025-09-01\n---\n");
            for (int s = 0; s < 3; s++) {
                md.append("\n## Del ").append(s + 1).append(s == 0 ? ": Før oppstart\n\n" : s == 1 ? ": Første uke\n\n" : ": Etter tre måneder\n\n");
                for (int k = 0; k < 4; k++) {
                    int n = i * 7 + s * 5 + k;
                    md.append("- [ ] ").append(verbs[n % verbs.length]).append(' ').append(things[(n / 3) % things.length])
                            .append(k % 2 == 0 ? ", og skriv ned hvem som har ansvaret i avdeling " + i : "").append('\n');
                }
            }
            md.append("\n> **Viktig:** Bruk kjernejournal bare når du har tjenstlig behov.\n");
            Path file = dir.resolve(String.format(Locale.ROOT, "content/bench/sjekkliste-%03d.md", i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, md);
        }
        return dir;
    }
}
