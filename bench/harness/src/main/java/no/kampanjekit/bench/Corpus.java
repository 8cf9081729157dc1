package no.kampanjekit.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a synthetic campaign site of N Markdown pages twice from one seed: once as a stock
 * JBake 2.7.0 project ({@code jbake/}) and once as a Kampanjekit project ({@code kampanjekit/}).
 * Both get the same titles, dates and Markdown bodies; only the header format and the link
 * targets differ ({@code side.html} for JBake, {@code side.md} for Kampanjekit, which checks
 * them). The text is generated, Norwegian-sounding campaign prose: it is load, not content.
 *
 * <p>Usage: {@code Corpus <pages> <out dir> <repository root> [seed]}
 */
public final class Corpus {

    /** The seed every default run uses, so every machine measures the same pages. */
    public static final long DEFAULT_SEED = 20251123L;

    /** Every page with {@code kit: bench} is listed in {@code kits/bench.yml}, and only those. */
    static final String KIT_ID = "bench";
    static final int KIT_ITEMS = 5;

    // Ids that must exist in the repository's kampanjekit.yml (checked in generate()).
    static final List<String> AUDIENCES = List.of("kommunalsjef", "ikt", "enhetsleder", "sykepleier",
            "kommunedirektor", "prosjektleder", "personvern", "regional");
    static final List<String> SOURCES = List.of("000_4eb333b5ebf1f720.txt", "001_a6a31189a2d8c461.txt",
            "002_043b3ccb8b4a826e.txt", "003_2483d2616e9e702e.txt", "004_fd4c95a4ef886653.txt");

    static final List<String> SECTIONS = List.of("kjernejournal-pll", "opplaering", "personvern",
            "ikt-og-tilgang", "ledelse", "hjemmetjenesten", "sykehjem", "legevakt");
    static final String NEWS_SECTION = "nyheter";

    private static final List<String> UNITS = List.of("hjemmetjenesten", "sykehjemmet", "legevakten",
            "helsestasjonen", "rus- og psykiatritjenesten", "korttidsavdelingen", "bofellesskapet",
            "fysioterapitjenesten", "tildelingskontoret", "omsorgsboligene");
    private static final List<String> MUNICIPALITIES = List.of("Masfjorden", "Tana", "Bjørnafjorden",
            "Lindesnes", "Steinkjer", "Hadsel", "Nordre Follo", "Vefsn", "Alver", "Hustadvika",
            "Sunnfjord", "Ringsaker", "Åfjord", "Løten", "Sør-Varanger");
    private static final List<String> TOPICS = List.of("tilgang til kjernejournal",
            "pasientens legemiddelliste", "opplæring av ansatte", "risiko- og sårbarhetsanalyse",
            "tilgangsstyring", "personvernkonsekvensvurdering", "lokal innføringsplan",
            "rutiner for oppslag", "reservasjon og sperring", "logg og kontroll av oppslag",
            "avtalen med Norsk helsenett", "teknisk oppkobling", "informasjon til innbyggerne",
            "samhandling med fastlegen", "legemiddelsamstemming");
    private static final List<String> ROLES = List.of("kommunalsjefen", "IKT-ansvarlig",
            "enhetslederen", "sykepleieren", "prosjektlederen", "personvernombudet",
            "kommunedirektøren", "fagutviklingssykepleieren");
    private static final List<String> WHEN = List.of("Før oppstart", "Innen to uker", "Løpende",
            "Før opplæringen", "Etter første måned", "Hvert halvår");

    private static final List<String> SENTENCES = List.of(
            "Kjernejournal gir helsepersonell oversikt over legemidler pasienten har fått utlevert på resept.",
            "%U må ha tilgang til kjernejournal før arbeidet med %T kan starte.",
            "Kommunen bør sette av tid til %T tidlig i prosjektet.",
            "Erfaringer fra %M viser at %T tar lengre tid enn mange tror.",
            "Ledelsen har ansvar for at ansatte får opplæring i %T.",
            "Snakk med IKT-samarbeidet om %T før dere bestiller tilgang.",
            "Del erfaringene i det regionale nettverket for e-helse.",
            "Sjekk at %T er beskrevet i internkontrollen.",
            "Pasientens legemiddelliste bygger på kjernejournal, og derfor lønner det seg å starte nå.",
            "Husk at %R skal være med når %T planlegges.",
            "I %U er det ofte nattevakten som har mest nytte av **oppdaterte legemiddelopplysninger**.",
            "En god plan for %T gjør innføringen tryggere for både pasienter og ansatte.",
            "Mange kommuner har løst %T sammen med nabokommunene.",
            "Oppslag i kjernejournal skal alltid ha et *tjenstlig behov*.",
            "%M brukte det regionale nettverket til å dele maler for %T.",
            "Ansatte i %U trenger korte, praktiske instruksjoner, ikke lange dokumenter.",
            "Start med én enhet, lær av den, og ta deretter resten av kommunen.",
            "Beskriv hvem som gjør hva, og når det skal være ferdig.",
            "Det er lurt å avklare %T med personvernombudet før dere går videre.",
            "Målet er at riktig legemiddelinformasjon følger pasienten mellom tjenestene.",
            "Nasjonale maler finnes, men de må tilpasses lokale forhold i %U.",
            "%R bør få en kort status hver måned mens innføringen pågår.");

