package io.github.neuronkernel.kernel.display;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Renders XChart charts and images into MIME bundles: {@code image/png} and a {@code text/plain}
 * summary. (XChart's SVG embeds its fonts, about 100 kB even for three points, so charts are not
 * sent as SVG; {@link #svg} is there for whoever wants one.)
 */
public final class ChartImages {
    private ChartImages() {}

    /**
     * @param chart any XChart chart
     * @param summary the {@code text/plain} text
     * @return the chart as PNG (and SVG when small)
     */
    public static MimeBundle bundle(Chart<?, ?> chart, String summary) {
        MimeBundle b = new MimeBundle()
                .put("image/png", png(chart))
                .put("text/plain", summary);
        return b.meta("image/png", Map.of("width", chart.getWidth(), "height", chart.getHeight()));
    }

    /** @return the chart as base64 PNG */
    public static String png(Chart<?, ?> chart) {
        try {
            return Base64.getEncoder().encodeToString(BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the chart as PNG", e);
        }
    }

    /** @return the chart as SVG text */
    public static String svg(Chart<?, ?> chart) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            return out.toString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the chart as SVG", e);
        }
    }

    /** @return an image as a bundle with base64 PNG */
    public static MimeBundle bundle(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return new MimeBundle()
                    .put("image/png", Base64.getEncoder().encodeToString(out.toByteArray()))
                    .put("text/plain", "image " + image.getWidth() + "x" + image.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the image as PNG", e);
        }
    }

}
