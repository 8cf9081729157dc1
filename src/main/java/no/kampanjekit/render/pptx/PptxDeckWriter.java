package no.kampanjekit.render.pptx;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import no.kampanjekit.model.Deck;
import no.kampanjekit.model.Deck.Layout;
import no.kampanjekit.model.Deck.Para;
import no.kampanjekit.model.Deck.Run;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.sl.usermodel.AutoNumberingScheme;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTableProperties;
import org.openxmlformats.schemas.presentationml.x2006.main.CTGraphicalObjectFrame;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPlaceholder;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.openxmlformats.schemas.presentationml.x2006.main.STPlaceholderType;

/**
 * Fills a slide master with a deck: one slide per {@link Deck.Slide}, on the master's layout for
 * it, with every text in the layout's placeholders (so it keeps the master's fonts and colours,
 * stays editable and reflows), images and tables in place of a placeholder, and speaker notes in
 * the notes pages. The only class, with {@link MasterLayouts}, that knows POI.
 */
final class PptxDeckWriter {
    /** PowerPoint's built-in «Medium Style 2 – Accent 1»: header row and bands in the theme's accent colour. */
    static final String TABLE_STYLE = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}";

    private final byte[] master;
    private final ImageSource images;

    /** Reads image files for pictures; throws if one cannot be read (the caller checked they exist). */
    interface ImageSource {
        byte[] read(String projectPath) throws IOException;
    }

    PptxDeckWriter(byte[] master, ImageSource images) {
        this.master = master;
        this.images = images;
    }

    /** The finished .pptx, byte for byte the same for the same deck and master. */
    byte[] write(Deck deck) throws IOException {
        try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(master))) {
            Map<Layout, XSLFSlideLayout> layouts = new EnumMap<>(Layout.class);
            MasterLayouts.find(ppt).forEach(layouts::put);
            for (Deck.Slide s : deck.slides()) {
                XSLFSlideLayout layout = layouts.get(s.layout());
                if (layout == null) throw new IllegalStateException("the master has no layout for " + s.layout());
                XSLFSlide slide = ppt.createSlide(layout);
                fill(ppt, slide, s, deck.lang());
                if (!s.notes().isEmpty()) notes(ppt, slide, s.notes(), deck.lang());
            }
            properties(ppt, deck);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ppt.write(out);
            return ReproducibleZip.normalize(out.toByteArray(), deck.date());
        }
    }

    private void fill(XMLSlideShow ppt, XSLFSlide slide, Deck.Slide s, String lang) throws IOException {
        List<XSLFTextShape> placeholders = new ArrayList<>();
        XSLFTextShape title = null;
        for (XSLFShape shape : slide.getShapes()) {
            if (!(shape instanceof XSLFTextShape t)) continue;
            inheritFromLayout(t);
            Placeholder ph = t.getTextType();
            if (ph == Placeholder.TITLE || ph == Placeholder.CENTERED_TITLE) title = t;
            else placeholders.add(t);
        }
        if (title == null) throw new IllegalStateException("layout '" + slide.getSlideLayout().getName() + "' has no title placeholder");
        setParas(title, List.of(new Para(List.of(Run.plain(s.title())), 0, Deck.Marker.NONE)), lang);

        XSLFTextShape picture = placeholders.stream().filter(p -> p.getTextType() == Placeholder.PICTURE).findFirst().orElse(null);
        List<XSLFTextShape> text = placeholders.stream().filter(p -> p != picture)
                .sorted(Comparator.comparingDouble((XSLFTextShape p) -> Math.round(p.getAnchor().getY()))
                        .thenComparingDouble(p -> p.getAnchor().getX()))
                .toList();
        List<List<Para>> contents = switch (s.layout()) {
            case KEY_FIGURE -> List.of(List.of(new Para(List.of(Run.plain(s.figure())), 0, Deck.Marker.NONE)), s.body());
            case TWO_COLUMNS, QUOTE -> List.of(s.body(), s.second());
            default -> List.of(s.body());
        };
        for (int i = 0; i < text.size(); i++) {
            XSLFTextShape target = text.get(i);
            List<Para> paras = i < contents.size() ? contents.get(i) : List.of();
            if (i == 0 && s.table() != null) {
                table(slide, target, s.table(), lang);
                slide.removeShape(target);
            } else if (paras.isEmpty()) {
                slide.removeShape(target); // an empty placeholder would show «Klikk for å …» while editing
            } else {
                setParas(target, paras, lang);
            }
        }
        if (picture != null) {
            if (s.picture() != null) picture(ppt, slide, picture, s.picture());
            slide.removeShape(picture);
        }
    }

    /**
     * POI copies the layout's placeholders with their position and styles; drop them, as PowerPoint
     * does for a new slide, so a slide follows the master when the team moves or restyles a layout.
     */
    private static void inheritFromLayout(XSLFTextShape t) {
        if (!(t.getXmlObject() instanceof CTShape sp)) return;
        if (sp.getSpPr().isSetXfrm()) sp.getSpPr().unsetXfrm();
        if (sp.isSetTxBody()) {
            var body = sp.getTxBody();
            body.setBodyPr(org.openxmlformats.schemas.drawingml.x2006.main.CTTextBodyProperties.Factory.newInstance());
            if (body.isSetLstStyle()) body.unsetLstStyle();
            body.addNewLstStyle();
        }
    }

    private static void setParas(XSLFTextShape shape, List<Para> paras, String lang) {
        shape.clearText();
        for (Para para : paras) {
            XSLFTextParagraph p = shape.addNewTextParagraph();
            if (para.level() > 0) p.setIndentLevel(para.level());
            switch (para.marker()) {
                case NONE -> {
                    if (shape.getTextType() != Placeholder.TITLE && shape.getTextType() != Placeholder.CENTERED_TITLE) {
                        p.setBullet(false);
                        p.setIndent(0.0);
                        p.setLeftMargin(0.0);
                    }
                }
                case NUMBER -> p.setBulletAutoNumber(AutoNumberingScheme.arabicPeriod, 1);
                case BULLET -> { } // the master's bullet for this level
            }
            runs(p, para.runs(), lang);
        }
    }

    private static void runs(XSLFTextParagraph p, List<Run> runs, String lang) {
        String language = language(lang);
        for (Run run : runs) {
            String[] lines = run.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) p.addLineBreak();
                if (lines[i].isEmpty()) continue;
                XSLFTextRun r = p.addNewTextRun();
                r.setText(lines[i]);
                r.getRPr(true).setLang(language);
                if (run.bold()) r.setBold(true);
                if (run.italic()) r.setItalic(true);
                if (run.strike()) r.setStrikethrough(true);
                if (run.link() != null) r.createHyperlink().setAddress(run.link());
            }
        }
    }

    static String language(String lang) {
        return switch (lang) {
            case "nn" -> "nn-NO";
            case "en" -> "en-GB";
            default -> "nb-NO";
        };
    }

    /** The image, fitted inside the picture placeholder's box with its proportions kept, linked to that placeholder. */
    private void picture(XMLSlideShow ppt, XSLFSlide slide, XSLFTextShape placeholder, Deck.Picture picture) throws IOException {
        byte[] bytes = images.read(picture.path());
        String name = picture.path().toLowerCase(java.util.Locale.ROOT);
        PictureType type = name.endsWith(".png") ? PictureType.PNG : name.endsWith(".gif") ? PictureType.GIF : PictureType.JPEG;
        XSLFPictureData data = ppt.addPicture(bytes, type);
        XSLFPictureShape pic = slide.createPicture(data);
        Rectangle2D box = placeholder.getAnchor();
        var image = ImageIO.read(new ByteArrayInputStream(bytes));
        double iw = image == null ? box.getWidth() : image.getWidth();
        double ih = image == null ? box.getHeight() : image.getHeight();
        double scale = Math.min(box.getWidth() / iw, box.getHeight() / ih);
        double w = iw * scale, h = ih * scale;
        pic.setAnchor(new Rectangle2D.Double(box.getX() + (box.getWidth() - w) / 2, box.getY() + (box.getHeight() - h) / 2, w, h));
        CTPicture ct = (CTPicture) pic.getXmlObject();
        ct.getNvPicPr().getCNvPr().setName("Bilde");
        ct.getNvPicPr().getCNvPr().setDescr(picture.alt());
        CTPlaceholder ph = ct.getNvPicPr().getNvPr().addNewPh();
        ph.setType(STPlaceholderType.PIC);
        ph.setIdx(placeholderIdx(placeholder));
    }

    /** A table where the content placeholder was, in the theme's table style. */
    private static void table(XSLFSlide slide, XSLFTextShape placeholder, Deck.Table table, String lang) {
        int rows = table.rows().size();
        int cols = table.rows().get(0).size();
        XSLFTable t = slide.createTable(rows, cols);
        Rectangle2D box = placeholder.getAnchor();
        for (int c = 0; c < cols; c++) t.setColumnWidth(c, box.getWidth() / cols);
        for (int r = 0; r < rows; r++) {
            t.setRowHeight(r, 36);
            for (int c = 0; c < cols; c++) {
                XSLFTableCell cell = t.getCell(r, c);
                cell.clearText();
                XSLFTextParagraph p = cell.addNewTextParagraph();
                List<List<Run>> row = table.rows().get(r);
                runs(p, c < row.size() ? row.get(c) : List.of(), lang);
            }
        }
        t.setAnchor(new Rectangle2D.Double(box.getX(), box.getY(), box.getWidth(), 36.0 * rows));
        CTGraphicalObjectFrame frame = (CTGraphicalObjectFrame) t.getXmlObject();
        frame.getNvGraphicFramePr().getCNvPr().setName("Tabell");
        frame.getNvGraphicFramePr().getNvPr().addNewPh().setIdx(placeholderIdx(placeholder));
        CTTableProperties pr = t.getCTTable().getTblPr() != null ? t.getCTTable().getTblPr() : t.getCTTable().addNewTblPr();
        pr.setFirstRow(true);
        pr.setBandRow(true);
        pr.setTableStyleId(TABLE_STYLE);
    }

    private static long placeholderIdx(XSLFTextShape shape) {
        CTPlaceholder ph = ((CTShape) shape.getXmlObject()).getNvSpPr().getNvPr().getPh();
        return ph == null ? 0 : ph.getIdx();
    }

    /** The notes page: the slide's picture and the notes; POI's copies of the master's other placeholders go. */
    private static void notes(XMLSlideShow ppt, XSLFSlide slide, List<Para> paras, String lang) {
        XSLFNotes notes = ppt.getNotesSlide(slide);
        XSLFTextShape body = null;
        for (XSLFTextShape shape : notes.getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY && body == null) body = shape;
            else if (shape.getTextType() != Placeholder.SLIDE_IMAGE) notes.removeShape(shape);
        }
        if (body == null) throw new IllegalStateException("the notes master has no text placeholder for notes");
        inheritFromLayout(body);
        setParas(body, paras, lang);
    }

    /** Title, author and dates from the content, never the clock, so a rebuild gives the same bytes. */
    private static void properties(XMLSlideShow ppt, Deck deck) {
        POIXMLProperties props = ppt.getProperties();
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        Date date = Date.from(deck.date().atStartOfDay().toInstant(ZoneOffset.UTC));
        core.setTitle(deck.title());
        core.setCreator(deck.author());
        core.setLastModifiedByUser(deck.author());
        core.setSubjectProperty(deck.subject() == null ? "" : deck.subject());
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.setRevision("1");
        POIXMLProperties.ExtendedProperties app = props.getExtendedProperties();
        app.setApplication("Kampanjekit");
        app.setPresentationFormat("Widescreen");
        app.setSlides(deck.slides().size());
        app.setNotes((int) deck.slides().stream().filter(s -> !s.notes().isEmpty()).count());
    }
}
