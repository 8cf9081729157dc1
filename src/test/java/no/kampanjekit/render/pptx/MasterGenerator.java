package no.kampanjekit.render.pptx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the default slide master, {@code assets/slides/master.pptx}: the campaign's look (white,
 * blue accent #0062ba, Liberation Sans, the check-mark logo drawn as shapes) in named 16:9 layouts
 * that the deck writer fills. The team may redesign the file in PowerPoint instead; this class only
 * makes the starting point, and is kept so the default can be re-made and reviewed as text.
 *
 * <p>Run from the project folder: {@code mvn -q test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=no.kampanjekit.render.pptx.MasterGenerator}
 *
 * <p>The layouts, by PowerPoint type (how the writer finds them, whatever they are called):
 * {@code title}, {@code obj}, {@code secHead}, {@code twoObj}, {@code picTx}, {@code titleOnly},
 * {@code blank}; and two custom layouts found by name: «Sitat» and «Nøkkeltall».
 */
public final class MasterGenerator {
    static final long IN = 914400;
    static final long W = 12192000, H = 6858000;
    static final long MARGIN = (long) (0.6 * IN);
    static final long CONTENT_W = W - 2 * MARGIN;
    static final long TITLE_Y = (long) (0.4 * IN), TITLE_H = (long) (1.15 * IN);
    static final long BODY_Y = (long) (1.75 * IN), BODY_H = (long) (4.85 * IN);
    static final String ACCENT = "0062BA";

