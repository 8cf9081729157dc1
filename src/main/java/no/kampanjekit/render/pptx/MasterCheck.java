package no.kampanjekit.render.pptx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.kampanjekit.model.Deck.Layout;

/**
 * What the checks need to know of the slide master, read straight from the .pptx's XML: its slide
 * size and which of our layouts it has. Opening the master with POI cost `check` a second and a
 * half of class loading; the writer still uses POI ({@link MasterLayouts}), and MasterCheckTest
 * keeps the two in agreement. Layouts are recognised as {@link MasterLayouts} does: the two custom
 * ones by name, the others by their PowerPoint type.
 */
final class MasterCheck {
    /** @param width the slide width in EMU (0 if the file gives none); {@code height} likewise */
    record Facts(Set<Layout> layouts, long width, long height) {}

    private static final Pattern LAYOUT = Pattern.compile("<(?:\\w+:)?sldLayout\\b([^>]*)>");
    private static final Pattern NAME = Pattern.compile("<(?:\\w+:)?cSld\\b[^>]*?\\bname=\"([^\"]*)\"");
    private static final Pattern TYPE = Pattern.compile("\\btype=\"(\\w+)\"");
    private static final Pattern SIZE = Pattern.compile("<(?:\\w+:)?sldSz\\b[^>]*?\\bcx=\"(\\d+)\"[^>]*?\\bcy=\"(\\d+)\"");

    private MasterCheck() {}

    /** @throws IOException when the bytes are not a .pptx (a ZIP with a presentation part) */
    static Facts read(byte[] pptx) throws IOException {
        Set<Layout> layouts = EnumSet.noneOf(Layout.class);
        long width = 0, height = 0;
        boolean presentation = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(pptx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (name.equals("ppt/presentation.xml")) {
                    presentation = true;
                    Matcher m = SIZE.matcher(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                    if (m.find()) {
                        width = Long.parseLong(m.group(1));
                        height = Long.parseLong(m.group(2));
                    }
                } else if (name.startsWith("ppt/slideLayouts/") && name.endsWith(".xml") && name.indexOf('/', "ppt/slideLayouts/".length()) < 0) {
                    Layout kind = kindOf(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                    if (kind != null) layouts.add(kind);
                }
            }
        }
        if (!presentation) throw new IOException("it is not a PowerPoint file (no ppt/presentation.xml)");
        return new Facts(layouts, width, height);
    }

    private static Layout kindOf(String xml) {
        Matcher n = NAME.matcher(xml);
        String name = n.find() ? unescape(n.group(1)).strip().toLowerCase(Locale.ROOT) : "";
        if (name.equals("sitat") || name.equals("quote")) return Layout.QUOTE;
        if (name.equals("nøkkeltall") || name.equals("key figure")) return Layout.KEY_FIGURE;
        Matcher l = LAYOUT.matcher(xml);
        if (!l.find()) return null;
        Matcher t = TYPE.matcher(l.group(1));
        // Without a type attribute a layout is custom (the schema's default), as for POI.
        return switch (t.find() ? t.group(1) : "cust") {
            case "title" -> Layout.TITLE;
            case "obj" -> Layout.CONTENT;
            case "secHead" -> Layout.SECTION;
            case "twoObj", "twoColTx" -> Layout.TWO_COLUMNS;
            case "picTx" -> Layout.PICTURE;
            default -> null;
        };
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }
}
