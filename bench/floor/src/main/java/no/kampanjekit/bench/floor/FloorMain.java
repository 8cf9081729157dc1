package no.kampanjekit.bench.floor;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;

/**
 * The floor: the least a Markdown-to-HTML generator built on flexmark and Freemarker must do.
 * One parser and one renderer for all pages, one template, one HTML file per Markdown file.
 * No validation, no site model, no lists, no assets.
 *
 * <p>Reads a Kampanjekit {@code content/} folder: the YAML front matter is cut off by its
 * {@code ---} lines and only {@code title:} is read from it, by hand.
 *
 * <p>Usage: {@code FloorMain <content dir> <destination dir>}
 */
public final class FloorMain {

    private FloorMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: FloorMain <content dir> <destination dir>");
            System.exit(2);
        }
        Path content = Path.of(args[0]);
        Path destination = Path.of(args[1]);

        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(),
                TaskListExtension.create(),
                StrikethroughExtension.create(),
                AutolinkExtension.create(),
                FootnoteExtension.create()));
        Parser parser = Parser.builder(options).build();
        HtmlRenderer renderer = HtmlRenderer.builder(options).build();

        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setClassForTemplateLoading(FloorMain.class, "/floor");
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        Template template = freemarker.getTemplate("page.ftl");

        List<Path> sources = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(content)) {
            walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(sources::add);
        }
        int written = 0;
        for (Path source : sources) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            String title = "";
            String markdown = text;
            if (text.startsWith("---\n")) {
                int end = text.indexOf("\n---\n", 4);
                String front = text.substring(4, end);
                markdown = text.substring(end + 5);
                for (String line : front.split("\n")) {
                    if (line.startsWith("title:")) {
                        title = unquote(line.substring(6).trim());
                    }
                }
            }
            String body = renderer.render(parser.parse(markdown));
            String relative = content.relativize(source).toString();
            Path target = destination.resolve(relative.substring(0, relative.length() - 3) + ".html");
            Files.createDirectories(target.getParent());
            Map<String, Object> model = new HashMap<>();
            model.put("title", title);
            model.put("body", body);
            try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                template.process(model, out);
            }
            written++;
        }
        System.out.println("floor: wrote " + written + " pages");
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
