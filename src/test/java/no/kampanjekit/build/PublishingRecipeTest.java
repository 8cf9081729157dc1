package no.kampanjekit.build;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The CI recipes cannot run here, so check what can be checked: they are valid YAML, they run
 * the test command README.md gives, they publish target/site, and they cache Maven's downloads.
 */
class PublishingRecipeTest {
    static final String TEST_COMMAND = "mvn -B verify";

    @Test
    void readmeAndCiScriptNameTheSameCommands() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains("mvn -B package"), "README gives the build command");
        assertTrue(readme.contains("bash .ci/run"), "README gives the test command");
        assertTrue(Files.readString(Path.of(".ci/run")).contains("mvn -B -ntp verify"), ".ci/run runs the tests with Maven");
    }

    @Test
    void githubWorkflowBuildsTestsAndPublishesTheSite() throws Exception {
        String text = Files.readString(Path.of(".github/workflows/pages.yml"));
        Map<?, ?> workflow = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(text);
        Map<?, ?> build = (Map<?, ?>) ((Map<?, ?>) workflow.get("jobs")).get("build");
        List<?> steps = (List<?>) build.get("steps");
        assertTrue(steps.stream().anyMatch(s -> TEST_COMMAND.equals(((Map<?, ?>) s).get("run"))), "runs " + TEST_COMMAND);
        assertTrue(text.contains("path: target/site"), "publishes target/site");
        assertTrue(text.contains("~/.m2/repository"), "caches the Maven repository");
        assertTrue(steps.stream().map(s -> (Map<?, ?>) s).filter(s -> String.valueOf(s.get("uses")).startsWith("actions/cache@"))
                .map(s -> String.valueOf(((Map<?, ?>) s.get("with")).get("path")))
                .anyMatch(path -> path.contains("target/site.print-cache") && path.contains("target/site.deck-cache")
                        && path.contains("target/site.social-cache") && path.contains("target/site.page-cache") && path.contains("target/site.link-cache")),
                "keeps the rendered PDFs and cards between runs");
    }

    @Test
    void gitlabPipelineBuildsTestsAndPublishesTheSite() throws Exception {
        String text = Files.readString(Path.of(".gitlab-ci.yml"));
        Map<?, ?> pipeline = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(text);
        Map<?, ?> pages = (Map<?, ?>) pipeline.get("pages");
        assertTrue(((List<?>) pages.get("script")).contains(TEST_COMMAND), "runs " + TEST_COMMAND);
        assertTrue(((List<?>) pages.get("script")).stream().anyMatch(s -> s.toString().contains("cp -r target/site public")));
        assertTrue(text.contains(".m2/repository"), "caches the Maven repository");
        List<?> caches = (List<?>) pipeline.get("cache");
        assertTrue(caches.stream().map(c -> String.valueOf(((Map<?, ?>) c).get("paths")))
                .anyMatch(paths -> paths.contains("target/site.print-cache") && paths.contains("target/site.deck-cache")
                        && paths.contains("target/site.social-cache") && paths.contains("target/site.page-cache") && paths.contains("target/site.link-cache")),
                "keeps the rendered PDFs and cards between runs");
    }
}
