package io.github.neuronkernel.kernel.display;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/** Charts to PNG: the size (twice as many pixels, shown at the chart's size), and no pixel lost on the way. */
class ChartImagesTest {
    private static BufferedImage decode(byte[] png) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    /** A user's own XChart chart, 640x400. */
    private static XYChart chart() {
        XYChart chart = new XYChartBuilder().width(640).height(400).title("mine").build();
        chart.addSeries("s", new double[] {0, 1, 2}, new double[] {3, 1, 2});
        return chart;
    }

    @Test
    void chartDecodesToItsSizeWithEveryPixelAsPainted() throws Exception {
        var chart = chart();
        BufferedImage painted = ChartImages.paint(chart);
        BufferedImage back = decode(Base64.getDecoder().decode(ChartImages.png(chart)));
        assertEquals(640, back.getWidth());
        assertEquals(400, back.getHeight());
        assertArrayEquals(pixels(painted), pixels(back));
    }

    @Test
    void bundleCarriesATwiceAsLargePngShownAtTheChartsSizeAndTheSummary() throws Exception {
        MimeBundle bundle = ChartImages.bundle(chart(), "a summary");
        Map<String, Object> data = bundle.data();
        assertEquals("a summary", data.get("text/plain"));
        BufferedImage back = decode(Base64.getDecoder().decode((String) data.get("image/png")));
        assertEquals(1280, back.getWidth());
        assertEquals(800, back.getHeight());
        assertEquals(Map.of("width", 640, "height", 400), bundle.metadata().get("image/png"));
    }

    @Test
    void imageRoundTripsExactly() throws Exception {
        BufferedImage image = new BufferedImage(37, 11, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 11; y++) {
            for (int x = 0; x < 37; x++) {
                image.setRGB(x, y, x * 0x070503 + y * 0x0b0d11);
            }
        }
        assertArrayEquals(pixels(image), pixels(decode(ChartImages.encode(image))));
    }
}
