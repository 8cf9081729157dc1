package no.kampanjekit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Stock JBake is only the benchmark's baseline (bench/, a Maven build of its own): neither it nor
 * what it drags in (Jetty, Logback, OrientDB) may reach the generator. See docs/dependencies.md.
 */
class DependencyHygieneTest {
    static final Pattern BANNED = Pattern.compile("jbake|jetty|logback|orientdb|log4j-core|/log4j/log4j/");

    @Test
    void thePomDeclaresNothingFromJBakesWorld() throws Exception {
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File("pom.xml"));
        NodeList deps = pom.getElementsByTagName("dependency");
        List<String> declared = new ArrayList<>();
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            declared.add(text(d, "groupId") + ":" + text(d, "artifactId"));
        }
        assertTrue(declared.contains("org.freemarker:freemarker"), "read the dependencies: " + declared);
        assertEquals(List.of(), declared.stream().filter(d -> BANNED.matcher(d.toLowerCase(Locale.ROOT)).find()).toList());
    }

    @Test
    void theRuntimeClassPathHasNoJBakeJettyOrLogback() throws Exception {
        Path file = Path.of("target/runtime-classpath.txt");
        assertTrue(Files.exists(file), "written by maven-dependency-plugin (execution runtime-classpath in pom.xml)");
        List<String> jars = Arrays.asList(Files.readString(file).strip().split(File.pathSeparator));
        assertTrue(jars.stream().anyMatch(j -> j.contains("freemarker")), "the runtime class path: " + jars);
        assertEquals(List.of(), jars.stream().filter(j -> BANNED.matcher(j.replace('\\', '/').toLowerCase(Locale.ROOT)).find()).toList());
    }

    @Test
    void noJBakeOrLogbackEvenInTheTests() {
        // Jetty is on the test class path (the Nu HTML Checker's), so only these two are checked here.
        List<String> jars = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        assertEquals(List.of(), jars.stream().filter(j -> Pattern.compile("jbake|logback|orientdb").matcher(j.toLowerCase(Locale.ROOT)).find()).toList());
    }

    private static String text(Element e, String tag) {
        NodeList n = e.getElementsByTagName(tag);
        return n.getLength() == 0 ? "" : n.item(0).getTextContent().strip();
    }
}
