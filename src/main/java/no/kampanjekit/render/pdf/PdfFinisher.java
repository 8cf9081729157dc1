package no.kampanjekit.render.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.UUID;
import no.kampanjekit.output.Sha256;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Gives every PDF its metadata and makes it reproducible: the document information and XMP
 * packet (title, subject, keywords, language, publisher, PDF/UA part 1) with dates from the
 * content, and a document ID derived from a hash of the input, so the same input always gives the
 * same bytes. Nothing here reads the clock.
 */
final class PdfFinisher {
    static final String PRODUCER = "Kampanjekit (openhtmltopdf, Apache PDFBox)";
    static final String CREATOR = "Kampanjekit";

    /** What the PDF says about itself. Dates may be null. */
    record Info(String title, String subject, String keywords, String lang, String author, LocalDate created, LocalDate modified,
                String inputDigest) {}

    private PdfFinisher() {}

    static void finish(PDDocument doc, Info info) throws IOException {
        PDDocumentInformation di = new PDDocumentInformation();
        di.setTitle(info.title());
        if (!info.subject().isBlank()) di.setSubject(info.subject());
        if (!info.keywords().isBlank()) di.setKeywords(info.keywords());
        di.setAuthor(info.author());
        di.setCreator(CREATOR);
        di.setProducer(PRODUCER);
        if (info.created() != null) di.setCreationDate(calendar(info.created()));
        if (info.modified() != null) di.setModificationDate(calendar(info.modified()));
        doc.setDocumentInformation(di);

        doc.getDocumentCatalog().setLanguage(info.lang());
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp(info).getBytes(StandardCharsets.UTF_8));
        doc.getDocumentCatalog().setMetadata(metadata);

        byte[] id = documentId(info);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** Fonts used on the pages that are not embedded, e.g. when the print CSS names a font that is not in assets/fonts. */
    static List<String> fontsNotEmbedded(PDDocument doc) throws IOException {
        List<String> missing = new ArrayList<>();
        for (PDPage page : doc.getPages()) collect(page.getResources(), missing, 0);
        return missing.stream().distinct().sorted().toList();
    }

    private static void collect(PDResources resources, List<String> missing, int depth) throws IOException {
        if (resources == null || depth > 8) return;
        COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fonts != null) {
            for (COSName name : fonts.keySet()) {
                if (!(fonts.getDictionaryObject(name) instanceof COSDictionary font)) continue;
                // Type0 fonts come from assets/fonts and are embedded as subsets when the PDF is saved;
                // anything else without a font program is one of the PDF base fonts openhtmltopdf falls back to.
                if (COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE))) continue;
                COSDictionary fd = font.getCOSDictionary(COSName.FONT_DESC);
                boolean embedded = fd != null && (fd.containsKey(COSName.FONT_FILE) || fd.containsKey(COSName.FONT_FILE2) || fd.containsKey(COSName.FONT_FILE3));
                if (!embedded) missing.add(font.getNameAsString(COSName.BASE_FONT));
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) collect(form.getResources(), missing, depth + 1);
        }
    }

    /** 16 bytes of a SHA-256 over everything that shapes the PDF. */
    private static byte[] documentId(Info info) {
        return java.util.Arrays.copyOf(Sha256.digest().digest(info.inputDigest().getBytes(StandardCharsets.UTF_8)), 16);
    }

    private static Calendar calendar(LocalDate date) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        c.clear();
        c.setTimeInMillis(date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        return c;
    }

    /** The XMP packet, written out directly: small, fixed in form and free of any XML library's whims. */
    static String xmp(Info info) {
        String uuid = UUID.nameUUIDFromBytes(documentId(info)).toString();
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("   <dc:format>application/pdf</dc:format>\n")
                .append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(info.title())).append("</rdf:li></rdf:Alt></dc:title>\n");
        if (!info.subject().isBlank()) {
            x.append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(info.subject())).append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        x.append("   <dc:creator><rdf:Seq><rdf:li>").append(esc(info.author())).append("</rdf:li></rdf:Seq></dc:creator>\n")
                .append("   <dc:language><rdf:Bag><rdf:li>").append(esc(info.lang())).append("</rdf:li></rdf:Bag></dc:language>\n");
        if (!info.keywords().isBlank()) {
            x.append("   <dc:subject><rdf:Bag>");
            for (String k : info.keywords().split(",\\s*")) x.append("<rdf:li>").append(esc(k)).append("</rdf:li>");
            x.append("</rdf:Bag></dc:subject>\n");
        }
        x.append("  </rdf:Description>\n")
                .append("  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n");
        if (!info.keywords().isBlank()) x.append("   <pdf:Keywords>").append(esc(info.keywords())).append("</pdf:Keywords>\n");
        x.append("   <pdf:Producer>").append(esc(PRODUCER)).append("</pdf:Producer>\n")
                .append("  </rdf:Description>\n")
                .append("  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append("   <xmp:CreatorTool>").append(CREATOR).append("</xmp:CreatorTool>\n");
        if (info.created() != null) x.append("   <xmp:CreateDate>").append(info.created()).append("T00:00:00Z</xmp:CreateDate>\n");
        if (info.modified() != null) {
            x.append("   <xmp:ModifyDate>").append(info.modified()).append("T00:00:00Z</xmp:ModifyDate>\n")
                    .append("   <xmp:MetadataDate>").append(info.modified()).append("T00:00:00Z</xmp:MetadataDate>\n");
        }
        x.append("  </rdf:Description>\n")
                .append("  <rdf:Description rdf:about=\"\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n")
                .append("   <xmpMM:DocumentID>uuid:").append(uuid).append("</xmpMM:DocumentID>\n")
                .append("   <xmpMM:InstanceID>uuid:").append(uuid).append("</xmpMM:InstanceID>\n")
                .append("  </rdf:Description>\n")
                .append("  <rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
                .append("   <pdfuaid:part>1</pdfuaid:part>\n")
                .append("  </rdf:Description>\n")
                .append(" </rdf:RDF>\n")
                .append("</x:xmpmeta>\n")
                .append("<?xpacket end=\"w\"?>");
        return x.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
