package io.github.neuronkernel.kernel.display;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The view reads exactly what the image holds, as the JDK reads it. */
class RgbViewTest {
    private static BufferedImage image(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x2040ff));
        g.fillOval(5, 3, 40, 20);
        g.dispose();
        Random random = new Random(3);
        for (int i = 0; i < 500; i++) {
            image.setRGB(random.nextInt(w), random.nextInt(h), random.nextInt(1 << 24));
        }
        return image;
    }

    @Test
    void pixelsOfAnyRegionAndOfRegionCopiesAreTheJdks() {
        BufferedImage image = image(61, 23);
        RenderedImage view = RgbView.of(image);
        assertNotSame(image, view);
        int[][] regions = {{0, 0, 61, 23}, {3, 4, 10, 7}, {60, 22, 1, 1}, {0, 11, 61, 1}};
        for (int[] r : regions) {
            var rect = new Rectangle(r[0], r[1], r[2], r[3]);
            int[] expected = image.getRaster().getPixels(r[0], r[1], r[2], r[3], (int[]) null);
            assertArrayEquals(expected, view.getData().getPixels(r[0], r[1], r[2], r[3], (int[]) null));
            assertArrayEquals(expected, view.getData(rect).getPixels(r[0], r[1], r[2], r[3], (int[]) null));
        }
    }

    @Test
    void sharesThePixelsItViews() {
        BufferedImage image = image(9, 4);
        RenderedImage view = RgbView.of(image);
        image.setRGB(8, 3, 0x123456);
        assertArrayEquals(new int[] {0x12, 0x34, 0x56}, view.getData().getPixel(8, 3, (int[]) null));
    }

    @Test
    void otherImagesAreLeftAsTheyAre() {
        BufferedImage argb = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        assertSame(argb, RgbView.of(argb));
        BufferedImage part = image(20, 20).getSubimage(2, 3, 5, 5);
        assertSame(part, RgbView.of(part));
    }

    @Test
    void outsideTheImageFailsAsTheJdkDoes() {
        RenderedImage view = RgbView.of(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB));
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> view.getData().getPixels(4, 4, 5, 1, (int[]) null));
    }
}
