package no.kampanjekit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Generates the corpora, runs every runner as its own JVM several times per size, and prints
 * median wall time, peak resident memory and the ratio of each to stock JBake.
 *
 * <p>Runs are interleaved (size by size, then round by round, then runner by runner) so a
 * slow minute on the machine does not land on one runner only. Every run starts from an empty
 * output folder. Peak memory is GNU time's "Maximum resident set size" when {@code /usr/bin/time}
 * is there; otherwise the harness samples the process's {@code VmHWM} from {@code /proc}.
 *
 * <p>Options: {@code --repo DIR --work DIR --sizes 100,1000 --runs 3
 * --runners jbake,floor,kampanjekit --cp-jbake CP --cp-floor CP [--cp-kampanjekit CP]
 * [--kampanjekit-main no.kampanjekit.cli.Main] [--kampanjekit-timings true]
 * [--seed N] [--java PATH] [--jvm-opts "..."] [--timeout SECONDS] [--quiet-wait SECONDS]
 * [--max-noise 0.10] [--retries 2] [--second-builds true]}
 *
 * <p>Kampanjekit's first build starts with no output and nothing beside it (no
 * {@code .print-cache}, {@code .page-cache} or other cache, no {@code .build-stamp}). With
 * {@code --second-builds true}, each of its first builds is followed by two more into the same
 * folder: {@code kampanjekit-again} (nothing changed: the up-to-date check),
 * {@code kampanjekit-force} ({@code build --force}: every page again, everything unchanged from
 * the caches) and {@code kampanjekit-edit} (one sentence added to one guide first), and the
 * report gives their medians as a share of the first build's.
 *
 * <p>A run during which other processes took more than {@code --max-noise} of the machine's
 * CPU time is measured again, up to {@code --retries} times; the discarded runs stay in
 * results.csv with {@code kept=false}. The table's last column is the median share of the CPUs
 * that other processes took during the kept runs: if it is high, the times are too.
 */
public final class Bench {

    static final String JBAKE = "jbake";
    static final String FLOOR = "floor";
    static final String KAMPANJEKIT = "kampanjekit";
    /** Kampanjekit again into the same folder right after its first build, nothing changed. */
    static final String KAMPANJEKIT_AGAIN = "kampanjekit-again";
    /** The same with {@code build --force}: every page made again, downloads and cards from the caches. */
    static final String KAMPANJEKIT_FORCE = "kampanjekit-force";
    /** The same after one sentence was added to one guide (which has a PDF): what an editor's next build costs. */
    static final String KAMPANJEKIT_EDIT = "kampanjekit-edit";

    record Run(int size, String runner, int round, double seconds, double cpuSeconds, long rssKiB, int exit,
               long htmlFiles, String busyBefore, double noise, boolean kept) {
        boolean ok() {
            return exit == 0;
        }

        Run discarded() {
            return new Run(size, runner, round, seconds, cpuSeconds, rssKiB, exit, htmlFiles, busyBefore, noise, false);
        }
    }

    private final Map<String, String> options;
    private final Path repo;
    private final Path work;
    private final String java;
    private final List<String> jvmOpts;
    private final long timeoutSeconds;
    private final boolean gnuTime;
    private final long quietWaitSeconds;
    private final double maxNoise;
    private final int retries;

