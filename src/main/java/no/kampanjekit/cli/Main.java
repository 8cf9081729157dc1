package no.kampanjekit.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.kampanjekit.build.Pipeline;
import no.kampanjekit.diagnostics.ContentErrorsException;
import no.kampanjekit.diagnostics.Diagnostic;
import no.kampanjekit.diagnostics.Diagnostics;

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
        Path project = Path.of(".");
        Path target = null;
        boolean drafts = false;
        boolean timings = false;
        for (int i = 1; i < args.length; i++) {
            if ((args[i].equals("--project") || args[i].equals("--out")) && i + 1 >= args.length) {
                err.println("kampanjekit: " + args[i] + " needs a folder\n" + usage());
                return 2;
            }
            switch (args[i]) {
                case "--project" -> project = Path.of(args[++i]);
                case "--out" -> target = Path.of(args[++i]);
                case "--drafts" -> drafts = true;
                case "--timings" -> timings = true;
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
        Pipeline pipeline = new Pipeline();
        Pipeline.Options options = new Pipeline.Options(drafts);
        long start = System.nanoTime();
        try {
            switch (command) {
                case "build" -> {
                    Pipeline.Result result = pipeline.build(project, outDir, options);
                    result.warnings().forEach(w -> err.println(w.format()));
                    if (timings) result.stageMillis().forEach((stage, ms) -> out.printf("  %-16s %6d ms%n", stage, ms));
                    out.printf("kampanjekit: built %d pages and %d kits into %s in %.1f s%n", result.site().items().size(),
                            result.site().kits().size(), outDir, (System.nanoTime() - start) / 1e9);
                }
                case "check" -> {
                    var site = pipeline.check(project, options, new Diagnostics());
                    out.printf("kampanjekit: %d pages and %d kits checked, no errors (%.1f s)%n", site.items().size(), site.kits().size(),
                            (System.nanoTime() - start) / 1e9);
                }
                default -> {
                    err.println("kampanjekit: unknown command '" + command + "'\n" + usage());
                    return 2;
                }
            }
            return 0;
        } catch (ContentErrorsException e) {
            List<Diagnostic> all = e.diagnostics();
            all.forEach(d -> err.println(d.format()));
            long errors = all.stream().filter(Diagnostic::isError).count();
            err.printf("kampanjekit: %d error%s; nothing was published (%s is unchanged)%n", errors, errors == 1 ? "" : "s", outDir);
            return 1;
        } catch (Exception e) {
            // Not a content problem: a bug or the machine. Say so plainly; the trace helps whoever fixes it.
            err.println("kampanjekit: internal error: " + e);
            e.printStackTrace(err);
            return 2;
        }
    }

    static String usage() {
        return """
                usage: kampanjekit <command> [--project DIR] [--out DIR] [--drafts] [--timings]
                  build   build the site and every download into --out (default DIR/target/site)
                  check   check content, kits and links without writing anything
                  --drafts  include pages with `status: draft` (preview only)
                  --timings print how long each stage took""";
    }
}
