package no.kampanjekit.render.social;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Our PNG writer against the JDK's PNG reader: the same pixels back, the same bytes every time. */
class PalettePngTest {
    @Test
    void aReaderGetsBackEveryPixelInItsPaletteColour() throws IOException {
        BufferedImage image = new BufferedImage(301, 157, BufferedImage.TYPE_BYTE_INDEXED, CardPainter.PALETTE);
        byte[] index = new byte[301 * 157];
        for (int i = 0; i < index.length; i++) index[i] = (byte) ((i * 31 + i / 301 * 7) % 256);
        image.getRaster().setDataElements(0, 0, 301, 157, index);

        byte[] png = write(image);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(301, back.getWidth());
        assertEquals(157, back.getHeight());
        for (int y = 0; y < 157; y++) {
            for (int x = 0; x < 301; x++) {
                assertEquals(image.getRGB(x, y), back.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
        assertArrayEquals(png, write(image), "same pixels, same bytes");
    }

    @Test
    void refusesImagesThatAreNotEightBitPalettes() {
        BufferedImage rgb = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        assertThrows(IllegalArgumentException.class, () -> write(rgb));
    }

    private static byte[] write(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PalettePng.write(image, out);
        return out.toByteArray();
    }
}
