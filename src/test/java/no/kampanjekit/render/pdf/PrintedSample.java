package no.kampanjekit.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import no.kampanjekit.build.Pipeline;
import no.kampanjekit.model.Site;
import no.kampanjekit.testing.SampleSites;

/** The basic sample site, built once per test run with its PDFs, shared by the print tests. */
final class PrintedSample {
    static final String DOWNLOADS = "downloads/kit-a/";

    private static PrintedSample instance;

    final Path project;
    final Path site;
    final Site model;

    private PrintedSample(Path project, Path site, Site model) {
        this.project = project;
        this.site = site;
        this.model = model;
    }

    static synchronized PrintedSample get() {
        if (instance == null) {
            try {
                Path tmp = Files.createTempDirectory("kk-print-test");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(tmp)));
                Path project = SampleSites.project("basic", tmp.resolve("project"));
                Path out = tmp.resolve("site");
                Pipeline.Result result = new Pipeline().build(project, out, Pipeline.Options.PUBLISH);
                instance = new PrintedSample(project, out, result.site());
            } catch (Exception e) {
                throw new IllegalStateException("the sample site did not build", e);
            }
        }
        return instance;
    }

    byte[] pdf(String name) {
        try {
            return Files.readAllBytes(site.resolve(DOWNLOADS + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // temporary files; the OS cleans up the rest
        }
    }
}
