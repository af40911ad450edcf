package io.github.neuronkernel.kernel.display;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Renders XChart charts and images into MIME bundles: {@code image/png} and a {@code text/plain}
 * summary. A chart is painted at {@link Figure#DEFAULT_SCALE} device pixels per CSS pixel and shown
 * at its own size (the {@code width}/{@code height} metadata), crisp on high-DPI screens. (XChart's
 * SVG embeds its fonts, about 100 kB even for three points, so charts are not sent as SVG; {@link
 * #svg} is there for whoever wants one.)
 */
public final class ChartImages {
    private ChartImages() {}

    /**
     * @param chart any XChart chart
     * @param summary the {@code text/plain} text
     * @return the chart as PNG, with its size, and the summary as text
     */
    public static MimeBundle bundle(Chart<?, ?> chart, String summary) {
        return bundle(paint(chart, Figure.DEFAULT_SCALE), summary, Figure.DEFAULT_SCALE);
    }

    /**
     * @return the chart as base64 PNG: painted once into an opaque image and deflated with a fast
     *     setting (charts are flat colours, so a light compression loses little: about 4% larger,
     *     and encoding takes a third less time than ImageIO's default)
     */
    public static String png(Chart<?, ?> chart) {
        return Base64.getEncoder().encodeToString(encode(paint(chart)));
    }

    /** @return the chart painted into an opaque image of its size */
    static BufferedImage paint(Chart<?, ?> chart) {
        return paint(chart, 1);
    }

    /** @return the chart painted into an opaque image {@code scale} times its size */
    static BufferedImage paint(Chart<?, ?> chart, double scale) {
        int w = chart.getWidth();
        int h = chart.getHeight();
        BufferedImage image = new BufferedImage((int) Math.ceil(w * scale), (int) Math.ceil(h * scale), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            chart.paint(g, w, h);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * @return the image as PNG bytes. An opaque image is read through {@link RgbView}: the
     *     writer's reads of the pixels, a quarter of the encoding in a fresh JVM's first charts,
     *     take a fifth of the time. The stream is an in-memory one: ImageIO's own choice for a byte
     *     array stream is a temporary file when its cache is on (the default), a file created,
     *     written, read back and deleted for every chart.
     */
    static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 17);
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.75f); // deflate level 2 of 9
            writer.setOutput(stream);
            writer.write(null, new IIOImage(RgbView.of(image), null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the chart as PNG", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
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
        return bundle(image, "image " + image.getWidth() + "x" + image.getHeight());
    }

    /**
     * @param image a picture
     * @param summary the {@code text/plain} text
     * @return the image as base64 PNG, with its size, and the summary as text
     */
    public static MimeBundle bundle(BufferedImage image, String summary) {
        return bundle(image, summary, 1);
    }

    /**
     * @param image a picture of {@code scale} device pixels per CSS pixel
     * @param summary the {@code text/plain} text
     * @return the image as base64 PNG, shown at its size divided by the scale, and the summary as text
     */
    public static MimeBundle bundle(BufferedImage image, String summary, double scale) {
        return new MimeBundle()
                .put("image/png", Base64.getEncoder().encodeToString(encode(image)))
                .put("text/plain", summary)
                .meta("image/png", Map.of("width", (int) Math.round(image.getWidth() / scale),
                        "height", (int) Math.round(image.getHeight() / scale)));
    }

}