    private static final String NS = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
            + "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private MasterGenerator() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "assets/slides/master.pptx");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, bytes());
        System.out.println("wrote " + out + " (" + Files.size(out) + " bytes)");
    }

    /** A layout: file name, PowerPoint type (null for custom), display name, shapes, background. */
    private record Layout(String type, String name, String shapes, String background, boolean masterShapes) {}

    static byte[] bytes() throws IOException {
        List<Layout> layouts = layouts();
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", contentTypes(layouts.size()));
        parts.put("_rels/.rels", rels(
                rel("rId1", OD + "officeDocument", "ppt/presentation.xml"),
                rel("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
                rel("rId3", OD + "extended-properties", "docProps/app.xml")));
        parts.put("docProps/core.xml", XML + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:title>Kampanjekit – lysbildemal</dc:title><dc:creator>Kampanjekit</dc:creator><dc:language>nb-NO</dc:language>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-01-01T00:00:00Z</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2025-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>");
        parts.put("docProps/app.xml", XML + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>Kampanjekit</Application><PresentationFormat>Widescreen</PresentationFormat><Slides>0</Slides></Properties>");
        parts.put("ppt/presentation.xml", presentation());
        parts.put("ppt/_rels/presentation.xml.rels", rels(
                rel("rId1", OD + "slideMaster", "slideMasters/slideMaster1.xml"),
                rel("rId2", OD + "notesMaster", "notesMasters/notesMaster1.xml"),
                rel("rId3", OD + "presProps", "presProps.xml"),
                rel("rId4", OD + "viewProps", "viewProps.xml"),
                rel("rId5", OD + "theme", "theme/theme1.xml"),
                rel("rId6", OD + "tableStyles", "tableStyles.xml")));
        parts.put("ppt/presProps.xml", XML + "<p:presentationPr " + NS + "/>");
        parts.put("ppt/viewProps.xml", XML + "<p:viewPr " + NS + "><p:normalViewPr><p:restoredLeft sz=\"15620\"/><p:restoredTop sz=\"94660\"/></p:normalViewPr>"
                + "<p:gridSpacing cx=\"76200\" cy=\"76200\"/></p:viewPr>");
        parts.put("ppt/tableStyles.xml", XML + "<a:tblStyleLst xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
                + "def=\"{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}\"/>");
        parts.put("ppt/theme/theme1.xml", theme("Kampanjekit"));
        parts.put("ppt/theme/theme2.xml", theme("Kampanjekit notater"));
        parts.put("ppt/slideMasters/slideMaster1.xml", master(layouts.size()));
        List<String> masterRels = new ArrayList<>();
        for (int i = 1; i <= layouts.size(); i++) masterRels.add(rel("rId" + i, OD + "slideLayout", "../slideLayouts/slideLayout" + i + ".xml"));
        masterRels.add(rel("rId" + (layouts.size() + 1), OD + "theme", "../theme/theme1.xml"));
        parts.put("ppt/slideMasters/_rels/slideMaster1.xml.rels", rels(masterRels.toArray(String[]::new)));
        for (int i = 0; i < layouts.size(); i++) {
            parts.put("ppt/slideLayouts/slideLayout" + (i + 1) + ".xml", layout(layouts.get(i)));
            parts.put("ppt/slideLayouts/_rels/slideLayout" + (i + 1) + ".xml.rels",
                    rels(rel("rId1", OD + "slideMaster", "../slideMasters/slideMaster1.xml")));
        }
        parts.put("ppt/notesMasters/notesMaster1.xml", notesMaster());
        parts.put("ppt/notesMasters/_rels/notesMaster1.xml.rels", rels(rel("rId1", OD + "theme", "../theme/theme2.xml")));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var e : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(LocalDateTime.of(2025, 1, 1, 0, 0));
                zip.putNextEntry(entry);
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    // ---------------------------------------------------------------- package parts

    private static String contentTypes(int layoutCount) {
        StringBuilder s = new StringBuilder(XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Default Extension=\"png\" ContentType=\"image/png\"/>"
                + "<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>");
        String pml = "application/vnd.openxmlformats-officedocument.presentationml.";
        s.append(over("/ppt/presentation.xml", pml + "presentation.main+xml"));
        s.append(over("/ppt/slideMasters/slideMaster1.xml", pml + "slideMaster+xml"));
        for (int i = 1; i <= layoutCount; i++) s.append(over("/ppt/slideLayouts/slideLayout" + i + ".xml", pml + "slideLayout+xml"));
        s.append(over("/ppt/notesMasters/notesMaster1.xml", pml + "notesMaster+xml"));
        s.append(over("/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"));
        s.append(over("/ppt/theme/theme2.xml", "application/vnd.openxmlformats-officedocument.theme+xml"));
        s.append(over("/ppt/presProps.xml", pml + "presProps+xml"));
        s.append(over("/ppt/viewProps.xml", pml + "viewProps+xml"));
        s.append(over("/ppt/tableStyles.xml", pml + "tableStyles+xml"));
        s.append(over("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"));
        s.append(over("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"));
        return s.append("</Types>").toString();
    }

    private static String over(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"" + type + "\"/>";
    }

    private static String rel(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
    }

    private static String rels(String... rels) {
        return XML + "<Relationships xmlns=\"" + REL_NS + "\">" + String.join("", rels) + "</Relationships>";
    }

    private static String presentation() {
        return XML + "<p:presentation " + NS + " saveSubsetFonts=\"1\">"
                + "<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>"
                + "<p:notesMasterIdLst><p:notesMasterId r:id=\"rId2\"/></p:notesMasterIdLst>"
                + "<p:sldSz cx=\"" + W + "\" cy=\"" + H + "\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/>"
                + "<p:defaultTextStyle>" + levels(lvl -> "<a:defRPr sz=\"1800\" kern=\"1200\"><a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill>"
                + "<a:latin typeface=\"+mn-lt\"/><a:ea typeface=\"+mn-ea\"/><a:cs typeface=\"+mn-cs\"/></a:defRPr>", 0) + "</p:defaultTextStyle>"
                + "</p:presentation>";
    }

    private static String theme(String name) {
        return XML + "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"" + name + "\"><a:themeElements>"
                + "<a:clrScheme name=\"Kampanjekit\">"
                + "<a:dk1><a:srgbClr val=\"1F2328\"/></a:dk1><a:lt1><a:srgbClr val=\"FFFFFF\"/></a:lt1>"
                + "<a:dk2><a:srgbClr val=\"003A70\"/></a:dk2><a:lt2><a:srgbClr val=\"EAF2FA\"/></a:lt2>"
                + "<a:accent1><a:srgbClr val=\"" + ACCENT + "\"/></a:accent1><a:accent2><a:srgbClr val=\"003A70\"/></a:accent2>"
                + "<a:accent3><a:srgbClr val=\"00806E\"/></a:accent3><a:accent4><a:srgbClr val=\"A34700\"/></a:accent4>"
                + "<a:accent5><a:srgbClr val=\"6B4C9A\"/></a:accent5><a:accent6><a:srgbClr val=\"5C6670\"/></a:accent6>"
                + "<a:hlink><a:srgbClr val=\"" + ACCENT + "\"/></a:hlink><a:folHlink><a:srgbClr val=\"5A2D82\"/></a:folHlink></a:clrScheme>"
                + "<a:fontScheme name=\"Liberation Sans\">"
                + "<a:majorFont><a:latin typeface=\"Liberation Sans\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:majorFont>"
                + "<a:minorFont><a:latin typeface=\"Liberation Sans\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:minorFont></a:fontScheme>"
                + "<a:fmtScheme name=\"Kampanjekit\">"
                + "<a:fillStyleLst><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>"
                + "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:fillStyleLst>"
                + "<a:lnStyleLst><a:ln w=\"9525\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>"
                + "<a:ln w=\"19050\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>"
                + "<a:ln w=\"28575\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln></a:lnStyleLst>"
                + "<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>"
                + "<a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>"
                + "<a:bgFillStyleLst><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>"
                + "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme>"
                + "</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>";
    }

    // ---------------------------------------------------------------- master and layouts

    private static String master(int layoutCount) {
        String shapes = placeholder(2, "Tittel", "title", -1, MARGIN, TITLE_Y, CONTENT_W, TITLE_H,
                "<a:bodyPr anchor=\"b\"><a:normAutofit/></a:bodyPr>", "", "Klikk for å redigere tittelen")
                + placeholder(3, "Tekst", "body", 1, MARGIN, BODY_Y, CONTENT_W, BODY_H,
                "<a:bodyPr><a:normAutofit/></a:bodyPr>", "",
                "<a:p><a:pPr lvl=\"0\"/><a:r><a:rPr lang=\"nb-NO\"/><a:t>Klikk for å redigere teksten</a:t></a:r></a:p>"
                        + "<a:p><a:pPr lvl=\"1\"/><a:r><a:rPr lang=\"nb-NO\"/><a:t>Andre nivå</a:t></a:r></a:p>")
                + placeholder(4, "Lysbildenummer", "sldNum", 12, W - MARGIN - (long) (1.6 * IN), H - (long) (0.62 * IN), (long) (1.0 * IN), (long) (0.4 * IN),
                "<a:bodyPr anchor=\"ctr\"/>", "<a:lstStyle><a:lvl1pPr algn=\"r\"><a:defRPr sz=\"1200\"><a:solidFill><a:schemeClr val=\"tx1\"><a:lumMod val=\"65000\"/><a:lumOff val=\"35000\"/></a:schemeClr></a:solidFill></a:defRPr></a:lvl1pPr></a:lstStyle>",
                "<a:p><a:fld id=\"{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}\" type=\"slidenum\"><a:rPr lang=\"nb-NO\"/><a:t>‹#›</a:t></a:fld></a:p>")
                + rect(5, "Fargelinje", 0, H - (long) (0.1 * IN), W, (long) (0.1 * IN), "accent1")
                + logo(6, W - MARGIN - (long) (0.45 * IN), H - (long) (0.66 * IN), (long) (0.45 * IN), false);
        StringBuilder ids = new StringBuilder();
        for (int i = 1; i <= layoutCount; i++) ids.append("<p:sldLayoutId id=\"").append(2147483648L + i).append("\" r:id=\"rId").append(i).append("\"/>");
        String bullet = "<a:buClr><a:schemeClr val=\"accent1\"/></a:buClr><a:buFont typeface=\"Arial\"/>";
        return XML + "<p:sldMaster " + NS + "><p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg>"
                + spTree(shapes) + "</p:cSld>"
                + "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" accent3=\"accent3\" "
                + "accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>"
                + "<p:sldLayoutIdLst>" + ids + "</p:sldLayoutIdLst>"
                + "<p:txStyles>"
                + "<p:titleStyle><a:lvl1pPr algn=\"l\" defTabSz=\"914400\" rtl=\"0\" eaLnBrk=\"1\" latinLnBrk=\"0\" hangingPunct=\"1\">"
                + "<a:lnSpc><a:spcPct val=\"95000\"/></a:lnSpc><a:spcBef><a:spcPct val=\"0\"/></a:spcBef><a:buNone/>"
                + "<a:defRPr sz=\"3600\" b=\"1\" kern=\"1200\"><a:solidFill><a:schemeClr val=\"accent1\"/></a:solidFill>"
                + "<a:latin typeface=\"+mj-lt\"/><a:ea typeface=\"+mj-ea\"/><a:cs typeface=\"+mj-cs\"/></a:defRPr></a:lvl1pPr></p:titleStyle>"
                + "<p:bodyStyle>"
                + bodyLevel(1, 342900, "•", 2400, bullet)
                + bodyLevel(2, 800100, "–", 2000, bullet)
                + bodyLevel(3, 1257300, "•", 1800, bullet)
                + bodyLevel(4, 1714500, "–", 1800, bullet)
                + bodyLevel(5, 2171700, "•", 1800, bullet)
                + "</p:bodyStyle>"
                + "<p:otherStyle><a:defPPr><a:defRPr lang=\"nb-NO\"/></a:defPPr>"
                + levels(lvl -> "<a:defRPr sz=\"1800\" kern=\"1200\"><a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill>"
                + "<a:latin typeface=\"+mn-lt\"/><a:ea typeface=\"+mn-ea\"/><a:cs typeface=\"+mn-cs\"/></a:defRPr>", 0)
                + "</p:otherStyle></p:txStyles></p:sldMaster>";
    }

    private static String bodyLevel(int level, long marL, String bullet, int size, String bulletStyle) {
        return "<a:lvl" + level + "pPr marL=\"" + marL + "\" indent=\"-342900\" algn=\"l\" defTabSz=\"914400\" rtl=\"0\" eaLnBrk=\"1\" latinLnBrk=\"0\" hangingPunct=\"1\">"
                + "<a:lnSpc><a:spcPct val=\"100000\"/></a:lnSpc><a:spcBef><a:spcPts val=\"" + (level == 1 ? 1200 : 600) + "\"/></a:spcBef>"
                + bulletStyle + "<a:buChar char=\"" + bullet + "\"/>"
                + "<a:defRPr sz=\"" + size + "\" kern=\"1200\"><a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill>"
                + "<a:latin typeface=\"+mn-lt\"/><a:ea typeface=\"+mn-ea\"/><a:cs typeface=\"+mn-cs\"/></a:defRPr></a:lvl" + level + "pPr>";
    }

    private static String levels(java.util.function.IntFunction<String> defRPr, int unused) {
        StringBuilder s = new StringBuilder();
        for (int l = 1; l <= 9; l++) {
            s.append("<a:lvl").append(l).append("pPr marL=\"").append((l - 1) * 457200L).append("\" algn=\"l\" defTabSz=\"914400\" rtl=\"0\" eaLnBrk=\"1\" latinLnBrk=\"0\" hangingPunct=\"1\">")
                    .append(defRPr.apply(l)).append("</a:lvl").append(l).append("pPr>");
        }
        return s.toString();
    }

    private static List<Layout> layouts() {
        long half = (CONTENT_W - (long) (0.4 * IN)) / 2;
        String noBullets = "<a:lstStyle><a:lvl1pPr marL=\"0\" indent=\"0\"><a:buNone/><a:defRPr sz=\"%d\"%s>%s</a:defRPr></a:lvl1pPr></a:lstStyle>";
        String white = "<a:solidFill><a:schemeClr val=\"bg1\"/></a:solidFill>";
        String title = placeholder(2, "Tittel", "title", -1, MARGIN, TITLE_Y, CONTENT_W, TITLE_H, "<a:bodyPr/>", "", "Klikk for å redigere tittelen");
        String body = "<a:p><a:pPr lvl=\"0\"/><a:r><a:rPr lang=\"nb-NO\"/><a:t>Klikk for å redigere teksten</a:t></a:r></a:p>"
                + "<a:p><a:pPr lvl=\"1\"/><a:r><a:rPr lang=\"nb-NO\"/><a:t>Andre nivå</a:t></a:r></a:p>";
        String slideNumber = placeholder(9, "Lysbildenummer", "sldNum", 12, W - MARGIN - (long) (1.6 * IN), H - (long) (0.62 * IN), (long) (1.0 * IN), (long) (0.4 * IN),
                "<a:bodyPr/>", "", "<a:p><a:fld id=\"{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}\" type=\"slidenum\"><a:rPr lang=\"nb-NO\"/><a:t>‹#›</a:t></a:fld></a:p>");
        List<Layout> l = new ArrayList<>();
        // 1. Title slide: blue all over, white text, the logo in white.
        l.add(new Layout("title", "Tittellysbilde",
                logo(4, MARGIN + (long) (0.4 * IN), (long) (0.9 * IN), (long) (0.9 * IN), true)
                        + placeholder(2, "Tittel", "ctrTitle", -1, MARGIN + (long) (0.4 * IN), (long) (2.2 * IN), CONTENT_W - (long) (0.8 * IN), (long) (2.2 * IN),
                        "<a:bodyPr anchor=\"b\"><a:normAutofit/></a:bodyPr>",
                        "<a:lstStyle><a:lvl1pPr><a:lnSpc><a:spcPct val=\"90000\"/></a:lnSpc><a:defRPr sz=\"4800\" b=\"1\">" + white + "</a:defRPr></a:lvl1pPr></a:lstStyle>",
                        "Klikk for å redigere tittelen")
                        + placeholder(3, "Undertittel", "subTitle", 1, MARGIN + (long) (0.4 * IN), (long) (4.8 * IN), CONTENT_W - (long) (0.8 * IN), (long) (1.4 * IN),
                        "<a:bodyPr><a:normAutofit/></a:bodyPr>", String.format(noBullets, 2600, "", white),
                        "<a:p><a:r><a:rPr lang=\"nb-NO\"/><a:t>Klikk for å redigere undertittelen</a:t></a:r></a:p>")
                        + rect(5, "Fargelinje", MARGIN + (long) (0.4 * IN), (long) (4.58 * IN), (long) (1.2 * IN), (long) (0.06 * IN), "bg1"),
                "<p:bg><p:bgPr><a:solidFill><a:schemeClr val=\"accent1\"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>", false));
        // 2. Title and content.
        l.add(new Layout("obj", "Tittel og innhold",
                title + placeholder(3, "Innhold", null, 1, MARGIN, BODY_Y, CONTENT_W, BODY_H, "<a:bodyPr><a:normAutofit/></a:bodyPr>", "", body)
                        + slideNumber, null, true));
        // 3. Section header: light blue, a blue bar, a large title.
        l.add(new Layout("secHead", "Seksjonsoverskrift",
                rect(4, "Fargefelt", 0, 0, (long) (0.35 * IN), H - (long) (0.1 * IN), "accent1")
                        + placeholder(2, "Tittel", "title", -1, MARGIN + (long) (0.5 * IN), (long) (1.9 * IN), CONTENT_W - (long) (1.0 * IN), (long) (2.2 * IN),
                        "<a:bodyPr anchor=\"b\"><a:normAutofit/></a:bodyPr>",
                        "<a:lstStyle><a:lvl1pPr><a:defRPr sz=\"4400\" b=\"1\"><a:solidFill><a:schemeClr val=\"tx2\"/></a:solidFill></a:defRPr></a:lvl1pPr></a:lstStyle>",
                        "Klikk for å redigere tittelen")
                        + placeholder(3, "Tekst", "body", 1, MARGIN + (long) (0.5 * IN), (long) (4.3 * IN), CONTENT_W - (long) (1.0 * IN), (long) (1.5 * IN),
                        "<a:bodyPr><a:normAutofit/></a:bodyPr>", String.format(noBullets, 2400, "", "<a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill>"),
                        "<a:p><a:r><a:rPr lang=\"nb-NO\"/><a:t>Klikk for å redigere teksten</a:t></a:r></a:p>"),
                "<p:bg><p:bgPr><a:solidFill><a:schemeClr val=\"bg2\"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>", true));
        // 4. Two columns.
        l.add(new Layout("twoObj", "To innholdsdeler",
                title + placeholder(3, "Innhold venstre", null, 1, MARGIN, BODY_Y, half, BODY_H, "<a:bodyPr><a:normAutofit/></a:bodyPr>",
                        "<a:lstStyle><a:lvl1pPr><a:defRPr sz=\"2200\"/></a:lvl1pPr><a:lvl2pPr><a:defRPr sz=\"1800\"/></a:lvl2pPr></a:lstStyle>", body)
                        + placeholder(4, "Innhold høyre", null, 2, W - MARGIN - half, BODY_Y, half, BODY_H, "<a:bodyPr><a:normAutofit/></a:bodyPr>",
                        "<a:lstStyle><a:lvl1pPr><a:defRPr sz=\"2200\"/></a:lvl1pPr><a:lvl2pPr><a:defRPr sz=\"1800\"/></a:lvl2pPr></a:lstStyle>", body)
                        + slideNumber, null, true));
        // 5. Picture with text: the picture left, its text right.
        long picW = (long) (7.4 * IN);
        l.add(new Layout("picTx", "Bilde med tekst",
                title + placeholder(3, "Bilde", "pic", 1, MARGIN, BODY_Y, picW, BODY_H, "<a:bodyPr/>", "",
                        "<a:p><a:r><a:rPr lang=\"nb-NO\"/><a:t>Klikk på ikonet for å legge til et bilde</a:t></a:r></a:p>")
                        + placeholder(4, "Tekst", "body", 2, MARGIN + picW + (long) (0.35 * IN), BODY_Y, CONTENT_W - picW - (long) (0.35 * IN), BODY_H,
                        "<a:bodyPr><a:normAutofit/></a:bodyPr>",
                        "<a:lstStyle><a:lvl1pPr><a:defRPr sz=\"2000\"/></a:lvl1pPr><a:lvl2pPr><a:defRPr sz=\"1800\"/></a:lvl2pPr></a:lstStyle>", body)
                        + slideNumber, null, true));
        // 6. Quote: a large quotation mark, the quote in large italics, who said it below.
        l.add(new Layout(null, "Sitat",
                title + text(5, "Sitattegn", MARGIN, (long) (1.6 * IN), (long) (1.1 * IN), (long) (1.4 * IN), "“", 12000, "accent1")
                        + placeholder(3, "Sitat", "body", 1, MARGIN + (long) (1.2 * IN), (long) (1.9 * IN), CONTENT_W - (long) (1.2 * IN), (long) (3.3 * IN),
                        "<a:bodyPr anchor=\"ctr\"><a:normAutofit/></a:bodyPr>", String.format(noBullets, 3200, " i=\"1\"", "<a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill>"),
                        "<a:p><a:r><a:rPr lang=\"nb-NO\"/><a:t>Klikk for å skrive sitatet</a:t></a:r></a:p>")
                        + placeholder(4, "Hvem som sa det", "body", 2, MARGIN + (long) (1.2 * IN), (long) (5.35 * IN), CONTENT_W - (long) (1.2 * IN), (long) (0.9 * IN),
                        "<a:bodyPr><a:normAutofit/></a:bodyPr>", String.format(noBullets, 2000, "", "<a:solidFill><a:schemeClr val=\"tx2\"/></a:solidFill>"),
                        "<a:p><a:r><a:rPr lang=\"nb-NO\"/><a:t>– Navn, rolle</a:t></a:r></a:p>")
                        + slideNumber, null, true));
        // 7. Key figure: one big number and what it means.
        l.add(new Layout(null, "Nøkkeltall",
                title + placeholder(3, "Tall", "body", 1, MARGIN, (long) (1.8 * IN), CONTENT_W, (long) (2.3 * IN),
                        "<a:bodyPr anchor=\"b\"><a:normAutofit/></a:bodyPr>",
                        String.format(noBullets, 10000, " b=\"1\"", "<a:solidFill><a:schemeClr val=\"accent1\"/></a:solidFill>"),
                        "<a:p><a:r><a:rPr lang=\"nb-NO\"/><a:t>123</a:t></a:r></a:p>")
                        + placeholder(4, "Forklaring", "body", 2, MARGIN, (long) (4.3 * IN), CONTENT_W, (long) (2.0 * IN),
                        "<a:bodyPr><a:normAutofit/></a:bodyPr>", String.format(noBullets, 2800, "", "<a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill>"),
                        "<a:p><a:r><a:rPr lang=\"nb-NO\"/><a:t>Klikk for å skrive hva tallet betyr</a:t></a:r></a:p>")
                        + slideNumber, null, true));
        // 8. Title only, 9. blank: for the team's own slides.
        l.add(new Layout("titleOnly", "Bare tittel", title + slideNumber, null, true));
        l.add(new Layout("blank", "Tom", slideNumber, null, true));
        return l;
    }

    private static String layout(Layout l) {
        return XML + "<p:sldLayout " + NS + (l.type() == null ? "" : " type=\"" + l.type() + "\"") + " preserve=\"1\""
                + (l.masterShapes() ? "" : " showMasterSp=\"0\"") + ">"
                + "<p:cSld name=\"" + l.name() + "\">" + (l.background() == null ? "" : l.background()) + spTree(l.shapes()) + "</p:cSld>"
                + "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>";
    }

    private static String notesMaster() {
        String shapes = placeholder(2, "Lysbildebilde", "sldImg", 1, 381000, 685800, 6096000, 3429000,
                "<a:bodyPr/>", "", "")
                .replace("<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Lysbildebilde\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>",
                        "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Lysbildebilde\"/><p:cNvSpPr><a:spLocks noGrp=\"1\" noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr>")
                + placeholder(3, "Notater", "body", 3, 685800, 4343400, 5486400, 4114800, "<a:bodyPr/>",
                "<a:lstStyle><a:lvl1pPr marL=\"0\" indent=\"0\"><a:defRPr sz=\"1400\"/></a:lvl1pPr>"
                        + "<a:lvl2pPr marL=\"457200\" indent=\"0\"><a:defRPr sz=\"1400\"/></a:lvl2pPr></a:lstStyle>",
                "<a:p><a:r><a:rPr lang=\"nb-NO\"/><a:t>Klikk for å skrive talenotater</a:t></a:r></a:p>")
                + placeholder(4, "Lysbildenummer", "sldNum", 4, 3884613, 8685213, 2971800, 458787, "<a:bodyPr anchor=\"b\"/>",
                "<a:lstStyle><a:lvl1pPr algn=\"r\"><a:defRPr sz=\"1200\"/></a:lvl1pPr></a:lstStyle>",
                "<a:p><a:fld id=\"{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}\" type=\"slidenum\"><a:rPr lang=\"nb-NO\"/><a:t>‹#›</a:t></a:fld></a:p>");
        return XML + "<p:notesMaster " + NS + "><p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg>"
                + spTree(shapes) + "</p:cSld>"
                + "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" accent3=\"accent3\" "
                + "accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>"
                + "<p:notesStyle>" + levels(lvl -> "<a:defRPr sz=\"1200\" kern=\"1200\"><a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill>"
                + "<a:latin typeface=\"+mn-lt\"/><a:ea typeface=\"+mn-ea\"/><a:cs typeface=\"+mn-cs\"/></a:defRPr>", 0) + "</p:notesStyle></p:notesMaster>";
    }

    // ---------------------------------------------------------------- shapes

    private static String spTree(String shapes) {
        return "<p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
                + "<p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>"
                + shapes + "</p:spTree>";
    }

    private static String xfrm(long x, long y, long w, long h) {
        return "<a:xfrm><a:off x=\"" + x + "\" y=\"" + y + "\"/><a:ext cx=\"" + w + "\" cy=\"" + h + "\"/></a:xfrm>";
    }

    /** A placeholder; {@code type} null means a content (obj) placeholder, {@code idx} -1 none. */
    private static String placeholder(int id, String name, String type, int idx, long x, long y, long w, long h,
                                      String bodyPr, String lstStyle, String prompt) {
        String ph = "<p:ph" + (type == null ? "" : " type=\"" + type + "\"") + (idx < 0 ? "" : " idx=\"" + idx + "\"")
                + (type != null && (type.equals("body") || type.equals("pic")) && idx > 1 ? " sz=\"quarter\"" : "") + "/>";
        String paragraphs = prompt.startsWith("<a:p>") || prompt.isEmpty() ? prompt
                : "<a:p><a:r><a:rPr lang=\"nb-NO\"/><a:t>" + prompt + "</a:t></a:r></a:p>";
        if (paragraphs.isEmpty()) paragraphs = "<a:p><a:endParaRPr lang=\"nb-NO\"/></a:p>";
        String txBody = type != null && type.equals("sldImg") ? "" : "<p:txBody>" + bodyPr + (lstStyle.isEmpty() ? "<a:lstStyle/>" : lstStyle) + paragraphs + "</p:txBody>";
        return "<p:sp><p:nvSpPr><p:cNvPr id=\"" + id + "\" name=\"" + name + "\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>"
                + "<p:nvPr>" + ph + "</p:nvPr></p:nvSpPr><p:spPr>" + xfrm(x, y, w, h) + "</p:spPr>" + txBody + "</p:sp>";
    }

    /** Marks a shape as decoration, so accessibility checkers and screen readers skip it. */
    private static String decorative(int id, String name) {
        return "<p:cNvPr id=\"" + id + "\" name=\"" + name + "\"><a:extLst><a:ext uri=\"{C183D7F6-B498-43B3-948B-1728B52AA6E4}\">"
                + "<adec:decorative xmlns:adec=\"http://schemas.microsoft.com/office/drawing/2017/decorative\" val=\"1\"/></a:ext></a:extLst></p:cNvPr>";
    }

    private static String rect(int id, String name, long x, long y, long w, long h, String color) {
        return "<p:sp><p:nvSpPr>" + decorative(id, name) + "<p:cNvSpPr/><p:nvPr userDrawn=\"1\"/></p:nvSpPr><p:spPr>" + xfrm(x, y, w, h)
                + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val=\"" + color + "\"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr>"
                + "<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang=\"nb-NO\"/></a:p></p:txBody></p:sp>";
    }

    private static String text(int id, String name, long x, long y, long w, long h, String text, int size, String color) {
        return "<p:sp><p:nvSpPr>" + decorative(id, name) + "<p:cNvSpPr txBox=\"1\"/><p:nvPr userDrawn=\"1\"/></p:nvSpPr><p:spPr>" + xfrm(x, y, w, h)
                + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>"
                + "<p:txBody><a:bodyPr wrap=\"none\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" anchor=\"t\"/><a:lstStyle/><a:p><a:pPr><a:lnSpc><a:spcPct val=\"80000\"/></a:lnSpc></a:pPr>"
                + "<a:r><a:rPr lang=\"nb-NO\" sz=\"" + size + "\" b=\"1\"><a:solidFill><a:schemeClr val=\"" + color + "\"/></a:solidFill>"
                + "<a:latin typeface=\"+mj-lt\"/></a:rPr><a:t>" + text + "</a:t></a:r></a:p></p:txBody></p:sp>";
    }

    /**
     * The campaign logo (assets/images/logo.svg: a rounded square with a check mark, on a 40-unit
     * grid) as two vector shapes. {@code inverted}: white square, blue mark, for blue backgrounds.
     */
    private static String logo(int id, long x, long y, long size, boolean inverted) {
        String square = inverted ? "bg1" : "accent1";
        String mark = inverted ? "accent1" : "bg1";
        long stroke = size * 4 / 40;
        return "<p:grpSp><p:nvGrpSpPr>" + decorative(id, "Logo") + "<p:cNvGrpSpPr/><p:nvPr userDrawn=\"1\"/></p:nvGrpSpPr>"
                + "<p:grpSpPr><a:xfrm><a:off x=\"" + x + "\" y=\"" + y + "\"/><a:ext cx=\"" + size + "\" cy=\"" + size + "\"/>"
                + "<a:chOff x=\"" + x + "\" y=\"" + y + "\"/><a:chExt cx=\"" + size + "\" cy=\"" + size + "\"/></a:xfrm></p:grpSpPr>"
                + "<p:sp><p:nvSpPr>" + decorative(id + 100, "Logo flate") + "<p:cNvSpPr/><p:nvPr userDrawn=\"1\"/></p:nvSpPr><p:spPr>" + xfrm(x, y, size, size)
                + "<a:prstGeom prst=\"roundRect\"><a:avLst><a:gd name=\"adj\" fmla=\"val 20000\"/></a:avLst></a:prstGeom>"
                + "<a:solidFill><a:schemeClr val=\"" + square + "\"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr></p:sp>"
                + "<p:sp><p:nvSpPr>" + decorative(id + 101, "Logo hake") + "<p:cNvSpPr/><p:nvPr userDrawn=\"1\"/></p:nvSpPr><p:spPr>" + xfrm(x, y, size, size)
                + "<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l=\"0\" t=\"0\" r=\"r\" b=\"b\"/><a:pathLst>"
                + "<a:path w=\"40\" h=\"40\" fill=\"none\"><a:moveTo><a:pt x=\"11\" y=\"21\"/></a:moveTo><a:lnTo><a:pt x=\"17\" y=\"27\"/></a:lnTo>"
                + "<a:lnTo><a:pt x=\"29\" y=\"13\"/></a:lnTo></a:path></a:pathLst></a:custGeom><a:noFill/>"
                + "<a:ln w=\"" + stroke + "\" cap=\"rnd\"><a:solidFill><a:schemeClr val=\"" + mark + "\"/></a:solidFill><a:round/></a:ln></p:spPr></p:sp>"
                + "</p:grpSp>";
    }
}
