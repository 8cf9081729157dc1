package no.kampanjekit.render.cms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import no.kampanjekit.markdown.Escape;
import no.kampanjekit.model.Site;
import no.kampanjekit.model.SiteConfig;
import no.kampanjekit.render.site.Json;

/**
 * Editing in the browser: writes /admin/ (Decap CMS, its config.yml made from our schema, a preview
 * in the site's style) into the built site. Decap itself comes from the npm registry's tarball,
 * which the Maven build fetches and checks (docs/decisions/0002-bundle-decap-cms-from-npm.md).
 */
public final class AdminSite {
    /** The folder of the site it lives in. */
    public static final String FOLDER = "admin";
    /** Decap's main file in the unpacked npm package's dist/. */
    public static final String DECAP_JS = "decap-cms.js";

    private AdminSite() {}

    /** Whether {@code decapDir} holds Decap CMS as the Maven build unpacks it. */
    public static boolean isDecap(Path decapDir) {
        return decapDir != null && Files.isRegularFile(decapDir.resolve(DECAP_JS));
    }

    /**
     * Writes out/admin/.
     *
     * @param decapDir the unpacked package/dist of decap-cms (target/vendor/decap-cms)
     * @param words the default language's interface words (templates/i18n)
     */
    public static void write(Site site, Path projectDir, Path out, Path decapDir, Map<String, Object> words) throws IOException {
        if (!isDecap(decapDir)) throw new IOException("Decap CMS is not in " + decapDir + " (no " + DECAP_JS + "); mvn generate-resources fetches it");
        Path admin = out.resolve(FOLDER);
        Files.createDirectories(admin);
        DecapConfig decap = new DecapConfig(site.config(), site.kits(), words);
        List<DecapConfig.Folder> folders = decap.folders(projectDir);
        Files.writeString(admin.resolve("config.yml"), decap.yaml(folders), StandardCharsets.UTF_8);
        List<String> collections = folders.stream().map(decap::name).toList(); // pages only: kits have no page preview
        Files.writeString(admin.resolve("index.html"), indexHtml(site.config(), collections), StandardCharsets.UTF_8);
        Files.write(admin.resolve("preview.js"), resource("preview.js"));
        Files.write(admin.resolve("preview.css"), resource("preview.css"));
        Files.write(admin.resolve("LICENSE-decap-cms.txt"), resource("LICENSE-decap-cms.txt"));
        for (Path file : decapFiles(decapDir)) Files.copy(file, admin.resolve(file.getFileName().toString()));
    }

    /** The bundle, the chunks and WebAssembly it loads on demand from beside itself, and its notices. */
    static List<Path> decapFiles(Path decapDir) throws IOException {
        try (Stream<Path> s = Files.list(decapDir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.equals(DECAP_JS) || n.matches("[0-9]+\\.decap-cms\\.js") || n.matches("[0-9a-f]+\\.wasm")
                        || n.equals("decap-cms.js.LICENSE.txt");
            }).sorted().toList();
        }
    }

    static String indexHtml(SiteConfig config, List<String> collections) {
        String lang = config.defaultLang();
        return "<!DOCTYPE html>\n"
                + "<html lang=\"" + lang + "\">\n"
                + "<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + Escape.html(contentSecurityPolicy(config.cms())) + "\">\n"
                + "<meta name=\"referrer\" content=\"strict-origin-when-cross-origin\">\n"
                + "<meta name=\"robots\" content=\"noindex, nofollow\">\n"
                + "<title>Rediger innhold – " + Escape.html(config.title().in(lang)) + "</title>\n"
                + "</head>\n"
                + "<body>\n"
                + "<noscript>Redigering i nettleseren trenger JavaScript.</noscript>\n"
                // Decap reads config.yml beside this page by itself.
                + "<script src=\"" + DECAP_JS + "\"></script>\n"
                + "<script src=\"preview.js\" data-collections=\"" + Escape.html(Json.write(collections)) + "\"></script>\n"
                + "</body>\n"
                + "</html>\n";
    }

    /**
     * Decap needs more than the site's policy; each source below is there because Decap 3 fails
     * without it (see docs/editing-in-browser.md, «Security»).
     */
    public static String contentSecurityPolicy(SiteConfig.Cms cms) {
        Set<String> api = new LinkedHashSet<>();
        Set<String> images = new LinkedHashSet<>();
        if (cms == null || !cms.isGitLab()) {
            api.add("https://api.github.com");                 // the GitHub backend's REST and GraphQL API
            images.add("https://avatars.githubusercontent.com"); // the signed-in editor's picture
        } else {
            api.add(origin(cms.gitlabUrl()));                  // GitLab's API and its PKCE token exchange
            images.add(origin(cms.gitlabUrl()));
            images.add("https://secure.gravatar.com");
        }
        return String.join("; ",
                "default-src 'self'",
                // 'unsafe-eval': Decap checks config.yml with ajv, which compiles its schema with new Function().
                "script-src 'self' 'unsafe-eval'",
                // Decap's components are styled with emotion, which adds <style> elements at run time.
                "style-src 'self' 'unsafe-inline'",
                // blob: and data: for pictures chosen for upload before they are saved.
                "img-src 'self' data: blob: " + String.join(" ", images),
                // The git host's API; decap-server on this machine for trying it locally.
                "connect-src 'self' " + String.join(" ", api) + " " + DecapConfig.LOCAL_BACKEND,
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'");
    }

    private static String origin(String url) {
        int slash = url.indexOf('/', "https://".length());
        return slash < 0 ? url : url.substring(0, slash);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = AdminSite.class.getResourceAsStream("/no/kampanjekit/render/cms/" + name)) {
            if (in == null) throw new IOException("missing resource " + name);
            return in.readAllBytes();
        }
    }
}
