package no.kampanjekit.render.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * QR codes on printed pages (the ZXing adapter), drawn as vector squares, so they print sharp at
 * any size. A print template asks for one with
 * {@code <object type="application/x-kampanjekit-qr" data="https://…" alt="…"/>}; the PDF gets it as
 * a figure with that alternate text, including its four-module quiet zone.
 */
final class QrCode implements FSObjectDrawer {
    /** The {@code type} of the {@code <object>} element that asks for a QR code. */
    static final String TYPE = "application/x-kampanjekit-qr";
    private static final int QUIET_ZONE = 4;

    static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code for " + text, e);
        }
    }

    @Override
    public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height, OutputDevice outputDevice,
                                        RenderingContext ctx, int dotsPerPixel) {
        String data = e.getAttribute("data");
        if (data.isEmpty()) return null;
        BitMatrix m = matrix(data);
        float w = (float) (width / dotsPerPixel), h = (float) (height / dotsPerPixel);
        outputDevice.drawWithGraphics((float) x, (float) y, w, h, g -> {
            double size = Math.min(w, h);
            double cell = size / (m.getWidth() + 2 * QUIET_ZONE);
            g.setColor(Color.WHITE);
            g.fill(new Rectangle2D.Double(0, 0, size, size));
            // One path of runs of dark modules, each a hair taller, so no seam shows between rows.
            Path2D.Double dark = new Path2D.Double();
            for (int row = 0; row < m.getHeight(); row++) {
                int col = 0;
                while (col < m.getWidth()) {
                    if (!m.get(col, row)) {
                        col++;
                        continue;
                    }
                    int start = col;
                    while (col < m.getWidth() && m.get(col, row)) col++;
                    dark.append(new Rectangle2D.Double((QUIET_ZONE + start) * cell, (QUIET_ZONE + row) * cell, (col - start) * cell,
                            cell * 1.02), false);
                }
            }
            g.setColor(Color.BLACK);
            g.fill(dark);
        });
        return null;
    }
}
