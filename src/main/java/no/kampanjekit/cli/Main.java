package no.kampanjekit.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import no.kampanjekit.build.BuildStamp;
import no.kampanjekit.build.Pipeline;
import no.kampanjekit.diagnostics.ContentErrorsException;
import no.kampanjekit.diagnostics.Diagnostic;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.model.ContentType;
import no.kampanjekit.render.cms.AdminSite;
import no.kampanjekit.scaffold.Scaffold;
import no.kampanjekit.serve.PreviewServer;
import java.time.LocalDate;

/**
 * The command line: {@code build} makes the site, {@code check} only validates. Exit code 0 when
 * all is well, 1 on content errors, 2 on wrong usage or an internal failure.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            out.println(usage());
            return args.length == 0 ? 2 : 0;
        }
        String command = args[0];
        if (command.equals("new")) return newFile(args, out, err);
        Path project = Path.of(".");
        Path target = null;
        Path decap = null;
        boolean drafts = false;
        boolean timings = false;
        boolean force = false;
        boolean json = false;
        String host = "127.0.0.1";
        int port = 8000;
        for (int i = 1; i < args.length; i++) {
            if (List.of("--project", "--out", "--host", "--port", "--decap").contains(args[i]) && i + 1 >= args.length) {
                err.println("kampanjekit: " + args[i] + " needs a folder\n" + usage());
                return 2;
            }
            switch (args[i]) {
                case "--project" -> project = Path.of(args[++i]);
                case "--out" -> target = Path.of(args[++i]);
                case "--decap" -> decap = Path.of(args[++i]);
                case "--drafts" -> drafts = true;
                case "--timings" -> timings = true;
                case "--force" -> force = true;
                case "--format=json" -> json = true;
                case "--host" -> host = args[++i];
                case "--port" -> {
                    try {
                        port = Integer.parseInt(args[++i]);
                    } catch (RuntimeException e) {
                        err.println("kampanjekit: --port takes a number, e.g. --port 8000");
                        return 2;
                    }
                }
                case "--format" -> {
                    if (i + 1 >= args.length || !args[i + 1].equals("json")) {
                        err.println("kampanjekit: --format takes json\n" + usage());
                        return 2;
                    }
                    json = true;
                    i++;
                }
                default -> {
                    err.println("kampanjekit: unknown option '" + args[i] + "'\n" + usage());
                    return 2;
                }
            }
        }
        if (!Files.isDirectory(project)) {
            err.println("kampanjekit: the project folder " + project + " does not exist");
            return 2;
        }
        Path outDir = target != null ? target : project.resolve("target/site");
        if (decap != null && !AdminSite.isDecap(decap)) {
            err.println("kampanjekit: --decap " + decap + " has no " + AdminSite.DECAP_JS + "; `mvn generate-resources` fetches Decap CMS into target/vendor/decap-cms");
            return 2;
        }
        if (decap == null && (command.equals("build") || command.equals("serve"))) {
            // Not a content problem: the site is complete without the editor, so say it once and go on.
            err.println("kampanjekit: note: no /admin/ (editing in the browser) in this build; run it through Maven (mvn package,"
                    + " exec:java@serve), which fetches Decap CMS, or pass --decap DIR");
        }
        Pipeline pipeline = new Pipeline();
        Pipeline.Options options = new Pipeline.Options(drafts, decap);
        long start = System.nanoTime();
        try {
            switch (command) {
                case "build" -> {
                    // Nothing changed since the last build into outDir: what it would make is there already.
                    BuildStamp stamp = BuildStamp.before(project, outDir, options);
                    Optional<BuildStamp.Last> last = force ? Optional.empty() : stamp.upToDate();
                    if (last.isPresent()) {
                        last.get().warnings().forEach(err::println);
                        if (timings) out.printf("  %-16s %6d ms%n", "up-to-date check", (System.nanoTime() - start) / 1_000_000);
                        out.printf("kampanjekit: nothing changed since the last build; %s is up to date (%d pages and %d kits, checked in %.1f s;"
                                + " --force builds anyway)%n", outDir, last.get().pages(), last.get().kits(), (System.nanoTime() - start) / 1e9);
                        return 0;
                    }
                    stamp.forget();
                    Pipeline.Result result = pipeline.build(project, outDir, options);
                    List<String> warnings = result.warnings().stream().map(Diagnostic::format).toList();
                    stamp.record(new BuildStamp.Last(result.site().items().size(), result.site().kits().size(), warnings));
                    warnings.forEach(err::println);
                    if (timings) result.stageMillis().forEach((stage, ms) -> out.printf("  %-16s %6d ms%n", stage, ms));
                    out.printf("kampanjekit: built %d pages and %d kits into %s in %.1f s%n", result.site().items().size(),
                            result.site().kits().size(), outDir, (System.nanoTime() - start) / 1e9);
                }
                case "check" -> {
                    var site = pipeline.check(project, options, new Diagnostics());
                    if (json) out.println("[]");
                    else out.printf("kampanjekit: %d pages and %d kits checked, no errors (%.1f s)%n", site.items().size(), site.kits().size(),
                            (System.nanoTime() - start) / 1e9);
                }
                case "serve" -> {
                    Path previewDir = target != null ? target : project.resolve("target/preview");
                    PreviewServer server = new PreviewServer(project, previewDir, host, port, decap);
                    out.println("kampanjekit: preview on " + server.uri() + " (drafts included; rebuilds when you save; Ctrl+C stops)");
                    if (!server.problems().isEmpty()) server.problems().forEach(d -> err.println(d.format()));
                    Thread.currentThread().join();
                }
                default -> {
                    err.println("kampanjekit: unknown command '" + command + "'\n" + usage());
                    return 2;
                }
            }
            return 0;
        } catch (ContentErrorsException e) {
            List<Diagnostic> all = e.diagnostics();
            if (json) {
                out.println(DiagnosticsJson.write(all));
                return 1;
            }
            all.forEach(d -> err.println(d.format()));
            long errors = all.stream().filter(Diagnostic::isError).count();
            err.printf("kampanjekit: %d error%s; nothing was published (%s is unchanged)%n", errors, errors == 1 ? "" : "s", outDir);
            return 1;
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            // Not a content problem: a bug or the machine. Say so plainly; the trace helps whoever fixes it.
            err.println("kampanjekit: internal error: " + e);
            e.printStackTrace(err);
            return 2;
        }
    }

    /** {@code new <type> <title> [--kit ID] [--project DIR]} and {@code new kit <title>}. */
    private static int newFile(String[] args, PrintStream out, PrintStream err) {
        Path project = Path.of(".");
        String kit = null;
        List<String> words = new java.util.ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if ((args[i].equals("--kit") || args[i].equals("--project")) && i + 1 < args.length) {
                if (args[i].equals("--kit")) kit = args[++i];
                else project = Path.of(args[++i]);
            } else {
                words.add(args[i]);
            }
        }
        if (words.size() < 2) {
            err.println("kampanjekit: new needs a type and a title, e.g. new checklist \"Sjekkliste for IKT\" --kit kjernejournal-pll\n" + usage());
            return 2;
        }
        String type = words.get(0);
        String title = String.join(" ", words.subList(1, words.size()));
        try {
            String made;
            if (type.equals("kit")) {
                made = Scaffold.kit(project, title, LocalDate.now());
            } else {
                var contentType = ContentType.fromId(type);
                if (contentType.isEmpty()) {
                    err.println("kampanjekit: unknown type '" + type + "' (use kit or one of: " + String.join(", ", ContentType.ids()) + ")");
                    return 2;
                }
                if (kit != null && !Files.isRegularFile(project.resolve("kits/" + kit + ".yml"))) {
                    err.println("kampanjekit: there is no kits/" + kit + ".yml (create it with: new kit \"Title\")");
                    return 2;
                }
                made = Scaffold.page(project, contentType.get(), title, kit, LocalDate.now());
            }
            out.println("kampanjekit: created " + made + (type.equals("kit") ? " and its first page, a draft" : " as a draft: set `status: published` when it is ready"));
            return 0;
        } catch (java.io.IOException e) {
            err.println("kampanjekit: " + e.getMessage());
            return 1;
        }
    }

    static String usage() {
        return """
                usage: kampanjekit <command> [--project DIR] [--out DIR] [--drafts] [--timings]
                  build   build the site and every download into --out (default DIR/target/site); does nothing when
                          nothing changed since the last build there (--force builds anyway, still reusing unchanged downloads)
                  check   check content, kits and links without writing anything (--format=json for CI annotations)
                  new     new <type> <title> [--kit ID]: a page with valid front matter; new kit <title>: a kit
                  serve   preview on http://127.0.0.1:8000/ (--port N; --host ADDR to listen elsewhere), reloading on save
                  --drafts  include pages with `status: draft` (preview only)
                  --decap DIR  add /admin/ (editing in the browser) with Decap CMS from DIR (Maven passes target/vendor/decap-cms)
                  --timings print how long each stage took""";
    }
}
