package no.kampanjekit.render.site;

import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FirstMatchTemplateConfigurationFactory;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateConfiguration;
import freemarker.core.XMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import no.kampanjekit.diagnostics.Diagnostics;

/**
 * The Freemarker adapter: the only place that knows Freemarker. HTML templates escape every value
 * by default; only rendered Markdown, passed through {@link #markup}, goes in as it is.
 */
public final class TemplateEngine {
    private final Configuration cfg;
    /** Template problems already reported: the same broken line fails on every page, so it is reported once. */
    private final java.util.Set<String> reported = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        // Freemarker logs through whatever library it finds; test jars bring log4j, which then
        // prints every template lookup. Templates report through diagnostics, so no logging.
        if (System.getProperty("org.freemarker.loggerLibrary") == null) System.setProperty("org.freemarker.loggerLibrary", "none");
    }

    /**
     * Configurations by templates folder, kept between builds in one JVM (the preview server's): a
     * configuration keeps its parsed templates, and parsing every template again took a tenth of a
     * preview rebuild. Freemarker checks each template file's date on every use (delay 0 below), so
     * a saved template is read again at once. A few folders only, for test runs with many.
     */
    private static final Map<Path, Configuration> CONFIGURATIONS = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Path, Configuration> eldest) {
                    return size() > 4;
                }
            });

    public TemplateEngine(Path templatesDir) throws IOException {
        Path dir = templatesDir.toAbsolutePath().normalize();
        Configuration shared = CONFIGURATIONS.get(dir);
        if (shared == null) {
            shared = configuration(dir);
            CONFIGURATIONS.put(dir, shared);
        }
        cfg = shared;
    }

    private static Configuration configuration(Path templatesDir) throws IOException {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateUpdateDelayMilliseconds(0);
        cfg.setDirectoryForTemplateLoading(templatesDir.toFile());
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
        TemplateConfiguration xml = new TemplateConfiguration();
        xml.setOutputFormat(XMLOutputFormat.INSTANCE);
        TemplateConfiguration text = new TemplateConfiguration();
        text.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        cfg.setTemplateConfigurations(new FirstMatchTemplateConfigurationFactory(
                new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.xml.ftl"), xml),
                new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.txt.ftl"), text))
                .allowNoMatch(true));
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        // Output must not depend on the machine's locale or time zone.
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        return cfg;
    }

    /** Wraps rendered Markdown so templates insert it without escaping. */
    public static TemplateModel markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (freemarker.template.TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean exists(String name) {
        try {
            cfg.getTemplate(name);
            return true;
        } catch (freemarker.template.TemplateNotFoundException e) {
            return false;
        } catch (IOException e) {
            return true; // it exists but does not parse: rendering reports where
        }
    }

    /**
     * Renders a template; a problem in the template becomes a diagnostic at the template's line.
     *
     * @param forWhat the page being made, named in the message
     */
    public Optional<String> render(String name, Map<String, Object> model, String forWhat, Diagnostics diagnostics) {
        try {
            Template template = cfg.getTemplate(name);
            StringWriter out = new StringWriter(16 * 1024);
            template.process(model, out);
            return Optional.of(out.toString());
        } catch (freemarker.template.TemplateNotFoundException e) {
            diagnostics.error("templates/" + name, 0, 0, "template is missing (needed for " + forWhat + ")",
                    "create templates/" + name + "; see docs/templates.md");
        } catch (ParseException e) {
            diagnostics.error("templates/" + (e.getTemplateName() == null ? name : e.getTemplateName()), e.getLineNumber(), e.getColumnNumber(),
                    "template syntax error: " + firstLine(e.getEditorMessage()), "fix the template; see docs/templates.md");
        } catch (TemplateException e) {
            String where = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            int col = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
            String blamed = e.getBlamedExpressionString();
            if (!reported.add(where + ":" + line + ":" + col + ":" + firstLine(e.getMessageWithoutStackTop()))) return Optional.empty();
            diagnostics.error("templates/" + where, line, col,
                    "template failed while making " + forWhat + ": " + firstLine(e.getMessageWithoutStackTop()),
                    blamed != null ? "check `" + blamed + "`; use `!` for values that may be missing, e.g. ${" + blamed + "!}" : "see docs/templates.md");
        } catch (IOException e) {
            diagnostics.error("templates/" + name, 0, 0, "cannot read the template: " + e.getMessage(), "check the file");
        }
        return Optional.empty();
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
