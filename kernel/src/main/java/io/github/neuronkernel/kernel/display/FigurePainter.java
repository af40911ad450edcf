package io.github.neuronkernel.kernel.display;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Draws a {@link Figure}: as a PNG of {@code scale} device pixels per CSS pixel, which the front
 * end shows at the figure's own size (twice as many pixels as a plain one at the default scale
 * 2: crisp on a high-DPI screen), or as SVG.
 *
 * <p>Drawing gives up with {@link ChartInterruptedException} soon after its thread is interrupted:
 * thinning checks every 65,536 points, and each panel's painting and the encoding are short.
 */
public final class FigurePainter {
    private FigurePainter() {}

    /**
     * @param figure what to draw
     * @param summary the {@code text/plain} text
     * @return the figure as PNG, shown at its CSS size ({@code width}/{@code height} metadata),
     *     with the summary as text; the time drawing took is in the {@code neuron_kernel} metadata
     * @throws ChartInterruptedException if the thread is interrupted meanwhile
     */
    public static MimeBundle bundle(Figure figure, String summary) {
        long t0 = System.nanoTime();
        String png = Base64.getEncoder().encodeToString(png(figure));
        return new MimeBundle()
                .put("image/png", png)
                .put("text/plain", summary)
                .meta("image/png", Map.of("width", figure.width(), "height", figure.height()))
                // how long drawing took, for benchmarks and the curious; front ends ignore it
                .meta("neuron_kernel", Map.of("render_ms", (System.nanoTime() - t0) / 1e6, "scale", figure.scale()));
    }

    /** @return the figure as PNG bytes, {@code scale} times its CSS size */
    public static byte[] png(Figure figure) {
        BufferedImage image = image(figure);
        ChartInterruptedException.check();
        return ChartImages.encode(image);
    }

    /** @return the figure painted into an opaque image, {@code scale} times its CSS size */
    public static BufferedImage image(Figure figure) {
        return image(FigureLayout.of(figure), figure);
    }

    /** @return the laid out figure painted into an opaque image, {@code scale} times its CSS size */
    static BufferedImage image(FigureLayout layout, Figure figure) {
        int w = (int) Math.ceil(figure.width() * figure.scale());
        int h = (int) Math.ceil(figure.height() * figure.scale());
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(figure.scale(), figure.scale());
            layout.paint(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * @return the figure as SVG text, at its CSS size. XChart's text is drawn as text with its
     *     fonts embedded, which makes even a small chart about 100 kB.
     */
    public static String svg(Figure figure) {
        FigureLayout layout = FigureLayout.of(figure);
        VectorGraphics2D g = new VectorGraphics2D();
        layout.paint(g);
        Document doc = new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, figure.width(), figure.height()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            doc.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the chart as SVG", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
