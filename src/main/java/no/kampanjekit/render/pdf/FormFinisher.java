package no.kampanjekit.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDAppearanceContentStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Finishes the form fields openhtmltopdf made, so a fillable PDF is still PDF/UA-1 (openhtmltopdf
 * leaves fields out of the structure tree, its issue #663) and stays fillable in any viewer:
 * <ul>
 * <li>each widget goes into a {@code Form} structure element, placed right after the marker
 *     {@link FillableFields} put before the field, so it is read with its label;</li>
 * <li>checkboxes get their on state named {@code Yes} and appearances drawn as lines (the tick
 *     openhtmltopdf draws uses ZapfDingbats, which is not embedded);</li>
 * <li>text fields get an embedded font that holds every WinAnsi letter, and fresh appearances.</li>
 * </ul>
 */
final class FormFinisher {
    static final COSName ON = COSName.getPDFName("Yes");
    static final String FONT_NAME = "KKSans";
    /** The text colour of the print styles, #1e2b3c. */
    private static final float[] INK = {0x1e / 255f, 0x2b / 255f, 0x3c / 255f};
    private static final float FIELD_FONT_SIZE = 10;

    private FormFinisher() {}

    /** @return problems found (a field the layout dropped, a marker missing), empty when all is well */
    static List<String> finish(PDDocument doc, List<FillableFields.Field> fields, byte[] formFont) throws IOException {
        List<String> problems = new ArrayList<>();
        PDAcroForm acro = doc.getDocumentCatalog().getAcroForm();
        if (acro == null) {
            if (!fields.isEmpty()) problems.add("the layout made no form fields; are the fields inside <form> in the template's output?");
            return problems;
        }
        acro.setNeedAppearances(false);
        boolean hasText = fields.stream().anyMatch(f -> f.kind() == FillableFields.Kind.TEXT);
        PDResources dr = new PDResources();
        if (hasText) {
            PDFont font = PDTrueTypeFont.load(doc, new ByteArrayInputStream(formFont), WinAnsiEncoding.INSTANCE);
            dr.put(COSName.getPDFName(FONT_NAME), font);
            acro.setDefaultAppearance("/" + FONT_NAME + " 0 Tf 0 g");
        } else {
            acro.getCOSObject().removeItem(COSName.DA);
        }
        acro.setDefaultResources(dr);

        Map<String, PDStructureElement> markers = markers(doc.getDocumentCatalog().getStructureTreeRoot());
        Map<COSDictionary, PDPage> pageOf = new HashMap<>();
        for (PDPage page : doc.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) pageOf.put(a.getCOSObject(), page);
        }
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        COSArray nums = root.getParentTree().getCOSObject().getCOSArray(COSName.NUMS);
        int nextKey = root.getParentTreeNextKey();

        for (FillableFields.Field spec : fields) {
            PDField field = acro.getField(spec.name());
            if (field == null || field.getWidgets().isEmpty()) {
                problems.add("the field «" + spec.label() + "» did not make it into the PDF");
                continue;
            }
            PDAnnotationWidget widget = field.getWidgets().get(0);
            if (field instanceof PDCheckBox box) {
                checkbox(doc, box, widget);
            } else if (field instanceof PDTextField text) {
                text.setDefaultAppearance("/" + FONT_NAME + " " + (int) FIELD_FONT_SIZE + " Tf " + rgb(INK) + " rg");
                widget.getCOSObject().removeItem(COSName.MK);
                text.setValue(text.getValue()); // draws the appearance with the embedded font
            }
            PDStructureElement marker = markers.get(spec.name());
            if (marker == null) {
                problems.add("the field «" + spec.label() + "» lost its place in the reading order (its marker is missing)");
                continue;
            }
            marker.setAlternateDescription(null);
            PDStructureNode parent = marker.getParent();
            PDStructureElement form = new PDStructureElement("Form", parent);
            PDPage page = pageOf.get(widget.getCOSObject());
            if (page != null) form.setPage(page);
            PDObjectReference ref = new PDObjectReference();
            ref.setReferencedObject(widget);
            form.appendKid(ref);
            insertAfter(parent, marker, form);
            widget.setStructParent(nextKey);
            nums.add(COSInteger.get(nextKey));
            nums.add(form.getCOSObject());
            nextKey++;
        }
        root.setParentTreeNextKey(nextKey);
        return problems;
    }

    /** On state {@code Yes}; appearances drawn as a box and a tick, in the text colour. */
    private static void checkbox(PDDocument doc, PDCheckBox box, PDAnnotationWidget widget) throws IOException {
        COSDictionary field = box.getCOSObject();
        boolean checked = field.getCOSName(COSName.V) != null && !COSName.Off.equals(field.getCOSName(COSName.V));
        field.removeItem(COSName.OPT);
        PDRectangle r = widget.getRectangle();
        COSDictionary normal = new COSDictionary();
        normal.setItem(ON, tick(doc, r.getWidth(), r.getHeight(), true));
        normal.setItem(COSName.Off, tick(doc, r.getWidth(), r.getHeight(), false));
        PDAppearanceDictionary ap = new PDAppearanceDictionary();
        ap.getCOSObject().setItem(COSName.N, normal);
        widget.setAppearance(ap);
        widget.getCOSObject().removeItem(COSName.MK);
        COSName state = checked ? ON : COSName.Off;
        field.setItem(COSName.V, state);
        field.setItem(COSName.DV, state);
        widget.getCOSObject().setItem(COSName.AS, state);
    }

    private static PDAppearanceStream tick(PDDocument doc, float w, float h, boolean on) throws IOException {
        PDAppearanceStream s = new PDAppearanceStream(doc);
        s.setBBox(new PDRectangle(w, h));
        s.setResources(new PDResources());
        try (PDAppearanceContentStream cs = new PDAppearanceContentStream(s)) {
            cs.setStrokingColor(INK[0], INK[1], INK[2]);
            float line = Math.max(0.6f, Math.min(w, h) * 0.07f);
            cs.setLineWidth(line);
            cs.addRect(line / 2, line / 2, w - line, h - line);
            cs.stroke();
            if (on) {
                cs.setLineWidth(Math.min(w, h) * 0.13f);
                cs.setLineCapStyle(1);
                cs.setLineJoinStyle(1);
                cs.moveTo(w * 0.22f, h * 0.52f);
                cs.lineTo(w * 0.42f, h * 0.28f);
                cs.lineTo(w * 0.80f, h * 0.76f);
                cs.stroke();
            }
        }
        return s;
    }

    /** Structure elements whose alternate text names a field: the markers {@link FillableFields} left. */
    private static Map<String, PDStructureElement> markers(PDStructureTreeRoot root) {
        Map<String, PDStructureElement> found = new HashMap<>();
        if (root == null) return found;
        List<Object> todo = new ArrayList<>(root.getKids());
        while (!todo.isEmpty()) {
            Object o = todo.remove(todo.size() - 1);
            if (o instanceof PDStructureElement e) {
                String alt = e.getAlternateDescription();
                if (alt != null && alt.startsWith(FillableFields.MARKER_PREFIX)) found.put(alt.substring(FillableFields.MARKER_PREFIX.length()), e);
                todo.addAll(e.getKids());
            }
        }
        return found;
    }

    private static void insertAfter(PDStructureNode parent, PDStructureElement after, PDStructureElement kid) {
        COSDictionary p = parent.getCOSObject();
        COSBase k = p.getDictionaryObject(COSName.K);
        if (k instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) == after.getCOSObject()) {
                    array.add(i + 1, kid.getCOSObject());
                    return;
                }
            }
            array.add(kid.getCOSObject());
        } else {
            COSArray array = new COSArray();
            if (k != null) array.add(k);
            array.add(kid.getCOSObject());
            p.setItem(COSName.K, array);
        }
    }

    private static String rgb(float[] c) {
        return String.format(java.util.Locale.ROOT, "%.3f %.3f %.3f", c[0], c[1], c[2]);
    }
}
