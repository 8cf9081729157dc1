package no.kampanjekit.render.pptx;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.kampanjekit.model.Deck.Layout;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;

/**
 * Finds the master's layout for each kind of slide. Standard layouts are found by their PowerPoint
 * type, which survives renaming and translation; the two custom ones by name. So the team can
 * redesign and rename layouts in PowerPoint, as long as these stay.
 */
final class MasterLayouts {
    private MasterLayouts() {}

    /** How a layout is recognised, in words for an error message. */
    static String describe(Layout layout) {
        return switch (layout) {
            case TITLE -> "a «Title Slide» layout (Tittellysbilde)";
            case CONTENT -> "a «Title and Content» layout (Tittel og innhold)";
            case SECTION -> "a «Section Header» layout (Seksjonsoverskrift)";
            case TWO_COLUMNS -> "a «Two Content» layout (To innholdsdeler)";
            case PICTURE -> "a «Picture with Caption» layout (Bilde med tekst)";
            case QUOTE -> "a custom layout named «Sitat» (or «Quote»)";
            case KEY_FIGURE -> "a custom layout named «Nøkkeltall» (or «Key figure»)";
        };
    }

    static Map<Layout, XSLFSlideLayout> find(XMLSlideShow ppt) {
        Map<Layout, XSLFSlideLayout> found = new EnumMap<>(Layout.class);
        for (XSLFSlideMaster master : ppt.getSlideMasters()) {
            for (XSLFSlideLayout l : master.getSlideLayouts()) {
                Layout kind = kindOf(l);
                if (kind != null) found.putIfAbsent(kind, l);
            }
        }
        return found;
    }

    /** The kinds of slide the master has no layout for, described for the editor. */
    static List<String> missing(XMLSlideShow ppt) {
        return missing(find(ppt).keySet());
    }

    /** As {@link #missing(XMLSlideShow)}, from the layouts found (by {@link MasterCheck}). */
    static List<String> missing(java.util.Set<Layout> found) {
        List<String> missing = new ArrayList<>();
        for (Layout l : Layout.values()) if (!found.contains(l)) missing.add(describe(l));
        return missing;
    }

    private static Layout kindOf(XSLFSlideLayout l) {
        String name = l.getName() == null ? "" : l.getName().strip().toLowerCase(Locale.ROOT);
        if (name.equals("sitat") || name.equals("quote")) return Layout.QUOTE;
        if (name.equals("nøkkeltall") || name.equals("key figure")) return Layout.KEY_FIGURE;
        SlideLayout type;
        try {
            type = l.getType();
        } catch (RuntimeException e) {
            return null;
        }
        return switch (type) {
            case TITLE -> Layout.TITLE;
            case TITLE_AND_CONTENT -> Layout.CONTENT;
            case SECTION_HEADER -> Layout.SECTION;
            case TWO_OBJ, TWO_COL_TX -> Layout.TWO_COLUMNS;
            case PIC_TX -> Layout.PICTURE;
            default -> null;
        };
    }
}
