package no.kampanjekit.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The editor's day, timed on the shipped site: how long from saving a page until the reloaded page
 * shows the change in the preview, the same for a template, and how long {@code check} takes.
 *
 * <p>The preview runs as its own JVM ({@code no.kampanjekit.cli.Main serve}) on a copy of the
 * repository's {@code kampanjekit.yml}, {@code content/}, {@code templates/}, {@code assets/} and
 * {@code kits/} under {@code --work}, so the repository itself is never touched. The harness
 * listens to the reload stream ({@code /_kampanjekit/events}) as the browser's live.js does, saves
 * a file, waits for the reload message and then fetches the page until it holds the new text.
 * Each figure is from the save (just before the write) to the page that shows it.
 *
 * <p>Options: {@code --repo DIR --work DIR --cp CLASSPATH [--runs 7] [--java PATH]
 * [--jvm-opts "..."] [--page content/….md --page-uri …/] [--check-runs 5]}
 */
public final class ServeBench {
    private static final String MAIN = "no.kampanjekit.cli.Main";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Map<String, String> options;
    private final Path repo;
    private final Path work;
    private final String classpath;
    private final String java;
    private final List<String> jvmOpts;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServeBench(Map<String, String> options) {
        this.options = options;
        this.repo = Path.of(Bench.require(options, "repo")).toAbsolutePath().normalize();
        this.work = Path.of(Bench.require(options, "work")).toAbsolutePath().normalize();
        this.classpath = Bench.require(options, "cp");
        this.java = options.getOrDefault("java", "java");
        String opts = options.getOrDefault("jvm-opts", "").trim();
        this.jvmOpts = opts.isEmpty() ? List.of() : Arrays.asList(opts.split("\\s+"));
    }

    public static void main(String[] args) throws Exception {
        System.exit(new ServeBench(Bench.parse(args)).run());
    }