    private Bench(Map<String, String> options) {
        this.options = options;
        this.repo = Path.of(require(options, "repo")).toAbsolutePath().normalize();
        this.work = Path.of(require(options, "work")).toAbsolutePath().normalize();
        this.java = options.getOrDefault("java", "java");
        String opts = options.getOrDefault("jvm-opts", "").trim();
        this.jvmOpts = opts.isEmpty() ? List.of() : Arrays.asList(opts.split("\\s+"));
        this.timeoutSeconds = Long.parseLong(options.getOrDefault("timeout", "900"));
        this.gnuTime = gnuTimeWorks();
        this.quietWaitSeconds = Long.parseLong(options.getOrDefault("quiet-wait", "60"));
        this.maxNoise = Double.parseDouble(options.getOrDefault("max-noise", "0.10"));
        this.retries = Integer.parseInt(options.getOrDefault("retries", "2"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        System.exit(new Bench(options).run());
    }

    private int run() throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String s : options.getOrDefault("sizes", "100,1000").split(",")) {
            sizes.add(Integer.parseInt(s.trim()));
        }
        int rounds = Integer.parseInt(options.getOrDefault("runs", "3"));
        long seed = Long.parseLong(options.getOrDefault("seed", Long.toString(Corpus.DEFAULT_SEED)));
        List<String> runners = new ArrayList<>();
        for (String r : options.getOrDefault("runners", JBAKE + "," + FLOOR + "," + KAMPANJEKIT).split(",")) {
            r = r.trim();
            if (!List.of(JBAKE, FLOOR, KAMPANJEKIT).contains(r)) {
                throw new IllegalArgumentException("unknown runner '" + r + "' (use jbake, floor, kampanjekit)");
            }
            if (classpath(r) == null) {
                System.err.println("bench: skipping " + r + ": no --cp-" + r + " given");
                continue;
            }
            runners.add(r);
            if (r.equals(KAMPANJEKIT) && Boolean.parseBoolean(options.getOrDefault("second-builds", "false"))) {
                runners.add(KAMPANJEKIT_AGAIN);
                runners.add(KAMPANJEKIT_FORCE);
                runners.add(KAMPANJEKIT_EDIT);
            }
        }
        System.err.println("bench: peak memory from " + (gnuTime ? "/usr/bin/time -v" : "/proc/<pid>/status VmHWM samples"));

        Path logs = work.resolve("logs");
        Corpus.deleteTree(logs);
        Files.createDirectories(logs);
        List<Run> results = new ArrayList<>();
        for (int size : sizes) {
            Path corpus = work.resolve("corpus-" + size);
            long t0 = System.nanoTime();
            Corpus.generate(size, corpus, repo, seed);
            System.err.printf(Locale.ROOT, "bench: corpus of %d pages written in %.1f s%n", size, (System.nanoTime() - t0) / 1e9);
            for (int round = 1; round <= rounds; round++) {
                for (String runner : runners) {
                    Run result = measure(size, runner, round, corpus, logs);
                    for (int retry = 1; result.ok() && result.noise() > maxNoise && retry <= retries; retry++) {
                        System.err.printf(Locale.ROOT, "bench: %5d pages  run %d/%d  %-12s %7.2f s  other processes took %.0f%% of the CPUs: measuring again%n",
                                size, round, rounds, runner, result.seconds(), result.noise() * 100);
                        results.add(result.discarded());
                        result = measure(size, runner, round, corpus, logs);
                    }
                    results.add(result);
                    System.err.printf(Locale.ROOT, "bench: %5d pages  run %d/%d  %-12s %7.2f s  %6.0f MiB  others %3.0f%%  %s%n",
                            size, round, rounds, runner, result.seconds(), result.rssKiB() / 1024.0, result.noise() * 100,
                            result.ok() ? result.htmlFiles() + " html files" : "FAILED, exit " + result.exit()
                                    + ", see " + work.relativize(logFile(logs, size, runner, round)));
                }
            }
        }

        String header = String.format(Locale.ROOT, "Kampanjekit benchmark, %s, %d cores, Java %s, seed %d, %d run(s) per cell, "
                        + "JVM options: %s",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                seed, rounds, jvmOpts.isEmpty() ? "(none)" : String.join(" ", jvmOpts));
        String table = table(results, sizes, runners, false);
        String stages = runners.contains(KAMPANJEKIT) ? stages(results, sizes, logs, KAMPANJEKIT) : "";
        String again = runners.contains(KAMPANJEKIT_AGAIN) ? secondBuilds(results, sizes)
                + "\nStage timings of build --force, median ms:\n" + stages(results, sizes, logs, KAMPANJEKIT_FORCE)
                + "\nStage timings after one guide was edited, median ms:\n" + stages(results, sizes, logs, KAMPANJEKIT_EDIT) : "";
        System.out.println();
        System.out.println(header);
        System.out.println(table);
        if (!stages.isEmpty()) {
            System.out.println("Kampanjekit's own stage timings (build --timings), median ms:");
            System.out.println(stages);
        }
        if (!again.isEmpty()) {
            System.out.println("Second builds into the same folder (median seconds, and the first build's median over theirs):");
            System.out.println(again);
        }
        Files.writeString(work.resolve("results.md"), header + "\n\n" + table(results, sizes, runners, true)
                + (stages.isEmpty() ? "" : "\nKampanjekit's own stage timings (build --timings), median ms:\n\n```\n" + stages + "```\n")
                + (again.isEmpty() ? "" : "\nSecond builds into the same folder (median seconds, and the first build's median over theirs):\n\n```\n"
                        + again + "```\n"),
                StandardCharsets.UTF_8);
        Files.writeString(work.resolve("results.csv"), csv(results), StandardCharsets.UTF_8);
        System.out.println("Raw runs: " + repo.relativize(work.resolve("results.csv"))
                + "; Markdown table: " + repo.relativize(work.resolve("results.md")));
        return results.stream().filter(Run::kept).allMatch(Run::ok) ? 0 : 1;
    }

