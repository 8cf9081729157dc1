package no.kampanjekit.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.List;
import no.kampanjekit.build.Pipeline;
import no.kampanjekit.diagnostics.Diagnostics;
import no.kampanjekit.markdown.MarkdownEngine;
import no.kampanjekit.render.pptx.SlideDeckStage;
import no.kampanjekit.model.Site;
import no.kampanjekit.testing.SampleSites;

/** The basic sample site, built once per test run with its PDFs, shared by the print tests. */
final class PrintedSample {
    static final String DOWNLOADS = "downloads/kit-a/";

    private static PrintedSample instance;

    final Path project;
    final Path site;
    final Site model;
    /** The sample's deck, as the build hands it to the print stage. */
    final List<PrintRenderer.DeckPdf> decks;

    private PrintedSample(Path project, Path site, Site model, List<PrintRenderer.DeckPdf> decks) {
        this.project = project;
        this.site = site;
        this.model = model;
        this.decks = decks;
    }

    static synchronized PrintedSample get() {
        if (instance == null) {
            try {
                Path tmp = Files.createTempDirectory("kk-print-test");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(tmp)));
                Path project = SampleSites.project("basic", tmp.resolve("project"));
                Path out = tmp.resolve("site");
                Pipeline.Result result = new Pipeline().build(project, out, Pipeline.Options.PUBLISH);
                var read = SlideDeckStage.read(result.site(), project, new MarkdownEngine(), new Diagnostics());
                List<PrintRenderer.DeckPdf> decks = read.decks().entrySet().stream()
                        .map(e -> new PrintRenderer.DeckPdf(e.getValue(), read.pdf(e.getKey()))).toList();
                instance = new PrintedSample(project, out, result.site(), decks);
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