    private static final List<String> SECTION_HEADINGS = List.of("Hva betyr dette for kommunen",
            "Slik kommer dere i gang", "Ansvar og roller", "Tidsplan", "Vanlige spørsmål",
            "Personvern og informasjonssikkerhet", "Opplæring", "Før dere starter",
            "Erfaringer fra andre kommuner", "Teknisk oppkobling", "Rutiner i det daglige");

    private static final List<String> TITLE_PATTERNS = List.of("Slik tar %U i bruk kjernejournal",
            "Sjekkliste for %R", "Veileder: %T", "%T i %U", "Kom i gang med %T",
            "Spørsmål og svar om %T", "%T – dette må ledelsen vite", "Plan for %T");
    private static final List<String> NEWS_PATTERNS = List.of("%M har tatt i bruk kjernejournal",
            "%M deler erfaringer med %T", "Nytt kurs om %T", "Regionalt nettverk samlet om %T");

    private Corpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: Corpus <pages> <out dir> <repository root> [seed]");
            System.exit(2);
        }
        long seed = args.length == 4 ? Long.parseLong(args[3]) : DEFAULT_SEED;
        generate(Integer.parseInt(args[0]), Path.of(args[1]), Path.of(args[2]), seed);
    }

    /** One page, before it is written in either format. */
    record Page(int index, String section, String slug, String kkType, String title, String summary,
                LocalDate date, LocalDate updated, List<String> audience, List<String> sources,
                boolean inKit, String body) {

        String path() {
            return section + "/" + slug;
        }
    }

    /**
     * Writes {@code out/jbake/} and {@code out/kampanjekit/} (removing what was there) and
     * returns the number of pages written to each.
     */
    public static int generate(int pageCount, Path out, Path repoRoot, long seed) throws IOException {
        if (pageCount < KIT_ITEMS + 1) {
            throw new IllegalArgumentException("at least " + (KIT_ITEMS + 1) + " pages, got " + pageCount);
        }
        checkIdsExist(repoRoot.resolve("kampanjekit.yml"));
        deleteTree(out);
        List<Page> pages = pages(pageCount, seed);
        writeJBake(pages, out.resolve("jbake"));
        writeKampanjekit(pages, out.resolve("kampanjekit"), repoRoot);
        return pages.size();
    }

    // ---------------------------------------------------------------- the pages

    static List<Page> pages(int count, long seed) {
        Random random = new Random(seed);
        // First pass: what every page is called and where it lives, so bodies can link to it.
        List<String[]> heads = new ArrayList<>();
        int kitItems = 0;
        for (int i = 0; i < count; i++) {
            boolean news = random.nextInt(10) == 0;
            String type;
            if (news) {
                type = "news";
            } else {
                int t = random.nextInt(20);
                type = t < 3 ? "guide" : t < 6 ? "checklist" : "page";
            }
            String title = fill(pick(random, news ? NEWS_PATTERNS : TITLE_PATTERNS), random);
            title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
            String section = news ? NEWS_SECTION : SECTIONS.get(i % SECTIONS.size());
            String slug = fileSlug(title) + "-" + String.format("%04d", i + 1);
            boolean inKit = !news && kitItems < KIT_ITEMS;
            if (inKit) {
                kitItems++;
            }
            heads.add(new String[] {section, slug, type, title, Boolean.toString(inKit)});
        }
        List<Page> pages = new ArrayList<>();
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < count; i++) {
            String[] head = heads.get(i);
            LocalDate date = start.plusDays(random.nextInt(640));
            LocalDate updated = random.nextInt(10) < 3 ? date.plusDays(1 + random.nextInt(90)) : null;
            List<String> audience = pickSome(random, AUDIENCES, 1 + random.nextInt(3));
            List<String> sources = pickSome(random, SOURCES, 1 + random.nextInt(2));
            String summary = fill(pick(random, SENTENCES), random);
            String body = body(i, count, heads, random);
            pages.add(new Page(i, head[0], head[1], head[2], head[3], summary, date, updated,
                    audience, sources, Boolean.parseBoolean(head[4]), body));
        }
        return pages;
    }

    /**
     * A Markdown body with page links written as {@code @@<index>@@} or
     * {@code @@<index>#<anchor>@@}, resolved per output format later.
     */
    private static String body(int self, int count, List<String[]> heads, Random random) {
        StringBuilder md = new StringBuilder();
        md.append(paragraph(random, 3 + random.nextInt(3))).append(' ')
                .append("Les også ").append(link(self, count, heads, random, null)).append(".\n\n");

        md.append("## Bakgrunn\n\n").append(paragraph(random, 3 + random.nextInt(4)));
        boolean footnote = random.nextInt(5) == 0;
        if (footnote) {
            md.append("[^1]");
        }
        md.append("\n\n");
        if (random.nextBoolean()) {
            md.append("> **").append(pick(random, List.of("Merk", "Viktig", "Tips"))).append(":** ")
                    .append(fill(pick(random, SENTENCES), random)).append("\n\n");
        }

        List<String> headings = pickSome(random, SECTION_HEADINGS, 2 + random.nextInt(3));
        int tableAt = random.nextInt(headings.size());
        for (int h = 0; h < headings.size(); h++) {
            md.append("## ").append(headings.get(h)).append("\n\n");
            md.append(paragraph(random, 2 + random.nextInt(3))).append("\n\n");
            if (h == tableAt) {
                md.append("| Oppgave | Ansvarlig | Frist |\n| --- | --- | --- |\n");
                int rows = 3 + random.nextInt(4);
                for (int r = 0; r < rows; r++) {
                    String task = fill("%T", random);
                    md.append("| ").append(Character.toUpperCase(task.charAt(0))).append(task.substring(1))
                            .append(" | ").append(capitalize(pick(random, ROLES)))
                            .append(" | ").append(random.nextInt(6) == 0 ? "[ÅPENT: dato fastsettes]" : pick(random, WHEN))
                            .append(" |\n");
                }
                md.append('\n');
            } else if (random.nextBoolean()) {
                int items = 3 + random.nextInt(4);
                for (int k = 0; k < items; k++) {
                    md.append("- ").append(fill(pick(random, SENTENCES), random)).append('\n');
                }
                md.append('\n');
            } else {
                int items = 3 + random.nextInt(3);
                for (int k = 0; k < items; k++) {
                    md.append(k + 1).append(". ").append(fill(pick(random, SENTENCES), random)).append('\n');
                }
                md.append('\n');
            }
            if (random.nextInt(8) == 0) {
                md.append("Kommunens måltall er ikke bestemt ennå: [ÅPENT: måltall fastsettes].\n\n");
            }
            if (random.nextInt(10) == 0) {
                md.append("Fristen var ~~1. oktober~~ og er nå flyttet; se ")
                        .append(link(self, count, heads, random, null)).append(".\n\n");
            }
        }

        md.append("## Sjekkliste\n\n");
        int tasks = 4 + random.nextInt(5);
        for (int k = 0; k < tasks; k++) {
            String task = fill(pick(random, List.of("Avklar %T med %R", "Sett av tid til %T",
                    "Gi %U beskjed om %T", "Beskriv %T i internkontrollen", "Meld behov for %T til %R")), random);
            md.append(random.nextInt(4) == 0 ? "- [x] " : "- [ ] ").append(task).append('\n');
        }
        md.append('\n');

        md.append("## Les mer\n\n");
        md.append("- ").append(link(self, count, heads, random, null)).append('\n');
        md.append("- ").append(link(self, count, heads, random, "bakgrunn")).append(" (bakgrunn)\n");
        md.append("- ").append(link(self, count, heads, random, "sjekkliste")).append(" (sjekkliste)\n");
        md.append("- Kjernejournal for helsepersonell: ")
                .append(pick(random, List.of("https://www.nhn.no/", "https://www.ehelse.no/", "https://www.helsenorge.no/")))
                .append('\n');
        if (footnote) {
            md.append("\n[^1]: Kilde: ").append(fill("erfaringer fra %M med %T", random)).append(".\n");
        }
        return md.toString();
    }

    private static String link(int self, int count, List<String[]> heads, Random random, String anchor) {
        int target = random.nextInt(count - 1);
        if (target >= self) {
            target++;
        }
        return "[" + heads.get(target)[3] + "](@@" + target + (anchor == null ? "" : "#" + anchor) + "@@)";
    }

    private static String paragraph(Random random, int sentences) {
        StringBuilder p = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            if (s > 0) {
                p.append(' ');
            }
            p.append(fill(pick(random, SENTENCES), random));
        }
        return p.toString();
    }

    private static String fill(String pattern, Random random) {
        String s = pattern;
        while (s.contains("%")) {
            int at = s.indexOf('%');
            char slot = s.charAt(at + 1);
            String value = switch (slot) {
                case 'U' -> pick(random, UNITS);
                case 'M' -> pick(random, MUNICIPALITIES);
                case 'T' -> pick(random, TOPICS);
                case 'R' -> pick(random, ROLES);
                default -> throw new IllegalStateException("slot %" + slot);
            };
            if (at == 0) {
                value = capitalize(value);
            }
            s = s.substring(0, at) + value + s.substring(at + 2);
        }
        return s;
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static List<String> pickSome(Random random, List<String> list, int n) {
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < Math.min(n, list.size())) {
            chosen.add(pick(random, list));
        }
        return new ArrayList<>(chosen);
    }

    /** File names are lower case a-z 0-9 and '-', with æ, ø, å written ae, o, a (docs/authoring.md). */
    static String fileSlug(String title) {
        String s = title.toLowerCase(java.util.Locale.ROOT)
                .replace("æ", "ae").replace("ø", "o").replace("å", "a")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.length() > 48 ? s.substring(0, 48).replaceAll("-+$", "") : s;
    }

    private static final Pattern LINK = Pattern.compile("@@(\\d+)(#[a-z0-9-]+)?@@");

    /** Resolves {@code @@i@@} links relative to {@code from}, with the given file extension. */
    private static String resolveLinks(String body, Page from, List<Page> pages, String extension) {
        Matcher m = LINK.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Page to = pages.get(Integer.parseInt(m.group(1)));
            String target = (to.section().equals(from.section()) ? "" : "../" + to.section() + "/")
                    + to.slug() + extension + (m.group(2) == null ? "" : m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(target));
        }
        m.appendTail(out);
        return out.toString();
    }

    // ---------------------------------------------------------------- JBake

    private static final List<String> JBAKE_RESOURCES = List.of("jbake.properties",
            "templates/page.ftl", "templates/post.ftl", "templates/index.ftl", "templates/archive.ftl",
            "templates/feed.ftl", "templates/tags.ftl", "assets/css/site.css");

    private static void writeJBake(List<Page> pages, Path dir) throws IOException {
        for (String resource : JBAKE_RESOURCES) {
            copyResource("/jbake-site/" + resource, dir.resolve(resource));
        }
        for (Page page : pages) {
            StringBuilder text = new StringBuilder();
            text.append("title=").append(page.title()).append('\n');
            text.append("date=").append(page.date()).append('\n');
            text.append("type=page\n");
            text.append("status=published\n");
            text.append("tags=").append(String.join(",", page.audience())).append('\n');
            text.append("summary=").append(page.summary()).append('\n');
            text.append("~~~~~~\n\n");
            text.append(resolveLinks(page.body(), page, pages, ".html"));
            write(dir.resolve("content").resolve(page.path() + ".md"), text.toString());
        }
    }

    // ---------------------------------------------------------------- Kampanjekit

    private static void writeKampanjekit(List<Page> pages, Path dir, Path repoRoot) throws IOException {
        Files.createDirectories(dir);
        Files.copy(repoRoot.resolve("kampanjekit.yml"), dir.resolve("kampanjekit.yml"));
        // The site's own look and data, so the generator does the work it does for real.
        copyTree(repoRoot.resolve("templates"), dir.resolve("templates"));
        copyTree(repoRoot.resolve("assets"), dir.resolve("assets"));
        copyTree(repoRoot.resolve("content/data"), dir.resolve("content/data"));

        for (Page page : pages) {
            StringBuilder text = new StringBuilder("---\n");
            text.append("title: ").append(yamlString(page.title())).append('\n');
            text.append("type: ").append(page.kkType()).append('\n');
            text.append("lang: nb\n");
            text.append("audience: [").append(String.join(", ", page.audience())).append("]\n");
            if (page.inKit()) {
                text.append("kit: ").append(KIT_ID).append('\n');
            }
            text.append("summary: ").append(yamlString(page.summary())).append('\n');
            text.append("date: ").append(page.date()).append('\n');
            if (page.updated() != null) {
                text.append("updated: ").append(page.updated()).append('\n');
            }
            text.append("status: published\n");
            text.append("sources: [").append(String.join(", ", page.sources())).append("]\n");
            text.append("---\n\n");
            text.append(resolveLinks(page.body(), page, pages, ".md"));
            write(dir.resolve("content").resolve(page.path() + ".md"), text.toString());
        }

        // Pages the site itself needs, besides the N generated ones: the home page (Kampanjekit
        // renders content/index.md with home.ftl; JBake makes its index.html from index.ftl, so
        // the JBake corpus has no such file), one per language, and the accessibility statement.
        StringBuilder home = new StringBuilder("---\n");
        home.append("title: \"Kjernejournal nå\"\ntype: page\nlang: nb\n");
        home.append("summary: \"Kampanjemateriell for kommuner som tar i bruk kjernejournal.\"\n");
        home.append("---\n\n");
        home.append("Her finner kommunen materiell for å ta i bruk kjernejournal. Start med ");
        Page first = pages.get(0);
        home.append('[').append(first.title()).append("](").append(first.path()).append(".md).\n");
        write(dir.resolve("content/index.md"), home.toString());
        // The layout's footer links every page to the accessibility statement (required by law
        // for Norwegian public bodies), so the site must have one.
        write(dir.resolve("content/tilgjengelighet.md"), "---\ntitle: \"Tilgjengelighetserklæring\"\ntype: page\n"
                + "lang: nb\nsummary: \"Slik arbeider vi for at alle skal kunne bruke nettstedet.\"\n---\n\n"
                + "Vi vil at alle skal kunne bruke nettstedet og materiellet. [ÅPENT: dato for siste vurdering]\n");
        // Every other language in kampanjekit.yml needs a home page of its own.
        for (String lang : languages(dir.resolve("kampanjekit.yml"))) {
            if (!lang.equals("nb")) {
                write(dir.resolve("content/" + lang + "/index.md"), "---\ntitle: \"Kjernejournal\"\ntype: page\nlang: "
                        + lang + "\n---\n\n" + (lang.equals("en") ? "Campaign material for municipalities.\n"
                        : "Kampanjemateriell for kommunane.\n"));
            }
        }

        StringBuilder kit = new StringBuilder();
        kit.append("title: \"Kjernejournal nå – testkit for ytelsesmåling\"\n");
        kit.append("description: \"Et kit som måler hvor raskt nettstedet bygges.\"\n");
        kit.append("audiences: [kommunalsjef, ikt, enhetsleder]\n");
        kit.append("version: \"1.0\"\n");
        kit.append("date: 2025-10-01\n");
        kit.append("items:\n");
        for (Page page : pages) {
            if (page.inKit()) {
                kit.append("  - ").append(page.path()).append(".md\n");
            }
        }
        kit.append("links:\n  - title: Kjernejournal for helsepersonell\n    url: https://www.nhn.no/\n");
        write(dir.resolve("kits/" + KIT_ID + ".yml"), kit.toString());
    }

    private static final Pattern LANGUAGES = Pattern.compile("(?m)^languages:\\s*\\[([^\\]]*)\\]");

    /** The codes in {@code languages: [nb, nn, en]}, or none if the line is not there in that form. */
    static List<String> languages(Path config) throws IOException {
        Matcher m = LANGUAGES.matcher(Files.readString(config, StandardCharsets.UTF_8));
        List<String> codes = new ArrayList<>();
        if (m.find()) {
            for (String code : m.group(1).split(",")) {
                if (!code.isBlank()) {
                    codes.add(code.trim());
                }
            }
        }
        return codes;
    }

    private static String yamlString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void checkIdsExist(Path config) throws IOException {
        String yml = Files.readString(config, StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        for (String id : AUDIENCES) {
            if (!yml.contains("id: " + id + "\n")) {
                missing.add("audience " + id);
            }
        }
        for (String id : SOURCES) {
            if (!yml.contains(id + ":")) {
                missing.add("source " + id);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(config + " no longer defines " + missing
                    + ": update the lists in bench/harness/.../Corpus.java");
        }
    }

    // ---------------------------------------------------------------- files

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void copyResource(String name, Path target) throws IOException {
        try (InputStream in = Corpus.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Copies a folder if it exists; a repository without it yet gives the corpus none. */
    static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