    // ---------------------------------------------------------------- one run

    private String classpath(String runner) {
        return options.get("cp-" + (runner.startsWith(KAMPANJEKIT) ? KAMPANJEKIT : runner));
    }

    private List<String> command(String runner, Path corpus, Path out) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(jvmOpts);
        cmd.add("-cp");
        cmd.add(classpath(runner));
        switch (runner) {
            case JBAKE -> cmd.addAll(List.of("no.kampanjekit.bench.jbake.JBakeMain",
                    corpus.resolve("jbake").toString(), out.toString()));
            case FLOOR -> cmd.addAll(List.of("no.kampanjekit.bench.floor.FloorMain",
                    corpus.resolve("kampanjekit/content").toString(), out.toString()));
            case KAMPANJEKIT, KAMPANJEKIT_AGAIN, KAMPANJEKIT_FORCE, KAMPANJEKIT_EDIT -> {
                cmd.addAll(List.of(options.getOrDefault("kampanjekit-main", "no.kampanjekit.Main"), "build",
                        "--project", corpus.resolve("kampanjekit").toString(), "--out", out.toString()));
                if (runner.equals(KAMPANJEKIT_FORCE)) {
                    cmd.add("--force");
                }
                if (Boolean.parseBoolean(options.getOrDefault("kampanjekit-timings", "false"))) {
                    cmd.add("--timings");
                }
            }
            default -> throw new IllegalArgumentException(runner);
        }
        return cmd;
    }

    private static Path logFile(Path logs, int size, String runner, int round) {
        return logs.resolve(size + "-" + runner + "-" + round + ".log");
    }

    private Run measure(int size, String runner, int round, Path corpus, Path logs) throws Exception {
        // The second builds go where the first went, and find what it left.
        Path out = work.resolve("out").resolve((runner.startsWith(KAMPANJEKIT) ? KAMPANJEKIT : runner) + "-" + size);
        if (!List.of(KAMPANJEKIT_AGAIN, KAMPANJEKIT_FORCE, KAMPANJEKIT_EDIT).contains(runner)) {
            Corpus.deleteTree(out);
        }
        if (runner.equals(KAMPANJEKIT_EDIT)) {
            editOneGuide(corpus.resolve("kampanjekit/content"), round);
        }
        if (runner.equals(KAMPANJEKIT)) {
            // Everything the last build kept beside its output: caches, the build stamp, a staging folder.
            try (Stream<Path> siblings = Files.list(out.getParent())) {
                for (Path left : siblings.filter(p -> p.getFileName().toString().startsWith(out.getFileName() + ".")).toList()) {
                    Corpus.deleteTree(left);
                }
            }
        }
        Files.createDirectories(out.getParent());
        Path log = logFile(logs, size, runner, round);
        Path timeFile = logs.resolve(size + "-" + runner + "-" + round + ".time");

        List<String> cmd = new ArrayList<>();
        if (gnuTime) {
            cmd.addAll(List.of("/usr/bin/time", "-v", "-o", timeFile.toString()));
        }
        cmd.addAll(command(runner, corpus, out));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());

        String busyBefore = waitForQuiet();
        long[] ticksBefore = cpuTicks();
        long start = System.nanoTime();
        Process process = pb.start();
        long hwm = 0;
        boolean finished;
        if (gnuTime) {
            finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        } else {
            // VmHWM only grows, so the last sample before exit is the peak to within one interval.
            long deadline = start + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            while (!(finished = process.waitFor(20, TimeUnit.MILLISECONDS)) && System.nanoTime() < deadline) {
                hwm = Math.max(hwm, vmHwmKiB(process.pid()));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] ticksAfter = cpuTicks();
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
            Files.writeString(log, "\nbench: killed after " + timeoutSeconds + " s\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            return new Run(size, runner, round, seconds, Double.NaN, 0, -1, 0, busyBefore, Double.NaN, true);
        }
        long rss = gnuTime ? gnuTimeRssKiB(timeFile) : hwm;
        double cpu = gnuTime ? gnuTimeCpuSeconds(timeFile) : Double.NaN;
        int exit = process.exitValue();
        if (exit != 0) {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            System.err.println("bench: " + runner + " failed; last lines of its output:");
            lines.subList(Math.max(0, lines.size() - 15), lines.size()).forEach(l -> System.err.println("    " + l));
        }
        // Share of all CPU time during the run that went to other processes: the machine's busy
        // share minus the runner's own CPU time over wall time times cores.
        double noise = Double.NaN;
        if (ticksBefore != null && ticksAfter != null && !Double.isNaN(cpu) && ticksAfter[0] > ticksBefore[0]) {
            double busy = 1.0 - (double) (ticksAfter[1] - ticksBefore[1]) / (ticksAfter[0] - ticksBefore[0]);
            noise = Math.max(0, busy - cpu / (seconds * Runtime.getRuntime().availableProcessors()));
        }
        return new Run(size, runner, round, seconds, cpu, rss, exit, countHtml(out), busyBefore, noise, true);
    }

    /** Adds a sentence to the first guide (in file order), so one page and its PDF change. */
    private static void editOneGuide(Path content, int round) throws IOException {
        Path guide;
        try (Stream<Path> files = Files.walk(content)) {
            guide = files.filter(f -> f.toString().endsWith(".md")).sorted().filter(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8).contains("\ntype: guide\n");
                } catch (IOException e) {
                    return false;
                }
            }).findFirst().orElseThrow(() -> new IOException("no guide in " + content));
        }
        Files.writeString(guide, "\nEndret før runde " + round + " av benchmarken.\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static boolean gnuTimeWorks() {
        if (!Files.isExecutable(Path.of("/usr/bin/time"))) {
            return false;
        }
        try {
            Path probe = Files.createTempFile("bench-time", ".txt");
            Process p = new ProcessBuilder("/usr/bin/time", "-v", "-o", probe.toString(), "true")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean ok = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0
                    && gnuTimeRssKiB(probe) > 0;
            Files.deleteIfExists(probe);
            return ok;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static final Pattern MAX_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

    private static long gnuTimeRssKiB(Path timeFile) throws IOException {
        Matcher m = MAX_RSS.matcher(Files.readString(timeFile, StandardCharsets.UTF_8));
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static final Pattern USER = Pattern.compile("User time \\(seconds\\): ([0-9.]+)");
    private static final Pattern SYSTEM = Pattern.compile("System time \\(seconds\\): ([0-9.]+)");

    private static double gnuTimeCpuSeconds(Path timeFile) throws IOException {
        String text = Files.readString(timeFile, StandardCharsets.UTF_8);
        Matcher user = USER.matcher(text);
        Matcher system = SYSTEM.matcher(text);
        return user.find() && system.find()
                ? Double.parseDouble(user.group(1)) + Double.parseDouble(system.group(1)) : Double.NaN;
    }

    /**
     * Waits, up to {@code --quiet-wait} seconds, until the machine's CPUs were at most 15 % busy
     * over one second, so another build on the same machine does not land inside a measurement.
     * Returns the busy share seen last (e.g. {@code 3%}), which goes into results.csv.
     */
    private String waitForQuiet() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(quietWaitSeconds);
        double busy;
        boolean warned = false;
        while (true) {
            busy = busyShare();
            if (busy <= 0.15 || System.nanoTime() >= deadline) {
                break;
            }
            if (!warned) {
                System.err.printf(Locale.ROOT, "bench: CPUs %.0f%% busy with something else; waiting up to %d s%n",
                        busy * 100, quietWaitSeconds);
                warned = true;
            }
        }
        if (busy > 0.15) {
            System.err.printf(Locale.ROOT, "bench: still %.0f%% busy; measuring anyway (see busy_before in results.csv)%n", busy * 100);
        }
        return String.format(Locale.ROOT, "%.0f%%", busy * 100);
    }

    /** Share of all CPU time that was not idle over the next second, from /proc/stat; 0 if unknown. */
    private static double busyShare() throws InterruptedException {
        long[] a = cpuTicks();
        Thread.sleep(1000);
        long[] b = cpuTicks();
        if (a == null || b == null || b[0] == a[0]) {
            return 0;
        }
        return 1.0 - (double) (b[1] - a[1]) / (b[0] - a[0]);
    }

    /** {total, idle + iowait} ticks over all CPUs, or null. */
    private static long[] cpuTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long vmHwmKiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process has just exited.
        }
        return 0;
    }

    private static long countHtml(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(".html")).count();
        }
    }

    // ---------------------------------------------------------------- reporting

    private static double median(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        Collections.sort(v);
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    private static final Pattern STAGE = Pattern.compile("^\\s+(\\S.*?)\\s+(\\d+) ms$");

    /** Medians of the {@code  stage   123 ms} lines Kampanjekit prints with --timings, per size. */
    private static String stages(List<Run> results, List<Integer> sizes, Path logs, String runner) throws IOException {
        Map<String, Map<Integer, List<Double>>> byStage = new LinkedHashMap<>();
        for (Run r : results) {
            if (!r.kept() || !r.ok() || !r.runner().equals(runner)) {
                continue;
            }
            for (String line : Files.readAllLines(logFile(logs, r.size(), r.runner(), r.round()), StandardCharsets.UTF_8)) {
                Matcher m = STAGE.matcher(line);
                if (m.matches()) {
                    byStage.computeIfAbsent(m.group(1), k -> new LinkedHashMap<>())
                            .computeIfAbsent(r.size(), k -> new ArrayList<>()).add(Double.parseDouble(m.group(2)));
                }
            }
        }
        if (byStage.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-18s", "stage"));
        sizes.forEach(size -> sb.append(String.format(Locale.ROOT, "%12s", size + " pages")));
        sb.append('\n');
        byStage.forEach((stage, perSize) -> {
            sb.append(String.format(Locale.ROOT, "%-18s", stage));
            for (int size : sizes) {
                List<Double> v = perSize.get(size);
                sb.append(String.format(Locale.ROOT, "%12s", v == null ? "" : fmt("%.0f", median(v))));
            }
            sb.append('\n');
        });
        return sb.toString();
    }

    /** Per size: the first build's median, then each second build's median and how many times faster it is. */
    private static String secondBuilds(List<Run> results, List<Integer> sizes) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-8s%12s%22s%22s%22s%n", "pages", "first s",
                "nothing changed s", "--force s", "one guide edited s"));
        for (int size : sizes) {
            double first = medianSeconds(results, size, KAMPANJEKIT);
            sb.append(String.format(Locale.ROOT, "%-8d%12.2f", size, first));
            for (String runner : List.of(KAMPANJEKIT_AGAIN, KAMPANJEKIT_FORCE, KAMPANJEKIT_EDIT)) {
                double m = medianSeconds(results, size, runner);
                sb.append(String.format(Locale.ROOT, "%22s", fmt("%.2f", m) + " (" + fmt("%.1f", first / m) + "x)"));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static double medianSeconds(List<Run> results, int size, String runner) {
        List<Double> secs = results.stream().filter(r -> r.kept() && r.ok() && r.size() == size && r.runner().equals(runner))
                .map(Run::seconds).toList();
        return secs.isEmpty() ? Double.NaN : median(secs);
    }

    private static String table(List<Run> results, List<Integer> sizes, List<String> runners, boolean markdown) {
        String[] head = {"pages", "runner", "median s", "min s", "max s", "pages/s", "CPU s", "peak RSS MiB",
                "time / JBake", "CPU / JBake", "RSS / JBake", "html files", "others %"};
        List<String[]> rows = new ArrayList<>();
        for (int size : sizes) {
            Map<String, double[]> medians = new LinkedHashMap<>();
            for (String runner : runners) {
                List<Run> runs = results.stream().filter(r -> r.kept() && r.size() == size && r.runner().equals(runner)).toList();
                if (runs.isEmpty() || !runs.stream().allMatch(Run::ok)) {
                    long failed = runs.stream().filter(r -> !r.ok()).count();
                    rows.add(new String[] {Integer.toString(size), runner, "FAILED " + failed + "/" + runs.size(),
                            "", "", "", "", "", "", "", "", "", ""});
                    continue;
                }
                List<Double> secs = runs.stream().map(Run::seconds).toList();
                List<Double> rss = runs.stream().map(r -> r.rssKiB() / 1024.0).toList();
                List<Double> cpu = runs.stream().map(Run::cpuSeconds).toList();
                medians.put(runner, new double[] {median(secs), median(rss), median(cpu)});
            }
            double[] base = medians.get(JBAKE);
            for (String runner : runners) {
                double[] m = medians.get(runner);
                if (m == null) {
                    continue;
                }
                List<Run> runs = results.stream().filter(r -> r.kept() && r.size() == size && r.runner().equals(runner)).toList();
                double min = runs.stream().mapToDouble(Run::seconds).min().orElse(0);
                double max = runs.stream().mapToDouble(Run::seconds).max().orElse(0);
                List<Long> html = runs.stream().map(Run::htmlFiles).distinct().toList();
                rows.add(new String[] {
                        Integer.toString(size), runner,
                        fmt("%.2f", m[0]), fmt("%.2f", min), fmt("%.2f", max),
                        fmt("%.0f", size / m[0]), Double.isNaN(m[2]) ? "" : fmt("%.2f", m[2]), fmt("%.0f", m[1]),
                        base == null ? "" : fmt("%.2f", m[0] / base[0]),
                        base == null || Double.isNaN(m[2]) ? "" : fmt("%.2f", m[2] / base[2]),
                        base == null ? "" : fmt("%.2f", m[1] / base[1]),
                        html.size() == 1 ? Long.toString(html.get(0)) : html.toString(),
                        fmt("%.0f", 100 * median(runs.stream().map(Run::noise).toList()))});
            }
        }
        StringBuilder sb = new StringBuilder();
        if (markdown) {
            sb.append("| ").append(String.join(" | ", head)).append(" |\n|");
            for (int i = 0; i < head.length; i++) {
                sb.append(i < 2 ? " --- |" : " ---: |");
            }
            sb.append('\n');
            for (String[] row : rows) {
                sb.append("| ").append(String.join(" | ", row)).append(" |\n");
            }
            return sb.toString();
        }
        int[] width = new int[head.length];
        for (int i = 0; i < head.length; i++) {
            width[i] = head[i].length();
            for (String[] row : rows) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        appendRow(sb, head, width);
        for (String[] row : rows) {
            appendRow(sb, row, width);
        }
        return sb.toString();
    }

    private static void appendRow(StringBuilder sb, String[] cells, int[] width) {
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i];
            String pad = " ".repeat(width[i] - cell.length());
            sb.append(i == 1 ? cell + pad : pad + cell).append(i == cells.length - 1 ? "" : "  ");
        }
        sb.append('\n');
    }

    private static String csv(List<Run> results) {
        StringBuilder sb = new StringBuilder("pages,runner,run,seconds,cpu_seconds,peak_rss_kib,exit,html_files,busy_before,noise,kept\n");
        for (Run r : results) {
            sb.append(r.size()).append(',').append(r.runner()).append(',').append(r.round()).append(',')
                    .append(fmt("%.3f", r.seconds())).append(',').append(fmt("%.2f", r.cpuSeconds())).append(',')
                    .append(r.rssKiB()).append(',').append(r.exit()).append(',').append(r.htmlFiles()).append(',')
                    .append(r.busyBefore()).append(',').append(fmt("%.2f", r.noise())).append(',')
                    .append(r.kept()).append('\n');
        }
        return sb.toString();
    }

    private static String fmt(String format, double value) {
        return String.format(Locale.ROOT, format, value);
    }

    // ---------------------------------------------------------------- options

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, got '" + args[i] + "'");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }
}
