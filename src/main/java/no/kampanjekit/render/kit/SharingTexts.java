package no.kampanjekit.render.kit;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kampanjekit.render.site.InterfaceWords;

/**
 * Ready-to-copy texts for telling others about a kit or a page: an e-mail (subject and body, and a
 * {@code mailto:} address that opens it in the mail program) and a LinkedIn post. The wording is
 * in the interface words ({@code share_*} in templates/i18n/), with {@code {title}}, {@code {url}}
 * and the like filled in here.
 */
public final class SharingTexts {
    /** LinkedIn's share page takes only the address; the text is pasted by the reader. */
    static final String LINKEDIN_SHARE = "https://www.linkedin.com/sharing/share-offsite/?url=";

    private SharingTexts() {}

    /** The texts, in the order and with the names templates read: {@code share.email_subject}, … */
    public record Texts(String emailSubject, String emailBody, String linkedin, String url) {
        /** Opens the mail program with subject and body filled in (RFC 6068). */
        public String mailto() {
            return "mailto:?subject=" + encode(emailSubject) + "&body=" + encode(emailBody.replace("\n", "\r\n"));
        }

        public String linkedinShareUrl() {
            return LINKEDIN_SHARE + encode(url);
        }

        public Map<String, Object> model() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("email_subject", emailSubject);
            m.put("email_body", emailBody);
            m.put("mailto", mailto());
            m.put("linkedin", linkedin);
            m.put("linkedin_share_url", linkedinShareUrl());
            m.put("url", url);
            return m;
        }
    }

    /**
     * @param audienceNames who the kit is for, in the kit's order
     * @param items how many items the kit has
     */
    public static Texts forKit(Map<String, Object> words, String siteTitle, String title, String description, List<String> audienceNames,
                               int items, String url) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("title", title);
        v.put("description", description);
        v.put("site", siteTitle);
        v.put("audiences", list(audienceNames, InterfaceWords.word(words, "share_and")));
        v.put("count", Integer.toString(items));
        v.put("url", url);
        return new Texts(fill(words, "share_kit_email_subject", v), fill(words, "share_kit_email_body", v),
                fill(words, "share_kit_linkedin", v), url);
    }

    /** @param typeName the page's kind in its language, e.g. «Sjekkliste» */
    public static Texts forPage(Map<String, Object> words, String siteTitle, String title, String summary, String typeName, String url) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("title", title);
        v.put("summary", summary == null || summary.isBlank() ? "" : summary);
        v.put("type", typeName);
        v.put("site", siteTitle);
        v.put("url", url);
        return new Texts(fill(words, "share_page_email_subject", v), fill(words, "share_page_email_body", v),
                fill(words, "share_page_linkedin", v), url);
    }

    /** Fills {@code {name}} placeholders; a paragraph left empty (no summary) is dropped, not left as a gap. */
    static String fill(Map<String, Object> words, String key, Map<String, String> values) {
        String text = InterfaceWords.word(words, key);
        for (Map.Entry<String, String> e : values.entrySet()) text = text.replace("{" + e.getKey() + "}", e.getValue());
        return text.replaceAll("\n{3,}", "\n\n").strip();
    }

    /** «a, b og c»; each name starts lower case unless it is an abbreviation («IKT-ansvarlig»). */
    static String list(List<String> names, String and) {
        List<String> lower = names.stream().map(SharingTexts::midSentence).toList();
        if (lower.size() <= 1) return String.join("", lower);
        return String.join(", ", lower.subList(0, lower.size() - 1)) + " " + and + " " + lower.get(lower.size() - 1);
    }

    public static String midSentence(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isLowerCase(name.charAt(1))) {
            return Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
        return name;
    }

    /** Percent-encoding for a URI query value: everything but unreserved characters, as UTF-8 bytes. */
    static String encode(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return b.toString();
    }
}