    private int run() throws Exception {
        int runs = Integer.parseInt(options.getOrDefault("runs", "7"));
        int checkRuns = Integer.parseInt(options.getOrDefault("check-runs", "5"));
        String pagePath = options.getOrDefault("page", "content/kjernejournal-pll/sjekkliste-ikt.md");
        String pageUri = options.getOrDefault("page-uri", pagePath.substring("content/".length()).replaceFirst("\\.md$", "/"));
        Path dir = work.resolve("serve");
        Path project = dir.resolve("project");
        Corpus.deleteTree(dir);
        copyProject(project);
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "serve benchmark: %d runs each, %s, JVM options: %s%n", runs, pagePath,
                jvmOpts.isEmpty() ? "(none)" : String.join(" ", jvmOpts)));

        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOpts);
        command.addAll(List.of("-cp", classpath, MAIN, "serve", "--project", project.toString(), "--out",
                dir.resolve("preview").toString(), "--port", Integer.toString(port)));
        String load = loadAverage();
        long start = System.nanoTime();
        Process server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile()).start();
        try {
            awaitPage(base.resolve(pageUri), "<html", start, server);
            double startup = (System.nanoTime() - start) / 1e6;
            report.append(String.format(Locale.ROOT, "  start-up (JVM start, first build, page served): %.0f ms (load average before: %s)%n", startup, load));

            BlockingQueue<Long> reloads = new LinkedBlockingQueue<>();
            listen(base.resolve("_kampanjekit/events"), reloads);

            Path page = project.resolve(pagePath);
            String original = Files.readString(page);
            long pid = server.pid();
            report.append(series("content: save a page → reloaded page shows the change", runs, reloads, base.resolve(pageUri), pid,
                    i -> {
                        String token = "Benkmerke" + i + "x" + System.nanoTime();
                        Files.writeString(page, original + "\n\nMålt endring: " + token + "\n");
                        return token;
                    }));
            Path template = project.resolve("templates/layout/base.ftl");
            String layout = Files.readString(template);
            int at = layout.lastIndexOf("</body>");
            if (at < 0) throw new IllegalStateException("templates/layout/base.ftl has no </body>");
            report.append(series("template: save the layout → reloaded page shows the change", runs, reloads, base.resolve(pageUri), pid,
                    i -> {
                        String token = "benkmerke-" + i + "-" + System.nanoTime();
                        Files.writeString(template, layout.substring(0, at) + "<!-- " + token + " -->\n" + layout.substring(at));
                        return token;
                    }));
        } finally {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) server.destroyForcibly();
        }

        List<Double> checks = new ArrayList<>();
        List<Double> checkCpu = new ArrayList<>();
        String checkLoad = loadAverage();
        for (int i = 0; i < checkRuns; i++) {
            List<String> check = new ArrayList<>(List.of(java));
            check.addAll(jvmOpts);
            check.addAll(List.of("-cp", classpath, MAIN, "check", "--project", repo.toString()));
            long t0 = System.nanoTime();
            long cpu0 = childrenCpuMillis();
            Process p = new ProcessBuilder(check).redirectErrorStream(true).redirectOutput(dir.resolve("check.log").toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("check failed; see " + dir.resolve("check.log"));
            }
            checks.add((System.nanoTime() - t0) / 1e6);
            checkCpu.add((double) (childrenCpuMillis() - cpu0));
        }
        report.append(line("check: java … Main check on the shipped site (own JVM)", checks, checkLoad));
        report.append(String.format(Locale.ROOT, "      CPU (user + system, all threads): median %.0f ms%n", median(checkCpu)));
        System.out.print(report);
        Files.writeString(dir.resolve("results.txt"), report.toString());
        return 0;
    }

    interface Edit {
        String apply(int round) throws IOException;
    }

    /** One warm-up save (not counted: the server's JIT is cold), then {@code runs} timed ones. */
    private String series(String what, int runs, BlockingQueue<Long> reloads, URI page, long pid, Edit edit) throws Exception {
        String load = loadAverage();
        List<Double> total = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Double> toReload = new ArrayList<>();
        double first = 0;
        for (int i = 0; i <= runs; i++) {
            Thread.sleep(700); // let the watcher settle, as between an editor's saves
            reloads.clear();
            long cpu0 = cpuMillis(pid);
            long t0 = System.nanoTime();
            String token = edit.apply(i);
            // The reload message, as live.js gets it; a message from an earlier build may come first, so
            // wait until a page fetched after a message holds the new text.
            long reloaded;
            String body;
            while (true) {
                Long at = reloads.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                if (at == null) throw new IllegalStateException("no reload within " + TIMEOUT + " after a save (" + what + ")");
                reloaded = at;
                body = get(page);
                if (body.contains(token)) break;
            }
            long shown = System.nanoTime();
            long cpu1 = cpuMillis(pid);
            if (i == 0) {
                first = (shown - t0) / 1e6;
                continue;
            }
            toReload.add((reloaded - t0) / 1e6);
            total.add((shown - t0) / 1e6);
            cpu.add((double) (cpu1 - cpu0));
        }
        return line(what, total, load) + String.format(Locale.ROOT,
                "      of which until the reload message: median %.0f ms; server CPU per save (user + system, all threads): median %.0f ms;"
                        + " first save (cold JIT, not counted): %.0f ms%n", median(toReload), median(cpu), first);
    }

    private static String line(String what, List<Double> ms, String load) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "  %s: median %.0f ms, min %.0f, max %.0f (n=%d, load average before: %s)%n", what, median(sorted),
                sorted.get(0), sorted.get(sorted.size() - 1), sorted.size(), load);
    }

    private static double median(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        int n = s.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    /** Reads the event stream on a thread of its own and queues the arrival time of every reload message. */
    private void listen(URI events, BlockingQueue<Long> reloads) {
        HttpRequest request = HttpRequest.newBuilder(events).header("Accept", "text/event-stream").build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
            try (Stream<String> lines = response.body()) {
                lines.forEach(l -> {
                    if (l.startsWith("data:")) reloads.add(System.nanoTime());
                });
            }
        });
    }

    private String get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private void awaitPage(URI uri, String text, long start, Process server) throws Exception {
        while (System.nanoTime() - start < TimeUnit.MINUTES.toNanos(5)) {
            if (!server.isAlive()) throw new IllegalStateException("the preview server stopped; see its log under " + work.resolve("serve"));
            try {
                if (get(uri).contains(text)) return;
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(25);
        }
        throw new IllegalStateException("the preview did not serve " + uri + " within 5 minutes");
    }

    private void copyProject(Path project) throws IOException {
        Files.createDirectories(project);
        Files.copy(repo.resolve("kampanjekit.yml"), project.resolve("kampanjekit.yml"));
        for (String folder : List.of("content", "templates", "assets", "kits")) {
            Path from = repo.resolve(folder);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path f : files.toList()) {
                    Path to = project.resolve(folder).resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) Files.createDirectories(to);
                    else Files.copy(f, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** CPU time a process used so far (user + system, all its threads), from /proc; 0 if unknown. */
    static long cpuMillis(long pid) {
        return ticks("/proc/" + pid + "/stat", 14); // utime + stime
    }

    /** CPU time of this process's finished, waited-for children (the check runs), from /proc. */
    static long childrenCpuMillis() {
        return ticks("/proc/self/stat", 16); // cutime + cstime
    }

    /** Field {@code field} and the one after it of a stat file (numbered as in proc(5)), in ms at Linux's 100 ticks a second. */
    private static long ticks(String file, int field) {
        try {
            String stat = Files.readString(Path.of(file), StandardCharsets.US_ASCII);
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // After the command name in brackets comes field 3, the state.
            return (Long.parseLong(f[field - 3]) + Long.parseLong(f[field - 2])) * 10;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The 1-, 5- and 15-minute load averages, as {@code uptime} shows them. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
