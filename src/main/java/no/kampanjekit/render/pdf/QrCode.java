package no.kampanjekit.render.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR codes for printed pages (the ZXing adapter): a black-and-white PNG as a data: URI, so the
 * print template places it like any image, with alt text. Each module is drawn as a block of
 * pixels, so viewers that smooth images still print sharp edges; the quiet zone is part of the image.
 */
final class QrCode {
    /** Pixels per module: about 300 dpi at the 30 mm the templates print it at. */
    private static final int SCALE = 10;
    private static final int QUIET_ZONE = 4;

    private QrCode() {}

    static String pngDataUri(String text) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text));
    }

    static byte[] png(String text) {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code for " + text, e);
        }
        int modules = m.getWidth() + 2 * QUIET_ZONE;
        int size = modules * SCALE;
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        int white = 0xFFFFFF, black = 0;
        for (int y = 0; y < size; y++) {
            int my = y / SCALE - QUIET_ZONE;
            for (int x = 0; x < size; x++) {
                int mx = x / SCALE - QUIET_ZONE;
                boolean dark = mx >= 0 && my >= 0 && mx < m.getWidth() && my < m.getHeight() && m.get(mx, my);
                img.setRGB(x, y, dark ? black : white);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
